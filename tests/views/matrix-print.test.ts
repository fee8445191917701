import { describe, expect, it } from 'vitest';
import type { ListedIndicator } from '../../src/views/indicator-list';
import type { MatrixColumnGroup } from '../../src/views/matrix-model';
import { printMatrixParts } from '../../src/views/matrix-print';

function group(label: string, ids: readonly string[]): MatrixColumnGroup {
  return {
    level: undefined,
    label,
    indicators: ids.map((id) => ({ indicator: { id } }) as unknown as ListedIndicator),
  };
}

const ids = (part: { indicators: readonly ListedIndicator[] }): string[] =>
  part.indicators.map((l) => l.indicator.id);

describe('the printed matrix in parts', () => {
  it('keeps a matrix that fits in one part, its chain-level heads spanning their columns', () => {
    const parts = printMatrixParts([group('Resurser', ['a', 'b']), group('Utfall', ['c'])], 5);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({
      from: 1,
      to: 3,
      heads: [
        { label: 'Resurser', span: 2 },
        { label: 'Utfall', span: 1 },
      ],
    });
  });

  it('splits a wide matrix so that every column is in exactly one part, in order', () => {
    const groups = [group('A', ['a1', 'a2', 'a3']), group('B', ['b1', 'b2', 'b3', 'b4']), group('C', ['c1'])];
    const parts = printMatrixParts(groups, 3);
    expect(parts.map(ids)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'b3'],
      ['b4', 'c1'],
    ]);
    expect(parts.map((p) => [p.from, p.to])).toEqual([
      [1, 3],
      [4, 6],
      [7, 8],
    ]);
    // A level cut by a part boundary is named again in the next part.
    expect(parts[2]?.heads).toEqual([
      { label: 'B', span: 1 },
      { label: 'C', span: 1 },
    ]);
  });

  it('has no parts for no columns', () => {
    expect(printMatrixParts([], 3)).toEqual([]);
  });
});
