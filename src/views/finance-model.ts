import type { BarLineInput } from '../charts/bar-line-option';
import { SERIES_COLOURS, PALETTE } from '../charts/palette';
import type { RankingInput } from '../charts/ranking-option';
import type { TrendInput } from '../charts/trend-option';
import { formulaText } from '../domain/formula';
import { pick, type Lang } from '../domain/language';
import { COFINANCING_LABELS, COFINANCING_SOURCES, type LedgerCase, type SupportType } from '../domain/ledger';
import {
  caseYears,
  cofinancingByYear,
  filterCases,
  grantedByChainTag,
  ledgerRegions,
  measuresByYear,
  paymentsByCohort,
  queryCases,
  rusAllocation,
} from '../domain/ledger-summary';
import { regionByCode, regionName, RIKET } from '../domain/regions';
import type { Dataset } from '../data/dataset/dataset';
import { querySeries } from '../data/dataset/store-query';
import type { Translate } from '../i18n/dictionary';
import type { UrlState } from '../state/url-state';
import { buildIndicatorModel, catalogueName } from './indicator-model';
import { ledgerSourceText } from './source-text';

/** The derived indicators the view shows as key figures, in this order. */
export const FINANCE_FIGURES = [
  'ansokningstryck',
  'beslutandegrad',
  'uppvaxling',
  'medfinansiering_per_krona',
  'utbetalningsgrad',
  'andel_foretagsstod_kvinnor',
  'andel_medel_rus',
] as const;

export interface FinanceFigure {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  readonly marker: string | null;
  readonly unit: string;
  readonly decimals: number;
  readonly formula: string | undefined;
}

export interface FinanceModel {
  /** The regions the ledger covers ("00" when it covers all 21 counties). */
  readonly regions: readonly string[];
  readonly region: string;
  readonly regionName: string;
  readonly supportType: SupportType | undefined;
  readonly years: readonly number[];
  /** The year of the key figures, the ranking and the RUS and chain breakdowns. */
  readonly year: number | undefined;
  readonly figures: readonly FinanceFigure[];
  /** Available, applied and granted funds (mnkr). */
  readonly pressure: BarLineInput;
  /** The application pressure (applied ÷ frame): a ratio, so a chart of its own, not a second axis. */
  readonly pressureRatio: BarLineInput;
  readonly cofinancing: BarLineInput;
  /** Granted and paid by decision year (mnkr). */
  readonly cohort: BarLineInput;
  /** The payment rate by decision year (%): a chart of its own. */
  readonly cohortShare: BarLineInput;
  /** Granted funds by RUS area; the planned shares only for all support types (the plan covers them all). */
  readonly rus: BarLineInput;
  readonly chain: BarLineInput;
  /** `catalogueSource`: the catalogue's (Swedish) source text, which `source` may hold. */
  readonly leverage:
    | {
        readonly ranking: RankingInput;
        readonly trend: TrendInput;
        readonly unit: string;
        readonly source: string;
        readonly catalogueSource: string | undefined;
      }
    | undefined;
  /** The cases of the region and support type that match the table's filter, newest first. */
  readonly cases: readonly LedgerCase[];
  /** Cases of the region and support type before the table's filter. */
  readonly regionCases: number;
  /** Where the region's ledger comes from: the user's files by name, or the example data said so. */
  readonly source: string;
}

const MNKR_DECIMALS = 1;

/**
 * Everything the Finansiering view shows, from the ledger and the derived indicators. A region the
 * ledger does not cover falls back to the first it does; a year without cases to the latest with.
 */
export function buildFinanceModel(
  dataset: Dataset,
  state: UrlState,
  lang: Lang,
  t: Translate,
): FinanceModel | undefined {
  const { ledger } = dataset;
  const regions = ledgerRegions(ledger);
  const region = regions.includes(state.region) ? state.region : regions[0];
  if (region === undefined) return undefined;
  const place = region === RIKET.code ? t('allCounties') : regionName(regionByCode(region) ?? RIKET, lang);
  const all = filterCases(ledger.cases, { region, supportType: undefined });
  const cases = filterCases(ledger.cases, { region, supportType: state.supportType });
  const years = caseYears(all);
  const wanted = state.at !== undefined && /^\d{4}$/.test(state.at) ? Number(state.at) : undefined;
  const year = wanted !== undefined && years.includes(wanted) ? wanted : years[years.length - 1];
  const mnkr = t('unitMnkr');

  // Applied, available and granted: the ledger's sums, the same the derived indicators are computed from.
  const measures = measuresByYear(ledger, region);
  const pressureSeries = querySeries(dataset, {
    indicator: 'ansokningstryck',
    region,
    granularity: 'year',
    gender: 'T',
  });
  const pressureAt = (y: number): number | null =>
    pressureSeries.find((p) => p.period.year === y)?.value ?? null;
  const pressure: BarLineInput = {
    lang,
    categories: measures.map((m) => String(m.year)),
    unit: mnkr,
    description: t('pressureTitle', { region: place }),
    series: [
      {
        name: t('pressureAvailable'),
        kind: 'bar',
        colour: PALETTE.other,
        decimals: MNKR_DECIMALS,
        values: measures.map((m) => m.values.ram_medel ?? null),
      },
      {
        name: t('pressureApplied'),
        kind: 'bar',
        colour: SERIES_COLOURS[0] ?? PALETTE.selected,
        decimals: MNKR_DECIMALS,
        values: measures.map((m) => m.values.sokta_medel ?? null),
      },
      {
        name: t('pressureGranted'),
        kind: 'bar',
        colour: SERIES_COLOURS[2] ?? PALETTE.selected,
        decimals: MNKR_DECIMALS,
        values: measures.map((m) => m.values.beviljade_medel ?? null),
      },
    ],
  };
  const pressureRatio: BarLineInput = {
    lang,
    categories: measures.map((m) => String(m.year)),
    unit: t('unitRatio'),
    description: t('pressureRatioTitle', { region: place }),
    series: [
      {
        name: t('pressureRatio'),
        kind: 'line',
        colour: SERIES_COLOURS[1] ?? PALETTE.target,
        decimals: 2,
        values: measures.map((m) => pressureAt(m.year)),
      },
    ],
  };

  const financing = cofinancingByYear(cases);
  const cofinancing: BarLineInput = {
    lang,
    categories: financing.map((f) => String(f.year)),
    unit: mnkr,
    description: t('cofinancingTitle', { region: place }),
    series: [
      {
        name: t('cofinancingGranted'),
        kind: 'bar',
        stack: 'total',
        colour: SERIES_COLOURS[0] ?? PALETTE.selected,
        decimals: MNKR_DECIMALS,
        values: financing.map((f) => f.granted),
      },
      ...COFINANCING_SOURCES.map((source, i) => ({
        name: pick(COFINANCING_LABELS[source], lang),
        kind: 'bar' as const,
        stack: 'total',
        colour: SERIES_COLOURS[i + 1] ?? PALETTE.other,
        decimals: MNKR_DECIMALS,
        values: financing.map((f) => f.bySource[i] ?? 0),
      })),
    ],
  };

  const payments = paymentsByCohort(cases);
  const cohort: BarLineInput = {
    lang,
    categories: payments.map((p) => String(p.year)),
    unit: mnkr,
    description: t('cohortTitle', { region: place }),
    series: [
      {
        name: t('cohortGranted'),
        kind: 'bar',
        colour: SERIES_COLOURS[0] ?? PALETTE.selected,
        decimals: MNKR_DECIMALS,
        values: payments.map((p) => p.granted),
      },
      {
        name: t('cohortPaid'),
        kind: 'bar',
        colour: SERIES_COLOURS[2] ?? PALETTE.other,
        decimals: MNKR_DECIMALS,
        values: payments.map((p) => p.paid),
      },
    ],
  };
  const cohortShare: BarLineInput = {
    lang,
    categories: payments.map((p) => String(p.year)),
    unit: '%',
    description: t('cohortShareTitle', { region: place }),
    series: [
      {
        name: t('cohortShare'),
        kind: 'line',
        colour: SERIES_COLOURS[1] ?? PALETTE.target,
        decimals: 0,
        values: payments.map((p) => p.share ?? null),
      },
    ],
  };

  const areas = year === undefined ? [] : rusAllocation(ledger, cases, region, year);
  // The plan is for the appropriation as a whole: a share of one support type is not set against it.
  const withPlan = state.supportType === undefined;
  const rus: BarLineInput = {
    lang,
    categories: areas.map((a) => (a.area === '' ? t('rusNone') : a.area)),
    unit: '%',
    horizontal: true,
    description: t(withPlan ? 'rusTitle' : 'rusTitleFiltered', { region: place, year: String(year ?? '') }),
    series: [
      {
        name: t('rusShare'),
        kind: 'bar',
        colour: SERIES_COLOURS[0] ?? PALETTE.selected,
        decimals: 0,
        values: areas.map((a) => a.share ?? null),
      },
      ...(withPlan
        ? [
            {
              name: t('rusPlanned'),
              kind: 'bar' as const,
              colour: PALETTE.riket,
              decimals: 0,
              values: areas.map((a) => a.planned ?? null),
            },
          ]
        : []),
    ],
  };

  const tags = grantedByChainTag(cases, year);
  const chain: BarLineInput = {
    lang,
    categories: tags.map((g) => (g.tag === '' ? t('chainNone') : g.tag)),
    unit: mnkr,
    horizontal: true,
    description: t('chainTitle', { region: place, year: String(year ?? '') }),
    series: [
      {
        name: t('pressureGranted'),
        kind: 'bar',
        colour: SERIES_COLOURS[0] ?? PALETTE.selected,
        decimals: MNKR_DECIMALS,
        values: tags.map((g) => g.granted),
      },
    ],
  };

  const figures: FinanceFigure[] = FINANCE_FIGURES.flatMap((id) => {
    const indicator = dataset.indicators.find((i) => i.id === id);
    if (!indicator) return [];
    const point =
      year === undefined
        ? undefined
        : querySeries(dataset, { indicator: id, region, granularity: 'year', gender: 'T' }).find(
            (p) => p.period.year === year,
          );
    return [
      {
        id,
        name: pick(indicator.name, lang),
        value: point?.value ?? null,
        marker: point ? point.marker : '..',
        unit: pick(indicator.unit, lang),
        decimals: indicator.decimals,
        formula: indicator.formula
          ? formulaText(indicator.formula, (input) => catalogueName(dataset, input, lang), lang)
          : undefined,
      },
    ];
  });

  const leverageModel = dataset.indicators.some((i) => i.id === 'uppvaxling')
    ? buildIndicatorModel(
        dataset,
        {
          ...state,
          indicator: 'uppvaxling',
          region,
          compare: [],
          gender: 'T',
          granularity: 'year',
          from: undefined,
          to: undefined,
          at: year === undefined ? undefined : String(year),
          mapMode: 'value',
        },
        lang,
        t,
      )
    : undefined;
  const leverage =
    leverageModel && leverageModel.listed.indicator.id === 'uppvaxling'
      ? {
          ranking: leverageModel.ranking,
          trend: leverageModel.trend,
          unit: pick(leverageModel.listed.indicator.unit, lang),
          source: leverageModel.sources.all,
          catalogueSource: leverageModel.listed.indicator.source,
        }
      : undefined;

  return {
    regions,
    region,
    regionName: place,
    supportType: state.supportType,
    years,
    year,
    figures,
    pressure,
    pressureRatio,
    cofinancing,
    cohort,
    cohortShare,
    rus,
    chain,
    leverage,
    cases: queryCases(cases, { status: state.caseStatus, text: state.caseQuery }),
    regionCases: cases.length,
    source: ledgerSourceText(dataset, region === RIKET.code ? undefined : [region], t('exampleLedgerSource')),
  };
}
