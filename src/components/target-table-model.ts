import { regionByCode, regionIndexOf, regionName } from '../domain/regions';
import type { Lang } from '../domain/language';
import { targetKey } from '../data/targets/target-plan';
import type { UserTarget } from '../data/workspace/workspace';
import { readTargetDraft, type TargetDraft, type TargetField } from './target-form';
import type { FieldProblem } from './use-problem-focus';

/** One row of the targets table: a saved target (maybe edited) or a new row. */
export interface TableRow {
  /** The saved target's key, or `new:N` for a row added in the table. */
  readonly key: string;
  readonly region: string;
  /** The saved target the row shows; undefined for a new row. */
  readonly saved: UserTarget | undefined;
  readonly draft: TargetDraft;
}

/** A field of one row: `rowKey|field`, so that a save error focuses and describes that cell. */
export type CellField = `${string}|${TargetField}`;

export const cellField = (row: string, field: TargetField): CellField => `${row}|${field}`;

/** The id of a cell's input, so that a new row's first cell can take focus. */
export const cellId = (base: string, row: string, field: TargetField): string => `${base}-${row}-${field}`;

/** The id of the table's status line, which takes focus when it says what an action did. */
export const statusId = (base: string): string => `${base}-status`;

/** A number as typed in a cell: decimal comma in Swedish, no grouping. */
function numberText(value: number, lang: Lang): string {
  const text = String(value);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

export function draftOf(target: UserTarget, lang: Lang): TargetDraft {
  return {
    period: target.period,
    value: numberText(target.value, lang),
    basePeriod: target.baseline?.period ?? '',
    baseValue: target.baseline ? numberText(target.baseline.value, lang) : '',
  };
}

/** The user's targets for the indicator, by region (Riket, the län, the kommuner) and year. */
export function targetsOf(targets: readonly UserTarget[], indicator: string): UserTarget[] {
  const order = (t: UserTarget): number => regionIndexOf(t.region) ?? Number.MAX_SAFE_INTEGER;
  return targets
    .filter((t) => t.indicator === indicator)
    .sort(
      (a, b) => order(a) - order(b) || a.region.localeCompare(b.region) || a.period.localeCompare(b.period),
    );
}

export function regionLabel(code: string, lang: Lang): string {
  const region = regionByCode(code);
  return region ? regionName(region, lang) : code;
}

/** The table's rows: the saved targets with what was typed over them, then the new rows. */
export function tableRows(
  saved: readonly UserTarget[],
  edits: ReadonlyMap<string, TargetDraft>,
  added: readonly TableRow[],
  lang: Lang,
): TableRow[] {
  return [
    ...saved.map((target) => {
      const key = targetKey(target);
      return { key, region: target.region, saved: target, draft: edits.get(key) ?? draftOf(target, lang) };
    }),
    ...added,
  ];
}

export type TableSave =
  | {
      readonly kind: 'save';
      readonly targets: readonly UserTarget[];
      readonly removed: readonly UserTarget[];
    }
  | { readonly kind: 'problem'; readonly problem: FieldProblem<CellField>; readonly row: number };

/**
 * What saving the table does: every edited or new row read as a target (the first row that cannot
 * be read is the problem, with the cell it is about). Two rows of one region and year are a problem
 * too: one would silently replace the other.
 */
export function readTable(
  rows: readonly TableRow[],
  edited: (row: TableRow) => boolean,
  indicator: string,
): TableSave {
  const targets: UserTarget[] = [];
  const removed: UserTarget[] = [];
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const read = readTargetDraft(row.draft, row.region, indicator);
    if ('problem' in read) {
      if (!edited(row)) continue;
      return {
        kind: 'problem',
        problem: { ...read.problem, field: cellField(row.key, read.problem.field) },
        row: i,
      };
    }
    const key = targetKey(read.target);
    if (seen.has(key))
      return {
        kind: 'problem',
        problem: { key: 'targetTableDuplicate', field: cellField(row.key, 'period') },
        row: i,
      };
    seen.add(key);
    if (!edited(row)) continue;
    targets.push(read.target);
    if (row.saved) removed.push(row.saved);
  }
  return { kind: 'save', targets, removed };
}
