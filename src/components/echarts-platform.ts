/**
 * Two costs of a chart's first drawing that belong to the browser, not to the chart, taken out of it
 * (part of the one ECharts adapter, EChart.tsx):
 *
 * - zrender measures the width of '国', once per font, as its estimate for every non-ASCII character
 *   (in label truncation). Where no CJK font is installed, as on many Linux machines and CI, the
 *   browser looks through every font for that glyph first: 7–35 ms in headless Chromium, in the
 *   task that draws the page's first chart. With a CJK font the answer is one em, which is what
 *   `measureWithoutWideProbe` returns, without asking, so the estimate is the same on every machine.
 * - A canvas gets its pixels at its first drawing operation: 5–15 ms for a chart's size here.
 *   `allocateCanvas` does that in a turn of its own, before the chart draws its option.
 * - A removed canvas lets go of its pixels only when it is collected, in the collector's pause, for
 *   every canvas at once: 50–100 ms in one task after the views' sparklines of two thousand
 *   indicators had been left. `releaseCanvases` lets go of them after their chart is removed, in
 *   slices of a few milliseconds (all at once added 8 ms for Län's 26 sparklines to the task that
 *   changes the view).
 */
import type { EChartsType } from 'echarts/core';

type MeasureText = (text: string, font?: string) => { width: number };

/** The character zrender measures for the width of a wide (CJK) character. */
export const WIDE_CHAR_PROBE = '国';

/** zrender's font when none is given ('12px sans-serif'). */
const DEFAULT_FONT_PX = 12;

/** The size in pixels a CSS font shorthand names ("bold 13px system-ui" → 13), or undefined. */
export function fontPx(font: string | undefined): number | undefined {
  if (!font) return DEFAULT_FONT_PX;
  const match = /(?:^|\s)(\d+(?:\.\d+)?)px(?:\s|\/|$)/.exec(font);
  return match ? Number(match[1]) : undefined;
}

/** `measure`, except that the wide-character probe is one em of its font (when the font names its size in px). */
export function measureWithoutWideProbe(measure: MeasureText): MeasureText {
  return (text, font) => {
    if (text === WIDE_CHAR_PROBE) {
      const px = fontPx(font);
      if (px !== undefined) return { width: px };
    }
    return measure(text, font);
  };
}

interface LayeredPainter {
  getLayer(zlevel: number): { readonly ctx?: CanvasRenderingContext2D | null };
}

function isLayeredPainter(painter: unknown): painter is LayeredPainter {
  return (
    typeof painter === 'object' &&
    painter !== null &&
    'getLayer' in painter &&
    typeof painter.getLayer === 'function'
  );
}

/**
 * Gives the chart's main canvas (zrender's layer 0, the one every element of ours is drawn on) its
 * pixels now: the layer is the one zrender would make at the first drawing, made earlier. Nothing to
 * do for the SVG renderer, or a painter without layers.
 */
export function allocateCanvas(instance: EChartsType): void {
  if (instance.isDisposed()) return;
  const painter: unknown = instance.getZr().painter;
  if (!isLayeredPainter(painter)) return;
  painter.getLayer(0).ctx?.clearRect(0, 0, 1, 1);
}

/** Canvases of removed charts, waiting to let go of their pixels. */
const removed: HTMLCanvasElement[] = [];
/** A slice of releasing stops after this long: letting go of a sparkline's pixels took ~0.3 ms here. */
const RELEASE_SLICE_MS = 4;

function releaseSome(): void {
  const start = performance.now();
  while (removed.length > 0 && performance.now() - start < RELEASE_SLICE_MS) {
    const canvas = removed.pop();
    if (!canvas || canvas.isConnected) continue;
    canvas.width = 0;
    canvas.height = 0;
  }
  if (removed.length > 0) laterTask(releaseSome);
}

function laterTask(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 500 });
  else setTimeout(run, 0);
}

/**
 * Lets the canvases under `root` go of their pixels (a canvas of no size has none), a few at a time
 * in later tasks: for a chart being removed, whose canvases are never drawn on again. Its ref's
 * cleanup (EChart.tsx) calls this before ECharts disposes of the instance, while the canvases are
 * still in the chart's element. A canvas back in the page by then is left alone.
 */
export function releaseCanvases(root: ParentNode): void {
  const waiting = removed.length > 0;
  removed.push(...root.querySelectorAll('canvas'));
  if (!waiting && removed.length > 0) laterTask(releaseSome);
}
