import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_SECONDS, e2eSeconds } from '../support/e2e-order';

const E2E = resolve(import.meta.dirname, '../e2e');

describe('the end-to-end files’ recorded times (tests/support/e2e-order.ts)', () => {
  it('has a time for every end-to-end file, and none for a file that is gone', () => {
    const files = readdirSync(E2E).filter((f) => f.endsWith('.test.ts'));
    expect(files.filter((f) => E2E_SECONDS[f] === undefined)).toEqual([]);
    expect(Object.keys(E2E_SECONDS).filter((f) => !files.includes(f))).toEqual([]);
  });

  it('finds an end-to-end file by its path, and no other file', () => {
    expect(e2eSeconds(resolve(E2E, 'real-exports.test.ts'))).toBe(E2E_SECONDS['real-exports.test.ts']);
    expect(e2eSeconds('C:\\repo\\tests\\e2e\\views.test.ts')).toBe(E2E_SECONDS['views.test.ts']);
    expect(e2eSeconds(resolve(E2E, '../views/real-exports.test.ts'))).toBeUndefined();
    expect(e2eSeconds(resolve(E2E, 'helpers.ts'))).toBeUndefined();
  });
});
