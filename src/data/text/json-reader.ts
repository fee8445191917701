/**
 * A small JSON reader that remembers where each object starts (line and column), caps nesting
 * depth instead of overflowing the stack, and puts object members in Maps so that keys such as
 * `__proto__` are plain data and can never reach Object.prototype.
 */

export type JsonValue = null | boolean | number | string | JsonArray | JsonObject;

export interface JsonArray {
  readonly kind: 'array';
  readonly items: JsonValue[];
  readonly line: number;
  readonly column: number;
}

export interface JsonObject {
  readonly kind: 'object';
  readonly members: Map<string, JsonValue>;
  /** Keys given more than once (the last value is kept, as JSON.parse does). */
  readonly repeatedKeys: string[];
  readonly line: number;
  readonly column: number;
}

export class JsonSyntaxError extends Error {
  constructor(
    readonly kind:
      | 'unexpected_end'
      | 'unexpected_character'
      | 'bad_string'
      | 'bad_number'
      | 'too_deep'
      | 'trailing_content',
    readonly line: number,
    readonly column: number,
    readonly found: string,
  ) {
    super(`${kind} at ${line}:${column}`);
  }
}

export const MAX_JSON_DEPTH = 64;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

export function readJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonValue {
  return new Reader(text, maxDepth).document();
}

class Reader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  document(): JsonValue {
    this.skipSpace();
    const value = this.value(0);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('trailing_content');
    return value;
  }

  private fail(kind: JsonSyntaxError['kind']): never {
    const found = this.pos < this.text.length ? (this.text[this.pos] ?? '') : '';
    throw new JsonSyntaxError(kind, this.line, this.pos - this.lineStart + 1, found);
  }

  private skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 10) {
        this.line++;
        this.lineStart = this.pos + 1;
      } else if (c === 13) {
        if (t.charCodeAt(this.pos + 1) !== 10) {
          this.line++;
          this.lineStart = this.pos + 1;
        }
      } else if (c !== 32 && c !== 9) return;
      this.pos++;
    }
  }

  private value(depth: number): JsonValue {
    if (this.pos >= this.text.length) this.fail('unexpected_end');
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth + 1);
    if (c === '[') return this.array(depth + 1);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    if (this.text.startsWith('true', this.pos)) return this.literal(4, true);
    if (this.text.startsWith('false', this.pos)) return this.literal(5, false);
    if (this.text.startsWith('null', this.pos)) return this.literal(4, null);
    return this.fail('unexpected_character');
  }

  private literal<T>(length: number, value: T): T {
    this.pos += length;
    return value;
  }

  private object(depth: number): JsonObject {
    if (depth > this.maxDepth) this.fail('too_deep');
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    this.pos++;
    const members = new Map<string, JsonValue>();
    const repeatedKeys: string[] = [];
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', members, repeatedKeys, line, column };
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"')
        this.fail(this.pos >= this.text.length ? 'unexpected_end' : 'unexpected_character');
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':')
        this.fail(this.pos >= this.text.length ? 'unexpected_end' : 'unexpected_character');
      this.pos++;
      this.skipSpace();
      const value = this.value(depth);
      if (members.has(key)) repeatedKeys.push(key);
      members.set(key, value);
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return { kind: 'object', members, repeatedKeys, line, column };
      }
      this.fail(c === undefined ? 'unexpected_end' : 'unexpected_character');
    }
  }

  private array(depth: number): JsonArray {
    if (depth > this.maxDepth) this.fail('too_deep');
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    this.pos++;
    const items: JsonValue[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', items, line, column };
    }
    for (;;) {
      this.skipSpace();
      items.push(this.value(depth));
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return { kind: 'array', items, line, column };
      }
      this.fail(c === undefined ? 'unexpected_end' : 'unexpected_character');
    }
  }

  private string(): string {
    const t = this.text;
    let i = this.pos + 1;
    let out = '';
    let from = i;
    for (;;) {
      if (i >= t.length) {
        this.pos = i;
        this.fail('unexpected_end');
      }
      const c = t.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) {
        this.pos = i;
        this.fail('bad_string');
      }
      if (c === 92) {
        out += t.slice(from, i);
        const e = t[i + 1];
        const unescaped = e === undefined ? undefined : SIMPLE_ESCAPES.get(e);
        if (unescaped !== undefined) {
          out += unescaped;
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          this.pos = i;
          this.fail('bad_string');
        }
        from = i;
        continue;
      }
      i++;
    }
    out += t.slice(from, i);
    this.pos = i + 1;
    return out;
  }

  private number(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('bad_number');
    this.pos += match[0].length;
    return Number(match[0]);
  }
}

export function member(obj: JsonObject, ...names: string[]): JsonValue | undefined {
  for (const name of names) if (obj.members.has(name)) return obj.members.get(name);
  return undefined;
}
