import { XLSX_MAX_CELL_CHARS } from './limits';
import { XmlScanner, type XmlHandler } from './xml-scanner';
import type { ZipArchive } from './zip-archive';

/** Bytes of one text node held before it is certainly too long (a character takes up to 10 as an entity). */
export const RAW_TEXT_CAP = XLSX_MAX_CELL_CHARS * 10;

/** One part of the archive to be scanned with a handler: what the workbook reader's steps ask for. */
export interface PartScan {
  readonly zip: ZipArchive;
  readonly part: string;
  readonly handler: XmlHandler;
}

/**
 * A reading of a workbook written once as steps: each part it needs is asked for (`yield*
 * scanPart(…)`), and a driver scans it — at once (`runScans`, fflate) or as the bytes inflate
 * (`runScansAsync`, the platform's own inflater where there is one: three times fflate's speed in
 * Chromium). A scan's failure is thrown back into the steps where the part was asked for.
 */
export type ScanSteps<T> = Generator<PartScan, T, void>;

/** Asks the driver to scan `part` of `zip` with `handler`. */
export function* scanPart(zip: ZipArchive, part: string, handler: XmlHandler): ScanSteps<void> {
  yield { zip, part, handler };
}

function scanner(scan: PartScan): XmlScanner {
  return new XmlScanner(scan.handler, scan.part, RAW_TEXT_CAP);
}

/** Runs `steps`, scanning each part asked for at once. */
export function runScans<T>(steps: ScanSteps<T>): T {
  let next = steps.next();
  while (!next.done) {
    const scan = next.value;
    let failure: { readonly error: unknown } | undefined;
    try {
      const xml = scanner(scan);
      scan.zip.read(scan.part, (chunk) => xml.feed(chunk));
      xml.end();
    } catch (error) {
      failure = { error };
    }
    next = failure ? steps.throw(failure.error) : steps.next();
  }
  return next.value;
}

/** Runs `steps`, scanning each part asked for as its bytes inflate. */
export async function runScansAsync<T>(steps: ScanSteps<T>): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    const scan = next.value;
    let failure: { readonly error: unknown } | undefined;
    try {
      const xml = scanner(scan);
      await scan.zip.readAsync(scan.part, (chunk) => xml.feed(chunk));
      xml.end();
    } catch (error) {
      failure = { error };
    }
    next = failure ? steps.throw(failure.error) : steps.next();
  }
  return next.value;
}
