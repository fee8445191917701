import { describe, expect, it } from 'vitest';
import { decodeTagged, encodeTagged } from '../../src/data/json/tagged-json';

const back = (value: unknown): unknown => decodeTagged(encodeTagged(value));

describe('tagged JSON (tagged-json.ts)', () => {
  it('keeps rows that lack some keys by column, and gives each row back with its own keys in its own order', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      id: `ärende-${i}`,
      ...(i % 3 === 0 ? { gender: i % 2 ? 'K' : 'M' } : {}),
      amount: i === 4 ? -0 : i * 1000,
      ...(i === 7 ? { note: undefined } : {}),
      file: 'exempel-arendelista.csv',
    }));
    const text = encodeTagged({ rows });
    // By column: each key once, however many rows have it.
    expect(text.split('"gender"').length - 1).toBe(1);
    expect(text.split('"note"').length - 1).toBe(1);
    const restored = (decodeTagged(text) as { rows: typeof rows }).rows;
    expect(restored).toStrictEqual(rows);
    for (let i = 0; i < rows.length; i++)
      expect(Object.keys(restored[i] ?? {})).toEqual(Object.keys(rows[i] ?? {}));
    // Absent stays absent; undefined stays undefined.
    expect('gender' in (restored[1] ?? {})).toBe(false);
    expect('note' in (restored[7] ?? {})).toBe(true);
    expect('note' in (restored[8] ?? {})).toBe(false);
    expect(Object.is(restored[4]?.amount, -0)).toBe(true);
  });

  it('keeps rows whose keys agree on no order as rows, exactly', () => {
    const rows = Array.from({ length: 20 }, (_, i) => (i % 2 ? { a: i, b: 'x' } : { b: 'y', a: i }));
    const text = encodeTagged(rows);
    expect(text.split('"a"').length - 1).toBe(20);
    const restored = decodeTagged(text) as typeof rows;
    expect(restored).toStrictEqual(rows);
    expect(restored.map((r) => Object.keys(r).join())).toEqual(rows.map((r) => Object.keys(r).join()));
  });

  it('keeps the number of rows of objects without keys', () => {
    const rows = Array.from({ length: 20 }, () => ({}));
    expect(back(rows)).toStrictEqual(rows);
  });

  it('keeps a long list of few strings as codes, and a list of many different strings as it is', () => {
    const few = Array.from(
      { length: 40 },
      (_, i) => ['Tillväxt', 'Innovation', 'Kompetens'][i % 3] as string,
    );
    const many = Array.from({ length: 40 }, (_, i) => `ärende ${i}`);
    const mixed = [...few.slice(0, 20), 3, ...few.slice(20)];
    const text = encodeTagged({ few, many, mixed });
    // Once among `few`'s values; in `mixed` (not all strings) at every place it stands.
    expect(text.split('Innovation').length - 1).toBe(1 + mixed.filter((s) => s === 'Innovation').length);
    expect(back({ few, many, mixed })).toStrictEqual({ few, many, mixed });
  });

  it('writes ASCII only, and gives back every character: Swedish letters, astral, lone surrogates, line separators', () => {
    const value = { text: 'Västra Götaland – Örebro 😀 \u2028 a\ud800b \udc00', list: ['å', 'ä', 'ö'] };
    const text = encodeTagged(value);
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(decodeTagged(text)).toStrictEqual(value);
  });

  it('refuses what it cannot give back', () => {
    expect(() => encodeTagged({ m: new Map() })).toThrow(/Map/);
    expect(() => encodeTagged({ s: new Set([1]) })).toThrow(/Set/);
    expect(() => encodeTagged({ v: new DataView(new ArrayBuffer(1)) })).toThrow(/DataView/);
  });
});
