import type { FileReport } from '../data/dataset/dataset';
import { IssueCollector } from '../data/issues/issue';
import { linkName } from './link-name';

import { LINK_MIN_BYTES, LINK_WINDOW_MS, linkWindowMs, MAX_LINK_BYTES } from './link-limits';

export { LINK_MIN_BYTES, LINK_WINDOW_MS, MAX_LINK_BYTES };

export type LinkProblem =
  | 'bad_url'
  | 'network'
  | 'http'
  | 'too_large'
  | 'not_data'
  | 'empty'
  /** Nothing came in LINK_WINDOW_MS (no answer, or an answer without bytes). */
  | 'timeout'
  /** Some bytes came in LINK_WINDOW_MS, but fewer than LINK_MIN_BYTES. */
  | 'too_slow';

/** How a link's download is watched: its time window and least bytes per window, and its progress. */
export interface LinkWatch {
  readonly windowMs?: number;
  readonly minBytes?: number;
  /** Bytes received so far, and the size the server declared (undefined when it declared none). */
  readonly onProgress?: (received: number, total: number | undefined) => void;
}

export type LinkOutcome =
  | { readonly ok: true; readonly url: string; readonly name: string; readonly bytes: ArrayBuffer }
  | {
      readonly ok: false;
      readonly url: string;
      readonly name: string;
      readonly problem: LinkProblem;
      readonly detail: string;
    };

export { linkName };

/** Only http and https links are followed. */
export function isFetchableUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A web page instead of data: the usual result of a wrong link or a login wall. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    head.startsWith('<head') ||
    head.startsWith('<body')
  );
}

/**
 * Aborts `controller` when a window of `windowMs` passes with fewer than `minBytes` counted by
 * `count` (and the download not stopped): says which of the two limits it was by `stalled()`.
 */
function watchdog(
  controller: AbortController,
  windowMs: number,
  minBytes: number,
): { count(bytes: number): void; stop(): void; stalled(): LinkProblem | undefined } {
  let inWindow = 0;
  let stalled: LinkProblem | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    timer = setTimeout(() => {
      if (inWindow < minBytes) {
        stalled = inWindow === 0 ? 'timeout' : 'too_slow';
        controller.abort(new DOMException('The link gave too little data in time', 'TimeoutError'));
        return;
      }
      inWindow = 0;
      arm();
    }, windowMs);
  };
  arm();
  return {
    count: (bytes) => void (inWindow += bytes),
    stop: () => clearTimeout(timer),
    stalled: () => stalled,
  };
}

/** Joins the parts of a download into one buffer. */
function joined(parts: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * Fetches a linked dataset (same origin, or a server that allows cross-origin reads): at most
 * MAX_LINK_BYTES, it must not be a web page, and it must keep coming (LINK_WINDOW_MS, LINK_MIN_BYTES).
 * Every failure comes back as a reason, never thrown; only the caller's abort is thrown.
 */
export async function fetchLink(
  url: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
  watch: LinkWatch = {},
): Promise<LinkOutcome> {
  const name = linkName(url);
  const fail = (problem: LinkProblem, detail = ''): LinkOutcome => ({
    ok: false,
    url,
    name,
    problem,
    detail,
  });
  if (!isFetchableUrl(url)) return fail('bad_url');
  if (signal?.aborted) throw signal.reason;
  const controller = new AbortController();
  const forward = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  const windowMs = watch.windowMs ?? linkWindowMs();
  const dog = watchdog(controller, windowMs, watch.minBytes ?? LINK_MIN_BYTES);
  // A failure while the download runs: the caller's abort is thrown, a stall is its own reason.
  const failure = (error: unknown): LinkOutcome => {
    if (signal?.aborted) throw error;
    const stalled = dog.stalled();
    if (stalled) return fail(stalled, String(Math.round(windowMs / 1000)));
    // A TypeError is all a page learns of a network failure or a refused cross-origin read.
    return fail('network', error instanceof Error ? error.message : String(error));
  };
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        signal: controller.signal,
        credentials: 'omit',
        redirect: 'follow',
      });
    } catch (error) {
      return failure(error);
    }
    if (!response.ok) return fail('http', `${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > MAX_LINK_BYTES) return fail('too_large', String(declared));
    const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
    const reader = response.body?.getReader();
    if (!reader) return fail('empty');
    const parts: Uint8Array[] = [];
    let size = 0;
    watch.onProgress?.(0, total);
    // The body is ended on a stall or an abort whether or not the platform ties it to the signal.
    const stop = (): void => void reader.cancel(controller.signal.reason).catch(() => undefined);
    controller.signal.addEventListener('abort', stop, { once: true });
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (controller.signal.aborted) return failure(controller.signal.reason);
        if (done) break;
        size += value.length;
        dog.count(value.length);
        if (size > MAX_LINK_BYTES) {
          await reader.cancel();
          return fail('too_large', String(size));
        }
        parts.push(value);
        watch.onProgress?.(size, total);
      }
    } catch (error) {
      // The connection dropped half-way, or the download stalled.
      return failure(error);
    } finally {
      controller.signal.removeEventListener('abort', stop);
    }
    if (size === 0) return fail('empty');
    const bytes = joined(parts, size);
    if (looksLikeHtml(bytes)) return fail('not_data');
    return { ok: true, url, name, bytes: bytes.buffer };
  } finally {
    dog.stop();
    signal?.removeEventListener('abort', forward);
  }
}

/** A link that could not be loaded, as a file report with one error: shown like any file. */
export function linkFailureReport(outcome: Extract<LinkOutcome, { ok: false }>): FileReport {
  const issues = new IssueCollector(outcome.name);
  if (outcome.problem === 'timeout' || outcome.problem === 'too_slow')
    issues.add('link_stalled', 1, null, {
      url: outcome.url,
      seconds: Number(outcome.detail) || LINK_WINDOW_MS / 1000,
      kb: LINK_MIN_BYTES / 1024,
      nothing: outcome.problem === 'timeout',
    });
  else
    issues.add('link_failed', 1, null, {
      url: outcome.url,
      problem: outcome.problem,
      detail: outcome.detail,
    });
  return {
    file: outcome.name,
    format: 'unknown',
    encoding: undefined,
    delimiter: undefined,
    records: 0,
    accepted: 0,
    rejected: 0,
    skipped: 0,
    issues: issues.finish(),
    preview: undefined,
  };
}
