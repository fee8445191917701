import { decodeAll, detectEncoding, type EncodingDetection } from '../text/decode';
import { JsonSyntaxError, readJson, type JsonValue } from '../text/json-reader';
import type { IssueCollector } from '../issues/issue';

/** Bytes of the head decoded for a reader to look at: enough for a title, a header and a few rows. */
const HEAD_BYTES = 4096;

/** The whole file as JSON: nothing but white space, a syntax error where it stops, or a document. */
export type JsonDocument =
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly error: JsonSyntaxError }
  | { readonly kind: 'document'; readonly value: JsonValue };

/**
 * What the format registry tells formats apart by, and what the chosen reader reads: the file's name
 * and bytes, its encoding, its first text, and for JSON the parsed document. Each is worked out once,
 * on first use, so a workbook is never decoded as text and a JSON file is parsed once.
 */
export interface FileHead {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** True when the file begins with these bytes (a signature). */
  startsWith(signature: readonly number[]): boolean;
  /** The text encoding, told from the whole file. */
  encoding(): EncodingDetection;
  /** The first 4 KiB as text. */
  text(): string;
  /** The whole file read as JSON. A syntax error is kept, never thrown. */
  json(): JsonDocument;
}

function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

export function fileHead(name: string, bytes: Uint8Array): FileHead {
  const encoding = once(() => detectEncoding(bytes));
  const text = once(() =>
    decodeAll(bytes.subarray(0, Math.min(bytes.length, HEAD_BYTES)), encoding().encoding),
  );
  const json = once((): JsonDocument => {
    const whole = decodeAll(bytes, encoding().encoding);
    if (whole.replace(/^\uFEFF/, '').trim() === '') return { kind: 'blank' };
    try {
      return { kind: 'document', value: readJson(whole) };
    } catch (error) {
      if (error instanceof JsonSyntaxError) return { kind: 'invalid', error };
      throw error;
    }
  });
  return {
    name,
    bytes,
    startsWith: (signature) => signature.every((b, i) => bytes[i] === b),
    encoding,
    text,
    json,
  };
}

/**
 * The encoding a text reader reads with. Said once, before anything else of the file: a file that is
 * not UTF-8 was read as Windows-1252.
 */
export function textEncoding(head: FileHead, issues: IssueCollector): EncodingDetection {
  const detection = head.encoding();
  if (detection.encoding === 'windows-1252') issues.add('encoding_windows_1252', 1, null, {});
  return detection;
}
