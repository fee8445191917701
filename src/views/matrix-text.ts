import type { Lang } from '../domain/language';
import { referenceRegion, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import type { Translate } from '../i18n/dictionary';
import type { MatrixMode } from '../state/url-state';
import { scopeText } from './panels/scope-text';

/** What the matrix is called and says, for the län or for a county's kommuner. */
export interface MatrixText {
  readonly title: string;
  readonly hint: string;
  readonly keys: string;
  readonly rankMode: string;
  /** The head of the rows' column: "Län", "Kommun". */
  readonly column: string;
  readonly pageTitle: string;
  /** Said instead of the matrix when the county's kommuner have no values. */
  readonly empty: string;
}

export function matrixText(scope: RegionScope, mode: MatrixMode, lang: Lang, t: Translate): MatrixText {
  const column = scopeText({ scope, lang, t }).column;
  if (scope.level === 'lan')
    return {
      title: t(mode === 'rank' ? 'matrixTitleRank' : 'matrixTitleStatus'),
      hint: t(mode === 'rank' ? 'matrixHintRank' : 'matrixHintStatus'),
      keys: t('matrixKeys'),
      rankMode: t('matrixModeRank'),
      column,
      pageTitle: t('pageTitleJamfor'),
      empty: t('noIndicators'),
    };
  const county = regionName(referenceRegion(scope), lang);
  return {
    title: t(mode === 'rank' ? 'matrixKommunTitleRank' : 'matrixKommunTitleStatus', { county }),
    hint: t(mode === 'rank' ? 'matrixKommunHintRank' : 'matrixKommunHintStatus', { county }),
    keys: t('matrixKommunKeys'),
    rankMode: t('matrixKommunModeRank'),
    column,
    pageTitle: t('pageTitleJamforKommun', { county }),
    empty: t('matrixKommunEmpty', { county }),
  };
}
