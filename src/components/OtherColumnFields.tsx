import type { ReactElement } from 'react';
import { useI18n } from './i18n-context';
import type { ColumnChoice, OtherRole } from './mapping-form';
import { SelectField } from './SelectField';

interface OtherColumnFieldsProps {
  readonly header: readonly string[];
  readonly choice: ColumnChoice;
  readonly onChange: (change: Partial<ColumnChoice>) => void;
}

/** The columns no role takes: each left out, a series per value, or another value column. */
export function OtherColumnFields({ header, choice, onChange }: OtherColumnFieldsProps): ReactElement | null {
  const { t } = useI18n();
  const roles = [
    choice.region,
    choice.period,
    choice.periodPart,
    choice.value,
    choice.gender,
    choice.indicator,
  ];
  const taken = new Set(roles.filter((r) => /^\d+$/.test(r)).map(Number));
  const free = header.flatMap((_, i) => (taken.has(i) ? [] : [i]));
  if (free.length === 0 || choice.layout === 'wide') return null;
  const options = [
    { value: 'ignore' as const, label: t('choiceOtherIgnore') },
    { value: 'series' as const, label: t('choiceOtherSeries') },
    { value: 'value' as const, label: t('choiceOtherValue') },
  ];
  const set = (index: number, role: OtherRole): void =>
    onChange({ others: choice.others.map((r, i) => (i === index ? role : r)) });
  return (
    <fieldset className="mapping-fields" data-testid="map-others">
      <legend>{t('choiceOthers')}</legend>
      {free.map((i) => (
        <SelectField
          key={i}
          label={t('choiceOtherColumn', { number: i + 1, name: header[i] || t('mappingUnnamed') })}
          value={choice.others[i] ?? 'ignore'}
          onChange={(role) => set(i, role)}
          options={options}
          testId={`map-other-${i}`}
        />
      ))}
    </fieldset>
  );
}
