import type { IssueCollector } from '../issues/issue';

/** A named header cell the chosen layout does not read. */
export interface LeftOutColumn {
  readonly name: string;
  /** 0-based column index. */
  readonly index: number;
}

/** Up to this many left-out columns get one issue each; more share one issue that lists them. */
export const LEFT_OUT_ONE_BY_ONE = 10;

/**
 * A header with a four-digit number not glued to letters before it ("1899", "2023*", "2022/23",
 * "2023H1", "Folkmängd 2023"; not "SNI2007").
 */
const PERIOD_LIKE = /(?:^|[^\p{L}\p{N}])\d{4}(?!\d)/u;

/** Every named column of `header` not in `used` and not already reported (`reported`: reserved, duplicates). */
export function leftOutColumns(
  header: readonly string[],
  used: Iterable<number>,
  reported: Iterable<number>,
): LeftOutColumn[] {
  const skip = new Set<number>([...used, ...reported]);
  const left: LeftOutColumn[] = [];
  header.forEach((raw, index) => {
    const name = raw.replace(/^\uFEFF/, '').trim();
    if (name !== '' && !skip.has(index)) left.push({ name, index });
  });
  return left;
}

/** "3–7, 9, 12–9 801": 1-based column numbers, consecutive ones as ranges. */
export function columnRanges(columns: readonly LeftOutColumn[]): string {
  const numbers = columns.map((c) => c.index + 1).sort((a, b) => a - b);
  const parts: string[] = [];
  let start = numbers[0];
  let end = start;
  for (const n of [...numbers.slice(1), undefined]) {
    if (n !== undefined && end !== undefined && n === end + 1) {
      end = n;
      continue;
    }
    if (start !== undefined && end !== undefined) parts.push(start === end ? `${start}` : `${start}–${end}`);
    start = n;
    end = n;
  }
  return parts.join(', ');
}

/**
 * Names every column the layout leaves out, so nothing is dropped without a word. In a wide table,
 * columns whose header looks like a period the reader could not read ("2023*", "2022/23", "2023H1",
 * "1899") hold values that were not read: one warning lists them all. Other columns: one info each, or one listing
 * issue when there are many.
 */
export function reportLeftOut(
  issues: IssueCollector,
  line: number,
  columns: readonly LeftOutColumn[],
  /** Whether the layout reads periods from headers (wide): only then is a period-like header a lost period. */
  periodsInHeader: boolean,
): void {
  const isPeriodLike = (c: LeftOutColumn): boolean => periodsInHeader && PERIOD_LIKE.test(c.name);
  const periodLike = columns.filter(isPeriodLike);
  const other = columns.filter((c) => !isPeriodLike(c));
  if (periodLike.length > 0)
    issues.add('columns_period_unread', line, (periodLike[0]?.index ?? 0) + 1, {
      count: periodLike.length,
      ranges: columnRanges(periodLike),
      names: periodLike.map((c) => c.name),
    });
  if (other.length > LEFT_OUT_ONE_BY_ONE)
    issues.add('columns_unused', line, (other[0]?.index ?? 0) + 1, {
      count: other.length,
      ranges: columnRanges(other),
      names: other.map((c) => c.name),
    });
  else for (const c of other) issues.add('header_unused_column', line, c.index + 1, { name: c.name });
}
