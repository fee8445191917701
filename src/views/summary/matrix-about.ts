import type { Lang } from '../../domain/language';
import type { TableAbout } from '../../domain/table';
import type { Dataset } from '../../data/dataset/dataset';
import type { Translate } from '../../i18n/dictionary';
import type { MatrixMode } from '../../state/url-state';
import { overviewIndicators } from '../overview-model';
import { sourceText } from '../source-text';

/**
 * The Jämför matrix's CSV columns: the sources of its indicators (each once) and what its cells are —
 * a status against the target, or a rank among the regions (no unit of the indicators' own). `only`:
 * a chosen målområde's indicators.
 */
export function matrixAbout(
  dataset: Dataset,
  mode: MatrixMode,
  lang: Lang,
  t: Translate,
  only?: ReadonlySet<string>,
): TableAbout {
  const sources = new Set(
    overviewIndicators(dataset, t)
      .filter((l) => l.inCatalogue && (only === undefined || only.has(l.indicator.id)))
      .flatMap((l) => sourceText(dataset, l.indicator, undefined, lang).split('; ')),
  );
  return {
    source: [...sources].join('; ') || '–',
    unit: t(mode === 'rank' ? 'csvUnitRank' : 'csvUnitStatus'),
  };
}
