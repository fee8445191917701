import { useId, useState, type FormEvent, type ReactElement } from 'react';
import { LEDGER_MAPPED_FIELDS } from '../data/import/import-result';
import type { TablePreview } from '../data/import/import-result';
import type { SourceOptions } from '../data/workspace/workspace';
import { COUNTIES, regionName } from '../domain/regions';
import { useI18n } from './i18n-context';
import {
  initialLedgerChoice,
  LEDGER_FIELD_LABELS,
  ledgerMappingResult,
  NONE,
  type LedgerChoice,
  type LedgerFormField,
} from './ledger-mapping';
import { MappingFormEnd } from './MappingFormEnd';
import { MappingPreview } from './MappingPreview';
import { SelectField } from './SelectField';
import { useProblemFocus } from './use-problem-focus';

interface LedgerMappingFormProps {
  readonly preview: TablePreview;
  readonly initial: SourceOptions | undefined;
  readonly onSave: (options: SourceOptions) => void;
  readonly onCancel: () => void;
}

/**
 * Välj kolumner for a case ledger of anslag 1:1 whose columns were not all found: a column per
 * field (status, applied and paid may be missing from the file), and the county stated once when
 * the file has no county column.
 */
export function LedgerMappingForm({
  preview,
  initial,
  onSave,
  onCancel,
}: LedgerMappingFormProps): ReactElement {
  const { t, lang } = useI18n();
  const base = useId();
  const [choice, setChoice] = useState<LedgerChoice>(() => initialLedgerChoice(preview.header, initial));
  const { problem, setProblem, fieldRef } = useProblemFocus<LedgerFormField>();
  const errorId = `${base}-error`;
  const errorFor = (field: LedgerFormField): string | undefined =>
    problem?.field === field ? errorId : undefined;
  const columns = preview.header.map((h, i) => ({
    value: String(i),
    label: `${i + 1}: ${h || t('mappingUnnamed')}`,
  }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const result = ledgerMappingResult(choice, initial);
    if ('problem' in result) return setProblem(result.problem);
    onSave(result.options);
  };
  return (
    <form
      className="mapping-form"
      onSubmit={submit}
      aria-label={t('ledgerMappingTitle')}
      data-testid="ledger-mapping-form"
    >
      <p className="hint">{t('ledgerMappingIntro')}</p>
      <MappingPreview preview={preview} />
      <fieldset className="mapping-fields">
        <legend>{t('mappingColumns')}</legend>
        {LEDGER_MAPPED_FIELDS.map((field) => (
          <SelectField
            key={field}
            label={t(LEDGER_FIELD_LABELS[field])}
            value={choice[field]}
            onChange={(v) => setChoice((c) => ({ ...c, [field]: v }))}
            options={[
              { value: NONE, label: t(field === 'region' ? 'ledgerRegionNone' : 'ledgerFieldNone') },
              ...columns,
            ]}
            testId={`ledger-map-${field}`}
            errorId={errorFor(field)}
            selectRef={fieldRef(field)}
          />
        ))}
        {choice.region === NONE ? (
          <SelectField
            label={t('ledgerCountyChoice')}
            value={choice.county}
            onChange={(county) => setChoice((c) => ({ ...c, county }))}
            options={[
              { value: NONE, label: t('ledgerCountyNone') },
              ...COUNTIES.map((c) => ({ value: c.code, label: regionName(c, lang) })),
            ]}
            testId="ledger-map-county"
            errorId={errorFor('county')}
            selectRef={fieldRef('county')}
          />
        ) : null}
      </fieldset>
      <MappingFormEnd
        errorId={errorId}
        problemKey={problem?.key}
        saveTestId="ledger-map-save"
        onCancel={onCancel}
      />
    </form>
  );
}
