import type { ReactElement } from 'react';
import { scopeRegions, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import { useI18n } from './i18n-context';
import { SelectField } from './SelectField';

/** The scope's reference and compared regions (Riket and the 21 län), by name in the interface language. */
export function RegionSelect({
  scope,
  value,
  onChange,
}: {
  readonly scope: RegionScope;
  readonly value: string;
  readonly onChange: (code: string) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  return (
    <SelectField
      label={t('region')}
      value={value}
      options={scopeRegions(scope).map((r) => ({ value: r.code, label: regionName(r, lang) }))}
      onChange={onChange}
      testId="region-select"
    />
  );
}
