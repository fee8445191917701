import type { Indicator } from '../domain/indicator';
import { pick, type Lang } from '../domain/language';
import type { Dataset } from '../data/dataset/dataset';
import type { IndicatorLabel } from '../data/import/import-result';
import type { Translate } from '../i18n/dictionary';

/** Swedish collation, made once: `localeCompare(…, 'sv')` builds a collator on every call. */
const SWEDISH = new Intl.Collator('sv');

export interface ListedIndicator {
  readonly indicator: Indicator;
  readonly inCatalogue: boolean;
}

/** A stand-in for an id the catalogue does not describe: shown by its id, neutral, never guessed. */
export function uncataloguedIndicator(id: string, t: Translate, label?: IndicatorLabel): Indicator {
  const name = t('unknownIndicatorName', { id: label?.name ?? id });
  const unit = label?.unit ?? '';
  return {
    id,
    name: { sv: name, en: name },
    unit: { sv: unit, en: unit },
    chainLevel: 'utfall',
    direction: 'neutral',
    question: { kind: 'summative', text: { sv: '', en: '' } },
    source: '',
    decimals: label?.decimals ?? 1,
    aggregation: 'mean',
    description: label?.description ? { sv: label.description, en: label.description } : undefined,
    formula: undefined,
    listed: true,
    cohort: false,
  };
}

/** The list per dataset and language: every view asks for it, and with 2 000 indicators it costs. */
const listedCache = new WeakMap<Dataset, Map<Translate, readonly ListedIndicator[]>>();

/** The indicators that have data: the catalogue's in its order, then those it lacks, by id. */
export function indicatorsWithData(dataset: Dataset, t: Translate): readonly ListedIndicator[] {
  let byLanguage = listedCache.get(dataset);
  if (!byLanguage) listedCache.set(dataset, (byLanguage = new Map()));
  let listed = byLanguage.get(t);
  if (!listed) byLanguage.set(t, (listed = listIndicators(dataset, t)));
  return listed;
}

function listIndicators(dataset: Dataset, t: Translate): ListedIndicator[] {
  const withData = new Set(dataset.observations.indicators);
  const catalogued = new Set(dataset.indicators.map((i) => i.id));
  const labels = new Map(dataset.labels.map((l) => [l.id, l] as const).reverse());
  return [
    ...dataset.indicators
      .filter((i) => withData.has(i.id))
      .map((indicator) => ({ indicator, inCatalogue: true })),
    ...[...dataset.observations.indicators]
      .filter((id) => !catalogued.has(id))
      .sort(SWEDISH.compare)
      .map((id) => ({
        indicator: uncataloguedIndicator(id, t, labels.get(id)),
        inCatalogue: false,
      })),
  ];
}

/** An indicator's name from the catalogue, or its id. */
export function catalogueName(dataset: Dataset, id: string, lang: Lang): string {
  const found = dataset.indicators.find((i) => i.id === id);
  return found ? pick(found.name, lang) : id;
}
