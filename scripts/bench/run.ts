/**
 * npm run bench — prints, measured side by side in one run:
 *  (a) Node: our whole import pipeline against PapaParse (header + typed objects, and arrays)
 *  (b) headless Chromium: file-to-ready, longest main-thread block during the import, time to
 *      first chart, re-render after a selection change with 1M observations loaded
 *  (c) heap for the 1M observations, gzip size of the initial JavaScript
 * It prints figures against the goals; it does not fail on them (timing lives here, not in tests).
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDataset } from '../../src/data/build-dataset';
import type { Dataset } from '../../src/data/dataset';
import { importFile } from '../../src/data/import-file';
import { findChromium } from '../lib/chromium';
import { buildAndServe } from '../lib/serve-build';
import { benchBrowser } from './browser';
import { initialJsSize } from './bundle-size';
import { BENCH_DIR, ensureBenchFiles } from './generate';
import { benchNodeParse, type ParseTiming } from './node-parse';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const fmt = (n: number, d = 0): string => n.toLocaleString('sv-SE', { minimumFractionDigits: d, maximumFractionDigits: d });
const verdict = (ok: boolean): string => (ok ? 'uppnått / met' : 'EJ uppnått / NOT met');

function printTimings(title: string, timings: readonly ParseTiming[]): void {
  console.log(`\n  ${title}`);
  const ours = timings[0];
  for (const t of timings) {
    const ratio = ours ? t.ms / ours.ms : 1;
    console.log(`    ${t.name.padEnd(44)} ${fmt(t.ms).padStart(7)} ms  ${fmt(t.mbPerS, 1).padStart(7)} MB/s  ${fmt(t.rows).padStart(10)} rows  ×${fmt(ratio, 2)}`);
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

async function main(): Promise<void> {
  console.log('Regionala resultat — benchmark');
  console.log(`  Node ${process.version}, ${RUNS} timed runs each (median), after one warm-up run`);
  const files = await ensureBenchFiles();
  const size = statSync(files.comma).size / 1e6;
  console.log(`  Input: ${fmt(files.rows)} observations, ${fmt(size, 1)} MB (${files.comma}); Swedish twin ${fmt(statSync(files.semicolon).size / 1e6, 1)} MB`);

  console.log('\n(a) Import pipeline in Node');
  const comma = benchNodeParse(files.comma, false, RUNS);
  printTimings('`,` and decimal point', comma.timings);
  const semicolon = benchNodeParse(files.semicolon, true, RUNS);
  printTimings('`;` and decimal comma (Swedish Excel)', semicolon.timings);
  const ratio = (comma.timings[1]?.ms ?? 0) / (comma.timings[0]?.ms ?? 1);
  console.log(`\n  Goal: ours ≥ 2× faster than PapaParse header+typed, with full validation: ×${fmt(ratio, 2)} — ${verdict(ratio >= 2)}`);
  console.log(`  Accounting: ${fmt(comma.ours.records)} read = ${fmt(comma.ours.accepted)} accepted + ${fmt(comma.ours.rejected)} rejected + ${fmt(comma.ours.skipped)} skipped; ${comma.ours.issues.length} issues`);

  gc();
  const heapBefore = nodeHeapMb();
  const kept = loadDataset(files.comma);
  gc();
  const nodeHeap = nodeHeapMb() - heapBefore;
  console.log(`\n(c) Heap for ${fmt(kept.observations.length)} observations in Node (JS heap + ArrayBuffers, after GC): ${fmt(nodeHeap, 1)} MB — goal ≤ 60 MB: ${verdict(nodeHeap <= 60)}`);
  const columnBytes = [kept.observations.region, kept.observations.indicator, kept.observations.period, kept.observations.gender, kept.observations.value, kept.observations.marker, kept.observations.line, kept.observations.file].reduce((s, a) => s + a.byteLength, 0);
  console.log(`    of which typed columns: ${fmt(columnBytes / 1e6, 1)} MB (${fmt(columnBytes / kept.observations.length, 1)} bytes per observation)`);

  const chromium = findChromium();
  const dist = resolve(BENCH_DIR, 'dist');
  const { url, server } = await buildAndServe(dist);
  try {
    const bundle = initialJsSize(dist);
    console.log(`\n(c) Initial JavaScript (gzip -9): ${fmt(bundle.totalGzip / 1000, 1)} kB in ${bundle.files.length} file(s) — goal ≤ 330 kB: ${verdict(bundle.totalGzip <= 330_000)}`);
    for (const f of bundle.files) console.log(`    ${f.file}: ${fmt(f.bytes / 1000, 1)} kB, gzip ${fmt(f.gzip / 1000, 1)} kB`);
    console.log(`    (the import worker loads separately: gzip ${fmt(bundle.workerGzip / 1000, 1)} kB)`);

    if (!chromium) {
      console.log('\n(b) SKIPPED: no Chromium at /usr/bin/chromium or CHROMIUM_PATH (apt-get install chromium)');
      return;
    }
    console.log('\n(b) In headless Chromium (built app)');
    const b = await benchBrowser(chromium, url, files.comma);
    const sorted = [...b.rerenderMs].sort((x, y) => x - y);
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
    const worst = sorted[sorted.length - 1] ?? NaN;
    console.log(`    time to first chart, example data (from navigation start): ${fmt(b.firstChartMs)} ms`);
    console.log(`    file to ready, ${fmt(files.rows)}-row file (picked → chart drawn): ${fmt(b.fileToReadyMs)} ms`);
    console.log(`    longest main-thread block during the import: ${fmt(b.longestBlockMs, 1)} ms — goal ≤ 50 ms: ${verdict(b.longestBlockMs <= 50)}`);
    console.log(`      long tasks (> 50 ms) meanwhile: ${b.longTasksOver50}${b.longTasksOver50 > 0 ? `, longest ${fmt(b.longestLongTaskMs, 1)} ms` : ''}`);
    console.log(`    re-render after a county change, 1M loaded: median ${fmt(median, 1)} ms, worst ${fmt(worst, 1)} ms of ${b.rerenderMs.length} — goal < 100 ms: ${verdict(worst < 100)}`);
    console.log(`    heap (JS + ArrayBuffers, after GC): ${fmt(b.heapBeforeMb, 1)} MB with the example data → ${fmt(b.heapAfterMb, 1)} MB with 1M more: +${fmt(b.heapForObservationsMb, 1)} MB — goal ≤ 60 MB: ${verdict(b.heapForObservationsMb <= 60)}`);
    console.log(`    import summary after the import: ${b.acceptedText.replace(/\s+/g, ' ').trim()}`);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
