/**
 * Well-formed Unicode: no lone surrogate (a high surrogate without its low one, or the reverse).
 * JSON's `\ud800` escape can put one in a string; `encodeURIComponent`, and anything that encodes the
 * text as UTF-8 strictly, throws on it. (`String.prototype.isWellFormed` is ES2024, past the lib this
 * project compiles against; the pattern says the same.)
 */
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Checked per record: the plain test first, since nearly every text has no surrogate at all. */
export function isWellFormed(text: string): boolean {
  return !SURROGATE.test(text) || !LONE_SURROGATE.test(text);
}

/** The text with every lone surrogate replaced by U+FFFD, as a UTF-8 encoder would write it. */
export function toWellFormed(text: string): string {
  return isWellFormed(text) ? text : text.replace(LONE_SURROGATES, '\uFFFD');
}
