/**
 * The meeting screen's deck: which slides it shows, in which order, and how a key moves through it.
 * A slide is named by a key `kind:id` — `niva:utfall`, `indikator:nyforetagande`,
 * `finans:uppvaxling` — which is what a link keeps of the user's choice of slides.
 */

export const SLIDE_KINDS = ['niva', 'indikator', 'finans'] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

export interface SlideRef {
  readonly kind: SlideKind;
  readonly id: string;
}

/** A slide the data can show, in the order the deck shows it; `inDefault`: in the deck unless the user chose. */
export interface DeckCandidate {
  readonly key: string;
  readonly inDefault: boolean;
}

export function slideKey(ref: SlideRef): string {
  return `${ref.kind}:${ref.id}`;
}

/** A slide's key read back; undefined for anything that is not `kind:id` with a known kind. */
export function parseSlideKey(text: string): SlideRef | undefined {
  const at = text.indexOf(':');
  if (at <= 0) return undefined;
  const kind = text.slice(0, at);
  const id = text.slice(at + 1);
  if (id === '' || !(SLIDE_KINDS as readonly string[]).includes(kind)) return undefined;
  return { kind: kind as SlideKind, id };
}

/**
 * The deck: the default slides when the user has not chosen (`chosen` undefined), otherwise the
 * chosen ones the data can show. Always in the candidates' order, so a deck reads along the chain
 * whatever order the slides were ticked in; a chosen key the data lacks is passed over.
 */
export function deckOf<T extends DeckCandidate>(
  candidates: readonly T[],
  chosen: readonly string[] | undefined,
): T[] {
  if (chosen === undefined) return candidates.filter((c) => c.inDefault);
  const wanted = new Set(chosen);
  return candidates.filter((c) => wanted.has(c.key));
}

/**
 * The choice after a slide is put in or taken out of the deck: the keys in the candidates' order,
 * or undefined when that is the default deck (so the link stays short).
 */
export function toggleSlide(
  candidates: readonly DeckCandidate[],
  chosen: readonly string[] | undefined,
  key: string,
): string[] | undefined {
  const keys = new Set(deckOf(candidates, chosen).map((c) => c.key));
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  const next = candidates.filter((c) => keys.has(c.key)).map((c) => c.key);
  const defaults = candidates.filter((c) => c.inDefault).map((c) => c.key);
  return next.length === defaults.length && next.every((k, i) => k === defaults[i]) ? undefined : next;
}

/**
 * The slide (0-based) to show after the deck changed: the same slide where it still is, else the
 * one now at its place.
 */
export function slideAfterChange(before: readonly string[], after: readonly string[], index: number): number {
  const at = after.indexOf(before[index] ?? '');
  return at >= 0 ? at : Math.max(Math.min(index, after.length - 1), 0);
}

/** The slide shown, 0-based, from the link's 1-based number: past the end is the last, missing the first. */
export function slideIndex(slide: number | undefined, count: number): number {
  if (count === 0) return 0;
  return Math.min(Math.max((slide ?? 1) - 1, 0), count - 1);
}

/** What a key does: go to a slide (0-based) or leave the meeting screen. */
export type DeckMove = { readonly kind: 'go'; readonly index: number } | { readonly kind: 'leave' };

/**
 * Keys of a keyboard and of a presentation clicker (which sends PageDown and PageUp): forward,
 * back, first, last, and Escape to leave. Undefined: the key is not the deck's, or moves nowhere.
 */
export function moveForKey(key: string, index: number, count: number): DeckMove | undefined {
  if (key === 'Escape') return { kind: 'leave' };
  if (count === 0) return undefined;
  const last = count - 1;
  const to =
    key === 'ArrowRight' || key === 'PageDown'
      ? Math.min(index + 1, last)
      : key === 'ArrowLeft' || key === 'PageUp'
        ? Math.max(index - 1, 0)
        : key === 'Home'
          ? 0
          : key === 'End'
            ? last
            : undefined;
  return to === undefined || to === index ? undefined : { kind: 'go', index: to };
}
