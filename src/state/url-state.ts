import { GENDERS, type Gender } from '../domain/gender';
import type { Lang } from '../domain/language';
import { GRANULARITIES, type Granularity } from '../domain/period';
import { RIKET_AND_COUNTIES } from '../domain/regions';

export const VIEWS = ['indikator'] as const;
export type View = (typeof VIEWS)[number];

/** What the user selected. It lives in the URL so that a copied link opens the same view. */
export interface UrlState {
  readonly view: View;
  readonly region: string;
  readonly indicator: string | undefined;
  readonly gender: Gender;
  /** Undefined: the indicator's natural granularity (yearly when it has years). */
  readonly granularity: Granularity | undefined;
  readonly lang: Lang;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'indikator',
  region: '00',
  indicator: undefined,
  gender: 'T',
  granularity: undefined,
  lang: 'sv',
};

/** Parameter names. Renamed parameters get an entry in LEGACY_NAMES so old links keep working. */
const P = { view: 'vy', region: 'region', indicator: 'indikator', gender: 'kon', granularity: 'period', lang: 'lang' } as const;
const LEGACY_NAMES: Readonly<Record<string, keyof typeof P>> = { lan: 'region', indicator: 'indicator', gender: 'gender' };

const GRANULARITY_PARAM: Readonly<Record<Granularity, string>> = { year: 'ar', quarter: 'kvartal', month: 'manad' };
/** Any id from data may be selected; control characters and overlong values are not ids. */
function isIndicatorId(value: string): boolean {
  return value.length > 0 && value.length <= 200 && [...value].every((ch) => ch >= ' ' && ch !== '\u007f');
}
const REGION_CODES = new Set(RIKET_AND_COUNTIES.map((r) => r.code));

function get(params: URLSearchParams, key: keyof typeof P): string | undefined {
  const value = params.get(P[key]);
  if (value !== null) return value;
  for (const [legacy, current] of Object.entries(LEGACY_NAMES)) {
    if (current === key) {
      const old = params.get(legacy);
      if (old !== null) return old;
    }
  }
  return undefined;
}

/**
 * Reads the state from a query string. Unknown parameters and values that are not one of the
 * allowed ones are ignored (the default stands); nothing from the URL is ever shown raw.
 */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const view = get(params, 'view');
  const region = get(params, 'region');
  const indicator = get(params, 'indicator');
  const gender = get(params, 'gender');
  const granularity = get(params, 'granularity');
  const lang = get(params, 'lang');
  const granularityEntry = Object.entries(GRANULARITY_PARAM).find(([, v]) => v === granularity);
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : DEFAULT_URL_STATE.view,
    region: region !== undefined && REGION_CODES.has(region) ? region : DEFAULT_URL_STATE.region,
    indicator: indicator !== undefined && isIndicatorId(indicator) ? indicator : undefined,
    gender: (GENDERS as readonly string[]).includes(gender ?? '') ? (gender as Gender) : DEFAULT_URL_STATE.gender,
    granularity: granularityEntry ? (granularityEntry[0] as Granularity) : undefined,
    lang: lang === 'en' ? 'en' : 'sv',
  };
}

/** The query string for a state, leaving out defaults; parseUrlState(serializeUrlState(s)) equals s. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_URL_STATE.view) params.set(P.view, state.view);
  if (state.region !== DEFAULT_URL_STATE.region) params.set(P.region, state.region);
  if (state.indicator !== undefined) params.set(P.indicator, state.indicator);
  if (state.gender !== DEFAULT_URL_STATE.gender) params.set(P.gender, state.gender);
  if (state.granularity !== undefined && GRANULARITIES.includes(state.granularity)) params.set(P.granularity, GRANULARITY_PARAM[state.granularity]);
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set(P.lang, state.lang);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
