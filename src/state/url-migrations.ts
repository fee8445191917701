import { firstParam, hasParam, isIndicatorId, type UrlParams } from './url-params';

/**
 * One change of the link format, kept so that links written before it still open the same view.
 * Pure: `apply` returns new params and is only called when `shouldApply` says so; after it,
 * `shouldApply` is false, so a link already in the new form passes through unchanged.
 * (After OWID grapher's `GrapherUrlMigrations.ts`.)
 */
export interface UrlMigration {
  readonly name: string;
  shouldApply(params: UrlParams): boolean;
  apply(params: UrlParams): UrlParams;
}

/**
 * A parameter renamed from `from` to `to`. Where a link has both, the new name wins and the old one
 * is dropped; otherwise the old pairs take the new name in place.
 */
function renamed(from: string, to: string): UrlMigration {
  return {
    name: `${from} → ${to}`,
    shouldApply: (params) => hasParam(params, from),
    apply: (params) =>
      hasParam(params, to)
        ? params.filter(([name]) => name !== from)
        : params.map(([name, value]) => (name === from ? ([to, value] as const) : ([name, value] as const))),
  };
}

/**
 * Every migration, oldest first; applied in this order, each one to what the ones before it left.
 * A migration, once released, is never edited: a later change of the format gets a new entry here.
 */
export const URL_MIGRATIONS: readonly UrlMigration[] = [
  // The first links named the county, the indicator and kön in their own words.
  renamed('lan', 'region'),
  renamed('indicator', 'indikator'),
  renamed('gender', 'kon'),
  {
    // Links from the first version had no view and opened the indicator screen.
    name: 'no view, an indicator → vy=indikator',
    shouldApply: (params) => {
      const indicator = firstParam(params, 'indikator');
      return !hasParam(params, 'vy') && indicator !== undefined && isIndicatorId(indicator);
    },
    apply: (params) => [['vy', 'indikator'], ...params],
  },
];

/** The params in today's form: every migration that applies, in order. */
export function migrateUrlParams(
  params: UrlParams,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): UrlParams {
  return migrations.reduce((current, m) => (m.shouldApply(current) ? m.apply(current) : current), params);
}
