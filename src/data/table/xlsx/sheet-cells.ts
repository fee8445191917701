import type { IssueCode, IssueCollector } from '../../issues/issue';
import type { IssueParams } from '../../issues/issue-messages';
import { cellType, styleIndex } from './cell-bytes';
import { readCellRef, readRowNumber, type RefParts } from './cell-ref';
import { CellStore } from './cell-store';
import { cellValue, sharedValue, TOO_LONG, type CellProblem, type CellStyleInfo } from './cell-value';
import { columnName } from './column-name';
import {
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  XLSX_MAX_CELL_CHARS,
  XLSX_MAX_CELL_ISSUES,
  XLSX_MAX_CELLS,
} from './limits';
import { eachAttr } from './xml-attributes';
import type { XmlHandler } from './xml-scanner';
import { bytesText, nextByte, startsWith, textOf } from './xml-text';

const LT = 60;
const GT = 62;
const LETTER_V = 118;
/** What ends the commonest cell, `<c …><v>…</v></c>`. */
const VALUE_CELL_END = '</v></c>';

/** An issue found in a sheet, added to the file's issues only if the sheet is the one read. */
export type SheetIssue = (issues: IssueCollector) => void;

/** More filled cells than XLSX_MAX_CELLS: the sheet is refused. */
export class SheetCellCapError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} cells`);
  }
}

/** A sheet's filled cells (empty cells are not kept) and the issues found on the way. */
export interface SheetCells {
  readonly store: CellStore;
  readonly issues: SheetIssue[];
}

/**
 * Reads <sheetData> into SheetCells as the XML streams by. A reference outside Excel's grid, a row
 * number outside it, a value that cannot be read and a cell longer than Excel allows are each an
 * issue on that cell; the rest of the sheet is read. Filled cells and cells in error count against
 * XLSX_MAX_CELLS; an empty cell costs only its bytes.
 */
export class SheetCellReader implements XmlHandler {
  wantsText = false;
  readonly cells: SheetCells;
  private inData = false;
  /** The row being read: 0 until known, -1 for a row whose number is invalid. */
  private row = 0;
  private previousRow = 0;
  private column = 0;
  private lastRow = 0;
  private lastColumn = 0;
  private count = 0;
  private issueCount = 0;
  // The cell being read.
  private inCell = false;
  private cellRow = 0;
  private cellColumn = 0;
  private readonly ref: RefParts = { row: 0, column: 0 };
  /** 1: a reference within the grid, 0: none written, -1: one outside it (its text in refText). */
  private refState = 0;
  private refText = '';
  private type: string | undefined;
  private style = -1;
  private v: string | undefined;
  /** A shared-string cell's index, read straight from its bytes; -1 when not (yet) read so. */
  private shared = -1;
  /** A number's value, its digits staged in the store (see CellStore.stageDigits) rather than made a string. */
  private digits = false;
  private inline: string | undefined;
  private inValue = false;
  private inInline = false;
  private inRun = false;
  private inPhonetic = false;
  private long = false;

  constructor(
    private readonly sheet: string,
    private readonly info: CellStyleInfo,
  ) {
    this.cells = { store: new CellStore(info.shared), issues: [] };
  }

  open(name: string, b: Uint8Array, from: number, to: number, selfClosing: boolean): number | undefined {
    if (name === 'c') {
      if (!this.inData) return undefined;
      this.refState = 0;
      this.type = undefined;
      this.style = -1;
      eachAttr(b, from, to, this.cellAttr);
      this.openCell();
      if (selfClosing) this.closeCell();
      else return this.wholeCell(b, to + 1);
    } else if (name === 'row') {
      if (!this.inData) return;
      this.row = 0;
      this.column = 0;
      eachAttr(b, from, to, this.rowAttr);
      if (selfClosing) this.close('row');
    } else if (name === 'sheetData') this.inData = !selfClosing;
    else if (this.inCell) this.openInCell(name, selfClosing);
    return undefined;
  }

  /**
   * The commonest cell as a whole, `<v>…</v></c>` right after its tag (at `at`) and within these
   * bytes: what the scanner would hand over as four calls, handled here in the same order (a value
   * opened, its text, the value and the cell closed). Returns the index after `</c>`, or undefined
   * (any other shape, or the cell cut off by the piece's end: the scanner goes on as usual).
   */
  private wholeCell(b: Uint8Array, at: number): number | undefined {
    if (b[at] !== LT || b[at + 1] !== LETTER_V || b[at + 2] !== GT) return undefined;
    const lt = nextByte(b, LT, at + 3);
    if (lt < 0 || !startsWith(b, lt, VALUE_CELL_END)) return undefined;
    this.openInCell('v', false);
    if (lt > at + 3) this.text(b, at + 3, lt, false);
    this.close('v');
    this.close('c');
    return lt + VALUE_CELL_END.length;
  }

  private openInCell(name: string, selfClosing: boolean): void {
    if (name === 'v') {
      this.v = '';
      this.digits = false;
      this.inValue = !selfClosing;
      this.wantsText = this.inValue;
    } else if (name === 'is') {
      this.inline = '';
      this.inInline = !selfClosing;
    } else if (name === 'r') this.inRun = !selfClosing;
    else if (name === 'rPh') this.inPhonetic = !selfClosing;
    else if (name === 't' && this.inInline && !this.inPhonetic) {
      // A plain <t> is the string; rich-text runs (<r><t>) are joined.
      if (!this.inRun) this.inline = '';
      this.wantsText = !selfClosing;
    }
  }

  close(name: string): void {
    if (name === 'v' || name === 't') {
      this.inValue = false;
      this.wantsText = false;
    } else if (name === 'c') {
      if (this.inCell) this.closeCell();
    } else if (name === 'row') {
      if (this.row === 0) this.row = this.nextRow();
      if (this.row > 0) this.previousRow = this.row;
      this.row = 0;
    } else if (name === 'is') this.inInline = false;
    else if (name === 'r') this.inRun = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'sheetData') this.inData = false;
  }

  textTooLong(): void {
    this.long = true;
  }

  text(b: Uint8Array, from: number, to: number, cdata: boolean): void {
    if (this.long) return;
    if (this.inValue && this.v === '' && this.shared < 0 && !this.digits && !cdata) {
      if (this.type === 's') {
        // A shared string's index, read from the bytes: most text cells are these.
        this.shared = styleIndex(b, from, to);
        if (this.shared >= 0) return;
      } else if (this.type === undefined || this.type === 'n') {
        // A number's digits, kept as bytes: most other cells are these.
        this.digits = this.cells.store.stageDigits(b, from, to);
        if (this.digits) return;
      }
    }
    if (this.digits) this.unstage();
    const piece = textOf(b, from, to, cdata);
    const held = this.inValue ? this.v : this.inline;
    if ((held?.length ?? 0) + piece.length > XLSX_MAX_CELL_CHARS) this.long = true;
    else if (this.inValue) this.v = (this.v ?? '') + piece;
    else this.inline = (this.inline ?? '') + piece;
  }

  private readonly rowAttr = (
    b: Uint8Array,
    nameStart: number,
    nameEnd: number,
    from: number,
    to: number,
  ): void => {
    if (nameEnd - nameStart !== 1 || b[nameStart] !== 114) return;
    const n = readRowNumber(b, from, to);
    this.row = n > 0 ? n : -1;
    if (n === 0) this.issue('xlsx_row_invalid', 1, null, { sheet: this.sheet, row: bytesText(b, from, to) });
  };

  /** A cell's r, t and s, read in one pass over its tag. */
  private readonly cellAttr = (
    b: Uint8Array,
    nameStart: number,
    nameEnd: number,
    from: number,
    to: number,
  ): void => {
    if (nameEnd - nameStart !== 1) return;
    const c = b[nameStart];
    if (c === 114) {
      this.refState = readCellRef(b, from, to, this.ref) ? 1 : -1;
      if (this.refState < 0) this.refText = bytesText(b, from, to);
    } else if (c === 116) this.type = cellType(b, from, to);
    else if (c === 115) this.style = styleIndex(b, from, to);
  };

  private openCell(): void {
    this.inCell = true;
    this.v = undefined;
    this.shared = -1;
    this.digits = false;
    this.inline = undefined;
    this.long = false;
    this.inRun = false;
    this.inPhonetic = false;
    this.cellRow = 0;
    const { ref } = this;
    if (this.refState === 0) {
      // No reference: the next column of the row (a row without a valid number has no place for it).
      if (this.row === 0) this.row = this.nextRow();
      this.cellRow = this.row;
      this.cellColumn = this.column + 1;
      if (this.cellColumn > EXCEL_MAX_COLUMNS && this.row > 0) {
        this.cellRow = 0;
        this.badPlace(`${columnName(this.cellColumn)}${this.row}`, this.row, null);
      }
    } else if (this.refState < 0) {
      // Inside a row whose own number is invalid, that row's issue speaks for its cells.
      if (this.row >= 0) this.badPlace(this.refText, this.row || ref.row, ref.column || null);
      else this.countCell();
    } else {
      // The row's number places the cell; its reference gives the column (as Excel and the old reader read it).
      if (this.row === 0) this.row = ref.row;
      this.cellRow = this.row > 0 ? this.row : ref.row;
      this.cellColumn = ref.column;
    }
  }

  /** A row without a number follows the one before; past Excel's last row it is invalid (-1). */
  private nextRow(): number {
    const next = this.previousRow + 1;
    if (next <= EXCEL_MAX_ROWS) return next;
    this.issue('xlsx_row_invalid', 1, null, { sheet: this.sheet, row: String(next) });
    return -1;
  }

  private badPlace(ref: string, line: number, column: number | null): void {
    this.issue('xlsx_cell_reference_invalid', line > 0 ? line : 1, column, { sheet: this.sheet, ref });
    this.countCell();
  }

  private closeCell(): void {
    this.inCell = false;
    this.wantsText = false;
    this.inValue = false;
    const row = this.cellRow;
    if (row <= 0) return;
    const column = this.cellColumn;
    this.column = column;
    const { store } = this.cells;
    if (this.digits && !this.long && !(this.style >= 0 && this.info.dateStyles[this.style] === true)) {
      // A number kept as its digits, as cellValue would give it.
      this.countCell();
      this.place(row, column);
      store.addStaged(row, column);
      return;
    }
    if (this.digits) this.unstage();
    const value = this.long
      ? TOO_LONG
      : this.shared >= 0
        ? sharedValue(this.info, this.shared)
        : cellValue(this.type, this.style, this.v, this.inline, this.info);
    if (value === null) return;
    this.countCell();
    if (typeof value !== 'string') return this.cellIssue(value.problem, row, column);
    this.place(row, column);
    if (this.shared >= 0) store.addShared(row, column, this.shared);
    else store.addText(row, column, value);
  }

  /** The staged digits become the value's text (a date, a value in pieces, a cell in error). */
  private unstage(): void {
    this.digits = false;
    this.v = this.cells.store.takeStaged();
  }

  /** Notes whether the cells still come in order. */
  private place(row: number, column: number): void {
    const { store } = this.cells;
    if (row < this.lastRow || (row === this.lastRow && column <= this.lastColumn)) store.ordered = false;
    this.lastRow = row;
    this.lastColumn = column;
  }

  private cellIssue(problem: CellProblem['problem'], row: number, column: number): void {
    const ref = `${columnName(column)}${row}`;
    if (problem === 'too_long')
      this.issue('xlsx_cell_too_long', row, column, { sheet: this.sheet, ref, limit: XLSX_MAX_CELL_CHARS });
    else
      this.issue('xlsx_cell_value_invalid', row, column, { sheet: this.sheet, ref, type: this.type ?? 'n' });
  }

  private countCell(): void {
    if (++this.count > XLSX_MAX_CELLS) throw new SheetCellCapError(XLSX_MAX_CELLS);
  }

  private issue<C extends IssueCode>(
    code: C,
    line: number,
    column: number | null,
    params: IssueParams<C>,
  ): void {
    if (++this.issueCount > XLSX_MAX_CELL_ISSUES) return;
    this.cells.issues.push((issues) => issues.add(code, line, column, params));
  }

  /** The cells read, with cell issues beyond XLSX_MAX_CELL_ISSUES said in one more issue. */
  finish(): SheetCells {
    const more = this.issueCount - XLSX_MAX_CELL_ISSUES;
    const sheet = this.sheet;
    if (more > 0)
      this.cells.issues.push((issues) =>
        issues.add('xlsx_cell_issues_more', 1, null, { sheet, count: more }),
      );
    return this.cells;
  }
}
