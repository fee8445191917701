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
 * Builds what the app makes of the example data into it and names it in index.html, preloaded: the
 * example files' parse results for the import worker (assets/example-seed-HASH.json; parse-seed.ts;
 * example-files.ts: fetchExampleSeed), and the dataset of the example data alone, which a page with
 * nothing of its own to import shows without waiting for the worker (assets/example-dataset-HASH.json;
 * example-dataset.ts). Build only: the dev server's code may change under them, and results made by
 * other code than the page's must never be used, so in dev the example files are read as always. The
 * reader is loaded through Vite's module runner, as the app's own code is.
 */
function exampleSeedPlugin(): Plugin {
  const names = { seed: '', dataset: '', seedMeta: '' };
  return {
    name: 'regionala-resultat-example-seed',
    apply: 'build',
    async buildStart() {
      const { module } = await runnerImport<typeof ExampleSeed>(
        fileURLToPath(new URL('./scripts/vite/example-seed.ts', import.meta.url)),
        { configFile: false, logLevel: 'error' },
      );
      names.seedMeta = module.EXAMPLE_SEED_META;
      const dataDir = fileURLToPath(new URL('./data', import.meta.url));
      const texts = await module.exampleBuild(dataDir);
      for (const kind of ['seed', 'dataset'] as const) {
        const hash = createHash('sha256').update(texts[kind]).digest('hex').slice(0, 10);
        names[kind] = `assets/example-${kind}-${hash}.json`;
        this.emitFile({ type: 'asset', fileName: names[kind], source: texts[kind] });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        // Preloaded: a page with nothing of its own to import shows it first.
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'fetch',
            crossorigin: 'anonymous',
            href: `./${names.dataset}`,
            'data-example-dataset': '',
          },
          injectTo: 'head',
        },
        // Named only: the worker fetches it when it starts, which may be after the first chart.
        {
          tag: 'meta',
          attrs: { name: names.seedMeta, content: `./${names.seed}` },
          injectTo: 'head',
        },
      ],
    },
  };
}

/** What a code-splitting group's name function may ask of the module graph (Rolldown's ChunkingContext). */
interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

/**
 * Whether a module is in the page's first script: the entry, or imported (not dynamically) by a
 * module that is. Found by going up the importers, each module once; the answers are kept per build
 * (a module's importers do not change within one).
 */
function inFirstScript(id: string, ctx: ModuleGraph, known: Map<string, boolean>): boolean {
  const kept = known.get(id);
  if (kept !== undefined) return kept;
  const visited = new Set([id]);
  const stack = [id];
  let found = false;
  while (!found && stack.length > 0) {
    const at = stack.pop() ?? id;
    const info = ctx.getModuleInfo(at);
    found = known.get(at) === true || info?.isEntry === true;
    for (const by of info?.importers ?? [])
      if (!visited.has(by)) {
        visited.add(by);
        stack.push(by);
      }
  }
  known.set(id, found);
  return found;
}

/** The first script's modules as one chunk, 'index' (the entry's own name); others as Rolldown splits them. */
function firstScriptGroup(): (id: string, ctx: ModuleGraph) => string | null {
  const known = new Map<string, boolean>();
  return (id, ctx) => (inFirstScript(id, ctx, known) ? 'index' : null);
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
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The page's first script is one file. Split by default into the 20-odd modules it shares
            // with the views and charts loaded later, it came as as many requests: on a busy 2-core
            // machine the last arrived 600 ms after the first, and the first chart ~11 % later than
            // with one file (cold loads, npm run bench). The lazy chunks import from it.
            { name: firstScriptGroup(), debugName: 'first-script' },
          ],
        },
      },
    },
  },
});
