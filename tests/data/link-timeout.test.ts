import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fetchLink,
  LINK_MIN_BYTES,
  LINK_WINDOW_MS,
  linkFailureReport,
  type LinkOutcome,
} from '../../src/app/links';
import { pick } from '../../src/domain/language';
import { fakeFetch } from '../support/fake-fetch';

const URL_CSV = 'https://data.example.se/trogt.csv';

/** A fetch that never answers, until its signal aborts it. */
const silentFetch = fakeFetch(
  (_url, init) =>
    new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason));
    }),
);

/** A body that gives `chunk` every `everyMs` (fake time), `count` times, then ends. */
function timedBody(chunk: Uint8Array, everyMs: number, count = Infinity): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (sent >= count) {
          controller.close();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, everyMs));
        sent++;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
}

function failure(outcome: LinkOutcome): Extract<LinkOutcome, { ok: false }> {
  if (outcome.ok) throw new Error('expected a failure');
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a link that gives too little in time', () => {
  it('states its limits: 30 s, 64 kB', () => {
    expect([LINK_WINDOW_MS, LINK_MIN_BYTES]).toEqual([30_000, 65_536]);
  });

  it('never answers → timeout after the window, not before', async () => {
    let settled: LinkOutcome | undefined;
    const loading = fetchLink(URL_CSV, undefined, silentFetch.fetch).then((o) => (settled = o));
    await vi.advanceTimersByTimeAsync(LINK_WINDOW_MS - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await loading;
    expect(failure(settled as LinkOutcome)).toMatchObject({ problem: 'timeout', detail: '30' });
  });

  it('answers and then trickles a byte every 2 s → too_slow after the window', async () => {
    const fake = fakeFetch(() => new Response(timedBody(new Uint8Array([0x31]), 2000)));
    let settled: LinkOutcome | undefined;
    const progress: number[] = [];
    const loading = fetchLink(URL_CSV, undefined, fake.fetch, {
      onProgress: (received) => progress.push(received),
    }).then((o) => (settled = o));
    await vi.advanceTimersByTimeAsync(LINK_WINDOW_MS - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await loading;
    expect(failure(settled as LinkOutcome).problem).toBe('too_slow');
    // It did report its progress byte by byte until it gave up.
    expect(progress.at(-1)).toBe(14);
  });

  it('a slow but steady download (64 kB every 20 s, 200 s in all) goes on to the end', async () => {
    const chunk = new Uint8Array(LINK_MIN_BYTES).fill(0x31);
    const fake = fakeFetch(() => new Response(timedBody(chunk, 20_000, 10)));
    const loading = fetchLink(URL_CSV, undefined, fake.fetch);
    await vi.advanceTimersByTimeAsync(201_000);
    const outcome = await loading;
    expect(outcome.ok && outcome.bytes.byteLength).toBe(10 * LINK_MIN_BYTES);
  });

  it('the window and the least bytes can be set (as the caller states them)', async () => {
    let settled: LinkOutcome | undefined;
    void fetchLink(URL_CSV, undefined, silentFetch.fetch, { windowMs: 5000 }).then((o) => (settled = o));
    await vi.advanceTimersByTimeAsync(5000);
    expect(settled && failure(settled)).toMatchObject({ problem: 'timeout', detail: '5' });
  });

  it('the caller’s abort is still thrown, not reported as a timeout', async () => {
    const controller = new AbortController();
    const loading = fetchLink(URL_CSV, controller.signal, silentFetch.fetch);
    controller.abort();
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('the report names the link and says why, in Swedish and English', () => {
    const nothing = linkFailureReport({
      ok: false,
      url: URL_CSV,
      name: 'trogt.csv',
      problem: 'timeout',
      detail: '30',
    });
    const trickle = linkFailureReport({
      ok: false,
      url: URL_CSV,
      name: 'trogt.csv',
      problem: 'too_slow',
      detail: '30',
    });
    const [a] = nothing.issues;
    const [b] = trickle.issues;
    expect(a?.code).toBe('link_stalled');
    expect(a && pick(a.message, 'sv')).toContain('gav inga data på 30 sekunder');
    expect(a && pick(a.message, 'en')).toContain('gave no data in 30 seconds');
    expect(b && pick(b.message, 'sv')).toContain('mindre än 64 kB på 30 sekunder');
    expect(a && pick(a.message, 'sv')).toContain(URL_CSV);
  });
});
