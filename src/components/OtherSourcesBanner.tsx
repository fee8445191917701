import type { ReactElement } from 'react';
import { useI18n } from './i18n-context';

/**
 * Names every source that did not come with the app: added files and linked datasets — "besides the
 * example data" only while the example data is shown ("Visa exempeldata").
 */
export function OtherSourcesBanner({
  names,
  besideExample = true,
}: {
  readonly names: readonly string[];
  readonly besideExample?: boolean;
}): ReactElement | null {
  const { t } = useI18n();
  if (names.length === 0) return null;
  const one = besideExample ? t('otherSourcesOne') : t('ownSourcesOne');
  const many = besideExample
    ? t('otherSources', { count: names.length })
    : t('ownSources', { count: names.length });
  return (
    <p className="other-sources-banner" data-testid="other-sources">
      {names.length === 1 ? one : many} {names.join(' · ')}
    </p>
  );
}
