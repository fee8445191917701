import type { ReactElement } from 'react';
import { useI18n } from './i18n-context';

/** Names every source that did not come with the app: added files and linked datasets. */
export function OtherSourcesBanner({ names }: { readonly names: readonly string[] }): ReactElement | null {
  const { t } = useI18n();
  if (names.length === 0) return null;
  return (
    <p className="other-sources-banner" data-testid="other-sources">
      {names.length === 1 ? t('otherSourcesOne') : t('otherSources', { count: names.length })}{' '}
      {names.join(' · ')}
    </p>
  );
}
