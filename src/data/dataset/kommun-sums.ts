import { kommunCodesOf } from '../../domain/county-from-kommuner';
import type { Indicator } from '../../domain/indicator';
import { REGIONS } from '../../domain/regions';
import { ObservationBuilder, type ObservationColumns } from '../columns/observation-store';
import { SumTable } from './kommun-sum-table';

/** Where a county value made from its kommuner comes from, in tables, sources and check-data output. */
export const KOMMUN_SUM_SOURCE = 'summa av kommunerna';

/** Rows of one store, and which of them to read (undefined: all). */
export interface SumPart {
  readonly columns: ObservationColumns;
  readonly keep: Uint8Array | undefined;
}

/** A county, indicator, period and kön for which kommun values are given but not every kommun's number. */
export interface KommunSumGap {
  readonly indicator: string;
  readonly county: string;
  readonly period: number;
  /** Index into GENDERS. */
  readonly gender: number;
  /** Kommuner of the county with a number. */
  readonly present: number;
  /** Kommuner in the county. */
  readonly expected: number;
  /** The file and line of the first kommun row met for it (a county row alone is no gap). */
  readonly file: string;
  readonly line: number;
}

export interface KommunSumOutcome {
  readonly columns: ObservationColumns;
  readonly gaps: readonly KommunSumGap[];
  /**
   * "county|indicator" for the example's county series that give way to a sum of the user's own
   * kommun values: the caller leaves their rows out (the sum stands in their place).
   */
  readonly exampleGivesWay: ReadonlySet<string>;
}

const COUNTY_SPAN = 32;

const GIVEN_OWN = 1;
const GIVEN_EXAMPLE = 2;
const FROM_EXAMPLE = 1;
const FROM_OWN = 2;

/** For each region index: its county's region index when it is a kommun, else -1. */
const COUNTY_OF_KOMMUN = Int16Array.from(REGIONS, (r) =>
  r.level === 'kommun' ? REGIONS.findIndex((c) => c.level === 'lan' && c.code === r.countyCode) : -1,
);
const IS_COUNTY = Uint8Array.from(REGIONS, (r) => (r.level === 'lan' ? 1 : 0));
/** Kommuner per county, by the county's region index. */
const KOMMUNER_IN = Uint16Array.from(REGIONS, (r) => (r.level === 'lan' ? kommunCodesOf(r.code).length : 0));

/**
 * County values made from their kommuner, by the rule of `countyFromKommuner`: only for an indicator
 * whose aggregation is `sum`, only where every kommun of the county has a number for that period and
 * kön (T, K and M apart), and never where a file (or a formula) gives the county a row — a value or a
 * marker — for it. Shares and rates are never averaged. The one exception to "a file's county value
 * wins": the invented example data's county series gives way where the user's own files give every
 * kommun's number (as any example series gives way to the user's own). A sum is never made of
 * invented and real kommun values together. One pass over the rows, so its cost follows the
 * observations. Where kommun values are given but some kommun lacks a number, the gap is returned,
 * so the file can say why the county has no value.
 */
export function kommunSums(
  parts: readonly SumPart[],
  indicators: readonly Indicator[],
  exampleFiles: ReadonlySet<string> = new Set(),
): KommunSumOutcome {
  const sumIds = new Set(indicators.filter((i) => i.aggregation === 'sum').map((i) => i.id));
  const builder = new ObservationBuilder(1024);
  if (sumIds.size === 0) return { columns: builder.build(), gaps: [], exampleGivesWay: new Set() };
  const table = accumulate(parts, sumIds, exampleFiles, builder);
  const countyOf = (series: number): number => series % COUNTY_SPAN;
  // Series whose example county value gives way: some period where the user's own files alone give
  // every kommun's number and only the example gives the county.
  const yielding = new Set<number>();
  for (let s = 0; s < table.size; s++) {
    if (table.unused(s)) continue;
    const { series } = table.at(s);
    if (
      table.given[s] === GIVEN_EXAMPLE &&
      table.from[s] === FROM_OWN &&
      table.count[s] === KOMMUNER_IN[countyOf(series)]
    )
      yielding.add(series);
  }
  const file = builder.fileCode(KOMMUN_SUM_SOURCE);
  const gaps: KommunSumGap[] = [];
  for (let s = 0; s < table.size; s++) {
    if (table.unused(s)) continue;
    const { series, period, gender } = table.at(s);
    const given = table.given[s] ?? 0;
    if ((given & GIVEN_OWN) !== 0 || (given !== 0 && !yielding.has(series))) continue;
    if (table.from[s] === (FROM_EXAMPLE | FROM_OWN)) continue;
    const county = countyOf(series);
    const indicator = (series - county) / COUNTY_SPAN;
    const expected = KOMMUNER_IN[county] ?? 0;
    const count = table.count[s] ?? 0;
    if (expected > 0 && count === expected) {
      builder.push(county, indicator, period, gender, table.value[s] ?? 0, 0, 0, file);
    } else if ((table.file[s] ?? -1) >= 0) {
      gaps.push({
        indicator: builder.indicators[indicator] ?? '',
        county: REGIONS[county]?.code ?? '',
        period,
        gender,
        present: count,
        expected,
        file: table.files[table.file[s] ?? 0] ?? '',
        line: table.line[s] ?? 0,
      });
    }
  }
  const exampleGivesWay = new Set(
    [...yielding].map((series) => {
      const county = countyOf(series);
      return `${REGIONS[county]?.code ?? ''}|${builder.indicators[(series - county) / COUNTY_SPAN] ?? ''}`;
    }),
  );
  return { columns: builder.build(), gaps, exampleGivesWay };
}

/** The kommun numbers and the county rows of every sum, by county, indicator, period and kön. */
function accumulate(
  parts: readonly SumPart[],
  sumIds: ReadonlySet<string>,
  exampleFiles: ReadonlySet<string>,
  builder: ObservationBuilder,
): SumTable {
  const table = new SumTable();
  for (const { columns: c, keep } of parts) {
    const codes = Int32Array.from(c.indicators, (id) => (sumIds.has(id) ? builder.indicatorCode(id) : -1));
    const example = Uint8Array.from(c.files, (f) => (exampleFiles.has(f) ? 1 : 0));
    const fileBase = table.files.length;
    table.files.push(...c.files);
    // The columns in locals: the parts' stores differ in shape, and the loop must not look each up.
    const { indicator: indicators, region: regions, period: periods, gender: genders } = c;
    const { marker: markers, value: values, file: files, line: lines } = c;
    for (let i = 0; i < c.length; i++) {
      const indicator = codes[indicators[i] ?? 0] ?? -1;
      if (indicator < 0 || (keep && !keep[i])) continue;
      const region = regions[i] ?? 0;
      const county = IS_COUNTY[region] ? region : (COUNTY_OF_KOMMUN[region] ?? -1);
      if (county < 0) continue;
      const s = table.slot(indicator * COUNTY_SPAN + county, periods[i] ?? 0, genders[i] ?? 0);
      const fromExample = example[files[i] ?? 0] === 1;
      if (county === region) {
        table.given[s] = (table.given[s] ?? 0) | (fromExample ? GIVEN_EXAMPLE : GIVEN_OWN);
        continue;
      }
      if (table.file[s] === -1) {
        table.file[s] = fileBase + (files[i] ?? 0);
        table.line[s] = lines[i] ?? 0;
      }
      if ((markers[i] ?? 0) === 0) {
        table.count[s] = (table.count[s] ?? 0) + 1;
        table.value[s] = (table.value[s] ?? 0) + (values[i] ?? 0);
        table.from[s] = (table.from[s] ?? 0) | (fromExample ? FROM_EXAMPLE : FROM_OWN);
      }
    }
  }
  return table;
}
