import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each end-to-end file took (idle, 2 cores, 2026-12-02), to run the longest first: what
 * Vitest does by itself from its results cache, which a fresh clone (CI) does not have. It then
 * ordered the files by size, and the same suite took 622–624 s in fresh clones against 543 s in a
 * working tree with the cache. A file missing here runs after those listed
 * (tests/scripts/e2e-order.test.ts names it).
 */
export const E2E_SECONDS: Readonly<Record<string, number>> = {
  'real-exports.test.ts': 103,
  'example-switch.test.ts': 67,
  'link-loading.test.ts': 66,
  'blanking.test.ts': 65,
  'workspace-file.test.ts': 52,
  'views.test.ts': 43,
  'import-safety.test.ts': 42,
  'links.test.ts': 38,
  'learning-log.test.ts': 37,
  'shared-fixtures.test.ts': 33,
  'a11y-layout.test.ts': 33,
  'a11y-keyboard.test.ts': 32,
  'strategy-chain.test.ts': 31,
  'many-indicators.test.ts': 29,
  'kommun.test.ts': 28,
  'hostile-workbooks.test.ts': 25,
  'finance.test.ts': 23,
  'target-table.test.ts': 20,
  'strategy.test.ts': 20,
  'goal-areas.test.ts': 19,
  'shapes-choice.test.ts': 15,
  'chain-targets.test.ts': 15,
  'kommun-lan.test.ts': 14,
  'shapes-xlsx.test.ts': 14,
  'ledger-shapes.test.ts': 14,
  'meeting.test.ts': 14,
  'print-export.test.ts': 14,
  'strategy-file.test.ts': 12,
  'briefing.test.ts': 10,
  'kommun-sum.test.ts': 7,
  'bench-floor.test.ts': 5,
  'production-build.test.ts': 2,
};

/** The recorded seconds of an end-to-end file by its path; undefined for any other file. */
export function e2eSeconds(path: string): number | undefined {
  const match = /(?:^|[\\/])tests[\\/]e2e[\\/]([^\\/]+\.test\.ts)$/.exec(path);
  return match?.[1] === undefined ? undefined : E2E_SECONDS[match[1]];
}

/**
 * Vitest's order (projects one after another; within one, by its results cache or by size), with the
 * end-to-end files in the places they hold reordered longest first by E2E_SECONDS.
 */
export class E2eLongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root;
    const isE2e = (spec: TestSpecification): boolean =>
      relative(root, spec.moduleId).split(/[\\/]/).slice(0, 2).join('/') === 'tests/e2e';
    const e2e = base
      .filter(isE2e)
      .map((spec, index) => ({ spec, index, seconds: e2eSeconds(spec.moduleId) ?? -1 }))
      .sort((a, b) => b.seconds - a.seconds || a.index - b.index)
      .map((entry) => entry.spec);
    let next = 0;
    return base.map((spec) => (isE2e(spec) ? (e2e[next++] ?? spec) : spec));
  }
}
