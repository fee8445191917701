import { useCallback, useState } from 'react';
import { releaseCanvases } from './echarts-platform';

export interface ChartBox {
  /** The chart element's ref (placeholder and chart alike: React keeps the one element). */
  readonly attach: (element: HTMLDivElement | null) => (() => void) | undefined;
  /**
   * The element's content width in whole pixels, as laid out: undefined until the browser has laid
   * the element out and a ResizeObserver has said so (after the frame's layout, never forcing one),
   * and always where the chart is not measured (`observe` false, or no ResizeObserver).
   */
  readonly width: number | undefined;
  /** The chart may be made: its width is known, or it measures itself. */
  readonly ready: boolean;
}

/**
 * The box a chart is drawn in (part of the one ECharts adapter, EChart.tsx): its width observed, and
 * its canvases let go of their pixels when it is removed (echarts-platform).
 */
export function useChartBox(observe: boolean): ChartBox {
  const measured = observe && typeof ResizeObserver !== 'undefined';
  const [width, setWidth] = useState<number | undefined>(undefined);
  const attach = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return undefined;
      const observer = measured
        ? new ResizeObserver((entries) => {
            const last = entries[entries.length - 1];
            if (last) setWidth(Math.floor(last.contentRect.width));
          })
        : undefined;
      observer?.observe(element);
      return () => {
        observer?.disconnect();
        releaseCanvases(element);
      };
    },
    [measured],
  );
  return { attach, width: measured ? width : undefined, ready: !measured || width !== undefined };
}
