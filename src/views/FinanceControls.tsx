import type { ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { SelectField } from '../components/SelectField';
import { pick } from '../domain/language';
import { SUPPORT_TYPES, SUPPORT_TYPE_LABELS, type SupportType } from '../domain/ledger';
import type { UrlState } from '../state/url-state';
import type { FinanceModel } from './finance-model';

const ALL = '';

interface FinanceControlsProps {
  readonly model: FinanceModel;
  /** The decision year, as the select shows it. */
  readonly yearLabel: string;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/** The selection: county (or Riket), support type and decision year. */
export function FinanceControls({ model, yearLabel, onChange }: FinanceControlsProps): ReactElement {
  const { t, lang } = useI18n();
  return (
    <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('region')}
        value={model.region}
        options={model.regions}
        onChange={(region) => onChange({ region })}
        testId="region-select"
      />
      <SelectField<SupportType | typeof ALL>
        label={t('supportType')}
        value={model.supportType ?? ALL}
        options={[
          { value: ALL, label: t('allSupportTypes') },
          ...SUPPORT_TYPES.map((s) => ({ value: s, label: pick(SUPPORT_TYPE_LABELS[s], lang) })),
        ]}
        onChange={(value) => onChange({ supportType: value === ALL ? undefined : value })}
        testId="support-type-select"
      />
      <SelectField
        label={t('financeYear')}
        value={yearLabel}
        options={model.years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(at) => onChange({ at })}
        testId="finance-year-select"
      />
    </form>
  );
}
