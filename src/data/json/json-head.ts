import type { FileHead } from '../import/file-head';
import type { JsonArray, JsonObject, JsonValue } from '../text/json-reader';

/** The first non-space character after any BOM. */
function firstSignificantChar(text: string): string {
  const m = /^\uFEFF?\s*(\S)/.exec(text.slice(0, 1024));
  return m?.[1] ?? '';
}

/** A file named .json, or one whose text opens an object or an array. */
export function looksJson(head: FileHead): boolean {
  return /\.json$/i.test(head.name) || ['{', '['].includes(firstSignificantChar(head.text()));
}

/** The document's root object, when the file is JSON and its root an object. */
export function jsonRoot(head: FileHead): JsonObject | undefined {
  if (!looksJson(head)) return undefined;
  const doc = head.json();
  return doc.kind === 'document' && isObject(doc.value) ? doc.value : undefined;
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return v !== null && v !== undefined && typeof v === 'object' && v.kind === 'object';
}

export function isArray(v: JsonValue | undefined): v is JsonArray {
  return v !== null && v !== undefined && typeof v === 'object' && v.kind === 'array';
}

/** A string, or a finite number as text. */
export function scalarText(v: JsonValue | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}
