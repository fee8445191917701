import { find, startsWith, xmlText } from './xml-text';

const QUOTE = 34;
const APOS = 39;
const COLON = 58;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Each attribute of the tag at b[from, to), in one pass: `visit` gets the span of its local name
 * (`r:id` is `id`) and of its raw value; nothing is copied unless the visitor copies it.
 */
export function eachAttr(
  b: Uint8Array,
  from: number,
  to: number,
  visit: (b: Uint8Array, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void,
): void {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(b[i] ?? 0)) i++;
    if (i >= to) return;
    const eq = find(b, 61, i, to);
    if (eq < 0) return;
    let nameEnd = eq;
    while (nameEnd > i && isSpace(b[nameEnd - 1] ?? 0)) nameEnd--;
    let nameStart = i;
    for (let k = i; k < nameEnd; k++) if (b[k] === COLON) nameStart = k + 1;
    let q = eq + 1;
    while (q < to && b[q] !== QUOTE && b[q] !== APOS) q++;
    if (q >= to) return;
    const close = find(b, b[q] ?? QUOTE, q + 1, to);
    if (close < 0) return;
    visit(b, nameStart, nameEnd, q + 1, close);
    i = close + 1;
  }
}

/** The value of attribute `wanted` (its local name) in the tag at b[from, to), entities decoded. */
export function attr(b: Uint8Array, from: number, to: number, wanted: string): string | undefined {
  let found: string | undefined;
  eachAttr(b, from, to, (bytes, nameStart, nameEnd, valueStart, valueEnd) => {
    if (found === undefined && nameEnd - nameStart === wanted.length && startsWith(bytes, nameStart, wanted))
      found = xmlText(bytes, valueStart, valueEnd);
  });
  return found;
}
