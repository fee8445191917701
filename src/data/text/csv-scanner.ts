/**
 * An incremental CSV tokenizer (RFC 4180 quoting) that counts physical lines, so every record and
 * field can be named by the line it starts on, counting lines inside quoted fields. Text arrives in
 * chunks of any size; the result does not depend on where the chunks split.
 *
 * Kept on the hot path because it is measured faster than PapaParse for the long layout (see
 * `npm run bench`); PapaParse stays the reference it is tested against and the writer for exports.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

export type ScanProblem =
  /** A quoted field never closes: the record runs to the end of the file. */
  | 'unterminated_quote'
  /** Text follows a closing quote before the next delimiter. */
  | 'text_after_quote';

export interface CsvRecord {
  /** Field texts; only the first `count` entries belong to this record. */
  readonly fields: readonly string[];
  readonly count: number;
  /** Physical line (1-based) each field starts on. */
  readonly fieldLines: Int32Array;
  /** Physical line the record starts on. */
  readonly line: number;
  /** Physical line the record ends on (differs from `line` when quoted fields hold line breaks). */
  readonly lastLine: number;
  readonly problem: ScanProblem | undefined;
  /** The 0-based field the problem is in. */
  readonly problemField: number;
}

export type RecordHandler = (record: CsvRecord) => void;

export class CsvScanner {
  private pending = '';
  private pendingLine = 1;
  private readonly fields: string[] = [];
  private fieldLines = new Int32Array(64);
  private readonly delimiter: number;
  private finished = false;

  constructor(
    delimiter: string,
    private readonly onRecord: RecordHandler,
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError(`Unusable delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Feeds the next chunk of decoded text. */
  push(chunk: string): void {
    if (this.finished) throw new Error('CsvScanner: push after finish');
    // The record cut off by the last chunk is finished on a short string of its own, and the chunk
    // then scanned where it is: a 1 MB chunk joined to the rest of a record would be a joined
    // (cons) string, whose every character costs an extra step to read.
    const lf = this.pending === '' ? -1 : chunk.indexOf('\n');
    if (lf < 0) {
      this.scan(this.pending + chunk, 0, false);
      return;
    }
    this.scan(this.pending + chunk.slice(0, lf + 1), 0, false);
    if (this.pending === '') this.scan(chunk, lf + 1, false);
    else this.scan(this.pending + chunk.slice(lf + 1), 0, false);
  }

  /** Ends the input: the last record may end without a line break. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.scan(this.pending, 0, true);
    this.pending = '';
  }

  private setFieldLine(index: number, line: number): void {
    if (index >= this.fieldLines.length) {
      const grown = new Int32Array(this.fieldLines.length * 2);
      grown.set(this.fieldLines);
      this.fieldLines = grown;
    }
    this.fieldLines[index] = line;
  }

  /** Scans `text` from `start` (where a record starts). */
  private scan(text: string, start: number, final: boolean): void {
    const n = text.length;
    const delimiter = this.delimiter;
    const fields = this.fields;
    let line = this.pendingLine;
    let pos = start;
    // The line at `pos`: where a record cut off by the end of a chunk starts again.
    let lineAtPos = line;

    records: while (pos < n) {
      const recordLine = line;
      let count = 0;
      let i = pos;
      let problem: ScanProblem | undefined;
      let problemField = -1;

      for (;;) {
        this.setFieldLine(count, line);
        let value: string;
        if (i < n && text.charCodeAt(i) === QUOTE) {
          // Quoted field: runs to the next quote not followed by another quote.
          let parts = '';
          let from = i + 1;
          for (;;) {
            const q = text.indexOf('"', from);
            if (q === -1 || (q === n - 1 && !final)) {
              if (!final) break records; // the closing quote may be in the next chunk
              // Unterminated: the rest of the input is this field.
              line += countLineBreaks(text, from, n);
              parts += text.slice(from, n);
              problem ??= 'unterminated_quote';
              if (problemField < 0) problemField = count;
              i = n;
              break;
            }
            line += countLineBreaks(text, from, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              parts += text.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            parts += text.slice(from, q);
            i = q + 1;
            break;
          }
          value = parts;
          if (i < n) {
            const c = text.charCodeAt(i);
            if (c !== delimiter && c !== LF && c !== CR) {
              // Text after the closing quote: keep it, flag the record.
              if (problem === undefined) {
                problem = 'text_after_quote';
                problemField = count;
              }
              let j = i;
              while (j < n) {
                const d = text.charCodeAt(j);
                if (d === delimiter || d === LF || d === CR) break;
                j++;
              }
              if (j === n && !final) break records;
              value += text.slice(i, j);
              i = j;
            }
          }
        } else {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === delimiter || c === LF || c === CR) break;
            j++;
          }
          if (j === n && !final) break records;
          value = text.slice(i, j);
          i = j;
        }
        fields[count++] = value;

        if (i >= n) {
          if (!final) break records;
          break; // last record without a line break
        }
        const c = text.charCodeAt(i);
        if (c === delimiter) {
          i++;
          if (i === n && !final) break records;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= n && !final) break records; // a LF may follow in the next chunk
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
        line++;
        break;
      }

      pos = i;
      lineAtPos = line;
      const lastLine = i >= n && final && !endsWithLineBreak(text) ? line : line - 1;
      this.onRecord({
        fields,
        count,
        fieldLines: this.fieldLines,
        line: recordLine,
        lastLine: Math.max(recordLine, lastLine),
        problem,
        problemField,
      });
    }

    this.pending = pos < n ? text.slice(pos) : '';
    this.pendingLine = lineAtPos;
  }
}

function endsWithLineBreak(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === LF || c === CR;
}

/** Line breaks in text[from, to): CRLF, LF and a lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let lines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) lines++;
    else if (c === CR) {
      lines++;
      if (text.charCodeAt(k + 1) === LF && k + 1 < to) k++;
    }
  }
  return lines;
}
