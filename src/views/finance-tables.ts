import { pick, type Lang } from '../domain/language';
import { CASE_STATUS_LABELS, SUPPORT_TYPE_LABELS, totalCofinancing, type LedgerCase } from '../domain/ledger';
import { regionByCode, regionName } from '../domain/regions';
import { num, text, type TableModel } from '../domain/table';

export interface CaseTableLabels {
  readonly caption: string;
  readonly id: string;
  readonly region: string;
  readonly supportType: string;
  readonly year: string;
  readonly status: string;
  readonly applied: string;
  readonly granted: string;
  readonly paid: string;
  readonly cofinancing: string;
  readonly rus: string;
  readonly chainTag: string;
  readonly owner: string;
  readonly source: string;
}

/**
 * The ledger's cases as a table (what the view lists and the CSV holds): amounts in kronor as
 * numbers, every text from the file as text, and the file and line each case came from.
 */
export function casesTable(cases: readonly LedgerCase[], labels: CaseTableLabels, lang: Lang): TableModel {
  return {
    caption: labels.caption,
    rowHeader: 0,
    columns: [
      { header: labels.id, numeric: false },
      { header: labels.region, numeric: false },
      { header: labels.supportType, numeric: false },
      { header: labels.year, numeric: false },
      { header: labels.status, numeric: false },
      { header: labels.applied, numeric: true },
      { header: labels.granted, numeric: true },
      { header: labels.paid, numeric: true },
      { header: labels.cofinancing, numeric: true },
      { header: labels.rus, numeric: false },
      { header: labels.chainTag, numeric: false },
      { header: labels.owner, numeric: false },
      { header: labels.source, numeric: false },
    ],
    rows: cases.map((c) => {
      const region = regionByCode(c.region);
      return [
        text(c.id),
        text(region ? regionName(region, lang) : c.region),
        text(pick(SUPPORT_TYPE_LABELS[c.supportType], lang)),
        text(c.year === undefined ? '' : String(c.year)),
        text(pick(CASE_STATUS_LABELS[c.status], lang)),
        num(c.applied ?? null, 0),
        num(c.granted, 0),
        num(c.paid, 0),
        num(totalCofinancing(c), 0),
        text(c.rus),
        text(c.chainTag),
        text(c.owner),
        text(`${c.file}:${c.line}`),
      ];
    }),
  };
}
