/**
 * The Indikator view's link for an indicator. URLSearchParams, not encodeURIComponent: the latter
 * throws on text that is not well-formed Unicode, and a throw while drawing takes the view down.
 */
export function indicatorHref(id: string): string {
  return `?${new URLSearchParams({ vy: 'indikator', indikator: id }).toString()}`;
}
