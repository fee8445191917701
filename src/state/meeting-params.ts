import { parseSlideKey } from '../domain/meeting-deck';
import { allParams, firstParam, isIndicatorId, type UrlParams } from './url-params';

/**
 * The meeting screen's part of the link: the slide shown (`bild=3`, counted from 1), the slides
 * chosen for the deck (`bilder=niva:utfall&bilder=indikator:nyforetagande`; absent: the default
 * deck; `bilder=` alone: none) and the view to go back to (`retur=lan`). Read and written only
 * with `vy=mote`: another view's link never carries them.
 */
export interface MeetingChoice {
  readonly slide: number | undefined;
  readonly deck: readonly string[] | undefined;
  readonly returnView: string | undefined;
}

const P = { slide: 'bild', deck: 'bilder', returnView: 'retur' } as const;

/** More slides than any deck needs; a link is not a place for thousands. */
export const MAX_DECK = 500;
const MAX_SLIDE = 9999;

export const NO_MEETING: MeetingChoice = { slide: undefined, deck: undefined, returnView: undefined };

function isSlideKeyParam(value: string): boolean {
  const ref = parseSlideKey(value);
  return ref !== undefined && isIndicatorId(ref.id);
}

/** The meeting fields of a link; `views` are those `retur` may name (not the meeting screen itself). */
export function parseMeetingParams(params: UrlParams, views: readonly string[]): MeetingChoice {
  const slide = firstParam(params, P.slide);
  const number = slide !== undefined && /^\d{1,4}$/.test(slide) ? Number(slide) : undefined;
  const deck = allParams(params, P.deck);
  const back = firstParam(params, P.returnView);
  return {
    slide: number !== undefined && number >= 1 && number <= MAX_SLIDE ? number : undefined,
    deck: deck.length === 0 ? undefined : [...new Set(deck.filter(isSlideKeyParam))].slice(0, MAX_DECK),
    returnView: back !== undefined && views.includes(back) ? back : undefined,
  };
}

/** Writes the meeting fields; parseMeetingParams reads them back the same. */
export function writeMeetingParams(params: URLSearchParams, choice: MeetingChoice): void {
  if (choice.slide !== undefined) params.set(P.slide, String(choice.slide));
  if (choice.returnView !== undefined) params.set(P.returnView, choice.returnView);
  if (choice.deck === undefined) return;
  if (choice.deck.length === 0) params.append(P.deck, '');
  for (const key of choice.deck) params.append(P.deck, key);
}
