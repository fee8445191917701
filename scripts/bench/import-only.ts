/**
 * BENCH_ONLY=import: only the 1M import in Chromium, BENCH_RUNS fresh pages: heap per observation and
 * long tasks from the pick to the chart drawn (built into .bench/dist-import, or BENCH_DIST, so that
 * it can run beside a whole bench). BENCH_PROFILE=1 prints the hottest functions of each long task;
 * BENCH_SNAPSHOT=1 the largest objects on the heap after the import and what holds them.
 */
import { resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { findChromium, launchChromium } from '../lib/chromium';
import { buildAndServe } from '../lib/serve-build';
import {
  chartsDrawn,
  FIRST_CHART_QUERY,
  heapMb,
  instrument,
  measureImport,
  median,
  settled,
} from './browser';
import { BENCH_DIR, ensureBenchFiles } from './generate';
import type { Goal } from './goal';
import { printBusyStretches, printLargestObjects, type CpuProfile } from './import-diagnose';
import { recordLongFrames } from './long-frames';
import { fmt } from './app-and-floor';

async function takeSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  return chunks.join('');
}

export async function importOnly(runs: number): Promise<Goal[]> {
  const chromium = findChromium();
  if (!chromium) throw new Error('BENCH_ONLY=import needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)');
  const files = await ensureBenchFiles();
  const app = await buildAndServe(resolve(BENCH_DIR, process.env['BENCH_DIST'] ?? 'dist-import'));
  const browser = await launchChromium(chromium);
  const perObservation: number[] = [];
  const longTasks: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.addInitScript(instrument);
      await page.addInitScript(recordLongFrames);
      await page.goto(`${app.url}${FIRST_CHART_QUERY}`);
      await chartsDrawn(page, 3);
      await settled(page);
      const before = await heapMb(page);
      const cdp = await context.newCDPSession(page);
      const snapshots = process.env['BENCH_SNAPSHOT'] === '1';
      const sizesBefore = snapshots
        ? printLargestObjects(await takeSnapshot(cdp), undefined, 1e9)
        : undefined;
      const profiling = process.env['BENCH_PROFILE'] === '1';
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
        await cdp.send('Profiler.start');
      }
      const { ready, stats } = await measureImport(page, files.comma);
      if (profiling)
        printBusyStretches(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile);
      await chartsDrawn(page, 3);
      const after = await heapMb(page);
      const bytes = ((after - before) * 1e6) / files.rows;
      perObservation.push(bytes);
      longTasks.push(stats.longTasks);
      console.log(
        `  run ${i + 1}: ${fmt(ready - stats.picked)} ms to ready; heap +${fmt(after - before, 1)} MB = ${fmt(bytes, 1)} B per observation; long tasks > 50 ms: ${stats.longTasks}${stats.longTasks > 0 ? ` (longest ${fmt(stats.longest, 1)} ms)` : ''}; longest block ${fmt(stats.maxGap, 1)} ms`,
      );
      for (const frame of stats.frames) console.log(`    ${frame}`);
      if (snapshots) printLargestObjects(await takeSnapshot(cdp), sizesBefore);
      await cdp.detach();
      await context.close();
    }
  } finally {
    await browser.close();
    await app.server.close();
  }
  const bytes = median(perObservation);
  const tasks = median(longTasks);
  return [
    {
      figure: 'Långa uppgifter > 50 ms under 1M-importen',
      measured: `${fmt(tasks)} (median av ${runs})`,
      floor: '–',
      ratio: `per körning: ${longTasks.join(', ')}`,
      goal: '0',
      met: Math.max(...longTasks) === 0,
    },
    {
      figure: 'Minne per observation (Chromium)',
      measured: `${fmt(bytes, 1)} B`,
      floor: '–',
      ratio: `per körning: ${perObservation.map((b) => fmt(b, 1)).join(', ')}`,
      goal: '≤ 27 B',
      met: bytes <= 27,
    },
  ];
}
