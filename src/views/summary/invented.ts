import { DERIVED_SOURCE } from '../../data/dataset/derived';
import { exampleFileNames, type Dataset } from '../../data/dataset/dataset';
import { KOMMUN_SUM_SOURCE } from '../../data/dataset/kommun-sums';
import { LEDGER_SOURCE } from '../../data/dataset/ledger-dataset';
import { rowFiles } from '../../data/dataset/store-query';
import { kommunCodesOf } from '../../domain/county-from-kommuner';
import { ledgerFilesOf } from '../../domain/ledger-files';

/**
 * Whether an indicator's values for a region come from the app's invented example data: a row from an
 * example file, a value computed from the example ledger, or a county sum of invented kommun values.
 * The same files as the source text (src/views/source-text.ts) names.
 */
export function isInvented(dataset: Dataset, indicator: string, region: string): boolean {
  const example = exampleFileNames(dataset);
  if (example.size === 0) return false;
  return rowFiles(dataset, indicator, [region]).some((file) => {
    if (example.has(file)) return true;
    if (file === LEDGER_SOURCE || file === DERIVED_SOURCE)
      return ledgerFilesOf(dataset.ledger, [region]).some((f) => example.has(f));
    if (file === KOMMUN_SUM_SOURCE)
      return kommunCodesOf(region).some((k) => rowFiles(dataset, indicator, [k]).some((f) => example.has(f)));
    return false;
  });
}
