import { parsePeriod, periodCode, periodFromCode, periodKey, type Period } from '../../domain/period';
import type { FieldReaders } from '../cells/field-readers';
import type { IssueCollector } from '../issues/issue';
import type { CsvRecord } from '../text/csv-scanner';
import type { PeriodCandidate, PeriodPlan } from './period-columns';
import { monthPart, quarterPart } from './period-parts';

function quarterOf(period: Period): number | undefined {
  if (period.granularity === 'quarter') return period.sub;
  if (period.granularity === 'month') return Math.ceil(period.sub / 3);
  return undefined;
}

/** Distinct cells remembered per helper column: years and months are few; a column of dates is not. */
const CACHE_LIMIT = 10_000;

/** What a helper cell says of the period: its year, quarter or month, as far as it goes; null when unreadable. */
interface HelperReading {
  readonly year?: number;
  readonly quarter?: number;
  readonly month?: number;
}

function readHelper(kind: PeriodCandidate['kind'], cell: string): HelperReading | null {
  if (kind === 'monthPart') {
    const month = monthPart(cell);
    return month === undefined ? null : { month };
  }
  if (kind === 'quarterPart') {
    const quarter = quarterPart(cell);
    return quarter === undefined ? null : { quarter };
  }
  const parsed = parsePeriod(cell);
  if (!parsed.ok) return null;
  const { year, granularity, sub } = parsed.period;
  if (granularity === 'quarter') return { year, quarter: sub };
  if (granularity === 'month') return { year, month: sub };
  return { year };
}

/** Whether a helper's reading says the same as the period read (the helper is never finer). */
function agrees(reading: HelperReading | null, period: Period): boolean {
  if (reading === null) return false;
  if (reading.year !== undefined && reading.year !== period.year) return false;
  if (reading.quarter !== undefined && reading.quarter !== quarterOf(period)) return false;
  return reading.month === undefined || (period.granularity === 'month' && reading.month === period.sub);
}

/**
 * Reads a row's period by a PeriodPlan: the main column, joined to its month or quarter column when
 * the period is split in two, then compares every helper column with it and warns where one
 * disagrees (the row keeps the period read).
 */
export class PeriodCells {
  /** Per helper, in the plan's order: each distinct cell read once. */
  private readonly readings: Map<string, HelperReading | null>[];

  constructor(
    private readonly plan: PeriodPlan,
    private readonly readers: FieldReaders,
    private readonly issues: IssueCollector,
  ) {
    this.readings = plan.helpers.map(() => new Map());
  }

  /** The period code, or undefined after reporting why not. */
  read(rec: CsvRecord): number | undefined {
    const { fields, fieldLines } = rec;
    const { main, part } = this.plan;
    const m = main.index;
    const code = this.readers.period(fields[m] ?? '', fieldLines[m] ?? rec.line, m + 1);
    if (code === undefined) return undefined;
    let period = periodFromCode(code);
    if (part) {
      const joined = this.join(rec, period, part);
      if (joined === undefined) return undefined;
      period = joined;
    }
    this.plan.helpers.forEach((helper, k) => this.compare(rec, helper, k, period));
    return periodCode(period);
  }

  private join(rec: CsvRecord, year: Period, part: PeriodCandidate): Period | undefined {
    const { main } = this.plan;
    const granularity = part.kind === 'monthPart' ? 'month' : 'quarter';
    if (year.granularity !== 'year') {
      const m = main.index;
      this.issues.add('period_part_invalid', rec.fieldLines[m] ?? rec.line, m + 1, {
        value: (rec.fields[m] ?? '').trim(),
        column: main.name,
        granularity: 'year',
      });
      return undefined;
    }
    const p = part.index;
    const cell = (rec.fields[p] ?? '').trim();
    const sub = granularity === 'month' ? monthPart(cell) : quarterPart(cell);
    if (sub === undefined) {
      if (cell === '') this.issues.add('period_empty', rec.fieldLines[p] ?? rec.line, p + 1, {});
      else
        this.issues.add('period_part_invalid', rec.fieldLines[p] ?? rec.line, p + 1, {
          value: cell,
          column: part.name,
          granularity,
        });
      return undefined;
    }
    return { granularity, year: year.year, sub };
  }

  private compare(rec: CsvRecord, helper: PeriodCandidate, k: number, period: Period): void {
    const h = helper.index;
    const cell = (rec.fields[h] ?? '').trim();
    if (cell === '') return;
    const cache = this.readings[k];
    let reading = cache?.get(cell);
    if (reading === undefined) {
      reading = readHelper(helper.kind, cell);
      if (cache && cache.size < CACHE_LIMIT) cache.set(cell, reading);
    }
    if (agrees(reading, period)) return;
    this.issues.add('period_helper_disagrees', rec.fieldLines[h] ?? rec.line, h + 1, {
      helper: helper.name,
      value: cell,
      column: this.plan.part ? `${this.plan.main.name} + ${this.plan.part.name}` : this.plan.main.name,
      period: periodKey(period),
    });
  }
}
