import type { Ledger } from '../../domain/ledger';
import { ledgerRegions } from '../../domain/ledger-summary';
import { regionByCode, regionName, RIKET } from '../../domain/regions';
import { exampleFileNames, type Dataset } from '../../data/dataset/dataset';
import type { PanelContext } from './panel-context';

/** Whether any of the ledger's rows is the app's invented example data. */
function hasExampleRows(ledger: Ledger, example: ReadonlySet<string>): boolean {
  if (example.size === 0) return false;
  return [...ledger.cases, ...ledger.frames, ...ledger.shares].some((row) => example.has(row.file));
}

/**
 * The counties of a ledger that is the user's own and does not cover all 21: the only counties the
 * Finansiering view ranks and sums (the example ledger gives way whole to a real one, see
 * mergeLedgers). Undefined for the example ledger, or a real one of every county.
 */
export function realLedgerCounties(dataset: Dataset): string[] | undefined {
  if (hasExampleRows(dataset.ledger, exampleFileNames(dataset))) return undefined;
  const counties = ledgerRegions(dataset.ledger).filter((code) => code !== RIKET.code);
  return counties.length > 0 && counties.length < 21 ? counties : undefined;
}

/**
 * What the view says when it holds only the user's counties: "Endast län med egna ärendelistor:
 * Dalarnas län.", and that the example data is not shown beside them when it is loaded.
 */
export function realOnlyText({ dataset, lang, t }: PanelContext): string | undefined {
  const counties = realLedgerCounties(dataset);
  if (!counties) return undefined;
  const names = counties.map((code) => {
    const region = regionByCode(code);
    return region ? regionName(region, lang) : code;
  });
  const first = t('financeRealOnly', { counties: names.join(', ') });
  return exampleFileNames(dataset).size > 0 ? `${first} ${t('financeRealOnlyExample')}` : first;
}
