import { bytesText } from './xml-text';

/** The cell types a sheet repeats, as strings without a copy each time. */
export function cellType(b: Uint8Array, from: number, to: number): string {
  const length = to - from;
  const c = b[from];
  if (length === 1) {
    if (c === 115) return 's';
    if (c === 110) return 'n';
    if (c === 98) return 'b';
    if (c === 101) return 'e';
    if (c === 100) return 'd';
  }
  return bytesText(b, from, to);
}

/** A style or shared-string index written in digits; -1 for none. */
export function styleIndex(b: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b[i] ?? 0;
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
  }
  return n;
}
