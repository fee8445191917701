import type { ReactElement } from 'react';
import { RIKET_AND_COUNTIES, regionName } from '../domain/regions';
import { useI18n } from './i18n-context';
import { SelectField } from './SelectField';

/** Riket and the 21 län, by name in the interface language. */
export function RegionSelect({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (code: string) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  return (
    <SelectField
      label={t('region')}
      value={value}
      options={RIKET_AND_COUNTIES.map((r) => ({ value: r.code, label: regionName(r, lang) }))}
      onChange={onChange}
      testId="region-select"
    />
  );
}
