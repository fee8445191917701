import type { ChainLevel } from '../../domain/chain-levels';
import type { Lang } from '../../domain/language';
import { referenceRegion, type RegionScope } from '../../domain/region-scope';
import { regionByCode, type Region } from '../../domain/regions';
import { indicatorSentence } from '../../domain/summary/indicator-sentence';
import { chooseForSummary, levelCountSentence, sentenceText } from '../../domain/summary/level-summary';
import type { SummaryLocale, SummarySentence } from '../../domain/summary/summary-types';
import type { Dataset } from '../../data/dataset/dataset';
import { formatNumber } from '../../i18n/format';
import type { OverviewCard, OverviewModel } from '../overview-model';
import type { IndicatorSummary } from '../summaries';
import { summaryFacts } from './summary-facts';

/** One sentence as the Län view shows it: its text (without the invented notice, said once), and its source. */
export interface SummaryEntry {
  readonly sentence: SummarySentence;
  readonly text: string;
  readonly source: string;
  /** The catalogue's source (Swedish whatever the page's language), within `source` for the example data. */
  readonly catalogueSource: string;
}

export interface LevelSummary {
  readonly level: ChainLevel;
  /** "5 indikatorer: 2 i fas mot målet, …"; undefined for a level without indicators. */
  readonly count: string | undefined;
  readonly entries: readonly SummaryEntry[];
}

export interface OverviewSummary {
  readonly levels: readonly LevelSummary[];
  /** Some sentence rests on the invented example data: said once beside them. */
  readonly invented: boolean;
}

/** The summary's numbers in the interface's format (src/i18n/format). */
export function summaryLocale(lang: Lang): SummaryLocale {
  return { lang, number: (value, decimals) => formatNumber(value, decimals, lang) };
}

/** One card's sentence: the region's value against its target, beside the card's nearest reference. */
export function cardSentence(
  dataset: Dataset,
  focus: Region,
  card: OverviewCard,
  lang: Lang,
): SummarySentence | undefined {
  const first = card.references[0];
  const region = first ? regionByCode(first.code) : undefined;
  const reference = first && region ? { region, point: first.point } : undefined;
  return indicatorSentence(summaryFacts(dataset, focus, card.summary, reference), summaryLocale(lang));
}

/**
 * The Län view's summary, level by level: the level's count per status, and sentences for at most
 * three of its indicators with a value — off track first, then at risk, on track, without a target.
 */
export function overviewSummary(dataset: Dataset, model: OverviewModel, lang: Lang): OverviewSummary {
  const focus = regionByCode(model.regionCode);
  if (!focus) return { levels: [], invented: false };
  const levels = model.levels.map((level) => {
    const chosen = chooseForSummary(
      level.cards.map((card) => ({
        card,
        status: card.summary.status.status,
        hasValue: card.summary.latest !== undefined,
      })),
    );
    const entries = chosen.flatMap(({ card }) => {
      const sentence = cardSentence(dataset, focus, card, lang);
      return sentence
        ? [
            {
              sentence,
              text: sentenceText(sentence, ['invented']),
              source: card.source,
              catalogueSource: card.listed.indicator.source,
            },
          ]
        : [];
    });
    return { level: level.level, count: levelCountSentence(level.counts, lang), entries };
  });
  const invented = levels.some((l) =>
    l.entries.some((e) => e.sentence.parts.some((p) => p.kind === 'invented')),
  );
  return { levels, invented };
}

/** The Indikator view's sentence for its focus region: the trend chart's accessible description. */
export function focusSentence(
  dataset: Dataset,
  scope: RegionScope,
  summary: IndicatorSummary,
  lang: Lang,
): SummarySentence | undefined {
  const focus = regionByCode(summary.region);
  if (!focus) return undefined;
  const reference = { region: referenceRegion(scope), point: summary.riket };
  return indicatorSentence(summaryFacts(dataset, focus, summary, reference), summaryLocale(lang));
}
