import type { Indicator } from '../../../src/domain/indicator';
import type { Period } from '../../../src/domain/period';
import { regionByCode, type Region } from '../../../src/domain/regions';
import type { SeriesPoint } from '../../../src/domain/series';
import type { IndicatorFacts, SummaryLocale } from '../../../src/domain/summary/summary-types';
import { formatNumber } from '../../../src/i18n/format';

export const year = (y: number): Period => ({ granularity: 'year', year: y, sub: 0 });
export const quarter = (y: number, q: number): Period => ({ granularity: 'quarter', year: y, sub: q });

export const SV: SummaryLocale = { lang: 'sv', number: (v, d) => formatNumber(v, d, 'sv') };
export const EN: SummaryLocale = { lang: 'en', number: (v, d) => formatNumber(v, d, 'en') };

export function region(code: string): Region {
  const found = regionByCode(code);
  if (!found) throw new Error(code);
  return found;
}

export const NYFORETAGANDE: Indicator = {
  id: 'nyforetagande',
  name: { sv: 'Nyföretagande', en: 'New business formation' },
  unit: { sv: 'per 1 000 invånare', en: 'per 1,000 inhabitants' },
  chainLevel: 'kortsiktiga_effekter',
  direction: 'higher_is_better',
  question: { kind: 'summative', text: { sv: 'Ökar nyföretagandet?', en: 'Is it increasing?' } },
  source: 'Testkälla',
  decimals: 1,
  aggregation: 'mean',
  description: undefined,
  formula: undefined,
  listed: true,
  cohort: false,
};

/** Points from [period, value] pairs; a string value is a missing-value marker. */
export function series(points: readonly (readonly [Period, number | string])[]): SeriesPoint[] {
  return points.map(([period, v]) =>
    typeof v === 'number' ? { period, value: v, marker: null } : { period, value: null, marker: v },
  );
}

/** Värmland's nyföretagande 9,4 (2023) → 9,8 (2024), without a target, Riket 10,2 beside it. */
export function facts(change: Partial<IndicatorFacts> = {}): IndicatorFacts {
  return {
    indicator: NYFORETAGANDE,
    region: region('17'),
    series: series([
      [year(2023), 9.4],
      [year(2024), 9.8],
    ]),
    status: 'no_target',
    target: undefined,
    expected: undefined,
    peersLatest: year(2024),
    reference: { region: region('00'), series: series([[year(2024), 10.2]]) },
    invented: false,
    provisional: false,
    ...change,
  };
}
