import { useCallback, useEffect, useMemo } from 'react';
import type { Lang } from '../domain/language';
import type { RegionScope } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import type { Translate } from '../i18n/dictionary';
import {
  assembleOverview,
  overviewCard,
  overviewFocus,
  overviewIndicators,
  type OverviewCard,
} from './overview-model';
import type { PanelContext } from './panels/panel-context';
import { useIncremental } from './use-incremental';

/** How many regions' cards are kept per dataset (Län and Frågor, a county and the one before). */
const KEPT_REGIONS = 4;
/** The complete cards per dataset, by scope, region and language (without a målområde chosen). */
const keptCards = new WeakMap<Dataset, Map<string, readonly OverviewCard[]>>();

function keptKey(scope: RegionScope, region: string, lang: Lang): string {
  return `${scope.level}|${scope.level === 'kommun' ? scope.within : ''}|${region}|${lang}`;
}

/**
 * The focus region's card for every listed indicator, as Län and Utvärderingsfrågor show them. Two
 * thousand indicators are summarised a slice at a time (see useIncremental): `complete` is false
 * until the last, and the counts wait for it.
 */
export function useOverviewCards(
  dataset: Dataset,
  scope: RegionScope,
  region: string,
  lang: Lang,
  t: Translate,
  /** A målområde's indicators: only their cards. */
  only?: ReadonlySet<string>,
) {
  const focus = overviewFocus(scope, region);
  const listed = useMemo(() => overviewIndicators(dataset, t, only), [dataset, t, only]);
  const compute = useCallback(
    (l: (typeof listed)[number]) =>
      overviewCard({ dataset, scope, lang, t } satisfies PanelContext, focus, l),
    [dataset, scope, lang, t, focus],
  );
  // Back on Län, or on Frågor after Län, for the same region: the cards are there at once (two
  // thousand of them took some fifty slices, and their memory a collection of the young generation).
  const key = only === undefined ? keptKey(scope, focus.code, lang) : undefined;
  const known = key === undefined ? undefined : keptCards.get(dataset)?.get(key);
  const { results, complete } = useIncremental(listed, compute, known);
  useEffect(() => {
    if (!complete || key === undefined) return;
    const kept = keptCards.get(dataset) ?? new Map<string, readonly OverviewCard[]>();
    kept.delete(key);
    kept.set(key, results);
    for (const oldest of kept.keys()) if (kept.size > KEPT_REGIONS) kept.delete(oldest);
    keptCards.set(dataset, kept);
  }, [complete, key, dataset, results]);
  const model = useMemo(() => assembleOverview(scope, focus, results, lang), [scope, focus, results, lang]);
  return { listed, model, complete };
}
