import { useCallback, useMemo } from 'react';
import type { Lang } from '../domain/language';
import type { RegionScope } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import type { Translate } from '../i18n/dictionary';
import { assembleOverview, overviewCard, overviewFocus, overviewIndicators } from './overview-model';
import type { PanelContext } from './panels/panel-context';
import { useIncremental } from './use-incremental';

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
  const { results, complete } = useIncremental(listed, compute);
  const model = useMemo(() => assembleOverview(scope, focus, results, lang), [scope, focus, results, lang]);
  return { listed, model, complete };
}
