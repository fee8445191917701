import type { CSSProperties } from 'react';

/** Past this many characters a select is as wide as its place allows (`max-width: 100%`) anyway. */
const MAX_CHARACTERS = 60;

/**
 * A select's width, from the longest of its option and group labels, set on the element. Without a
 * width of its own a select is as wide as its widest option, and the browser measures every option's
 * text again whenever the page is laid out: with the 312 regions of the region choice that was 5–25 ms
 * of every county change, with 2 000 indicators more. `ch` follows the font; the rem is the padding
 * and the arrow.
 */
export function selectWidth(labels: Iterable<string>): CSSProperties {
  let longest = 0;
  for (const label of labels) if (label.length > longest) longest = label.length;
  return { width: `calc(${Math.min(longest, MAX_CHARACTERS)}ch + 2.5rem)` };
}
