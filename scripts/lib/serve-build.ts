import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

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

/**
 * Builds the app into `outDir` and serves that build on a free local port. With `root`, builds and
 * serves another page the same way, without the app's config (the bench's floor page).
 */
export async function buildAndServe(
  outDir: string,
  root?: string,
): Promise<{ url: string; server: PreviewServer }> {
  const config = root === undefined ? { root: REPO_ROOT } : { root, configFile: false as const, base: './' };
  // The build a user gets: Vite keeps a NODE_ENV already set, and Vitest sets "test", which made the
  // e2e tests' build carry React's development build (its checks, twice-run effects, its slowness).
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ ...config, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  const port = await freePort();
  const server = await preview({
    ...config,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}
