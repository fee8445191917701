import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../..');

/** The shared fixtures live beside the checkout; SHARED_FIXTURES points elsewhere if needed. */
export const SHARED_FIXTURES = process.env.SHARED_FIXTURES ?? resolve(REPO_ROOT, '../shared/fixtures');
export const HAVE_SHARED_FIXTURES = existsSync(resolve(SHARED_FIXTURES, 'manifest.json'));

if (!HAVE_SHARED_FIXTURES) {
  console.warn(
    `\n*** ../shared/fixtures not found at ${SHARED_FIXTURES}: the fixture tests are SKIPPED ***\n`,
  );
}

export interface ManifestEntry {
  accepted?: number;
  accepted_max?: number;
  rejected?: number;
  numeric?: number;
  issue_lines?: number[];
  regions?: string[] | number;
  values?: Record<string, number>;
  periods?: Record<string, string | string[]> | string[];
  errors?: string[];
  warnings?: string[];
  issues_mention?: string[];
  skipped_blank?: number;
  note?: string;
}

export function readManifest(): Record<string, ManifestEntry> {
  if (!HAVE_SHARED_FIXTURES) return {};
  return JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestEntry
  >;
}

export function fixturePath(key: string): string {
  return resolve(SHARED_FIXTURES, key);
}

export function readFixture(key: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(key)));
}
