import type { ReactElement } from 'react';
import { useI18n } from './i18n-context';

/** The example data is invented, and the page says so where nobody can miss it. */
export function ExampleDataBanner(): ReactElement {
  const { t } = useI18n();
  return (
    <p className="example-banner" data-testid="example-banner">
      <span aria-hidden="true" className="banner-icon">
        ⚠
      </span>{' '}
      {t('exampleDataBanner')}
    </p>
  );
}
