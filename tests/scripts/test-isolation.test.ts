import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING_FILES } from '../support/mocking-files';

/**
 * The unit and component files share modules within a worker (vitest.config.ts: isolate false). A
 * file that replaces a module with vi.mock must run apart, or it fails (or passes) by the order
 * the files happen to run in. This test finds every such file and holds the list to it.
 */
const ROOT = join(import.meta.dirname, '..', '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(ROOT, path)] : [];
  });
}

describe('test files that replace modules run isolated', () => {
  const mocking = testFiles(join(ROOT, 'tests')).filter((file) =>
    /\bvi\.(do)?[mM]ock\(/.test(readFileSync(join(ROOT, file), 'utf8')),
  );

  it('finds the files that call vi.mock', () => {
    expect(mocking.length).toBeGreaterThan(0);
  });

  it('lists every one of them, and only them, in MOCKING_FILES', () => {
    expect([...mocking].sort()).toEqual([...MOCKING_FILES].sort());
  });

  it('lists only component files, which the components-mocked project runs', () => {
    for (const file of MOCKING_FILES) expect(file).toMatch(/^tests\/(components|views)\/.+\.test\.tsx$/);
  });
});
