/**
 * Where focus should go once the next view has rendered. A control that opens another view (a card's
 * link, a matrix cell) is gone after the switch, and focus would drop to <body>: it asks for the
 * target here, and the target takes focus when it mounts. One request at a time; taken once.
 */
let pending: string | undefined;

export function requestFocus(target: string): void {
  pending = target;
}

/** True (and the request is spent) when `target` is what was asked for. */
export function takeFocusRequest(target: string): boolean {
  if (pending !== target) return false;
  pending = undefined;
  return true;
}

/** The request for the Indikator view's heading of one indicator. */
export const indicatorHeadingTarget = (indicator: string): string => `indicator-heading:${indicator}`;

/** After leaving Mötesläge: its link in the view nav, where the user went in. */
export const MEETING_LINK_TARGET = 'nav-mote';
