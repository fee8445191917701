import { entry, q } from './issue-entry';

interface ColumnList {
  readonly count: number;
  /** 1-based column numbers, consecutive ones as ranges ("3–7, 9"). */
  readonly ranges: string;
  /** The columns' names, in column order. */
  readonly names: readonly string[];
}

/** How many names one message quotes before "… och N till". */
export const NAMES_LISTED = 12;

const listSv = (names: readonly string[]): string =>
  names.slice(0, NAMES_LISTED).map(q).join(', ') +
  (names.length > NAMES_LISTED ? ` … och ${names.length - NAMES_LISTED} till` : '');
const listEn = (names: readonly string[]): string =>
  names.slice(0, NAMES_LISTED).map(q).join(', ') +
  (names.length > NAMES_LISTED ? ` … and ${names.length - NAMES_LISTED} more` : '');

/** Columns a layout leaves out, named in one issue each kind (src/data/cells/left-out-columns.ts). */
export const COLUMN_ISSUES = {
  columns_period_unread: entry<ColumnList>('warning', (p) => ({
    sv: `${p.count === 1 ? 'En kolumn har' : `${p.count} kolumner har`} en rubrik som liknar en period men inte kunde läsas som en (läsbara är t.ex. 2023, 2023K1, 2023M01, 2023-01), så ${p.count === 1 ? 'dess' : 'deras'} värden lästes inte in: ${listSv(p.names)} (kolumn ${p.ranges}). Byt rubriken i filen till en läsbar period för att läsa värdena.`,
    en: `${p.count === 1 ? 'One column has' : `${p.count} columns have`} a header that looks like a period but could not be read as one (readable are e.g. 2023, 2023K1, 2023M01, 2023-01), so ${p.count === 1 ? 'its' : 'their'} values were not read: ${listEn(p.names)} (column ${p.ranges}). Rename the header in the file to a readable period to read the values.`,
  })),
  columns_unused: entry<ColumnList>('info', (p) => ({
    sv: `${p.count} kolumner används inte och lästes inte in: ${listSv(p.names)} (kolumn ${p.ranges}).`,
    en: `${p.count} columns are not used and were not read: ${listEn(p.names)} (column ${p.ranges}).`,
  })),
};
