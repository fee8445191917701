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
/** The indicator column's choice "as the reader names it": the value column's header or the series. */
export const AUTO = '__auto__';
/** The region column's choice "one region for the whole file", given in `regionCode`. */
export const CONSTANT = '__constant__';

/** What a column no role takes is: left out, a series per value, or another value column. */
export type OtherRole = 'ignore' | 'series' | 'value';

/** The fields a failed save can be about: the error describes that field, which gets focus. */
export type MappingField = 'name' | 'region' | 'regionCode' | 'period' | 'value' | 'layout';

/** The column chosen for each role, as the selects hold it (a column's index as text, or NONE/NEW). */
export interface ColumnChoice {
  readonly layout: 'long' | 'wide';
  readonly region: string;
  readonly period: string;
  readonly value: string;
  readonly gender: string;
  readonly indicator: string;
  /** The region of the whole file (SCB code, or NONE) when `region` is CONSTANT. */
  readonly regionCode: string;
  /** A month or quarter column joined to the year in `period`, or NONE. */
  readonly periodPart: string;
  /** Per column of the header, what it is when no role above takes it. */
  readonly others: readonly OtherRole[];
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

/** Per column: a series, another value, or left out, as a mapping says. */
function othersOf(width: number, columns: ColumnMapping): OtherRole[] {
  const values = (columns.values ?? []).slice(1);
  return Array.from({ length: width }, (_, i): OtherRole =>
    columns.series?.includes(i) ? 'series' : values.includes(i) ? 'value' : 'ignore',
  );
}

/**
 * Start from the earlier choice, or what the reader chose for a file it read, or from what the
 * header does say (a "län" column, an "år" column). The region is a column named as one, or one
 * whose previewed values are regions; else none is chosen and the form asks for it (never the first
 * column: "2021" in a year column is not Vansbro).
 */
export function initialChoice(
  header: readonly string[],
  initial: SourceOptions | undefined,
  periodColumns: readonly PeriodColumn[],
  previewRows: readonly (readonly string[])[] = [],
  read?: ColumnMapping,
): ColumnChoice {
  const roles = analyseHeader(header).roles;
  const taken = new Set([...roles.values()]);
  const guess: ColumnMapping = {
    region: roles.get('region') ?? regionColumnByValues(header, previewRows, taken),
    period: roles.get('period'),
    value: roles.get('value'),
    gender: roles.get('gender'),
    indicator: roles.get('indicator'),
  };
  const columns = initial?.columns ?? read ?? guess;
  // A file the reader read names its own indicator unless the user named one.
  const named = initial?.columns ? initial.indicator !== undefined : read === undefined;
  return {
    layout: columns.periods ? 'wide' : !read && periodColumns.length > 1 ? 'wide' : 'long',
    region: columns.regionCode !== undefined ? CONSTANT : text(columns.region, NONE),
    regionCode: columns.regionCode ?? NONE,
    period: text(columns.period, NONE),
    periodPart: text(columns.periodPart, NONE),
    value: text(columns.value ?? columns.values?.[0], NONE),
    gender: text(columns.gender, NONE),
    indicator: text(columns.indicator, named ? NEW : AUTO),
    others: othersOf(header.length, columns),
  };
}

/** A new indicator starts with the name chosen before, if any. */
export function initialDraft(initial: SourceOptions | undefined): IndicatorDraft {
  return { name: initial?.indicator ?? '', level: 'utfall', direction: 'higher_is_better', unit: '' };
}

const num = (v: string): number | undefined =>
  v === NONE || v === NEW || v === AUTO || v === CONSTANT ? undefined : Number(v);

/** The long layout's columns: the roles, then every other column as a value, a series or left out. */
function longColumns(choice: ColumnChoice): ColumnMapping {
  const roles = [
    choice.region,
    choice.period,
    choice.periodPart,
    choice.value,
    choice.gender,
    choice.indicator,
  ]
    .map(num)
    .filter((c): c is number => c !== undefined);
  const of = (role: OtherRole): number[] =>
    choice.others.flatMap((r, i) => (r === role && !roles.includes(i) ? [i] : []));
  const value = num(choice.value);
  const more = of('value');
  const series = of('series');
  return {
    ...(choice.region === CONSTANT ? { regionCode: choice.regionCode } : { region: num(choice.region) }),
    period: num(choice.period),
    ...(num(choice.periodPart) !== undefined ? { periodPart: num(choice.periodPart) } : {}),
    ...(more.length > 0 && value !== undefined ? { values: [value, ...more] } : { value }),
    ...(series.length > 0 ? { series } : {}),
    gender: num(choice.gender),
    indicator: num(choice.indicator),
    ...(of('ignore').length > 0 ? { ignore: of('ignore') } : {}),
  };
}

function regionProblem(choice: ColumnChoice): FieldProblem<MappingField> | undefined {
  if (choice.region === NONE) return { key: 'mappingNeedsRegion', field: 'region' };
  if (choice.region !== CONSTANT) return undefined;
  if (choice.layout === 'wide') return { key: 'choiceWideNeedsRegion', field: 'region' };
  return choice.regionCode === NONE ? { key: 'choiceNeedsRegionCode', field: 'regionCode' } : undefined;
}

/** What to save for the choices, and the new indicator if one is named; or what is wrong. */
export function mappingResult(
  choice: ColumnChoice,
  periodColumns: readonly PeriodColumn[],
  draft: IndicatorDraft,
):
  | { readonly options: SourceOptions; readonly indicator: UserIndicator | undefined }
  | { readonly problem: FieldProblem<MappingField> } {
  const newIndicator = choice.indicator === NEW;
  const id = newIndicator ? indicatorIdFrom(draft.name) : undefined;
  const region = regionProblem(choice);
  if (region) return { problem: region };
  if (newIndicator && id === undefined) return { problem: { key: 'mappingNeedsName', field: 'name' } };
  const columns: ColumnMapping =
    choice.layout === 'wide'
      ? {
          region: Number(choice.region),
          gender: num(choice.gender),
          indicator: num(choice.indicator),
          periods: periodColumns.map((p) => p.index),
        }
      : longColumns(choice);
  if (choice.layout === 'long' && (columns.period === undefined || num(choice.value) === undefined))
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
