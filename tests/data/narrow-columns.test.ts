import { describe, expect, it } from 'vitest';
import { ObservationBuilder, concatColumns, observationAt } from '../../src/data/columns/observation-store';
import { periodCode } from '../../src/domain/period';

const Y2023 = periodCode({ granularity: 'year', year: 2023, sub: 0 });

/** `indicators` indicators, `markers` markers and `files` files, one row each at least. */
function built(indicators: number, markers: number, files: number, keep?: Uint8Array) {
  const b = new ObservationBuilder(4);
  const rows = Math.max(indicators, markers, files);
  for (let i = 0; i < rows; i++) {
    const marker = i < markers ? b.markerCode(`m${i}`) : 0;
    b.push(
      i % 22,
      b.indicatorCode(`i${i % indicators}`),
      Y2023,
      i % 3,
      i + 0.5,
      marker,
      i + 2,
      b.fileCode(`f${i % files}.csv`),
    );
  }
  return { b, cols: b.build(keep), rows };
}

describe('code columns as narrow as their dictionaries', () => {
  it('are 8 bits while the codes fit: 22 bytes an observation', () => {
    const { cols } = built(256, 255, 256);
    expect(cols.indicator).toBeInstanceOf(Uint8Array);
    expect(cols.marker).toBeInstanceOf(Uint8Array);
    expect(cols.file).toBeInstanceOf(Uint8Array);
    const bytes = [
      cols.region,
      cols.indicator,
      cols.period,
      cols.gender,
      cols.value,
      cols.marker,
      cols.line,
      cols.file,
    ]
      .map((c) => c.BYTES_PER_ELEMENT)
      .reduce((a, b) => a + b, 0);
    expect(bytes).toBe(22);
  });

  it('widen past 256 codes (marker codes start at 1) and past 65 536 indicators', () => {
    const { cols } = built(257, 256, 257);
    expect(cols.indicator).toBeInstanceOf(Uint16Array);
    expect(cols.marker).toBeInstanceOf(Uint16Array);
    expect(cols.file).toBeInstanceOf(Uint16Array);
    expect(built(65_537, 1, 1).cols.indicator).toBeInstanceOf(Uint32Array);
  });

  it('keep every code and row, with and without a filter, and through concatColumns', () => {
    const { b, cols, rows } = built(300, 300, 2);
    const last = observationAt(cols, rows - 1);
    expect(last).toMatchObject({
      indicator: 'i299',
      marker: 'm299',
      value: null,
      source: { file: 'f1.csv' },
    });
    const keep = new Uint8Array(rows).fill(1);
    keep[0] = 0;
    const filtered = b.build(keep);
    expect(observationAt(filtered, rows - 2)).toEqual(last);
    const joined = concatColumns([cols, filtered]);
    expect(joined.indicator).toBeInstanceOf(Uint16Array);
    expect(observationAt(joined, 2 * rows - 2)).toEqual(last);
    expect(observationAt(joined, 0)).toEqual(observationAt(cols, 0));
  });
});
