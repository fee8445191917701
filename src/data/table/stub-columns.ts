import { parsePeriod } from '../../domain/period';
import { resolveRegion } from '../../domain/region-resolver';
import type { CsvRecord } from '../text/csv-scanner';

const blank = (cell: string | undefined): boolean => (cell ?? '').trim() === '';

/** A stub holds at least a period and a region, and only a few columns more (kön, a variable). */
const STUB_MIN = 2;
const STUB_MAX = 6;

/**
 * PxWeb's header row as SCB and Tillväxtanalys write their xlsx: the cells over the first columns
 * (the stub: month, region) are empty, the cells after them name the measures
 * (`| | Inskrivna arbetslösa`). Never a title line, though only one cell may be filled; a lone cell
 * far out on the row (XFD1) is no header.
 */
export function isUnnamedStubHeader(cells: readonly string[]): boolean {
  let end = cells.length;
  while (end > 0 && blank(cells[end - 1])) end--;
  let first = 0;
  while (first < end && blank(cells[first])) first++;
  if (first < STUB_MIN || first > STUB_MAX || first >= end) return false;
  for (let i = first; i < end; i++) if (blank(cells[i])) return false;
  return true;
}

/** The stub's period and region columns. */
export interface StubRoles {
  readonly period: number;
  readonly region: number;
}

/**
 * Tells the unnamed stub columns by all their values in the first rows (a row with one cell
 * filled, a footnote, is none): the column whose every cell is a period is the period, the one
 * whose every cell is a region the region. Undefined unless both are found, once each.
 */
export function stubRoles(header: readonly string[], pending: readonly CsvRecord[]): StubRoles | undefined {
  const rows = pending
    .map((r) => r.fields.slice(0, r.count))
    .filter((cells) => cells.filter((c) => !blank(c)).length >= 2);
  if (rows.length === 0) return undefined;
  const periods: number[] = [];
  const regions: number[] = [];
  for (let i = 0; i < header.length && blank(header[i]); i++) {
    const cells = rows.map((r) => (r[i] ?? '').trim());
    if (cells.every((c) => c !== '' && parsePeriod(c).ok)) periods.push(i);
    else if (cells.every((c) => c !== '' && resolveRegion(c).ok)) regions.push(i);
  }
  const [period] = periods;
  const [region] = regions;
  if (periods.length !== 1 || regions.length !== 1 || period === undefined || region === undefined)
    return undefined;
  return { period, region };
}
