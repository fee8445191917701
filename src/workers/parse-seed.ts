import type { ImportResult } from '../data/import/import-result';
import { readFiles, type NamedBytes } from '../data/pipeline/import-files';
import { parseCache } from './parse-cache';

/**
 * The example files' parse results, made when the app is built (scripts/vite/example-seed.ts) and
 * handed to the import worker as it starts, so that the first chart does not wait for the example
 * data to be parsed. Each result sits under its parse-cache key (parse-cache.ts: name, size, SHA-256
 * of the bytes, options): the worker still hashes the bytes it fetched, and a result is used only
 * when the key is the same, that is for the same bytes read with the same options by the same code
 * (the build made both). Anything else is parsed as always.
 *
 * The text is JSON with tags for what JSON has no words for: typed arrays (base64), NaN, ±Infinity,
 * −0 and undefined, so that a result comes back exactly as it was made.
 */
export const SEED_VERSION = 1;

/** The key no value from a file can have: a tag object's marker. */
const TAG = '\u0000seed';

type TypedArray =
  Uint8Array | Uint16Array | Uint32Array | Int8Array | Int16Array | Int32Array | Float32Array | Float64Array;

const TYPED: Record<string, new (buffer: ArrayBuffer) => TypedArray> = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int8Array,
  Int16Array,
  Int32Array,
  Float32Array,
  Float64Array,
};

type Tag =
  | { readonly [TAG]: 'array'; readonly type: string; readonly data: string }
  | { readonly [TAG]: 'table'; readonly keys: readonly string[]; readonly columns: readonly unknown[][] }
  | { readonly [TAG]: 'number'; readonly value: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { readonly [TAG]: 'undefined' };

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(data: string): ArrayBuffer {
  const text = atob(data);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}

/** Arrays at least this long of plain objects with the same keys are kept by column (a ledger's cases). */
const TABLE_MIN_ROWS = 16;

const isPlain = (value: unknown): value is Record<string, unknown> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !ArrayBuffer.isView(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** The array's rows by column, when every row is a plain object with the same keys in the same order. */
function asTable(rows: readonly unknown[]): Tag | undefined {
  if (rows.length < TABLE_MIN_ROWS) return undefined;
  const first = rows[0];
  if (!isPlain(first)) return undefined;
  const keys = Object.keys(first);
  const columns: unknown[][] = keys.map(() => new Array<unknown>(rows.length));
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!isPlain(row)) return undefined;
    const rowKeys = Object.keys(row);
    if (rowKeys.length !== keys.length || rowKeys.some((k, i) => k !== keys[i])) return undefined;
    for (let c = 0; c < keys.length; c++) (columns[c] as unknown[])[r] = row[keys[c] as string];
  }
  return { [TAG]: 'table', keys, columns };
}

function tagged(value: unknown): unknown {
  if (value === undefined) return { [TAG]: 'undefined' } satisfies Tag;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { [TAG]: 'number', value: 'NaN' } satisfies Tag;
    if (value === Infinity) return { [TAG]: 'number', value: 'Infinity' } satisfies Tag;
    if (value === -Infinity) return { [TAG]: 'number', value: '-Infinity' } satisfies Tag;
    if (Object.is(value, -0)) return { [TAG]: 'number', value: '-0' } satisfies Tag;
    return value;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const type = value.constructor.name;
    if (!(type in TYPED)) throw new Error(`parse-seed: ${type} cannot be kept`);
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { [TAG]: 'array', type, data: toBase64(bytes) } satisfies Tag;
  }
  if (Array.isArray(value)) return asTable(value) ?? value;
  if (value !== null && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    // Only plain objects: a Map, Set, Date or class instance would come back as something else.
    if (proto !== Object.prototype && proto !== null)
      throw new Error(`parse-seed: ${(value as object).constructor.name} cannot be kept`);
  }
  return value;
}

/** The seed's text: the entries (parse-cache key, result) in order. */
export function encodeSeed(entries: readonly (readonly [string, ImportResult])[]): string {
  return JSON.stringify(
    { version: SEED_VERSION, entries },
    function (this: Record<string, unknown>, key: string, value: unknown) {
      // JSON.stringify has already called a toJSON (a Date's): the holder has the value as it was.
      const raw = this[key];
      if (raw !== value && raw !== null && typeof raw === 'object')
        throw new Error(`parse-seed: ${raw.constructor.name} cannot be kept`);
      return tagged(value);
    },
  );
}

function untag(tag: Tag): unknown {
  switch (tag[TAG]) {
    case 'undefined':
      return undefined;
    case 'number':
      return tag.value === '-0' ? -0 : Number(tag.value);
    case 'table': {
      const { keys, columns } = tag;
      const restored = columns.map((column) => restore(column) as unknown[]);
      const length = restored[0]?.length ?? 0;
      const rows = new Array<Record<string, unknown>>(length);
      for (let r = 0; r < length; r++) {
        const row: Record<string, unknown> = {};
        for (let c = 0; c < keys.length; c++) row[keys[c] as string] = (restored[c] as unknown[])[r];
        rows[r] = row;
      }
      return rows;
    }
    case 'array': {
      const Type = TYPED[tag.type];
      if (!Type) throw new Error(`parse-seed: unknown array type ${tag.type}`);
      return new Type(fromBase64(tag.data));
    }
  }
}

const isTag = (value: object): value is Tag => TAG in value;

/** Replaces every tag in place, depth first (a walk: JSON.parse's reviver would drop undefined). */
function restore(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isTag(value)) return untag(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restore(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = restore(record[key]);
  return record;
}

/** The entries of a seed made by encodeSeed; throws on a seed of another version or shape. */
export function decodeSeed(text: string): Map<string, ImportResult> {
  const parsed = restore(JSON.parse(text)) as { version?: unknown; entries?: unknown };
  if (parsed.version !== SEED_VERSION || !Array.isArray(parsed.entries))
    throw new Error('parse-seed: not a seed of this version');
  const entries = new Map<string, ImportResult>();
  for (const entry of parsed.entries as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'object')
      throw new Error('parse-seed: malformed entry');
    entries.set(entry[0], entry[1] as ImportResult);
  }
  return entries;
}

/**
 * Reads the example files as the import worker's warm-up does (warm in import.worker.ts: no
 * mappings, through the parse cache) and gives the seed's entries: what the worker would have read.
 */
export async function seedEntries(files: readonly NamedBytes[]): Promise<[string, ImportResult][]> {
  const cache = parseCache();
  await readFiles(files, undefined, [], cache.session().read);
  return cache.settled();
}
