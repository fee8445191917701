import type { ReactElement } from 'react';
import type { Dataset } from '../data/dataset/dataset';
import { hasExampleData, isEmptyDataset } from '../data/dataset/dataset-presence';
import { useI18n } from './i18n-context';

/**
 * The example data is invented, and the page says so where nobody can miss it — exactly while the
 * data shown holds it (with "Visa exempeldata" off it does not). With no data at all the page says
 * what to do instead. Nothing before the first import is shown: nothing is on screen yet.
 */
export function ExampleDataBanner({
  dataset,
}: {
  readonly dataset: Dataset | undefined;
}): ReactElement | null {
  const { t } = useI18n();
  if (!dataset) return null;
  if (hasExampleData(dataset))
    return (
      <p className="example-banner" data-testid="example-banner">
        <span aria-hidden="true" className="banner-icon">
          ⚠
        </span>{' '}
        {t('exampleDataBanner')}
      </p>
    );
  if (!isEmptyDataset(dataset)) return null;
  return (
    <section className="no-data-notice" data-testid="no-data-notice" aria-labelledby="no-data-heading">
      <h2 id="no-data-heading">{t('noDataHeading')}</h2>
      <p>{t('noDataText')}</p>
    </section>
  );
}
