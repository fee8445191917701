import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('the build the end-to-end tests run', () => {
  it('is the one a user gets: React’s production build, not its development build', async () => {
    const html = await (await fetch(baseUrl)).text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
    const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    const files = [...scripts, ...preloads];
    expect(files.length).toBeGreaterThan(1);
    const texts = await Promise.all(files.map(async (f) => (await fetch(new URL(f, baseUrl))).text()));
    const all = texts.join('\n');
    // React's development build says this on its first render; the production build has no such text.
    expect(all).not.toContain('Download the React DevTools');
    expect(all).toContain('react.dev/errors');
  });

  it('starts the page with one script file (and Rolldown’s runtime), not one request per shared module', async () => {
    const html = await (await fetch(baseUrl)).text();
    const js = [
      ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
      ...html.matchAll(/<link rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
    ].map((m) => m[1] ?? '');
    expect(js.filter((f) => !/rolldown-runtime/.test(f))).toEqual([expect.stringMatching(/assets\/index-/)]);
    // The views and the chart library still load later, importing from it.
    const entry = await (await fetch(new URL(js[0] ?? '', baseUrl))).text();
    expect(entry).toMatch(/import\(["'`]\.\/echarts-lib-/);
  });
});
