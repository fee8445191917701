import type { ChainLevel } from '../domain/chain-levels';
import type { Direction } from '../domain/indicator';
import { resolveRegion } from '../domain/region-resolver';
import { analyseHeader } from '../data/cells/header-roles';
import { indicatorIdFrom } from '../data/cells/indicator-naming';
import type { ColumnMapping } from '../data/import/import-result';
import type { SourceOptions, UserIndicator } from '../data/workspace/workspace';
import type { FieldProblem } from './use-problem-focus';

/** A role no column plays. */
export const NONE = '';
/** The indicator column's choice "a new indicator, named here". */
export const NEW = '__new__';

/** The fields a failed save can be about: the error describes that field, which gets focus. */
export type MappingField = 'name' | 'region' | 'period' | 'value' | 'layout';

/** The column chosen for each role, as the selects hold it (a column's index as text, or NONE/NEW). */
export interface ColumnChoice {
  readonly layout: 'long' | 'wide';
  readonly region: string;
  readonly period: string;
  readonly value: string;
  readonly gender: string;
  readonly indicator: string;
}

/** The new indicator as typed. */
export interface IndicatorDraft {
  readonly name: string;
  readonly level: ChainLevel;
  readonly direction: Direction;
  readonly unit: string;
}

/** A period column of a wide table: its position in the header. */
interface PeriodColumn {
  readonly index: number;
}

const text = (column: number | undefined, none: string): string =>
  column === undefined ? none : String(column);

const LETTER = /\p{L}/u;

/**
 * The first column whose previewed values are all regions named in words (`08 Kalmar län`,
 * `Falun`): a column of bare numbers may be years (2021 is Vansbro's code) or counts (5 is
 * Kalmar's), so it is never guessed. Undefined when there is none.
 */
function regionColumnByValues(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  taken: ReadonlySet<number | undefined>,
): number | undefined {
  const index = header.findIndex((_, i) => {
    if (taken.has(i)) return false;
    const cells = rows.map((row) => (row[i] ?? '').trim()).filter((c) => c !== '');
    return cells.length > 0 && cells.every((c) => LETTER.test(c) && resolveRegion(c).ok);
  });
  return index < 0 ? undefined : index;
}

/**
 * Start from what the header does say (a "län" column, an "år" column), or from the earlier choice.
 * The region is a column named as one, or one whose previewed values are regions; else none is
 * chosen and the form asks for it (never the first column: "2021" in a year column is not Vansbro).
 */
export function initialChoice(
  header: readonly string[],
  initial: SourceOptions | undefined,
  periodColumns: readonly PeriodColumn[],
  previewRows: readonly (readonly string[])[] = [],
): ColumnChoice {
  const roles = analyseHeader(header).roles;
  const taken = new Set([...roles.values()]);
  const region = roles.get('region') ?? regionColumnByValues(header, previewRows, taken);
  const guess = {
    region,
    period: roles.get('period'),
    value: roles.get('value'),
    gender: roles.get('gender'),
    indicator: roles.get('indicator'),
  };
  const columns: Omit<ColumnMapping, 'region'> & { readonly region: number | undefined } =
    initial?.columns ?? guess;
  return {
    layout: columns.periods ? 'wide' : periodColumns.length > 1 ? 'wide' : 'long',
    region: text(columns.region, NONE),
    period: text(columns.period, NONE),
    value: text(columns.value, NONE),
    gender: text(columns.gender, NONE),
    indicator: text(columns.indicator, NEW),
  };
}

/** A new indicator starts with the name chosen before, if any. */
export function initialDraft(initial: SourceOptions | undefined): IndicatorDraft {
  return { name: initial?.indicator ?? '', level: 'utfall', direction: 'higher_is_better', unit: '' };
}

/** What to save for the choices, and the new indicator if one is named; or what is wrong. */
export function mappingResult(
  choice: ColumnChoice,
  periodColumns: readonly PeriodColumn[],
  draft: IndicatorDraft,
):
  | { readonly options: SourceOptions; readonly indicator: UserIndicator | undefined }
  | { readonly problem: FieldProblem<MappingField> } {
  const num = (v: string): number | undefined => (v === NONE || v === NEW ? undefined : Number(v));
  const newIndicator = choice.indicator === NEW;
  const id = newIndicator ? indicatorIdFrom(draft.name) : undefined;
  if (choice.region === NONE) return { problem: { key: 'mappingNeedsRegion', field: 'region' } };
  if (newIndicator && id === undefined) return { problem: { key: 'mappingNeedsName', field: 'name' } };
  const columns: ColumnMapping =
    choice.layout === 'wide'
      ? {
          region: Number(choice.region),
          gender: num(choice.gender),
          indicator: num(choice.indicator),
          periods: periodColumns.map((p) => p.index),
        }
      : {
          region: Number(choice.region),
          period: num(choice.period),
          value: num(choice.value),
          gender: num(choice.gender),
          indicator: num(choice.indicator),
        };
  if (choice.layout === 'long' && (columns.period === undefined || columns.value === undefined))
    return {
      problem: { key: 'mappingNeedsColumns', field: columns.period === undefined ? 'period' : 'value' },
    };
  if (choice.layout === 'wide' && periodColumns.length === 0)
    return { problem: { key: 'mappingNoPeriods', field: 'layout' } };
  const indicator: UserIndicator | undefined =
    newIndicator && id !== undefined
      ? {
          id,
          name: draft.name.trim(),
          unit: draft.unit.trim(),
          chainLevel: draft.level,
          direction: draft.direction,
          decimals: 1,
        }
      : undefined;
  return { options: { columns, ...(id !== undefined ? { indicator: id } : {}) }, indicator };
}
