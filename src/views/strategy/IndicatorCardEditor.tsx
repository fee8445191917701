import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactElement,
} from 'react';
import type { GoalArea, StrategyIndicator } from '../../domain/strategy';
import { useI18n } from '../../components/i18n-context';
import { readDraft, type DraftField, type DraftProblem, type IndicatorDraft } from '../strategy-form';
import { FormField } from './FormField';
import { IndicatorChoiceFields } from './IndicatorChoiceFields';

interface EditorProps {
  readonly draft: IndicatorDraft;
  /** A new indicator: its id can be given. An existing one keeps its id (it names the data). */
  readonly isNew: boolean;
  readonly goalAreas: readonly GoalArea[];
  /** The ids of the strategy's other indicators. */
  readonly taken: ReadonlySet<string>;
  readonly onSave: (indicator: StrategyIndicator) => void;
  readonly onCancel: () => void;
}

/**
 * The form of one indicator, every field of it: opened in place of its card (or of a cell's add
 * button), focus on its first field (the id of a new one, else the name); a save with errors names each at its field and puts focus on
 * the first; Escape cancels.
 */
export function IndicatorCardEditor(props: EditorProps): ReactElement {
  const { draft: initial, isNew, goalAreas, taken, onSave, onCancel } = props;
  const { t } = useI18n();
  const base = useId();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const fields = useRef(new Map<DraftField, HTMLElement>());
  useEffect(() => fields.current.get(isNew ? 'id' : 'name')?.focus(), [isNew]);
  const change = (c: Partial<IndicatorDraft>): void => setDraft((d) => ({ ...d, ...c }));
  const errorOf = (field: DraftField): string | undefined => {
    const p = problems.find((x) => x.field === field);
    return p ? t(p.key) : undefined;
  };
  const refOf = (field: DraftField) => (el: HTMLElement | null) =>
    void (el ? fields.current.set(field, el) : fields.current.delete(field));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const read = readDraft(draft, taken);
    if ('indicator' in read) return onSave(read.indicator);
    setProblems(read.problems);
    const firstField = read.problems[0]?.field;
    if (firstField) fields.current.get(firstField)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  };
  const text = (field: keyof IndicatorDraft & string, label: string, extra = {}): ReactElement => (
    <FormField
      id={`${base}-${field}`}
      label={label}
      value={String(draft[field])}
      onChange={(v) => change({ [field]: v })}
      error={errorOf(field as DraftField)}
      fieldRef={refOf(field as DraftField)}
      {...extra}
    />
  );
  return (
    <form
      className="strategy-editor"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-labelledby={`${base}-h`}
      noValidate
    >
      <h4 id={`${base}-h`}>{isNew ? t('stratFormNew') : t('stratEditName', { name: initial.name })}</h4>
      {problems.length > 0 ? (
        <p role="alert" className="error-text">
          {t('stratErrors', { count: problems.length })}
        </p>
      ) : null}
      {isNew ? text('id', t('stratFieldId'), { hint: t('stratFieldIdHint'), required: true }) : null}
      {text('name', t('stratFieldName'), { required: true })}
      {text('description', t('stratFieldDescription'), { multiline: true })}
      {text('unit', t('stratFieldUnit'))}
      <IndicatorChoiceFields draft={draft} goalAreas={goalAreas} onChange={change} />
      {draft.questionKind !== 'none' ? text('question', t('stratFieldQuestion'), { multiline: true }) : null}
      {text('source', t('stratFieldSource'))}
      {text('decimals', t('stratFieldDecimals'), { inputMode: 'numeric' })}
      <div className="check">
        <input
          type="checkbox"
          id={`${base}-gender`}
          checked={draft.genderSplit}
          onChange={(e) => change({ genderSplit: e.target.checked })}
        />
        <label htmlFor={`${base}-gender`}>{t('stratFieldGender')}</label>
      </div>
      {text('koladaId', t('stratFieldKolada'))}
      {text('scbId', t('stratFieldScb'))}
      <div className="strategy-editor-actions">
        <button type="submit" className="primary-button" data-testid="strategy-save">
          {t('stratSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('stratCancel')}
        </button>
      </div>
    </form>
  );
}
