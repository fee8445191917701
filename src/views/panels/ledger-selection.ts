import { referenceRegion } from '../../domain/region-scope';
import type { LedgerCase, SupportType } from '../../domain/ledger';
import { caseYears, filterCases, ledgerRegions } from '../../domain/ledger-summary';
import { regionByCode, regionName } from '../../domain/regions';
import type { UrlState } from '../../state/url-state';
import type { PanelContext } from './panel-context';

/** What the user asked of the 1:1 ledger: the part of the URL state the finance panels read. */
export type LedgerChoice = Pick<UrlState, 'region' | 'supportType' | 'at'>;

/** The ledger's selection, resolved against the ledger: what the finance panels draw. */
export interface LedgerSelection {
  /** The regions the ledger covers (the scope's reference first when it covers every compared region). */
  readonly regions: readonly string[];
  /** One of `regions`. */
  readonly region: string;
  /** The region's name in the text: "alla län" for the reference. */
  readonly place: string;
  readonly supportType: SupportType | undefined;
  /** The decision years of the region's cases (all support types), in order. */
  readonly years: readonly number[];
  /** The year of the key figures, the ranking and the RUS and chain breakdowns. */
  readonly year: number | undefined;
  /** The region's cases of the support type (all when undefined). */
  readonly cases: readonly LedgerCase[];
}

/** A ledger region's name: the reference reads as all the compared regions together. */
export function ledgerPlaceName({ scope, lang, t }: PanelContext, code: string): string {
  const reference = referenceRegion(scope);
  return code === reference.code ? t('allCounties') : regionName(regionByCode(code) ?? reference, lang);
}

/**
 * A region the ledger does not cover falls back to the first it does; a year without cases to the
 * latest with. Undefined when the ledger is empty.
 */
export function resolveLedgerSelection(
  context: PanelContext,
  choice: LedgerChoice,
): LedgerSelection | undefined {
  const { ledger } = context.dataset;
  const regions = ledgerRegions(ledger);
  const region = regions.includes(choice.region) ? choice.region : regions[0];
  if (region === undefined) return undefined;
  const years = caseYears(filterCases(ledger.cases, { region, supportType: undefined }));
  const wanted = choice.at !== undefined && /^\d{4}$/.test(choice.at) ? Number(choice.at) : undefined;
  return {
    regions,
    region,
    place: ledgerPlaceName(context, region),
    supportType: choice.supportType,
    years,
    year: wanted !== undefined && years.includes(wanted) ? wanted : years[years.length - 1],
    cases: filterCases(ledger.cases, { region, supportType: choice.supportType }),
  };
}
