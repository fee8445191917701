import { DERIVED_SOURCE } from '../data/dataset/derived';
import { exampleFileNames, type Dataset } from '../data/dataset/dataset';
import { LEDGER_SOURCE } from '../data/dataset/ledger-dataset';
import { KOMMUN_SUM_SOURCE } from '../data/dataset/kommun-sums';
import { rowFiles, rowRegions } from '../data/dataset/store-query';
import { kommunCodesOf } from '../domain/county-from-kommuner';
import type { Indicator } from '../domain/indicator';
import type { Lang } from '../domain/language';
import { ledgerFilesOf } from '../domain/ledger-files';
import { translate } from '../i18n/dictionary';

/**
 * The source of what the 1:1 ledger of the given regions (all when undefined) shows: the user's ledger
 * files by name, and `exampleLabel` for the example's.
 */
export function ledgerSourceText(
  dataset: Dataset,
  regions: readonly string[] | undefined,
  exampleLabel: string,
): string {
  const example = exampleFileNames(dataset);
  const files = ledgerFilesOf(dataset.ledger, regions);
  const parts = [
    ...files.filter((f) => !example.has(f)),
    ...(files.some((f) => example.has(f)) ? [exampleLabel] : []),
  ];
  return parts.length > 0 ? parts.join('; ') : '–';
}

/**
 * What a chart's "Källa" says for an indicator's rows in the given regions (all when undefined): the
 * catalogue's source for rows from the app's example data, the file's name for rows from the user's
 * own files; for values computed from the 1:1 ledger, the same for the ledger files behind them; for
 * a county value made from its kommuner, "summa av kommunerna" with the source of the kommun values.
 * A chart of one's own data never calls itself invented, and a chart of invented data never loses the
 * word.
 */
export function sourceText(
  dataset: Dataset,
  indicator: Indicator,
  regions?: readonly string[],
  lang: Lang = 'sv',
): string {
  const example = exampleFileNames(dataset);
  const rows = rowFiles(dataset, indicator.id, regions);
  const files = rows.flatMap((file) =>
    file === LEDGER_SOURCE || file === DERIVED_SOURCE
      ? ledgerFilesOf(dataset.ledger, regions)
      : file === KOMMUN_SUM_SOURCE
        ? []
        : [file],
  );
  const own = [...new Set(files.filter((f) => !example.has(f)))];
  const summed = rows.includes(KOMMUN_SUM_SOURCE) ? [kommunSumText(dataset, indicator, regions, lang)] : [];
  const fromCatalogue = (files.length === 0 && summed.length === 0) || files.some((f) => example.has(f));
  const parts = [...own, ...summed, ...(fromCatalogue && indicator.source ? [indicator.source] : [])];
  return parts.length > 0 ? parts.join('; ') : '–';
}

/** "summa av kommunerna (…)": the counties' values made from kommuner, with their kommuner's source. */
function kommunSumText(
  dataset: Dataset,
  indicator: Indicator,
  regions: readonly string[] | undefined,
  lang: Lang,
): string {
  const counties = rowRegions(dataset, indicator.id, KOMMUN_SUM_SOURCE, regions);
  const kommuner = counties.flatMap((county) => kommunCodesOf(county));
  return translate(lang, 'kommunSumSource', { sources: sourceText(dataset, indicator, kommuner, lang) });
}
