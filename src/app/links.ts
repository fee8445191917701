import type { FileReport } from '../data/dataset/dataset';
import { IssueCollector } from '../data/issues/issue';
import { linkName } from './link-name';

/** The most a linked file may weigh. */
export const MAX_LINK_BYTES = 50 * 1024 * 1024;

export type LinkProblem = 'bad_url' | 'network' | 'http' | 'too_large' | 'not_data' | 'empty';

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
 * Fetches a linked dataset (same origin, or a server that allows cross-origin reads): at most
 * MAX_LINK_BYTES, and it must not be a web page. Every failure comes back as a reason, never thrown.
 */
export async function fetchLink(
  url: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
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
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, credentials: 'omit', redirect: 'follow' });
  } catch (error) {
    if (signal?.aborted) throw error;
    // A TypeError is all a page learns of a network failure or a refused cross-origin read.
    return fail('network', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) return fail('http', `${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_LINK_BYTES) return fail('too_large', String(declared));
  const reader = response.body?.getReader();
  if (!reader) return fail('empty');
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_LINK_BYTES) {
        await reader.cancel();
        return fail('too_large', String(size));
      }
      parts.push(value);
    }
  } catch (error) {
    // The connection dropped half-way: a network failure like any other.
    if (signal?.aborted) throw error;
    return fail('network', error instanceof Error ? error.message : String(error));
  }
  if (size === 0) return fail('empty');
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  if (looksLikeHtml(bytes)) return fail('not_data');
  return { ok: true, url, name, bytes: bytes.buffer };
}

/** A link that could not be loaded, as a file report with one error: shown like any file. */
export function linkFailureReport(outcome: Extract<LinkOutcome, { ok: false }>): FileReport {
  const issues = new IssueCollector(outcome.name);
  issues.add('link_failed', 1, null, { url: outcome.url, problem: outcome.problem, detail: outcome.detail });
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
