import { describe, expect, it } from 'vitest';
import {
  ObservationBuilder,
  concatColumns,
  emptyColumns,
  observationAt,
  transferables,
} from '../../src/data/columns/observation-store';
import { periodCode } from '../../src/domain/period';
import { regionIndexOf } from '../../src/domain/regions';

const Y2023 = periodCode({ granularity: 'year', year: 2023, sub: 0 });
const Q = periodCode({ granularity: 'quarter', year: 2023, sub: 2 });

function twoFiles(): [ObservationBuilder, ObservationBuilder] {
  const a = new ObservationBuilder(1);
  const fa = a.fileCode('a.csv');
  a.push(regionIndexOf('01') ?? 0, a.indicatorCode('x'), Y2023, 0, 1.5, 0, 2, fa);
  a.push(regionIndexOf('2080') ?? 0, a.indicatorCode('y'), Q, 2, 99, a.markerCode('..'), 3, fa);
  a.addNote(1, 'not a');
  const b = new ObservationBuilder(1);
  const fb = b.fileCode('b.csv');
  b.push(regionIndexOf('00') ?? 0, b.indicatorCode('y'), Y2023, 1, 7, 0, 5, fb);
  b.push(regionIndexOf('25') ?? 0, b.indicatorCode('z'), Y2023, 0, 0, b.markerCode('-'), 6, fb);
  b.addNote(0, 'not b');
  return [a, b];
}

describe('ObservationBuilder', () => {
  it('grows past its capacity and keeps every row', () => {
    const b = new ObservationBuilder(1);
    const file = b.fileCode('f');
    for (let i = 0; i < 100; i++)
      b.push(i % 22, b.indicatorCode(`i${i % 3}`), Y2023, i % 3, i, 0, i + 2, file);
    const cols = b.build();
    expect(cols.length).toBe(100);
    expect(Array.from(cols.value)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(cols.indicators).toEqual(['i0', 'i1', 'i2']);
  });

  it('stores NaN exactly where there is a marker, and reads back plain observations', () => {
    const [a] = twoFiles();
    const cols = a.build();
    expect(Number.isNaN(cols.value[1])).toBe(true);
    expect(observationAt(cols, 0)).toEqual({
      region: '01',
      indicator: 'x',
      period: '2023',
      gender: 'T',
      value: 1.5,
      marker: null,
      source: { file: 'a.csv', line: 2 },
    });
    expect(observationAt(cols, 1)).toEqual({
      region: '2080',
      indicator: 'y',
      period: '2023-Q2',
      gender: 'M',
      value: null,
      marker: '..',
      source: { file: 'a.csv', line: 3 },
    });
  });

  it('build(keep) leaves rows out and moves notes to the new row numbers', () => {
    const [a] = twoFiles();
    const cols = a.build(Uint8Array.of(0, 1));
    expect(cols.length).toBe(1);
    expect(observationAt(cols, 0).region).toBe('2080');
    expect(Array.from(cols.noteRows)).toEqual([0]);
    expect(cols.noteTexts).toEqual(['not a']);
    const none = a.build(Uint8Array.of(1, 0));
    expect(Array.from(none.noteRows)).toEqual([]);
  });

  it('keeps hundreds of distinct markers (Kolada statuses are free text), each with its own code', () => {
    const b = new ObservationBuilder();
    const codes = Array.from({ length: 300 }, (_, i) => b.markerCode(`status ${i}`));
    expect(new Set(codes).size).toBe(300);
    expect(b.markerCode('status 0')).toBe(1);
    const row = b.push(0, b.indicatorCode('a'), 0, 0, 0, b.markerCode('status 299'), 2, b.fileCode('f'));
    expect(b.build().markers[(b.build().marker[row] ?? 0) - 1]).toBe('status 299');
  });
});

describe('concatColumns', () => {
  it('joins files and re-codes indicators, markers and files; notes follow their rows', () => {
    const [a, b] = twoFiles();
    const joined = concatColumns([a.build(), b.build()]);
    expect(joined.length).toBe(4);
    expect(joined.indicators).toEqual(['x', 'y', 'z']);
    expect(joined.markers).toEqual(['..', '-']);
    expect(joined.files).toEqual(['a.csv', 'b.csv']);
    expect([0, 1, 2, 3].map((i) => observationAt(joined, i))).toEqual([
      {
        region: '01',
        indicator: 'x',
        period: '2023',
        gender: 'T',
        value: 1.5,
        marker: null,
        source: { file: 'a.csv', line: 2 },
      },
      {
        region: '2080',
        indicator: 'y',
        period: '2023-Q2',
        gender: 'M',
        value: null,
        marker: '..',
        source: { file: 'a.csv', line: 3 },
      },
      {
        region: '00',
        indicator: 'y',
        period: '2023',
        gender: 'K',
        value: 7,
        marker: null,
        source: { file: 'b.csv', line: 5 },
      },
      {
        region: '25',
        indicator: 'z',
        period: '2023',
        gender: 'T',
        value: null,
        marker: '-',
        source: { file: 'b.csv', line: 6 },
      },
    ]);
    expect(Array.from(joined.noteRows)).toEqual([1, 2]);
    expect(joined.noteTexts).toEqual(['not a', 'not b']);
  });

  it('of nothing is empty', () => {
    expect(concatColumns([]).length).toBe(0);
    expect(emptyColumns().length).toBe(0);
  });

  it('transferables lists one buffer per numeric column', () => {
    expect(transferables(emptyColumns())).toHaveLength(9);
  });
});
