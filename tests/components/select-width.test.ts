import { describe, expect, it } from 'vitest';
import { selectWidth } from '../../src/components/select-width';

describe('selectWidth', () => {
  it('is the longest label in ch, plus the padding and the arrow, whatever the order', () => {
    expect(selectWidth(['År', 'Kvartal', 'Månad'])).toEqual({ width: 'calc(7ch + 2.5rem)' });
    expect(selectWidth(['Kommuner i Västra Götalands län', 'Ale', 'Riket'])).toEqual({
      width: 'calc(31ch + 2.5rem)',
    });
  });

  it('stops at 60 characters (the select is then as wide as its place) and has room for the arrow when empty', () => {
    expect(selectWidth(['x'.repeat(400)])).toEqual({ width: 'calc(60ch + 2.5rem)' });
    expect(selectWidth([])).toEqual({ width: 'calc(0ch + 2.5rem)' });
  });
});
