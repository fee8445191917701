import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckDataFile } from '../../scripts/check-data/report';
import { REPO_ROOT } from '../support/shared-fixtures';

const require = createRequire(import.meta.url);
const TSX = resolve(require.resolve('tsx/package.json'), '..', 'dist', 'cli.mjs');
const hostile = (name: string): string => resolve(REPO_ROOT, 'tests/fixtures/hostile', name);

describe('check-data reports the values the app used to blank on', () => {
  it('decimals outside 0–10 (a warning) and an indicator id with a lone surrogate (an error)', () => {
    const files = [
      'jsonstat-decimaler-101.json',
      'jsonstat-decimaler-minus-1.json',
      'indikator-ensamt-surrogat.json',
      'jsonstat-id-ensamt-surrogat.json',
    ];
    const run = spawnSync(
      process.execPath,
      [TSX, resolve(REPO_ROOT, 'scripts/check-data.ts'), '--json', ...files.map(hostile)],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    const report = (JSON.parse(run.stdout) as { files: CheckDataFile[] }).files;
    expect(
      report.map((f) => [
        f.issues.map((i) => [i.severity, i.code]),
        f.records,
        f.accepted,
        f.rejected,
        f.skipped,
      ]),
    ).toEqual([
      [[['warning', 'decimals_invalid']], 6, 6, 0, 0],
      [[['warning', 'decimals_invalid']], 6, 6, 0, 0],
      [[['error', 'text_malformed']], 3, 2, 1, 0],
      [[['error', 'text_malformed']], 6, 0, 6, 0],
    ]);
    // The message quotes the id with U+FFFD in place of the lone surrogate: the output is valid UTF-8.
    expect(report[2]?.issues[0]?.message).toContain('”a�”');
  });
});
