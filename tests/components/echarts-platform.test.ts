import type { EChartsType } from 'echarts/core';
import { describe, expect, it, vi } from 'vitest';
import {
  allocateCanvas,
  fontPx,
  measureWithoutWideProbe,
  WIDE_CHAR_PROBE,
} from '../../src/components/echarts-platform';

describe('fontPx', () => {
  it('reads the size in px from a CSS font shorthand', () => {
    expect(fontPx("13px system-ui, 'Segoe UI', sans-serif")).toBe(13);
    expect(fontPx('bold 26px sans-serif')).toBe(26);
    expect(fontPx('normal normal 12.5px/18px Arial')).toBe(12.5);
  });

  it("is zrender's 12 px without a font, and undefined for a size not in px", () => {
    expect(fontPx(undefined)).toBe(12);
    expect(fontPx('')).toBe(12);
    expect(fontPx('1.2em serif')).toBeUndefined();
    expect(fontPx('12pt serif')).toBeUndefined();
  });
});

describe('measureWithoutWideProbe', () => {
  it('answers the wide-character probe with one em, without measuring', () => {
    const measure = vi.fn(() => ({ width: 99 }));
    const measured = measureWithoutWideProbe(measure);
    expect(measured(WIDE_CHAR_PROBE, 'bold 14px system-ui')).toEqual({ width: 14 });
    expect(measured(WIDE_CHAR_PROBE, undefined)).toEqual({ width: 12 });
    expect(measure).not.toHaveBeenCalled();
  });

  it('measures every other text, and the probe in a font whose size is not in px', () => {
    const measure = vi.fn((text: string) => ({ width: text.length * 7 }));
    const measured = measureWithoutWideProbe(measure);
    expect(measured('Dalarnas län', '13px system-ui')).toEqual({ width: 84 });
    expect(measured(`${WIDE_CHAR_PROBE}x`, '13px system-ui')).toEqual({ width: 14 });
    expect(measured(WIDE_CHAR_PROBE, '1em serif')).toEqual({ width: 7 });
    expect(measure.mock.calls).toEqual([
      ['Dalarnas län', '13px system-ui'],
      [`${WIDE_CHAR_PROBE}x`, '13px system-ui'],
      [WIDE_CHAR_PROBE, '1em serif'],
    ]);
  });
});

/** An ECharts instance as allocateCanvas sees it: its painter, and whether it is disposed. */
function fakeInstance(painter: unknown, disposed = false): EChartsType {
  return { isDisposed: () => disposed, getZr: () => ({ painter }) } as unknown as EChartsType;
}

describe('allocateCanvas', () => {
  it("draws one pixel's clear on the canvas painter's layer 0, the layer every element of ours is drawn on", () => {
    const clearRect = vi.fn();
    const getLayer = vi.fn(() => ({ ctx: { clearRect } }));
    allocateCanvas(fakeInstance({ getLayer }));
    expect(getLayer).toHaveBeenCalledWith(0);
    expect(clearRect).toHaveBeenCalledWith(0, 0, 1, 1);
  });

  it('does nothing for a disposed chart or a painter without layers (SVG)', () => {
    const getLayer = vi.fn();
    allocateCanvas(fakeInstance({ getLayer }, true));
    expect(getLayer).not.toHaveBeenCalled();
    expect(() => allocateCanvas(fakeInstance({ refresh: () => undefined }))).not.toThrow();
  });
});
