import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { CHAIN_LEVELS, CHAIN_LEVEL_INFO, type ChainLevel } from '../domain/chain-levels';
import { DIRECTIONS, type Direction } from '../domain/indicator';
import { pick } from '../domain/language';
import { analyseHeader } from '../data/cells/header-roles';
import type { ColumnMapping, TablePreview } from '../data/import/import-result';
import { indicatorIdFrom } from '../data/cells/indicator-naming';
import { periodColumnsOf } from '../data/table/table-header';
import type { SourceOptions, UserIndicator } from '../data/workspace/workspace';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from './i18n-context';
import { SelectField, type SelectOption } from './SelectField';

interface MappingFormProps {
  readonly preview: TablePreview;
  readonly initial: SourceOptions | undefined;
  readonly onSave: (options: SourceOptions, indicator: UserIndicator | undefined) => void;
  readonly onCancel: () => void;
}

const NONE = '';
const NEW = '__new__';
/** The fields a failed save can be about: the error describes that field, which gets focus. */
type ProblemField = 'name' | 'period' | 'value' | 'layout';

const DIRECTION_KEYS: Readonly<Record<Direction, MessageKey>> = {
  higher_is_better: 'directionHigher',
  lower_is_better: 'directionLower',
  neutral: 'directionNeutral',
};

/**
 * Which column holds what, for a file whose header does not say: a preview of its first rows and a
 * choice per role. A new indicator can be named here with its level in the effect chain.
 */
export function MappingForm({ preview, initial, onSave, onCancel }: MappingFormProps): ReactElement {
  const { t, lang } = useI18n();
  const base = useId();
  const header = preview.header;
  const periodColumns = periodColumnsOf(header);
  const columnOptions = header.map((h, i) => ({
    value: String(i),
    label: `${i + 1}: ${h || t('mappingUnnamed')}`,
  }));
  // Start from what the header does say (a "län" column, an "år" column), or from the earlier choice.
  const roles = analyseHeader(header).roles;
  const guess: ColumnMapping = {
    region: roles.get('region') ?? 0,
    period: roles.get('period'),
    value: roles.get('value'),
    gender: roles.get('gender'),
    indicator: roles.get('indicator'),
  };
  const initialColumns: ColumnMapping = initial?.columns ?? guess;
  const [layout, setLayout] = useState<'long' | 'wide'>(
    initialColumns.periods ? 'wide' : periodColumns.length > 1 ? 'wide' : 'long',
  );
  const [region, setRegion] = useState(String(initialColumns.region));
  const [period, setPeriod] = useState(
    initialColumns.period === undefined ? NONE : String(initialColumns.period),
  );
  const [value, setValue] = useState(
    initialColumns.value === undefined ? NONE : String(initialColumns.value),
  );
  const [gender, setGender] = useState(
    initialColumns.gender === undefined ? NONE : String(initialColumns.gender),
  );
  const [indicatorColumn, setIndicatorColumn] = useState(
    initialColumns.indicator === undefined ? NEW : String(initialColumns.indicator),
  );
  const [name, setName] = useState(initial?.indicator ?? '');
  const [level, setLevel] = useState<ChainLevel>('utfall');
  const [direction, setDirection] = useState<Direction>('higher_is_better');
  const [unit, setUnit] = useState('');
  const [problem, setProblem] = useState<
    { readonly key: MessageKey; readonly field: ProblemField } | undefined
  >(undefined);
  const errorId = `${base}-error`;
  const nameInput = useRef<HTMLInputElement>(null);
  const periodSelect = useRef<HTMLSelectElement>(null);
  const valueSelect = useRef<HTMLSelectElement>(null);
  const layoutSelect = useRef<HTMLSelectElement>(null);
  // A failed save puts focus on the field the error is about (a new object each time, so each try).
  useEffect(() => {
    if (!problem) return;
    const fields = {
      name: nameInput,
      period: periodSelect,
      value: valueSelect,
      layout: layoutSelect,
    } as const;
    fields[problem.field].current?.focus();
  }, [problem]);
  const errorFor = (field: ProblemField): string | undefined =>
    problem?.field === field ? errorId : undefined;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const num = (v: string): number | undefined => (v === NONE || v === NEW ? undefined : Number(v));
    const newIndicator = indicatorColumn === NEW;
    const id = newIndicator ? indicatorIdFrom(name) : undefined;
    if (newIndicator && id === undefined) return setProblem({ key: 'mappingNeedsName', field: 'name' });
    const columns: ColumnMapping =
      layout === 'wide'
        ? {
            region: Number(region),
            gender: num(gender),
            indicator: num(indicatorColumn),
            periods: periodColumns.map((p) => p.index),
          }
        : {
            region: Number(region),
            period: num(period),
            value: num(value),
            gender: num(gender),
            indicator: num(indicatorColumn),
          };
    if (layout === 'long' && (columns.period === undefined || columns.value === undefined))
      return setProblem({
        key: 'mappingNeedsColumns',
        field: columns.period === undefined ? 'period' : 'value',
      });
    if (layout === 'wide' && periodColumns.length === 0)
      return setProblem({ key: 'mappingNoPeriods', field: 'layout' });
    const indicator: UserIndicator | undefined =
      newIndicator && id !== undefined
        ? { id, name: name.trim(), unit: unit.trim(), chainLevel: level, direction, decimals: 1 }
        : undefined;
    onSave({ columns, ...(id !== undefined ? { indicator: id } : {}) }, indicator);
  };

  const select = (
    label: string,
    current: string,
    set: (v: string) => void,
    options: SelectOption<string>[],
    testId: string,
  ): ReactElement => (
    <SelectField label={label} value={current} onChange={set} options={options} testId={testId} />
  );

  return (
    <form
      className="mapping-form"
      onSubmit={submit}
      aria-label={t('mappingTitle')}
      data-testid="mapping-form"
    >
      <p className="hint">{t('mappingIntro')}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('mappingPreview')}>
        <table className="data-table">
          <caption>{t('mappingPreview')}</caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i} scope="col">
                  {i + 1}: {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 5).map((row, r) => (
              <tr key={r}>
                {header.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset className="mapping-fields">
        <legend>{t('mappingColumns')}</legend>
        <SelectField
          label={t('mappingLayout')}
          value={layout}
          onChange={(v) => setLayout(v === 'wide' ? 'wide' : 'long')}
          options={[
            { value: 'long', label: t('mappingLong') },
            { value: 'wide', label: t('mappingWide', { count: periodColumns.length }) },
          ]}
          testId="map-layout"
          errorId={errorFor('layout')}
          selectRef={layoutSelect}
        />
        {select(t('region'), region, setRegion, columnOptions, 'map-region')}
        {layout === 'long' ? (
          <SelectField
            label={t('colPeriod')}
            value={period}
            onChange={setPeriod}
            options={[{ value: NONE, label: t('mappingChoose') }, ...columnOptions]}
            testId="map-period"
            errorId={errorFor('period')}
            selectRef={periodSelect}
          />
        ) : null}
        {layout === 'long' ? (
          <SelectField
            label={t('colValue')}
            value={value}
            onChange={setValue}
            options={[{ value: NONE, label: t('mappingChoose') }, ...columnOptions]}
            testId="map-value"
            errorId={errorFor('value')}
            selectRef={valueSelect}
          />
        ) : null}
        {select(
          t('gender'),
          gender,
          setGender,
          [{ value: NONE, label: t('mappingNoGender') }, ...columnOptions],
          'map-gender',
        )}
        {select(
          t('indicator'),
          indicatorColumn,
          setIndicatorColumn,
          [{ value: NEW, label: t('mappingNewIndicator') }, ...columnOptions],
          'map-indicator',
        )}
      </fieldset>
      {indicatorColumn === NEW ? (
        <fieldset className="mapping-fields">
          <legend>{t('mappingNewIndicator')}</legend>
          <div className="control control-wide">
            <label htmlFor={`${base}-name`}>{t('mappingIndicatorName')}</label>
            <input
              id={`${base}-name`}
              ref={nameInput}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={errorFor('name') ? true : undefined}
              aria-describedby={errorFor('name')}
              data-testid="map-name"
            />
          </div>
          {select(
            t('chainLevel'),
            level,
            (v) => setLevel(CHAIN_LEVELS.find((l) => l === v) ?? 'utfall'),
            CHAIN_LEVELS.map((l) => ({ value: l, label: pick(CHAIN_LEVEL_INFO[l].label, lang) })),
            'map-level',
          )}
          {select(
            t('mappingDirection'),
            direction,
            (v) => setDirection(DIRECTIONS.find((d) => d === v) ?? 'neutral'),
            DIRECTIONS.map((d) => ({ value: d, label: t(DIRECTION_KEYS[d]) })),
            'map-direction',
          )}
          <div className="control">
            <label htmlFor={`${base}-unit`}>{t('unit')}</label>
            <input id={`${base}-unit`} value={unit} onChange={(e) => setUnit(e.target.value)} />
          </div>
        </fieldset>
      ) : null}
      {problem ? (
        // An alert as well: when the field already has focus, moving focus there says nothing.
        <p id={errorId} role="alert" className="error-text" data-testid="mapping-error">
          {t(problem.key)}
        </p>
      ) : null}
      <div className="mapping-actions">
        <button type="submit" className="primary-button" data-testid="map-save">
          {t('mappingSave')}
        </button>
        <button type="button" className="link-button" onClick={onCancel}>
          {t('mappingCancel')}
        </button>
      </div>
    </form>
  );
}
