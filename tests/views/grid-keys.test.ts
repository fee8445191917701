import { describe, expect, it } from 'vitest';
import { gridMove } from '../../src/views/grid-keys';

describe('gridMove: the ARIA grid keys', () => {
  const at = { row: 2, col: 3 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(gridMove('ArrowRight', false, at, 5, 6)).toEqual({ row: 2, col: 4 });
    expect(gridMove('ArrowLeft', false, at, 5, 6)).toEqual({ row: 2, col: 2 });
    expect(gridMove('ArrowDown', false, at, 5, 6)).toEqual({ row: 3, col: 3 });
    expect(gridMove('ArrowUp', false, at, 5, 6)).toEqual({ row: 1, col: 3 });
    expect(gridMove('ArrowRight', false, { row: 0, col: 5 }, 5, 6)).toEqual({ row: 0, col: 5 });
    expect(gridMove('ArrowUp', false, { row: 0, col: 0 }, 5, 6)).toEqual({ row: 0, col: 0 });
    expect(gridMove('ArrowDown', false, { row: 4, col: 0 }, 5, 6)).toEqual({ row: 4, col: 0 });
  });
  it('goes to the row’s ends with Home and End, to the grid’s with Ctrl', () => {
    expect(gridMove('Home', false, at, 5, 6)).toEqual({ row: 2, col: 0 });
    expect(gridMove('End', false, at, 5, 6)).toEqual({ row: 2, col: 5 });
    expect(gridMove('Home', true, at, 5, 6)).toEqual({ row: 0, col: 0 });
    expect(gridMove('End', true, at, 5, 6)).toEqual({ row: 4, col: 5 });
  });
  it('ignores other keys', () => {
    expect(gridMove('Enter', false, at, 5, 6)).toBeUndefined();
    expect(gridMove('a', false, at, 5, 6)).toBeUndefined();
  });
});
