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
  await build({ ...config, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({
    ...config,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}
