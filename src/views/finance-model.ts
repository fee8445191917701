import type { BarLineInput } from '../charts/bar-line-option';
import type { Lang } from '../domain/language';
import type { LedgerCase, SupportType } from '../domain/ledger';
import { queryCases } from '../domain/ledger-summary';
import { referenceRegion, type RegionScope } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import type { Translate } from '../i18n/dictionary';
import type { UrlState } from '../state/url-state';
import { buildChainPanel } from './panels/chain-panel';
import { buildCofinancingPanel } from './panels/cofinancing-panel';
import { buildCohortPanel } from './panels/cohort-panel';
import { buildFinanceFigures, type FinanceFigure } from './panels/finance-figures-panel';
import { ledgerPlaceName, resolveLedgerSelection } from './panels/ledger-selection';
import { buildLeveragePanel, type LeveragePanel } from './panels/leverage-panel';
import type { PanelContext } from './panels/panel-context';
import { buildPressurePanel } from './panels/pressure-panel';
import { realOnlyText } from './panels/real-ledger-panel';
import { buildRusPanel } from './panels/rus-panel';
import { ledgerSourceText } from './source-text';

export interface FinanceModel {
  /** The regions the ledger covers, with their names (the reference, when it covers them all, first). */
  readonly regions: readonly { readonly value: string; readonly label: string }[];
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
  readonly leverage: LeveragePanel | undefined;
  /** The cases of the region and support type that match the table's filter, newest first. */
  readonly cases: readonly LedgerCase[];
  /** Cases of the region and support type before the table's filter. */
  readonly regionCases: number;
  /** Where the region's ledger comes from: the user's files by name, or the example data said so. */
  readonly source: string;
  /** Said when the ledger is the user's own for some counties: the view ranks and sums only those. */
  readonly realOnly: string | undefined;
}

/**
 * Everything the Finansiering view shows, composed from its panels over the ledger's selection.
 * Undefined when there is no ledger.
 */
export function buildFinanceModel(
  dataset: Dataset,
  scope: RegionScope,
  state: UrlState,
  lang: Lang,
  t: Translate,
): FinanceModel | undefined {
  const context: PanelContext = { dataset, scope, lang, t };
  const selection = resolveLedgerSelection(context, state);
  if (!selection) return undefined;
  const { region, cases } = selection;
  const pressure = buildPressurePanel(context, selection);
  const cohort = buildCohortPanel(context, selection);
  const all = region === referenceRegion(scope).code;
  return {
    regions: selection.regions.map((code) => ({ value: code, label: ledgerPlaceName(context, code) })),
    region,
    regionName: selection.place,
    supportType: selection.supportType,
    years: selection.years,
    year: selection.year,
    figures: buildFinanceFigures(context, selection),
    pressure: pressure.amounts,
    pressureRatio: pressure.ratio,
    cofinancing: buildCofinancingPanel(context, selection),
    cohort: cohort.amounts,
    cohortShare: cohort.share,
    rus: buildRusPanel(context, selection),
    chain: buildChainPanel(context, selection),
    leverage: buildLeveragePanel(context, selection),
    cases: queryCases(cases, { status: state.caseStatus, text: state.caseQuery }),
    regionCases: cases.length,
    source: ledgerSourceText(dataset, all ? undefined : [region], t('exampleLedgerSource')),
    realOnly: realOnlyText(context),
  };
}
