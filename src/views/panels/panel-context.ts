import type { Lang } from '../../domain/language';
import type { RegionScope } from '../../domain/region-scope';
import type { Dataset } from '../../data/dataset/dataset';
import type { Translate } from '../../i18n/dictionary';

/**
 * What every panel builder reads besides its selection: the data, the regions compared, and the
 * interface language. A panel builder is a pure function of (context, selection) to its chart's input.
 */
export interface PanelContext {
  readonly dataset: Dataset;
  readonly scope: RegionScope;
  readonly lang: Lang;
  readonly t: Translate;
}
