import { GENDERS, type Gender } from '../domain/gender';
import type { Lang } from '../domain/language';
import { GRANULARITIES, parsePeriod, periodKey, type Granularity } from '../domain/period';
import { CASE_STATUSES, SUPPORT_TYPES, type CaseStatus, type SupportType } from '../domain/ledger';
import { RIKET, regionByCode } from '../domain/regions';
import { kommunScope, LAN_SCOPE, type RegionScope } from '../domain/region-scope';
import { migrateUrlParams } from './url-migrations';
import { allParams, firstParam, isIndicatorId, readUrlParams, type UrlParams } from './url-params';
import { NO_MEETING, parseMeetingParams, writeMeetingParams, type MeetingChoice } from './meeting-params';
import { parseBriefingCharts, writeBriefingCharts } from './briefing-params';

export const VIEWS = [
  'lan',
  'indikator',
  'jamfor',
  'fragor',
  'finansiering',
  'strategi',
  'mote',
  'underlag',
] as const;
export type View = (typeof VIEWS)[number];

/** Kön as chosen: one of T, K, M, or women and men side by side. */
export type GenderChoice = Gender | 'KM';
export const GENDER_CHOICES: readonly GenderChoice[] = [...GENDERS, 'KM'];

export type MapMode = 'value' | 'status';
/** Which regions the views compare: the län, or the kommuner of the county in focus. */
export type ScopeLevel = 'lan' | 'kommun';
export type MatrixMode = 'status' | 'rank';

/** At most this many regions are compared in one chart besides the one in focus. */
export const MAX_COMPARED = 6;

/** What the user selected. It lives in the URL so that a copied link opens the same view. */
export interface UrlState {
  readonly view: View;
  /** The region in focus: Riket ("00"), a county ("20") or a kommun ("2080"). */
  readonly region: string;
  /**
   * The län, or the kommuner of the county in focus ("Kommunerna i X län"). A kommun in focus
   * always means its county's kommuner; see scopeOf.
   */
  readonly level: ScopeLevel;
  /** Further regions drawn beside it in the indicator view: län or kommuner of any county. */
  readonly compare: readonly string[];
  readonly indicator: string | undefined;
  readonly gender: GenderChoice;
  /** Undefined: the indicator's natural granularity (yearly when it has years). */
  readonly granularity: Granularity | undefined;
  /** The trend's first and last period (normalised keys); undefined: all. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  /** The period of the ranking, map and table; undefined: the latest with data. */
  readonly at: string | undefined;
  readonly mapMode: MapMode;
  readonly matrixMode: MatrixMode;
  readonly lang: Lang;
  /** Datasets to load by link (`?data=URL`, repeatable): http and https only. */
  readonly links: readonly string[];
  /** Finansiering: one support type, or all. */
  readonly supportType: SupportType | undefined;
  /** Finansiering's case table: one status, or all. */
  readonly caseStatus: CaseStatus | undefined;
  /** Finansiering's case table: words to search for. */
  readonly caseQuery: string;
  /** "Visa exempeldata", when the link says (`exempel=pa|av`); undefined: the workspace decides. */
  readonly showExample: boolean | undefined;
  /** The chosen målområde (`malomrade=<goal area id>`); undefined: all. An id the strategy lacks is ignored by the views. */
  readonly goalArea?: string;
  /** Mötesläge (`vy=mote`): the slide, the chosen slides and the view to go back to. */
  readonly meeting: MeetingChoice;
  /** Ledningsunderlag (`vy=underlag`): the indicators of its key charts (`diagram=a,b`); undefined: the default. */
  readonly briefingCharts?: readonly string[];
}

export const DEFAULT_URL_STATE: UrlState = {
  view: 'lan',
  region: RIKET.code,
  level: 'lan',
  compare: [],
  indicator: undefined,
  gender: 'T',
  granularity: undefined,
  from: undefined,
  to: undefined,
  at: undefined,
  mapMode: 'value',
  matrixMode: 'status',
  lang: 'sv',
  links: [],
  supportType: undefined,
  caseStatus: undefined,
  caseQuery: '',
  showExample: undefined,
  meeting: NO_MEETING,
};

/** Parameter names. A renamed parameter gets an entry in URL_MIGRATIONS so old links keep working. */
const P = {
  view: 'vy',
  region: 'region',
  level: 'niva',
  compare: 'med',
  indicator: 'indikator',
  gender: 'kon',
  granularity: 'period',
  from: 'fran',
  to: 'till',
  at: 'tid',
  mapMode: 'karta',
  matrixMode: 'visa',
  lang: 'lang',
  links: 'data',
  supportType: 'stod',
  caseStatus: 'arendestatus',
  caseQuery: 'sok',
  showExample: 'exempel',
  goalArea: 'malomrade',
} as const;
type ParamKey = keyof typeof P;

const GRANULARITY_PARAM: Readonly<Record<Granularity, string>> = {
  year: 'ar',
  quarter: 'kvartal',
  month: 'manad',
};
const MAP_PARAM: Readonly<Record<MapMode, string>> = { value: 'varde', status: 'status' };
const MATRIX_PARAM: Readonly<Record<MatrixMode, string>> = { status: 'status', rank: 'rang' };
const SHOW_EXAMPLE_PARAM: Readonly<Record<'on' | 'off', string>> = { on: 'pa', off: 'av' };
/** The regions a link may name: Riket, a county or a kommun, by today's SCB code. */
const isRegionCode = (code: string): boolean => regionByCode(code) !== undefined;

/**
 * The regions the views compare for a state: a kommun in focus means its county's kommuner; a
 * county with the kommun level, that county's kommuner; otherwise the län (also for Riket).
 */
export function scopeOf(state: Pick<UrlState, 'region' | 'level'>): RegionScope {
  const region = regionByCode(state.region);
  if (region?.level === 'kommun') return kommunScope(region.countyCode);
  if (region?.level === 'lan' && state.level === 'kommun') return kommunScope(region.code);
  return LAN_SCOPE;
}

/**
 * The state as a view that compares only the län reads it: a kommun in focus becomes its county, and
 * compared kommuner are left out. The Indikator view reads the kommun level; the others, the län.
 */
export function atCountyLevel(state: UrlState): UrlState {
  const region = regionByCode(state.region);
  const countyLevel = (code: string): boolean => regionByCode(code)?.level !== 'kommun';
  if (region?.level !== 'kommun' && state.compare.every(countyLevel)) return state;
  const focus = region?.level === 'kommun' ? region.countyCode : state.region;
  return {
    ...state,
    region: focus,
    level: 'lan',
    compare: state.compare.filter((c) => countyLevel(c) && c !== focus),
  };
}

/** At most this many links are followed, each at most this long. */
export const MAX_LINKS = 10;
const MAX_LINK_LENGTH = 2000;

function isLink(value: string): boolean {
  if (value.length > MAX_LINK_LENGTH) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Search words: printable, at most 100 characters, no surrounding spaces. */
export function cleanQuery(value: string): string {
  return [...value]
    .filter((ch) => ch >= ' ' && ch !== '\u007f')
    .join('')
    .slice(0, 100)
    .trim();
}

function get(params: UrlParams, key: ParamKey): string | undefined {
  return firstParam(params, P[key]);
}

function keyFor<T extends string>(
  table: Readonly<Record<T, string>>,
  value: string | undefined,
): T | undefined {
  return (Object.keys(table) as T[]).find((k) => table[k] === value);
}

const onOff = (key: 'on' | 'off' | undefined): boolean | undefined =>
  key === undefined ? undefined : key === 'on';

function periodParam(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePeriod(value);
  return parsed.ok ? periodKey(parsed.period) : undefined;
}

/**
 * Reads the state from a query string. Unknown parameters, and values that are not among the
 * allowed ones, are ignored (the default stands); nothing from the URL is ever shown raw. Links in
 * an older form are first brought to today's by URL_MIGRATIONS.
 */
export function parseUrlState(search: string): UrlState {
  const params = migrateUrlParams(readUrlParams(search));
  const view = get(params, 'view');
  const region = get(params, 'region');
  const indicator = get(params, 'indicator');
  const gender = get(params, 'gender');
  const focus = region !== undefined && isRegionCode(region) ? region : DEFAULT_URL_STATE.region;
  const compare = [...new Set((get(params, 'compare') ?? '').split(','))]
    .filter((c) => isRegionCode(c) && c !== focus)
    .slice(0, MAX_COMPARED);
  const validIndicator = indicator !== undefined && isIndicatorId(indicator) ? indicator : undefined;
  const parsedView = (VIEWS as readonly string[]).includes(view ?? '')
    ? (view as View)
    : DEFAULT_URL_STATE.view;
  return {
    view: parsedView,
    region: focus,
    level: get(params, 'level') === 'kommun' ? 'kommun' : DEFAULT_URL_STATE.level,
    compare,
    indicator: validIndicator,
    gender: (GENDER_CHOICES as readonly string[]).includes(gender ?? '')
      ? (gender as GenderChoice)
      : DEFAULT_URL_STATE.gender,
    granularity: keyFor(GRANULARITY_PARAM, get(params, 'granularity')),
    from: periodParam(get(params, 'from')),
    to: periodParam(get(params, 'to')),
    at: periodParam(get(params, 'at')),
    mapMode: keyFor(MAP_PARAM, get(params, 'mapMode')) ?? DEFAULT_URL_STATE.mapMode,
    matrixMode: keyFor(MATRIX_PARAM, get(params, 'matrixMode')) ?? DEFAULT_URL_STATE.matrixMode,
    lang: get(params, 'lang') === 'en' ? 'en' : DEFAULT_URL_STATE.lang,
    links: [...new Set(allParams(params, P.links))].filter(isLink).slice(0, MAX_LINKS),
    supportType: (SUPPORT_TYPES as readonly string[]).includes(get(params, 'supportType') ?? '')
      ? (get(params, 'supportType') as SupportType)
      : undefined,
    caseStatus: (CASE_STATUSES as readonly string[]).includes(get(params, 'caseStatus') ?? '')
      ? (get(params, 'caseStatus') as CaseStatus)
      : undefined,
    caseQuery: cleanQuery(get(params, 'caseQuery') ?? ''),
    showExample: onOff(keyFor(SHOW_EXAMPLE_PARAM, get(params, 'showExample'))),
    ...goalAreaParam(get(params, 'goalArea')),
    meeting:
      parsedView === 'mote'
        ? parseMeetingParams(
            params,
            VIEWS.filter((v) => v !== 'mote'),
          )
        : NO_MEETING,
    ...(parsedView === 'underlag' ? parseBriefingCharts(params) : {}),
  };
}

/** The query string for a state, leaving out defaults; parseUrlState(serializeUrlState(s)) equals s. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  // The view is always written, so that a link means the same even if the default view changes.
  params.set(P.view, state.view);
  if (state.region !== DEFAULT_URL_STATE.region) params.set(P.region, state.region);
  if (state.level !== DEFAULT_URL_STATE.level) params.set(P.level, state.level);
  const compare = state.compare.filter((c) => c !== state.region);
  if (compare.length > 0) params.set(P.compare, compare.join(','));
  if (state.indicator !== undefined) params.set(P.indicator, state.indicator);
  if (state.gender !== DEFAULT_URL_STATE.gender) params.set(P.gender, state.gender);
  if (state.granularity !== undefined && GRANULARITIES.includes(state.granularity))
    params.set(P.granularity, GRANULARITY_PARAM[state.granularity]);
  if (state.from !== undefined) params.set(P.from, state.from);
  if (state.to !== undefined) params.set(P.to, state.to);
  if (state.at !== undefined) params.set(P.at, state.at);
  if (state.mapMode !== DEFAULT_URL_STATE.mapMode) params.set(P.mapMode, MAP_PARAM[state.mapMode]);
  if (state.matrixMode !== DEFAULT_URL_STATE.matrixMode)
    params.set(P.matrixMode, MATRIX_PARAM[state.matrixMode]);
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set(P.lang, state.lang);
  if (state.supportType !== undefined) params.set(P.supportType, state.supportType);
  if (state.caseStatus !== undefined) params.set(P.caseStatus, state.caseStatus);
  const query = cleanQuery(state.caseQuery);
  if (query !== '') params.set(P.caseQuery, query);
  if (state.showExample !== undefined)
    params.set(P.showExample, SHOW_EXAMPLE_PARAM[state.showExample ? 'on' : 'off']);
  if (state.goalArea !== undefined && GOAL_AREA_ID.test(state.goalArea))
    params.set(P.goalArea, state.goalArea);
  if (state.view === 'mote') writeMeetingParams(params, state.meeting);
  if (state.view === 'underlag') writeBriefingCharts(params, state.briefingCharts);
  for (const link of state.links) params.append(P.links, link);
  return `?${params.toString()}`;
}

/** `malomrade`: a goal area id (lowercase ASCII words); anything else is ignored. */
const GOAL_AREA_ID = /^[a-z][a-z0-9_]{0,63}$/;
function goalAreaParam(value: string | undefined): { goalArea?: string } {
  return value !== undefined && GOAL_AREA_ID.test(value) ? { goalArea: value } : {};
}
