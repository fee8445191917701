import { describe, expect, it, vi } from 'vitest';
import {
  fetchLink,
  isFetchableUrl,
  linkFailureReport,
  linkName,
  MAX_LINK_BYTES,
  type LinkOutcome,
} from '../../src/app/links';
import { endlessBody, fakeFetch } from '../support/fake-fetch';

const URL_CSV = 'https://data.example.se/oppna/arbetsl%C3%B6shet%202023.csv';

function failure(outcome: LinkOutcome): Extract<LinkOutcome, { ok: false }> {
  if (outcome.ok) throw new Error(`expected a failure, got ${outcome.bytes.byteLength} bytes`);
  return outcome;
}

describe('linkName', () => {
  it('is the decoded last path segment and the host', () => {
    expect(linkName(URL_CSV)).toBe('arbetslöshet 2023.csv (data.example.se)');
    expect(linkName('http://localhost:8080/a/b/data.json?x=1#y')).toBe('data.json (localhost:8080)');
    expect(linkName('https://example.se/mapp/')).toBe('mapp (example.se)');
  });

  it('is the host alone when the path is empty', () => {
    expect(linkName('https://example.se')).toBe('example.se');
    expect(linkName('https://example.se/')).toBe('example.se');
  });

  it('is the text itself, cut at 80 characters, when it is no URL', () => {
    expect(linkName('inte en länk')).toBe('inte en länk');
    expect(linkName('x'.repeat(100))).toBe('x'.repeat(80));
  });
});

describe('isFetchableUrl', () => {
  it.each([
    ['https://example.se/a.csv', true],
    ['http://example.se/a.csv', true],
    ['HTTPS://EXAMPLE.SE/A.CSV', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/csv,region;värde', false],
    ['ftp://example.se/a.csv', false],
    ['blob:https://example.se/1234', false],
    ['example.se/a.csv', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isFetchableUrl(url)).toBe(expected);
  });
});

describe('fetchLink', () => {
  it('gives the bytes as served, with the link’s name, and sends no credentials', async () => {
    const body = Uint8Array.from([...new TextEncoder().encode('region;värde\n01;1,5\n'), 0x00, 0xff]);
    const fake = fakeFetch(() => new Response(body, { status: 200 }));
    const outcome = await fetchLink(URL_CSV, undefined, fake.fetch);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(new Uint8Array(outcome.bytes)).toEqual(body);
    expect([outcome.url, outcome.name]).toEqual([URL_CSV, 'arbetslöshet 2023.csv (data.example.se)']);
    expect(fake.calls.map((c) => [c.url, c.init?.credentials])).toEqual([[URL_CSV, 'omit']]);
  });

  it('joins a body that arrives in several chunks', async () => {
    const parts = ['region;', 'värde\n', '01;', '2\n'].map((p) => new TextEncoder().encode(p));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of parts) controller.enqueue(p);
        controller.close();
      },
    });
    const outcome = await fetchLink(URL_CSV, undefined, fakeFetch(() => new Response(stream)).fetch);
    expect(outcome.ok && new TextDecoder().decode(outcome.bytes)).toBe('region;värde\n01;2\n');
  });

  it('HTTP 404 → http, with the status in the detail', async () => {
    const fake = fakeFetch(() => new Response('finns inte', { status: 404, statusText: 'Not Found' }));
    const outcome = failure(await fetchLink(URL_CSV, undefined, fake.fetch));
    expect(outcome.problem).toBe('http');
    expect(outcome.detail).toBe('404 Not Found');
    expect(outcome.name).toBe('arbetslöshet 2023.csv (data.example.se)');
  });

  it('HTTP 500 without status text → http, detail "500"', async () => {
    const outcome = failure(
      await fetchLink(URL_CSV, undefined, fakeFetch(() => new Response('', { status: 500 })).fetch),
    );
    expect([outcome.problem, outcome.detail]).toEqual(['http', '500']);
  });

  it('a rejected fetch (a TypeError, as a CORS refusal looks) → network, never thrown', async () => {
    const fake = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const outcome = failure(await fetchLink(URL_CSV, undefined, fake.fetch));
    expect([outcome.problem, outcome.detail]).toEqual(['network', 'Failed to fetch']);
  });

  it('an aborted load is not a link failure: the abort is passed on', async () => {
    const controller = new AbortController();
    const fake = fakeFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    );
    const loading = fetchLink(URL_CSV, controller.signal, fake.fetch);
    await vi.waitFor(() => expect(fake.calls).toHaveLength(1));
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.calls[0]?.init?.signal?.aborted).toBe(true);
  });

  it('a load aborted before it starts fetches nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const fake = fakeFetch(() => new Response('region;värde\n01;1\n'));
    await expect(fetchLink(URL_CSV, controller.signal, fake.fetch)).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(fake.calls).toEqual([]);
  });

  it('a declared content-length above the cap → too_large, without reading the body', async () => {
    const { stream, state } = endlessBody(new Uint8Array(1024));
    const declared = MAX_LINK_BYTES + 1;
    const fake = fakeFetch(() => new Response(stream, { headers: { 'content-length': String(declared) } }));
    const outcome = failure(await fetchLink(URL_CSV, undefined, fake.fetch));
    expect([outcome.problem, outcome.detail]).toEqual(['too_large', String(declared)]);
    expect(state.pulls).toBe(0);
  });

  it('a content-length exactly at the cap is allowed through to reading', async () => {
    const fake = fakeFetch(
      () => new Response('region;värde\n01;1\n', { headers: { 'content-length': String(MAX_LINK_BYTES) } }),
    );
    expect((await fetchLink(URL_CSV, undefined, fake.fetch)).ok).toBe(true);
  });

  it('a body that grows past the cap → too_large, and the stream is cancelled', async () => {
    // 8 MiB per chunk: six chunks are 48 MiB, within the 50 MiB cap; the seventh crosses it.
    const chunk = new Uint8Array(8 * 1024 * 1024);
    const { stream, state } = endlessBody(chunk);
    const outcome = failure(await fetchLink(URL_CSV, undefined, fakeFetch(() => new Response(stream)).fetch));
    expect(outcome.problem).toBe('too_large');
    expect(outcome.detail).toBe(String(7 * chunk.length));
    expect(state.cancelled).toBe(true);
  });

  // BUG (src/data/links.ts): the read loop is outside any try, so a body that fails half-way (a
  // dropped connection) rejects fetchLink, against its "never thrown" contract; in datasetQuery that
  // one link then fails the whole load, example data included. Expected: problem 'network'.
  it('a body that fails half-way → network, never thrown', async () => {
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) {
          controller.error(new TypeError('network error'));
          return;
        }
        sent = true;
        controller.enqueue(new TextEncoder().encode('region;värde\n'));
      },
    });
    const outcome = await fetchLink(URL_CSV, undefined, fakeFetch(() => new Response(stream)).fetch);
    expect(outcome).toMatchObject({ ok: false, problem: 'network' });
  });

  it.each([
    ['<!DOCTYPE html><html><body>Logga in</body></html>'],
    ['\uFEFF  \n<!doctype HTML>\n<html lang="sv">'],
    ['<html><head><title>404</title></head></html>'],
    ['\n\t<body>inloggning</body>'],
  ])('a web page → not_data (%j)', async (page) => {
    const outcome = failure(await fetchLink(URL_CSV, undefined, fakeFetch(() => new Response(page)).fetch));
    expect(outcome.problem).toBe('not_data');
  });

  it('data that mentions html further in is still data', async () => {
    const text = 'region;indikator;period;värde;kommentar\n01;a;2023;1;<html> i kommentaren\n';
    const outcome = await fetchLink(URL_CSV, undefined, fakeFetch(() => new Response(text)).fetch);
    expect(outcome.ok).toBe(true);
  });

  it('an empty body, or none → empty', async () => {
    expect(
      failure(await fetchLink(URL_CSV, undefined, fakeFetch(() => new Response('')).fetch)).problem,
    ).toBe('empty');
    expect(
      failure(await fetchLink(URL_CSV, undefined, fakeFetch(() => new Response(null, { status: 200 })).fetch))
        .problem,
    ).toBe('empty');
  });

  it.each([
    'javascript:alert(document.cookie)',
    'file:///C:/Users/data.csv',
    'data:text/csv,a;b',
    'inte en länk',
  ])('%s → bad_url, without calling fetch', async (url) => {
    const fake = fakeFetch(() => new Response('region;värde\n01;1\n'));
    const outcome = failure(await fetchLink(url, undefined, fake.fetch));
    expect(outcome.problem).toBe('bad_url');
    expect(outcome.url).toBe(url);
    expect(fake.calls).toEqual([]);
  });
});

describe('linkFailureReport', () => {
  const networkFailure = {
    ok: false,
    url: URL_CSV,
    name: linkName(URL_CSV),
    problem: 'network',
    detail: 'Failed to fetch',
  } as const;

  it('is a report with all-zero accounting and one link_failed error', () => {
    const report = linkFailureReport(networkFailure);
    expect(report.file).toBe('arbetslöshet 2023.csv (data.example.se)');
    expect(report.format).toBe('unknown');
    expect([report.records, report.accepted, report.rejected, report.skipped]).toEqual([0, 0, 0, 0]);
    expect(report.preview).toBeUndefined();
    expect(report.issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['error', 'link_failed', 'arbetslöshet 2023.csv (data.example.se)'],
    ]);
  });

  it('names the URL and, for a network failure, CORS in the Swedish message', () => {
    const message = linkFailureReport(networkFailure).issues[0]?.message;
    expect(message?.sv).toContain(URL_CSV);
    expect(message?.sv).toContain('CORS');
    expect(message?.en).toContain('CORS');
  });

  it('gives the server’s answer for an HTTP failure, and no CORS hint', () => {
    const message = linkFailureReport({ ...networkFailure, problem: 'http', detail: '404 Not Found' })
      .issues[0]?.message;
    expect(message?.sv).toContain(URL_CSV);
    expect(message?.sv).toContain('404 Not Found');
    expect(message?.sv).not.toContain('CORS');
  });
});
