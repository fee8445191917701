/**
 * Where a long task's time went, as the browser tells it (Long Animation Frames, Chromium 123+): each
 * frame with a task over 50 ms in it, its length, its longest scripts (what ran them, for how long,
 * and the layout they forced) and its rendering, so that a long task can be laid to the app's code,
 * to the page's layout or to neither (a collection, the machine). `recordLongFrames` runs in the page
 * (page.addInitScript); `takeLongFrames` reads and clears what was recorded since a time.
 */
import type { Page } from 'playwright-core';

interface FrameRecord {
  readonly start: number;
  readonly text: string;
}

export function recordLongFrames(): void {
  interface Script {
    invoker: string;
    sourceFunctionName: string;
    duration: number;
    forcedStyleAndLayoutDuration: number;
  }
  interface Frame {
    startTime: number;
    duration: number;
    blockingDuration: number;
    renderStart: number;
    styleAndLayoutStart: number;
    scripts: Script[];
  }
  const w = window as unknown as { __longFrames: FrameRecord[] };
  w.__longFrames = [];
  if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as Frame[]) {
      // Only frames with a task over 50 ms in them.
      if (e.blockingDuration <= 0) continue;
      const end = e.startTime + e.duration;
      const scripts = [...e.scripts]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 3)
        .map(
          (s) =>
            `${s.invoker}${s.sourceFunctionName ? ` (${s.sourceFunctionName})` : ''} ${Math.round(s.duration)} ms` +
            (s.forcedStyleAndLayoutDuration >= 5
              ? `, forced layout ${Math.round(s.forcedStyleAndLayoutDuration)} ms`
              : ''),
        );
      const render = e.renderStart > 0 ? Math.round(end - e.renderStart) : 0;
      const layout = e.styleAndLayoutStart > 0 ? Math.round(end - e.styleAndLayoutStart) : 0;
      w.__longFrames.push({
        start: e.startTime,
        text: `frame ${Math.round(e.duration)} ms: ${scripts.join('; ') || 'no script'}; rendering ${render} ms (style and layout ${layout} ms)`,
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** The long frames recorded since `since` (page time), described; the record is cleared. */
export function takeLongFrames(page: Page, since: number): Promise<string[]> {
  return page.evaluate((t) => {
    const w = window as unknown as { __longFrames?: FrameRecord[] };
    const kept = (w.__longFrames ?? []).filter((f) => f.start >= t).map((f) => f.text);
    w.__longFrames = [];
    return kept;
  }, since);
}
