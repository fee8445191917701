/**
 * The Indikator view's link for an indicator (and a region in focus, and the kommun level). URLSearchParams, not encodeURIComponent: the latter
 * throws on text that is not well-formed Unicode, and a throw while drawing takes the view down.
 */
export function indicatorHref(id: string, region?: string, level?: 'kommun'): string {
  const params = new URLSearchParams({ vy: 'indikator', indikator: id });
  if (region !== undefined) params.set('region', region);
  if (level !== undefined) params.set('niva', level);
  return `?${params.toString()}`;
}
