import type { Lang } from '../../domain/language';
import type { SummarySentence } from '../../domain/summary/summary-types';
import type { Dataset } from '../../data/dataset/dataset';
import { translator } from '../../i18n/dictionary';
import { scopeOf } from '../../state/url-state';
import { indicatorsWithData } from '../indicator-list';
import { buildOverviewModel, overviewCard, overviewFocus } from '../overview-model';
import { cardSentence, overviewSummary, type OverviewSummary } from './overview-summary';

/**
 * A region's summary by chain level, as the Län view shows it, for any screen that wants the
 * sentences (the meeting screen's slides): `sentenceText(entry.sentence)` is a whole sentence with
 * its notices; `entry.text` leaves out the invented notice, which `invented` says once.
 */
export function regionSummary(dataset: Dataset, region: string, lang: Lang): OverviewSummary {
  const scope = scopeOf({ region, level: 'lan' });
  return overviewSummary(dataset, buildOverviewModel(dataset, scope, region, lang, translator(lang)), lang);
}

/**
 * One indicator's sentence for a region, as its Län card would say it (the natural granularity, the
 * card's reference); undefined when the indicator is not in the data or the region has no value.
 */
export function indicatorRegionSentence(
  dataset: Dataset,
  indicator: string,
  region: string,
  lang: Lang,
): SummarySentence | undefined {
  const t = translator(lang);
  const listed = indicatorsWithData(dataset, t).find((l) => l.indicator.id === indicator);
  if (!listed) return undefined;
  const scope = scopeOf({ region, level: 'lan' });
  const focus = overviewFocus(scope, region);
  return cardSentence(dataset, focus, overviewCard({ dataset, scope, lang, t }, focus, listed), lang);
}
