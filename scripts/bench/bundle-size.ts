/** (c) The gzip size of the JavaScript the page loads at start: the entry and its preloaded chunks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  readonly files: readonly { readonly file: string; readonly bytes: number; readonly gzip: number }[];
  readonly totalGzip: number;
  readonly workerGzip: number;
}

export function initialJsSize(distDir: string): BundleFigures {
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const files = [...new Set(srcs)].map((src) => {
    const bytes = readFileSync(resolve(distDir, src.replace(/^\.?\//, '')));
    return { file: src, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const workerMatch = /import\.worker-[\w-]+\.js/.exec(
    readFileSync(resolve(distDir, files[0]?.file.replace(/^\.?\//, '') ?? ''), 'utf8'),
  );
  const workerGzip = workerMatch
    ? gzipSync(readFileSync(resolve(distDir, 'assets', workerMatch[0])), { level: 9 }).length
    : 0;
  return { files, totalGzip: files.reduce((s, f) => s + f.gzip, 0), workerGzip };
}
