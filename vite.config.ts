import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import type * as ExampleSeed from './scripts/vite/example-seed';

/**
 * The Content-Security-Policy of the built app: scripts and workers only from our own origin, no
 * inline script, no eval. Styles allow 'unsafe-inline' because ECharts and React position elements
 * with style attributes. Applied to the build only: Vite's dev server injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // Datasets may be loaded by link (?data=URL) from servers that allow it (CORS).
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'regionala-resultat-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Builds the example data's parse results into the app (assets/example-seed-HASH.json) and names
 * them in index.html, preloaded, for the import worker (parse-seed.ts; example-files.ts:
 * fetchExampleSeed). Build only: the dev server's code may change under it, and a seed made by other
 * code than the page's must never be used, so in dev the example files are parsed as always. The
 * parser is loaded through Vite's module runner, as the app's own code is.
 */
function exampleSeedPlugin(): Plugin {
  let fileName = '';
  return {
    name: 'regionala-resultat-example-seed',
    apply: 'build',
    async buildStart() {
      const { module } = await runnerImport<typeof ExampleSeed>(
        fileURLToPath(new URL('./scripts/vite/example-seed.ts', import.meta.url)),
        { configFile: false, logLevel: 'error' },
      );
      const text = await module.exampleSeed(fileURLToPath(new URL('./data', import.meta.url)));
      const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
      fileName = `assets/example-seed-${hash}.json`;
      this.emitFile({ type: 'asset', fileName, source: text });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'fetch',
            crossorigin: 'anonymous',
            href: `./${fileName}`,
            'data-example-seed': '',
          },
          injectTo: 'head',
        },
      ],
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), exampleSeedPlugin()],
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // RR_NOMINIFY=1: a build whose CPU profiles name functions as the source does (for diagnosis).
    minify: process.env['RR_NOMINIFY'] !== '1',
    chunkSizeWarningLimit: 1200,
  },
});
