import type { Indicator } from '../domain/indicator';
import { pick, type Lang } from '../domain/language';
import type { Dataset } from '../data/dataset/dataset';
import type { IndicatorLabel } from '../data/import/import-result';
import type { Translate } from '../i18n/dictionary';

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
    description: undefined,
    formula: undefined,
    listed: true,
    cohort: false,
  };
}

/** The indicators that have data: the catalogue's in its order, then those it lacks, by id. */
export function indicatorsWithData(dataset: Dataset, t: Translate): ListedIndicator[] {
  const withData = new Set(dataset.observations.indicators);
  const catalogued = new Set(dataset.indicators.map((i) => i.id));
  return [
    ...dataset.indicators
      .filter((i) => withData.has(i.id))
      .map((indicator) => ({ indicator, inCatalogue: true })),
    ...[...dataset.observations.indicators]
      .filter((id) => !catalogued.has(id))
      .sort((a, b) => a.localeCompare(b, 'sv'))
      .map((id) => ({
        indicator: uncataloguedIndicator(
          id,
          t,
          dataset.labels.find((l) => l.id === id),
        ),
        inCatalogue: false,
      })),
  ];
}

/** An indicator's name from the catalogue, or its id. */
export function catalogueName(dataset: Dataset, id: string, lang: Lang): string {
  const found = dataset.indicators.find((i) => i.id === id);
  return found ? pick(found.name, lang) : id;
}
