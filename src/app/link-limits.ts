/** The most a linked file may weigh. */
export const MAX_LINK_BYTES = 50 * 1024 * 1024;

/**
 * A link gives up when a window of this length passes in which fewer than LINK_MIN_BYTES came and
 * the file is not complete: no answer at all, or a trickle. A slow but steady download goes on.
 */
export const LINK_WINDOW_MS = 30_000;
export const LINK_MIN_BYTES = 64 * 1024;

/**
 * The window a link starts with: LINK_WINDOW_MS, unless the page carries the test seam
 * `window.__rrTestLinkWindowMs` (a positive number of milliseconds). Only the end-to-end tests set
 * it (page.addInitScript), so a link that fails does so in seconds; a real page never has it. Read
 * at each link's start, and stated in the link's line and its failure, so what the app says is
 * always the time it waits.
 */
export function linkWindowMs(): number {
  const given: unknown = (globalThis as { __rrTestLinkWindowMs?: unknown }).__rrTestLinkWindowMs;
  return typeof given === 'number' && Number.isFinite(given) && given > 0 ? given : LINK_WINDOW_MS;
}
