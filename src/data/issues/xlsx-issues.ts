import { entry, q } from './issue-entry';

const sv = (n: number): string => n.toLocaleString('sv-SE');
const en = (n: number): string => n.toLocaleString('en-GB');
const mb = (bytes: number): number => Math.round(bytes / (1024 * 1024));

/**
 * A workbook's limits (src/data/table/xlsx/limits.ts): a cap passed, a cell outside Excel's grid, a
 * cell too long. A cell's issue stands on the sheet's own row and column; the rest of the sheet is read.
 */
export const XLSX_ISSUES = {
  xlsx_part_too_large: entry<{ part: string; limit: number }>('error', (p) => ({
    sv: `Delen ${q(p.part)} i arbetsboken packas upp till mer än ${sv(mb(p.limit))} MB och lästes inte (gränsen per del). Spara arbetsboken på nytt i Excel eller som CSV.`,
    en: `The part ${q(p.part)} of the workbook inflates to more than ${en(mb(p.limit))} MB and was not read (the limit per part). Save the workbook again in Excel, or as CSV.`,
  })),
  xlsx_workbook_too_large: entry<{ part: string; limit: number }>('error', (p) => ({
    sv: `Arbetsboken packas upp till mer än ${sv(mb(p.limit))} MB sammanlagt; läsningen stoppades i delen ${q(p.part)}. Spara bladet som CSV.`,
    en: `The workbook inflates to more than ${en(mb(p.limit))} MB in all; reading stopped in the part ${q(p.part)}. Save the sheet as CSV.`,
  })),
  xlsx_sheet_too_many_cells: entry<{ sheet: string; limit: number }>('error', (p) => ({
    sv: `Bladet ${q(p.sheet)} har fler än ${sv(p.limit)} ifyllda celler och lästes inte (gränsen per blad). Spara det som CSV, som inte har någon sådan gräns.`,
    en: `Sheet ${q(p.sheet)} has more than ${en(p.limit)} filled cells and was not read (the limit per sheet). Save it as CSV, which has no such limit.`,
  })),
  xlsx_sheet_too_wide: entry<{ sheet: string; rows: number; columns: number; limit: number }>(
    'error',
    (p) => ({
      sv: `Bladet ${q(p.sheet)} spänner över ${sv(p.rows)} rader med data × ${sv(p.columns)} kolumner, fler än ${sv(p.limit)} celler, och lästes inte. Ta bort lösa celler långt till höger, eller spara bladet som CSV.`,
      en: `Sheet ${q(p.sheet)} spans ${en(p.rows)} rows with data × ${en(p.columns)} columns, more than ${en(p.limit)} cells, and was not read. Remove stray cells far to the right, or save the sheet as CSV.`,
    }),
  ),
  xlsx_too_many_strings: entry<{ limit: number }>('error', (p) => ({
    sv: `Arbetsboken har fler än ${sv(p.limit)} delade textvärden (sharedStrings) och lästes inte. Spara bladet som CSV.`,
    en: `The workbook has more than ${en(p.limit)} shared strings and was not read. Save the sheet as CSV.`,
  })),
  xlsx_cell_reference_invalid: entry<{ sheet: string; ref: string }>('error', (p) => ({
    sv: `Cellen ${q(p.ref)} i bladet ${q(p.sheet)} ligger utanför Excels rutnät (kolumn A–XFD, rad 1–1 048 576) eller är ingen cellreferens. Cellen lästes inte; resten av bladet lästes.`,
    en: `Cell ${q(p.ref)} in sheet ${q(p.sheet)} is outside Excel's grid (columns A–XFD, rows 1–1,048,576) or is no cell reference. The cell was not read; the rest of the sheet was.`,
  })),
  xlsx_row_invalid: entry<{ sheet: string; row: string }>('error', (p) => ({
    sv: `Raden ${q(p.row)} i bladet ${q(p.sheet)} ligger utanför Excels rutnät (rad 1–1 048 576) eller är inget radnummer. Dess celler utan egen giltig referens lästes inte; resten av bladet lästes.`,
    en: `Row ${q(p.row)} in sheet ${q(p.sheet)} is outside Excel's grid (rows 1–1,048,576) or is no row number. Its cells without a valid reference of their own were not read; the rest of the sheet was.`,
  })),
  xlsx_cell_too_long: entry<{ sheet: string; ref: string; limit: number }>('error', (p) => ({
    sv: `Cellen ${p.ref} i bladet ${q(p.sheet)} har mer text än Excel tillåter (${sv(p.limit)} tecken). Cellen lästes som tom; resten av bladet lästes.`,
    en: `Cell ${p.ref} in sheet ${q(p.sheet)} holds more text than Excel allows (${en(p.limit)} characters). The cell was read as empty; the rest of the sheet was.`,
  })),
  xlsx_cell_value_invalid: entry<{ sheet: string; ref: string; type: string }>('error', (p) => ({
    sv: `Cellen ${p.ref} i bladet ${q(p.sheet)} har ett värde som inte går att läsa (celltyp ${q(p.type)}). Cellen lästes som tom; resten av bladet lästes.`,
    en: `Cell ${p.ref} in sheet ${q(p.sheet)} has a value that cannot be read (cell type ${q(p.type)}). The cell was read as empty; the rest of the sheet was.`,
  })),
  xlsx_cell_repeated: entry<{ sheet: string; ref: string }>('warning', (p) => ({
    sv: `Cellen ${p.ref} i bladet ${q(p.sheet)} förekommer flera gånger i filen; den sista lästes.`,
    en: `Cell ${p.ref} in sheet ${q(p.sheet)} occurs more than once in the file; the last one was read.`,
  })),
  xlsx_cell_issues_more: entry<{ sheet: string; count: number }>('error', (p) => ({
    sv: `Ytterligare ${sv(p.count)} celler i bladet ${q(p.sheet)} kunde inte läsas av samma skäl som ovan och räknas inte upp var för sig.`,
    en: `${en(p.count)} more cells in sheet ${q(p.sheet)} could not be read for the reasons above and are not listed one by one.`,
  })),
};
