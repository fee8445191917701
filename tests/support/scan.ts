import { CsvScanner, type ScanProblem } from '../../src/data/text/csv-scanner';

/** A scanned record copied out of the scanner's reused buffers. */
export interface ScannedRecord {
  readonly fields: string[];
  readonly fieldLines: number[];
  readonly line: number;
  readonly lastLine: number;
  readonly problem: ScanProblem | undefined;
  readonly problemField: number;
}

/** Scans `chunks` in order (one string = the whole text at once) and returns every record. */
export function scan(chunks: readonly string[] | string, delimiter = ';'): ScannedRecord[] {
  const records: ScannedRecord[] = [];
  const scanner = new CsvScanner(delimiter, (rec) => {
    records.push({
      fields: rec.fields.slice(0, rec.count),
      fieldLines: Array.from(rec.fieldLines.subarray(0, rec.count)),
      line: rec.line,
      lastLine: rec.lastLine,
      problem: rec.problem,
      problemField: rec.problemField,
    });
  });
  for (const chunk of typeof chunks === 'string' ? [chunks] : chunks) scanner.push(chunk);
  scanner.finish();
  return records;
}

/** The text cut at the given positions. */
export function splitAt(text: string, positions: readonly number[]): string[] {
  const cuts = [0, ...positions, text.length];
  return cuts.slice(1).map((end, k) => text.slice(cuts[k], end));
}

/** The text in pieces of `size` characters. */
export function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
