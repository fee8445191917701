import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';

/** The "Skrivet av" field of a note or an assessment: `id` is the form's own id prefix. */
export function AuthorField({
  id,
  value,
  onChange,
}: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (author: string) => void;
}): ReactElement {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor={`${id}-author`}>{t('noteAuthor')}</label>
      <input
        id={`${id}-author`}
        type="text"
        autoComplete="name"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}
