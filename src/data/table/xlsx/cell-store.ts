import type { SharedString } from './workbook-parts';

/** How a kept cell's text is held. */
const SHARED = 0;
const TEXT = 1;
const DIGITS = 2;

/** The longest number kept as bytes (its length is one byte in the pool); a longer one is a string. */
const MAX_DIGITS = 255;

/** The bytes a number is written with: 0–9 . + - E e. Nothing to trim, decode or unescape. */
function isNumberByte(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 43 || c === 45 || c === 69 || c === 101;
}

/** Short ASCII as a string: a loop of single characters costs less than a copy handed to a decoder. */
function asciiText(b: Uint8Array, from: number, to: number): string {
  if (to - from > 16) return String.fromCharCode.apply(null, b.subarray(from, to) as unknown as number[]);
  let s = '';
  for (let k = from; k < to; k++) s += String.fromCharCode(b[k] ?? 0);
  return s;
}

/**
 * A sheet's filled cells, in the order they are added: row, column and value in typed lists, so that
 * memory follows the cells present and a million cells are not a million strings kept. A
 * shared-string cell is its index in the shared strings, a number its own digits (bytes in one
 * pool, made a string only when the row is handed on); other text is kept as a string.
 */
export class CellStore {
  length = 0;
  rows: Int32Array = new Int32Array(1024);
  columns: Int32Array = new Int32Array(1024);
  private kinds: Uint8Array = new Uint8Array(1024);
  /** SHARED: the shared string's index; TEXT: the index in texts; DIGITS: the start in the pool. */
  private refs: Int32Array = new Int32Array(1024);
  private readonly texts: string[] = [];
  private pool: Uint8Array = new Uint8Array(16 * 1024);
  private poolLength = 0;
  /** Where a number's digits wait (staged) until its cell is kept; -1 for none. */
  private staged = -1;
  /** False when a cell came before one it follows in the sheet: the cells must be sorted. */
  ordered = true;

  constructor(private readonly shared: readonly SharedString[]) {}

  /**
   * Stages b[from, to) as a number's digits if it is one (see isNumberByte); false when it is not,
   * and the caller keeps the text as a string.
   */
  stageDigits(b: Uint8Array, from: number, to: number): boolean {
    const n = to - from;
    if (n <= 0 || n > MAX_DIGITS) return false;
    const at = this.poolLength;
    if (at + n + 1 > this.pool.length) this.pool = grown(this.pool, at + n + 1);
    const pool = this.pool;
    // Copied as checked (a few bytes: a loop costs less than a subarray and set).
    for (let k = from, p = at + 1; k < to; k++, p++) {
      const c = b[k] ?? 0;
      if (!isNumberByte(c)) return false;
      pool[p] = c;
    }
    pool[at] = n;
    this.staged = at;
    return true;
  }

  /** The staged digits as text, unstaged (for a date, or a value written in more than one piece). */
  takeStaged(): string {
    const at = this.staged;
    this.staged = -1;
    return at < 0 ? '' : asciiText(this.pool, at + 1, at + 1 + (this.pool[at] ?? 0));
  }

  /** Keeps the staged digits as the cell at row, column. */
  addStaged(row: number, column: number): void {
    const at = this.staged;
    this.staged = -1;
    this.poolLength = at + 1 + (this.pool[at] ?? 0);
    this.add(row, column, DIGITS, at);
  }

  addShared(row: number, column: number, index: number): void {
    this.add(row, column, SHARED, index);
  }

  addText(row: number, column: number, text: string): void {
    this.add(row, column, TEXT, this.texts.push(text) - 1);
  }

  private add(row: number, column: number, kind: number, ref: number): void {
    const k = this.length;
    if (k === this.rows.length) this.grow();
    this.rows[k] = row;
    this.columns[k] = column;
    this.kinds[k] = kind;
    this.refs[k] = ref;
    this.length = k + 1;
  }

  /** Cell k's text. */
  text(k: number): string {
    const ref = this.refs[k] ?? 0;
    const kind = this.kinds[k];
    if (kind === SHARED) return this.shared[ref] ?? '';
    if (kind === DIGITS) return asciiText(this.pool, ref + 1, ref + 1 + (this.pool[ref] ?? 0));
    return this.texts[ref] ?? '';
  }

  /** Cell k holds only white space (a shared string or a number never does). */
  blank(k: number): boolean {
    return this.kinds[k] === TEXT && (this.texts[this.refs[k] ?? 0] ?? '').trim() === '';
  }

  /** Cell `from` of `source` added again here, at its place (for sorting). */
  copy(source: CellStore, from: number): void {
    const kind = source.kinds[from] ?? TEXT;
    const ref = source.refs[from] ?? 0;
    const row = source.rows[from] ?? 0;
    const column = source.columns[from] ?? 0;
    if (kind === TEXT) this.addText(row, column, source.texts[ref] ?? '');
    else if (kind === SHARED) this.addShared(row, column, ref);
    else {
      const n = source.pool[ref] ?? 0;
      this.stageDigits(source.pool, ref + 1, ref + 1 + n);
      this.addStaged(row, column);
    }
  }

  /** An empty store over the same shared strings. */
  emptyLike(): CellStore {
    return new CellStore(this.shared);
  }

  private grow(): void {
    const size = this.rows.length * 2;
    this.rows = grown32(this.rows, size);
    this.columns = grown32(this.columns, size);
    this.refs = grown32(this.refs, size);
    this.kinds = grown(this.kinds, size);
  }
}

function grown(a: Uint8Array, least: number): Uint8Array {
  const out = new Uint8Array(Math.max(least, a.length * 2));
  out.set(a);
  return out;
}

function grown32(a: Int32Array, size: number): Int32Array {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}
