import { firstParam, isIndicatorId, type UrlParams } from './url-params';

/** At most this many charts on the briefing's one page. */
export const MAX_BRIEFING_CHARTS = 6;
/** The briefing asks for at least this many (advice, not a rule: a dataset may have fewer). */
export const MIN_BRIEFING_CHARTS = 4;

const P = { charts: 'diagram' } as const;

/**
 * Ledningsunderlag's part of the link: the indicators whose trend charts it shows
 * (`diagram=nyforetagande,arbetsloshet`; absent: the default choice; `diagram=` alone: none). Read
 * and written only with `vy=underlag`. An id with a comma cannot be named in the list and is dropped.
 */
export function parseBriefingCharts(params: UrlParams): { briefingCharts?: readonly string[] } {
  const value = firstParam(params, P.charts);
  if (value === undefined) return {};
  const ids = value === '' ? [] : value.split(',').filter(isIndicatorId);
  return { briefingCharts: [...new Set(ids)].slice(0, MAX_BRIEFING_CHARTS) };
}

/** Writes the chosen charts; parseBriefingCharts reads them back the same. */
export function writeBriefingCharts(params: URLSearchParams, charts: readonly string[] | undefined): void {
  if (charts === undefined) return;
  const ids = [...new Set(charts.filter((id) => isIndicatorId(id) && !id.includes(',')))];
  params.set(P.charts, ids.slice(0, MAX_BRIEFING_CHARTS).join(','));
}
