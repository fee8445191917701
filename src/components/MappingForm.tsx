import { useId, useState, type FormEvent, type ReactElement } from 'react';
import type { ColumnMapping, TablePreview } from '../data/import/import-result';
import { periodColumnsOf } from '../data/table/table-header';
import type { SourceOptions, UserIndicator } from '../data/workspace/workspace';
import { ColumnFields } from './ColumnFields';
import { useI18n } from './i18n-context';
import {
  initialChoice,
  initialDraft,
  mappingResult,
  NEW,
  type ColumnChoice,
  type IndicatorDraft,
  type MappingField,
} from './mapping-form';
import { MappingFormEnd } from './MappingFormEnd';
import { MappingPreview } from './MappingPreview';
import { NewIndicatorFields } from './NewIndicatorFields';
import { OtherColumnFields } from './OtherColumnFields';
import { useProblemFocus } from './use-problem-focus';

interface MappingFormProps {
  readonly preview: TablePreview;
  readonly initial: SourceOptions | undefined;
  /** What the reader chose, for a file it read: the form starts from it. */
  readonly read?: ColumnMapping | undefined;
  readonly onSave: (options: SourceOptions, indicator: UserIndicator | undefined) => void;
  readonly onCancel: () => void;
}

/**
 * Which column holds what, for a file whose header does not say: a preview of its first rows and a
 * choice per role. A new indicator can be named here with its level in the effect chain.
 */
export function MappingForm({ preview, initial, read, onSave, onCancel }: MappingFormProps): ReactElement {
  const { t } = useI18n();
  const base = useId();
  const header = preview.header;
  const periodColumns = periodColumnsOf(header);
  const columnOptions = header.map((h, i) => ({
    value: String(i),
    label: `${i + 1}: ${h || t('mappingUnnamed')}`,
  }));
  const [choice, setChoice] = useState<ColumnChoice>(() =>
    initialChoice(header, initial, periodColumns, preview.rows, read),
  );
  const [draft, setDraft] = useState<IndicatorDraft>(() => initialDraft(initial));
  const { problem, setProblem, fieldRef } = useProblemFocus<MappingField>();
  const errorId = `${base}-error`;
  const errorFor = (field: MappingField): string | undefined =>
    problem?.field === field ? errorId : undefined;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const result = mappingResult(choice, periodColumns, draft);
    if ('problem' in result) return setProblem(result.problem);
    onSave(result.options, result.indicator);
  };

  return (
    <form
      className="mapping-form"
      onSubmit={submit}
      aria-label={t('mappingTitle')}
      data-testid="mapping-form"
    >
      <p className="hint">{t(read ? 'choiceIntro' : 'mappingIntro')}</p>
      <MappingPreview preview={preview} />
      <ColumnFields
        choice={choice}
        onChange={(change) => setChoice((c) => ({ ...c, ...change }))}
        columnOptions={columnOptions}
        periodCount={periodColumns.length}
        errorFor={errorFor}
        fieldRef={fieldRef}
      />
      <OtherColumnFields
        header={header}
        choice={choice}
        onChange={(change) => setChoice((c) => ({ ...c, ...change }))}
      />
      {choice.indicator === NEW ? (
        <NewIndicatorFields
          base={base}
          draft={draft}
          onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
          nameErrorId={errorFor('name')}
          nameRef={fieldRef('name')}
        />
      ) : null}
      <MappingFormEnd errorId={errorId} problemKey={problem?.key} saveTestId="map-save" onCancel={onCancel} />
    </form>
  );
}
