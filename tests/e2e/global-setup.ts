import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium';
import { buildAndServe, REPO_ROOT } from '../../scripts/lib/serve-build';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/** Builds the app once and serves the build, as a user would get it, for every e2e test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  project.provide('chromiumPath', chromiumPath);
  if (!chromiumPath) {
    const line = '*'.repeat(78);
    console.warn(
      `\n${line}\n*** No Chromium found (/usr/bin/chromium or CHROMIUM_PATH): the END-TO-END TESTS ARE SKIPPED.\n*** .ci/run installs Chromium, so CI always runs them.\n${line}\n`,
    );
    project.provide('baseUrl', '');
    return async () => {};
  }
  // E2E_DIST: another build folder, for two runs side by side.
  const { url, server } = await buildAndServe(resolve(REPO_ROOT, process.env['E2E_DIST'] ?? '.e2e-dist'));
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
