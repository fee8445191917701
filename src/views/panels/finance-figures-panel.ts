import { formulaText } from '../../domain/formula';
import { filterCases } from '../../domain/ledger-summary';
import { pick } from '../../domain/language';
import { querySeries } from '../../data/dataset/store-query';
import { catalogueName } from '../indicator-list';
import type { LedgerSelection } from './ledger-selection';
import type { PanelContext } from './panel-context';

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
  /** Why the figure has no value, when the ledger says: its applied amounts are not in it. */
  readonly note: string | undefined;
}

/** The key figures the catalogue has, for the region in the selection's year, each with its formula. */
export function buildFinanceFigures(
  { dataset, lang, t }: PanelContext,
  selection: LedgerSelection,
): FinanceFigure[] {
  const { region, year } = selection;
  const appliedAbsent =
    year !== undefined &&
    filterCases(dataset.ledger.cases, { region, supportType: undefined }).some(
      (c) => c.year === year && c.applied === undefined,
    );
  return FINANCE_FIGURES.flatMap((id) => {
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
        note: id === 'ansokningstryck' && appliedAbsent ? t('figureNoApplied') : undefined,
      },
    ];
  });
}
