import { useId, type ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import type { Uncatalogued } from '../strategy-model';

/**
 * The indicators the data name that neither the catalogue nor the strategy describes, each put
 * into the chain with one action (at the level the views show them at, to be described there).
 */
export function UncataloguedList({
  items,
  onAdopt,
}: {
  readonly items: readonly Uncatalogued[];
  /** Undefined: no strategy of the user's own yet. */
  readonly onAdopt: ((item: Uncatalogued) => void) | undefined;
}): ReactElement | null {
  const { t } = useI18n();
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <section
      className="strategy-uncatalogued"
      aria-labelledby={headingId}
      data-testid="strategy-uncatalogued"
    >
      <h3 id={headingId}>{t('stratUncataloguedHeading')}</h3>
      <p>{t('stratUncataloguedIntro')}</p>
      <ul>
        {items.map((item) => {
          const name = t('unknownIndicatorName', { id: item.name ?? item.id });
          return (
            <li key={item.id}>
              <span>{name}</span>{' '}
              {onAdopt ? (
                <button
                  type="button"
                  onClick={() => onAdopt(item)}
                  aria-label={t('stratAdoptName', { name })}
                >
                  {t('stratAdopt')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
