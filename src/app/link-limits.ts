/** The most a linked file may weigh. */
export const MAX_LINK_BYTES = 50 * 1024 * 1024;

/**
 * A link gives up when a window of this length passes in which fewer than LINK_MIN_BYTES came and
 * the file is not complete: no answer at all, or a trickle. A slow but steady download goes on.
 */
export const LINK_WINDOW_MS = 30_000;
export const LINK_MIN_BYTES = 64 * 1024;
