import type { UserTarget } from '../workspace/workspace';
import { foldName } from '../../domain/text-match';
import { headerLayout, isHeader, ORDER_LAYOUT, type PasteLayout } from './paste-layout';
import { pasteIssue, readNumber, readRegion, readYear, type PasteCell, type PasteIssue } from './paste-cells';
import type { PasteColumn } from '../issues/target-paste-issues';

export type { PasteIssue } from './paste-cells';

/** A target read from a pasted line. */
export interface PastedTarget {
  /** 1-based line of the pasted text. */
  readonly line: number;
  readonly target: UserTarget;
}

/** A pasted line that was not read, with every reason (each with its column). */
export interface RejectedLine {
  readonly line: number;
  readonly issues: readonly PasteIssue[];
}

/** What a paste holds: `accepted.length + rejected.length === rows`. */
export interface TargetPaste {
  /** The data rows pasted: non-empty lines, the header not counted. */
  readonly rows: number;
  readonly accepted: readonly PastedTarget[];
  readonly rejected: readonly RejectedLine[];
  /** Whether the first line was read as a header. */
  readonly header: boolean;
  /** The header's columns that are not read. */
  readonly ignoredColumns: readonly string[];
}

/** The indicator the pasted targets are for: its id and its names (an indicator column must name it). */
export interface PasteIndicator {
  readonly id: string;
  readonly names: readonly string[];
}

/** Excel copies a cell with a tab, a line break or a quote inside quotes, doubling the quotes. */
function unquote(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : cell;
}

/** Cells split on tabs; a paste with no tab at all (text from a CSV file) on semicolons. */
function splitter(lines: readonly string[]): (line: string) => string[] {
  const delimiter = lines.some((l) => l.includes('\t')) ? '\t' : ';';
  return (line) => line.split(delimiter).map(unquote);
}

function readRow(
  cells: readonly string[],
  line: number,
  layout: PasteLayout,
  indicator: PasteIndicator,
): UserTarget | PasteIssue[] {
  if (layout.missing)
    return [pasteIssue('target_paste_header_missing', line, null, { column: layout.missing })];
  const filled = cells.length - [...cells].reverse().findIndex((c) => c.trim() !== '');
  if (!layout.header && (filled < 3 || filled > 5))
    return [pasteIssue('target_paste_columns', line, null, { count: filled })];
  const cell = (column: PasteColumn): PasteCell | undefined => {
    const index = layout.columns[column];
    return index === undefined ? undefined : { text: cells[index] ?? '', line, index };
  };
  const issues: PasteIssue[] = [];
  const other = otherIndicator(cells, line, layout, indicator);
  if (other) issues.push(other);
  const region = readRegion(regionCell(cells, line, layout));
  const year = readYear(cell('year') ?? { text: '', line, index: 1 }, 'year');
  const value = readNumber(cell('target') ?? { text: '', line, index: 2 }, 'target');
  for (const read of [region, year, value]) if (!read.ok) issues.push(read.issue);
  const baseline = readBaseline(cell('baseYear'), cell('baseValue'), line, year.ok ? year.value : undefined);
  if (Array.isArray(baseline)) issues.push(...baseline);
  if (issues.length > 0 || !region.ok || !year.ok || !value.ok || Array.isArray(baseline)) return issues;
  return {
    region: region.value.code,
    indicator: indicator.id,
    period: year.value,
    value: value.value,
    baseline,
  };
}

/**
 * The region cell: the kommun's where a kommun column beside a county column has one; with the name
 * beside a code column joined on ("2080 Falun"), which the resolver checks agree.
 */
function regionCell(cells: readonly string[], line: number, layout: PasteLayout): PasteCell {
  const kommun = layout.kommun;
  if (kommun !== undefined && (cells[kommun] ?? '').trim() !== '')
    return { text: cells[kommun] ?? '', line, index: kommun };
  const index = layout.columns.region ?? 0;
  const code = cells[index] ?? '';
  const name = layout.regionName === undefined ? '' : (cells[layout.regionName] ?? '').trim();
  return { text: name === '' || code.trim() === '' ? code : `${code.trim()} ${name}`, line, index };
}

function otherIndicator(
  cells: readonly string[],
  line: number,
  layout: PasteLayout,
  indicator: PasteIndicator,
): PasteIssue | undefined {
  if (layout.indicator === undefined) return undefined;
  const value = (cells[layout.indicator] ?? '').trim();
  if (value === '' || [indicator.id, ...indicator.names].some((n) => foldName(n) === foldName(value)))
    return undefined;
  return pasteIssue('target_paste_other_indicator', line, layout.indicator + 1, {
    value,
    indicator: indicator.names[0] ?? indicator.id,
  });
}

function readBaseline(
  yearCell: PasteCell | undefined,
  valueCell: PasteCell | undefined,
  line: number,
  targetYear: string | undefined,
): UserTarget['baseline'] | PasteIssue[] {
  const yearText = yearCell?.text.trim() ?? '';
  const valueText = valueCell?.text.trim() ?? '';
  if (yearText === '' && valueText === '') return undefined;
  if (!yearCell || !valueCell || yearText === '' || valueText === '')
    return [pasteIssue('target_paste_baseline_incomplete', line, null, {})];
  const year = readYear(yearCell, 'baseYear');
  const value = readNumber(valueCell, 'baseValue');
  const issues = [year, value].flatMap((r) => (r.ok ? [] : [r.issue]));
  if (!year.ok || !value.ok) return issues;
  if (targetYear !== undefined && Number(year.value) >= Number(targetYear))
    return [
      pasteIssue('target_paste_baseline_late', line, yearCell.index + 1, {
        baseYear: year.value,
        year: targetYear,
      }),
    ];
  return { period: year.value, value: value.value };
}

/**
 * Reads targets pasted from Excel (tab-separated rows, CRLF or LF) for one indicator: with a header
 * row (Region/Län/Kommun, År/Målår, Mål/Målvärde, Basår/Utgångsår, Basvärde/Utgångsvärde, in Swedish
 * or English, in any order) or without one (the table's order). Empty lines are not rows. Every row
 * is either a target or a rejected line with each reason; nothing is coerced silently. A second row
 * for the same region and year is rejected, naming the first.
 */
export function parseTargetPaste(text: string, indicator: PasteIndicator): TargetPaste {
  const lines = text.split(/\r\n|\r|\n/);
  const split = splitter(lines);
  const numbered = lines
    .map((raw, i) => ({ cells: split(raw), line: i + 1 }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  const first = numbered[0];
  const header = first !== undefined && isHeader(first.cells);
  const layout = header && first ? headerLayout(first.cells) : ORDER_LAYOUT;
  const data = header ? numbered.slice(1) : numbered;
  const accepted: PastedTarget[] = [];
  const rejected: RejectedLine[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { cells, line } of data) {
    const read = readRow(cells, line, layout, indicator);
    if (Array.isArray(read)) {
      rejected.push({ line, issues: read });
      continue;
    }
    const key = `${read.region}\u0000${read.period}`;
    const firstLine = firstLineOf.get(key);
    if (firstLine !== undefined) {
      rejected.push({ line, issues: [pasteIssue('target_paste_duplicate', line, null, { firstLine })] });
      continue;
    }
    firstLineOf.set(key, line);
    accepted.push({ line, target: read });
  }
  return { rows: data.length, accepted, rejected, header, ignoredColumns: layout.ignored };
}
