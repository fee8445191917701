import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_OUT_DIR = resolve(ROOT, '.e2e-dist');

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? '';
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Builds the app once and serves the build, as a user would get it, for every e2e test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  project.provide('chromiumPath', chromiumPath);
  if (!chromiumPath) {
    const line = '*'.repeat(78);
    console.warn(`\n${line}\n*** No Chromium found (/usr/bin/chromium or CHROMIUM_PATH): the END-TO-END TESTS ARE SKIPPED.\n*** .ci/run installs Chromium, so CI always runs them.\n${line}\n`);
    project.provide('baseUrl', '');
    return async () => {};
  }
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: E2E_OUT_DIR, emptyOutDir: true } });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: E2E_OUT_DIR },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await server.close();
  };
}
