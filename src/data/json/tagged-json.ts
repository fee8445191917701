/**
 * JSON with tags for what JSON has no words for: typed arrays (base64), NaN, ±Infinity, −0 and
 * undefined, so that a value comes back exactly as it was made; long arrays of plain objects with the
 * same keys are kept by column. Only plain objects, arrays, typed arrays, strings, numbers, booleans
 * and null can be kept: anything else (a Map, a Date, a class instance) throws when it is encoded.
 * Used for what the build makes from the example data (parse-seed.ts, example-dataset.ts).
 */
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
  | {
      readonly [TAG]: 'table';
      readonly length: number;
      readonly keys: readonly string[];
      readonly columns: readonly unknown[][];
      /** Per key (in `keys`' order): the rows that do not have it, where some do not. */
      readonly missing?: readonly (readonly number[])[];
    }
  | { readonly [TAG]: 'strings'; readonly values: readonly string[]; readonly codes: readonly number[] }
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

/**
 * The rows' keys, in an order every row's keys follow (a key a row lacks is left out of it), or
 * undefined when the rows do not agree on one.
 */
function commonKeys(rows: readonly Record<string, unknown>[]): string[] | undefined {
  const keys: string[] = [];
  const place = new Map<string, number>();
  for (const row of rows) {
    let at = -1;
    for (const key of Object.keys(row)) {
      const known = place.get(key);
      if (known === undefined) {
        // A new key goes after the row's previous one, before the keys that came after that.
        keys.splice(at + 1, 0, key);
        for (let k = at + 1; k < keys.length; k++) place.set(keys[k] as string, k);
        at += 1;
      } else if (known > at) at = known;
      else return undefined;
    }
  }
  return keys;
}

/**
 * The array's rows by column, when every row is a plain object and the rows agree on an order of
 * their keys (a row may lack some: it gets them back as it had them, absent, not undefined).
 */
function asTable(rows: readonly unknown[]): Tag | undefined {
  if (rows.length < TABLE_MIN_ROWS || !rows.every(isPlain)) return undefined;
  const plain = rows as readonly Record<string, unknown>[];
  const keys = commonKeys(plain);
  if (!keys) return undefined;
  const columns: unknown[][] = keys.map(() => new Array<unknown>(rows.length));
  const missing: number[][] = keys.map(() => []);
  for (let r = 0; r < plain.length; r++) {
    const row = plain[r] as Record<string, unknown>;
    for (let c = 0; c < keys.length; c++) {
      const key = keys[c] as string;
      if (Object.hasOwn(row, key)) (columns[c] as unknown[])[r] = row[key];
      else {
        (columns[c] as unknown[])[r] = null;
        (missing[c] as number[]).push(r);
      }
    }
  }
  const table = { [TAG]: 'table' as const, length: rows.length, keys, columns };
  return missing.some((m) => m.length > 0) ? { ...table, missing } : table;
}

/** Arrays at least this long of strings, fewer than half of them distinct, are kept as codes. */
const STRINGS_MIN = 16;

/** The strings as codes into their distinct values (a column of a region code, a file name …). */
function asStrings(values: readonly unknown[]): Tag | undefined {
  if (values.length < STRINGS_MIN) return undefined;
  const index = new Map<string, number>();
  const codes = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string') return undefined;
    let code = index.get(value);
    if (code === undefined) {
      code = index.size;
      index.set(value, code);
      if (index.size * 2 > values.length) return undefined;
    }
    codes[i] = code;
  }
  return { [TAG]: 'strings', values: [...index.keys()], codes };
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
    if (!(type in TYPED)) throw new Error(`tagged-json: ${type} cannot be kept`);
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { [TAG]: 'array', type, data: toBase64(bytes) } satisfies Tag;
  }
  if (Array.isArray(value)) return asTable(value) ?? asStrings(value) ?? value;
  if (value !== null && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    // Only plain objects: a Map, Set, Date or class instance would come back as something else.
    if (proto !== Object.prototype && proto !== null)
      throw new Error(`tagged-json: ${(value as object).constructor.name} cannot be kept`);
  }
  return value;
}

/** Every character past ASCII as a JSON escape: a page decodes an ASCII text several times faster. */
const asAscii = (json: string): string =>
  json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The value's text, in ASCII. */
export function encodeTagged(value: unknown): string {
  return asAscii(
    JSON.stringify(value, function (this: Record<string, unknown>, key: string, held: unknown) {
      // JSON.stringify has already called a toJSON (a Date's): the holder has the value as it was.
      const raw = this[key];
      if (raw !== held && raw !== null && typeof raw === 'object')
        throw new Error(`tagged-json: ${raw.constructor.name} cannot be kept`);
      return tagged(held);
    }),
  );
}

function untag(tag: Tag): unknown {
  switch (tag[TAG]) {
    case 'undefined':
      return undefined;
    case 'number':
      return tag.value === '-0' ? -0 : Number(tag.value);
    case 'table': {
      const { length, keys, columns, missing } = tag;
      const restored = columns.map((column) => restore(column) as unknown[]);
      const rows = new Array<Record<string, unknown>>(length);
      for (let r = 0; r < length; r++) rows[r] = {};
      for (let c = 0; c < keys.length; c++) {
        const key = keys[c] as string;
        const column = restored[c] as unknown[];
        const lacking = missing?.[c];
        if (!lacking || lacking.length === 0) {
          for (let r = 0; r < length; r++) (rows[r] as Record<string, unknown>)[key] = column[r];
          continue;
        }
        let next = 0;
        for (let r = 0; r < length; r++) {
          if (lacking[next] === r) next += 1;
          else (rows[r] as Record<string, unknown>)[key] = column[r];
        }
      }
      return rows;
    }
    case 'strings': {
      const { values, codes } = tag;
      const strings = new Array<string>(codes.length);
      for (let i = 0; i < codes.length; i++) strings[i] = values[codes[i] as number] as string;
      return strings;
    }
    case 'array': {
      const Type = TYPED[tag.type];
      if (!Type) throw new Error(`tagged-json: unknown array type ${tag.type}`);
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

/** The value made by encodeTagged. */
export function decodeTagged(text: string): unknown {
  return restore(JSON.parse(text));
}
