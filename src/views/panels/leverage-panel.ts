import type { RankingInput } from '../../charts/ranking-option';
import type { TrendInput } from '../../charts/trend-option';
import { pick } from '../../domain/language';
import { indicatorsWithData } from '../indicator-list';
import { sourceText } from '../source-text';
import { buildCrossSection } from './cross-section';
import { resolveIndicatorSelection } from './indicator-selection';
import type { LedgerSelection } from './ledger-selection';
import type { PanelContext } from './panel-context';
import { buildRankingPanel } from './ranking-panel';
import { realLedgerCounties } from './real-ledger-panel';
import { buildTrendPanel } from './trend-panel';

export const LEVERAGE_INDICATOR = 'uppvaxling';

export interface LeveragePanel {
  /** The compared regions ranked in the selection's year (or the latest they have). */
  readonly ranking: RankingInput;
  /** The region over time, with the reference. */
  readonly trend: TrendInput;
  readonly unit: string;
  /** Where the values of every region come from. */
  readonly source: string;
  /** The catalogue's (Swedish) source text, which `source` may hold. */
  readonly catalogueSource: string | undefined;
}

/**
 * Uppväxling (the catalogue's derived indicator) for the ledger's region: the indicator view's ranking
 * and trend panels, by year, total, with nothing compared. Undefined when the catalogue lacks it or
 * the data has no values for it.
 */
export function buildLeveragePanel(
  context: PanelContext,
  ledger: LedgerSelection,
): LeveragePanel | undefined {
  const { dataset, lang, t } = context;
  const listed = indicatorsWithData(dataset, t).find(
    (l) => l.inCatalogue && l.indicator.id === LEVERAGE_INDICATOR,
  );
  if (!listed) return undefined;
  const selection = resolveIndicatorSelection(context, listed, {
    region: ledger.region,
    compare: [],
    granularity: 'year',
    gender: 'T',
  });
  const trend = buildTrendPanel(context, selection, { from: undefined, to: undefined });
  const at = ledger.year === undefined ? undefined : String(ledger.year);
  const section = buildCrossSection(context, selection, at, trend.periods);
  const ranking = buildRankingPanel(context, selection, section);
  // The user's own ledger is ranked alone: never beside counties it does not cover.
  const real = realLedgerCounties(dataset);
  return {
    ranking: real ? { ...ranking, entries: ranking.entries.filter((e) => real.includes(e.code)) } : ranking,
    trend: trend.input,
    unit: pick(listed.indicator.unit, lang),
    source: sourceText(dataset, listed.indicator, undefined, lang),
    catalogueSource: listed.indicator.source,
  };
}
