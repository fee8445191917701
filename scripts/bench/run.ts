/**
 * npm run bench — every speed figure as a ratio against a floor measured in the same run, on the
 * same machine, so that the goals hold on a fast machine and on a slow one alike:
 *  (a) Node: our whole import pipeline against PapaParse header + typed objects (`,` and `;`);
 *      `check-data FILE` as a whole process against a whole-process PapaParse script
 *  (b) headless Chromium: time to first chart against a floor page (one ECharts line from inline
 *      data, served the same way); re-render after a county change with 1M observations loaded
 *      against the floor page's three setOption calls on prepared options; long tasks during the
 *      1M import; a kommun-size 5M-observation file; with 2 000 indicators, the longest main-thread
 *      task in each view (many-indicators.ts), the same walk with the example data alone beside
 *  (c) heap per observation; gzip size of the initial JavaScript
 * It prints every figure with its floor, goal and verdict, absolute figures beside; it does not
 * fail on them (timing lives here, not in tests). BENCH_RUNS sets the timed runs (default 3);
 * BENCH_SKIP_HUGE=1 leaves out the 5M file; BENCH_ONLY=xlsx runs only the workbook figure;
 * BENCH_ONLY=many only the walk with 2 000 indicators (built into .bench/dist-many, or BENCH_DIST, to run
 * beside a whole bench; with BENCH_PROFILE=1 it prints each step's hottest functions);
 * BENCH_ONLY=import only the 1M import: heap per observation and long tasks (import-only.ts);
 * BENCH_ONLY=first-chart only the first chart against the floor page (first-chart-only.ts);
 * BENCH_ONLY=rerender only the re-render after a county change with 1M loaded (rerender-only.ts);
 * BENCH_ONLY=parse only the Node figures: the import pipeline and check-data against PapaParse.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset } from '../../src/data/dataset/build-dataset';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importFile } from '../../src/data/pipeline/import-file';
import { findChromium } from '../lib/chromium';
import { buildAndServe, REPO_ROOT } from '../lib/serve-build';
import { benchBrowser, benchHugeFile, median, type BrowserFigures, type HugeFileFigures } from './browser';
import { initialJsSize } from './bundle-size';
import { firstChartGoal, firstChartLine, firstChartOnly, serveReactFloor } from './first-chart-only';
import { importOnly } from './import-only';
import { rerenderOnly } from './rerender-only';
import type { Goal } from './goal';
import { BENCH_DIR, ensureBenchFiles, ensureHugeFile } from './generate';
import { benchNodeParse, PARSE_FORKS, type ParseTiming } from './node-parse';
import { manyIndicatorsGoal } from './many-indicators';
import { benchXlsx } from './xlsx';
import { fmt } from './app-and-floor';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const verdict = (ok: boolean): string => (ok ? 'uppnått' : 'EJ uppnått');

const goals: Goal[] = [];

function printTimings(title: string, timings: readonly ParseTiming[]): void {
  console.log(`\n  ${title}`);
  const ours = timings[0];
  for (const t of timings) {
    const ratio = ours ? t.ms / ours.ms : 1;
    console.log(
      `    ${t.name.padEnd(44)} ${fmt(t.ms).padStart(7)} ms  ${fmt(t.mbPerS, 1).padStart(7)} MB/s  ${fmt(t.rows).padStart(10)} rows  ×${fmt(ratio, 2)}`,
    );
  }
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  collect?.();
}

/** In a function of its own, so that the file's bytes and the per-file columns are garbage after it. */
function loadDataset(path: string): Dataset {
  return buildDataset([importFile('bench.csv', new Uint8Array(readFileSync(path)))]);
}

function nodeHeapMb(): number {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1e6;
}

/** Wall time of a whole process, from spawn to exit (ms). */
function processMs(command: string, args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.error) throw result.error;
  return performance.now() - start;
}

/** `check-data FILE` and the PapaParse script in turn, `runs` times each after a warm-up of both. */
function benchProcesses(file: string, runs: number): { ours: number; papa: number } {
  const ours = (): number => processMs(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', file]);
  const papa = (): number => processMs(process.execPath, ['scripts/bench/papa-process.mjs', file]);
  ours();
  papa();
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(ours());
    b.push(papa());
  }
  return { ours: median(a), papa: median(b) };
}

function nodeFigures(files: Awaited<ReturnType<typeof ensureBenchFiles>>): void {
  console.log('\n(a) Import pipeline in Node');
  console.log(
    `  Ours and PapaParse header + typed in turn, ${RUNS} rounds after a warm-up, in each of ${PARSE_FORKS} fresh processes;`,
  );
  console.log(`  the ratio: each process's median of its rounds' ratios, the median of those`);
  const comma = benchNodeParse(files.comma, false, RUNS);
  printTimings('`,` and decimal point', comma.timings);
  console.log(`    ratio per process: ${comma.forkRatios.map((r) => `×${fmt(r, 2)}`).join(', ')}`);
  const semicolon = benchNodeParse(files.semicolon, true, RUNS);
  printTimings('`;` and decimal comma (Swedish Excel)', semicolon.timings);
  console.log(`    ratio per process: ${semicolon.forkRatios.map((r) => `×${fmt(r, 2)}`).join(', ')}`);
  for (const [name, run] of [
    ['`,`', comma],
    ['`;`', semicolon],
  ] as const) {
    const ours = run.timings[0]?.ms ?? NaN;
    const papa = run.timings[1]?.ms ?? NaN;
    goals.push({
      figure: `Importflöde mot PapaParse header+typed (${name})`,
      measured: `${fmt(ours)} ms`,
      floor: `${fmt(papa)} ms`,
      ratio: `×${fmt(run.typedRatio, 2)} snabbare`,
      goal: '≥ 6×',
      met: run.typedRatio >= 6,
    });
  }
  console.log(
    `  Accounting: ${fmt(comma.ours.records)} read = ${fmt(comma.ours.accepted)} accepted + ${fmt(comma.ours.rejected)} rejected + ${fmt(comma.ours.skipped)} skipped; ${comma.ours.issues.length} issues`,
  );

  const processes = benchProcesses(files.semicolon, RUNS);
  console.log(
    `\n  Whole process on the \`;\` file: check-data ${fmt(processes.ours)} ms, PapaParse script ${fmt(processes.papa)} ms`,
  );
  goals.push({
    figure: 'check-data FIL, hela processen, mot PapaParse-skript',
    measured: `${fmt(processes.ours)} ms`,
    floor: `${fmt(processes.papa)} ms`,
    ratio: `×${fmt(processes.papa / processes.ours, 2)} snabbare`,
    goal: '≥ 2×',
    met: processes.papa / processes.ours >= 2,
  });

  gc();
  const heapBefore = nodeHeapMb();
  const kept = loadDataset(files.comma);
  gc();
  const nodeHeap = nodeHeapMb() - heapBefore;
  const columnBytes = [
    kept.observations.region,
    kept.observations.indicator,
    kept.observations.period,
    kept.observations.gender,
    kept.observations.value,
    kept.observations.marker,
    kept.observations.line,
    kept.observations.file,
  ].reduce((s, a) => s + a.byteLength, 0);
  console.log(
    `\n(c) Heap for ${fmt(kept.observations.length)} observations in Node (JS heap + ArrayBuffers, after GC): ${fmt(nodeHeap, 1)} MB`,
  );
  console.log(
    `    of which typed columns: ${fmt(columnBytes / 1e6, 1)} MB (${fmt(columnBytes / kept.observations.length, 1)} bytes per observation)`,
  );
}

/** A 200 000 × 5 workbook against the same table as CSV, both through the whole import. */
async function xlsxFigures(): Promise<void> {
  const x = await benchXlsx(RUNS);
  console.log(
    `\n  Workbook: ${fmt(x.rows)} rows × 5 (${fmt(x.xlsxBytes / 1e6, 1)} MB xlsx) ${fmt(x.xlsxMs)} ms; the same table as CSV (${fmt(x.csvBytes / 1e6, 1)} MB) ${fmt(x.csvMs)} ms; accepted ${fmt(x.accepted.xlsx)} / ${fmt(x.accepted.csv)}`,
  );
  goals.push({
    figure: `Arbetsbok ${fmt(x.rows)} × 5 mot samma tabell som CSV`,
    measured: `${fmt(x.xlsxMs)} ms`,
    floor: `${fmt(x.csvMs)} ms`,
    ratio: `×${fmt(x.xlsxMs / x.csvMs, 2)}`,
    goal: '≤ 5×',
    met: x.xlsxMs / x.csvMs <= 5 && x.accepted.xlsx === x.accepted.csv,
  });
}

function browserFigures(b: BrowserFigures, rows: number): void {
  const median1m = median(b.rerenderMs);
  const worst = Math.max(...b.rerenderMs);
  console.log(`    ${firstChartLine(b.first, RUNS)}`);
  console.log(`    file to ready, ${fmt(rows)}-row file (picked → chart drawn): ${fmt(b.fileToReadyMs)} ms`);
  console.log(
    `    longest main-thread block during the import: ${fmt(b.longestBlockMs, 1)} ms; long tasks (> 50 ms): ${b.longTasksOver50}${b.longTasksOver50 > 0 ? `, longest ${fmt(b.longestLongTaskMs, 1)} ms` : ''}`,
  );
  for (const frame of b.longTaskFrames) console.log(`      ${frame}`);
  console.log(
    `    re-render after a county change, 1M loaded: median ${fmt(median1m, 1)} ms, worst ${fmt(worst, 1)} ms of ${b.rerenderMs.length}, after a walk not counted (median ${fmt(median(b.rerenderWarmUpMs), 1)} ms, worst ${fmt(Math.max(...b.rerenderWarmUpMs), 1)} ms); floor ${fmt(b.rerenderFloorMs, 1)} ms (the app's own setOption calls made again on its charts); the floor page's three setOption calls on its own options ${fmt(b.floorPageRerenderMs, 1)} ms`,
  );
  console.log(
    `    heap (JS + ArrayBuffers, after GC): ${fmt(b.heapBeforeMb, 1)} MB with the example data → ${fmt(b.heapAfterMb, 1)} MB with 1M more: +${fmt(b.heapForObservationsMb, 1)} MB`,
  );
  console.log(`    import summary after the import: ${b.acceptedText.replace(/\s+/g, ' ').trim()}`);
  goals.push(firstChartGoal(b.first));
  goals.push({
    figure: 'Omritning efter länsbyte, 1M inläst, mot golv',
    measured: `${fmt(median1m, 1)} ms (värst ${fmt(worst, 1)})`,
    floor: `${fmt(b.rerenderFloorMs, 1)} ms`,
    ratio: `×${fmt(median1m / b.rerenderFloorMs, 2)}`,
    goal: '≤ 1,5×',
    met: median1m / b.rerenderFloorMs <= 1.5,
  });
  goals.push({
    figure: 'Långa uppgifter > 50 ms under 1M-importen',
    measured: `${b.longTasksOver50}`,
    floor: '–',
    ratio: `längsta blockering ${fmt(b.longestBlockMs, 1)} ms`,
    goal: '0',
    met: b.longTasksOver50 === 0,
  });
  const perObservation = (b.heapForObservationsMb * 1e6) / rows;
  goals.push({
    figure: 'Minne per observation (Chromium)',
    measured: `${fmt(perObservation, 1)} B`,
    floor: '–',
    ratio: `+${fmt(b.heapForObservationsMb, 1)} MB för ${fmt(rows)}`,
    goal: '≤ 27 B',
    met: perObservation <= 27,
  });
}

function hugeFigures(h: HugeFileFigures, rows: number): void {
  const accepted = Number(
    /([\d\s]+)godkända/.exec(h.acceptedText.replace(/\u00a0|\u202f/g, ' '))?.[1]?.replace(/\s/g, '') ?? NaN,
  );
  const m = median(h.rerenderMs);
  console.log(
    `\n    5M file: imported in ${fmt(h.loadMs)} ms; ${h.acceptedText.replace(/\s+/g, ' ').trim()}; heap +${fmt(h.heapForObservationsMb, 1)} MB; re-render median ${fmt(m, 1)} ms, worst ${fmt(Math.max(...h.rerenderMs), 1)} ms, after a walk not counted (median ${fmt(median(h.rerenderWarmUpMs), 1)} ms); floor ${fmt(h.rerenderFloorMs, 1)} ms`,
  );
  goals.push({
    figure: '5M observationer (kommunnivå): läses in',
    measured: `${fmt(accepted)} godkända på ${fmt(h.loadMs / 1000, 1)} s`,
    floor: '–',
    ratio: `${fmt(rows)} i filen`,
    goal: 'alla',
    met: accepted >= rows,
  });
  goals.push({
    figure: '5M: omritning efter länsbyte mot golv',
    measured: `${fmt(m, 1)} ms`,
    floor: `${fmt(h.rerenderFloorMs, 1)} ms`,
    ratio: `×${fmt(m / h.rerenderFloorMs, 2)}`,
    goal: '≤ 1,5×',
    met: m / h.rerenderFloorMs <= 1.5,
  });
  const k = median(h.kommunRerenderMs);
  console.log(
    `    5M file, among Dalarna's kommuner: re-render median ${fmt(k, 1)} ms, worst ${fmt(Math.max(...h.kommunRerenderMs), 1)} ms; floor ${fmt(h.kommunRerenderFloorMs, 1)} ms`,
  );
  goals.push({
    figure: '5M: omritning efter kommunbyte mot golv',
    measured: `${fmt(k, 1)} ms`,
    floor: `${fmt(h.kommunRerenderFloorMs, 1)} ms`,
    ratio: `×${fmt(k / h.kommunRerenderFloorMs, 2)}`,
    goal: '≤ 1,5×',
    met: k / h.kommunRerenderFloorMs <= 1.5,
  });
}

/** BENCH_ONLY=many: the built app in Chromium, walked with and without the 2 000 indicators. */
async function manyIndicatorsOnly(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) throw new Error('BENCH_ONLY=many needs Chromium (/usr/bin/chromium or CHROMIUM_PATH)');
  const app = await buildAndServe(resolve(BENCH_DIR, process.env['BENCH_DIST'] ?? 'dist-many'));
  try {
    console.log('\n(b) In headless Chromium (BENCH_ONLY=many)');
    goals.push(await manyIndicatorsGoal(chromium, app.url, RUNS));
  } finally {
    await app.server.close();
  }
}

function printGoals(): void {
  console.log('\nMål / goals (each ratio against a floor measured in this run)');
  const widths = [52, 26, 14, 28, 8];
  const row = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 10)).join(' ');
  console.log(`  ${row(['figur', 'uppmätt', 'golv', 'kvot', 'mål', 'resultat'])}`);
  for (const g of goals)
    console.log(`  ${row([g.figure, g.measured, g.floor, g.ratio, g.goal, verdict(g.met)])}`);
  console.log(`\n  ${goals.filter((g) => g.met).length} av ${goals.length} mål uppnådda.`);
}

async function main(): Promise<void> {
  console.log('Regionala resultat — benchmark');
  console.log(`  Node ${process.version}, ${RUNS} timed runs each (median), after one warm-up run`);
  if (process.env['BENCH_ONLY'] === 'xlsx') {
    console.log('\n(a) Workbook import in Node (BENCH_ONLY=xlsx)');
    await xlsxFigures();
    printGoals();
    return;
  }
  if (process.env['BENCH_ONLY'] === 'first-chart') {
    goals.push(await firstChartOnly(RUNS));
    printGoals();
    return;
  }
  if (process.env['BENCH_ONLY'] === 'rerender') {
    goals.push(await rerenderOnly(RUNS));
    printGoals();
    return;
  }
  if (process.env['BENCH_ONLY'] === 'import') {
    goals.push(...(await importOnly(RUNS)));
    printGoals();
    return;
  }
  if (process.env['BENCH_ONLY'] === 'many') {
    await manyIndicatorsOnly();
    printGoals();
    return;
  }
  const files = await ensureBenchFiles();
  const size = statSync(files.comma).size / 1e6;
  console.log(
    `  Input: ${fmt(files.rows)} observations, ${fmt(size, 1)} MB (${files.comma}); Swedish twin ${fmt(statSync(files.semicolon).size / 1e6, 1)} MB`,
  );
  nodeFigures(files);
  if (process.env['BENCH_ONLY'] === 'parse') {
    printGoals();
    return;
  }
  await xlsxFigures();

  const chromium = findChromium();
  const app = await buildAndServe(resolve(BENCH_DIR, 'dist'));
  const floor = await buildAndServe(
    resolve(BENCH_DIR, 'floor-dist'),
    resolve(REPO_ROOT, 'scripts/bench/floor'),
  );
  const reactFloor = await serveReactFloor('dist');
  try {
    const bundle = initialJsSize(resolve(BENCH_DIR, 'dist'));
    console.log(
      `\n(c) Initial JavaScript (gzip -9): ${fmt(bundle.totalGzip / 1000, 1)} kB in ${bundle.files.length} file(s)`,
    );
    for (const f of bundle.files)
      console.log(`    ${f.file}: ${fmt(f.bytes / 1000, 1)} kB, gzip ${fmt(f.gzip / 1000, 1)} kB`);
    console.log(`    (the import worker loads separately: gzip ${fmt(bundle.workerGzip / 1000, 1)} kB)`);
    goals.push({
      figure: 'Initial JavaScript, gzip',
      measured: `${fmt(bundle.totalGzip / 1000, 1)} kB`,
      floor: '–',
      ratio: '–',
      goal: '≤ 300 kB',
      met: bundle.totalGzip <= 300_000,
    });

    if (!chromium) {
      console.log(
        '\n(b) SKIPPED: no Chromium at /usr/bin/chromium or CHROMIUM_PATH (apt-get install chromium)',
      );
    } else {
      console.log('\n(b) In headless Chromium (built app, and the floor page served the same way)');
      const b = await benchBrowser(chromium, app.url, floor.url, files.comma, RUNS, reactFloor.url);
      browserFigures(b, files.rows);
      goals.push(await manyIndicatorsGoal(chromium, app.url, RUNS));
      if (process.env['BENCH_SKIP_HUGE'] === '1') console.log('\n    5M file: skipped (BENCH_SKIP_HUGE=1)');
      else {
        const huge = await ensureHugeFile();
        hugeFigures(await benchHugeFile(chromium, app.url, huge.path, 'indikator_07'), huge.rows);
      }
    }
  } finally {
    await app.server.close();
    await floor.server.close();
    await reactFloor.server.close();
  }
  printGoals();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
