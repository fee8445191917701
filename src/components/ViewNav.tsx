import type { ReactElement } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { serializeUrlState, VIEWS, type UrlState, type View } from '../state/url-state';
import { useI18n } from './i18n-context';

const LABELS: Readonly<Record<View, MessageKey>> = { lan: 'viewLan', indikator: 'viewIndikator', jamfor: 'viewJamfor', fragor: 'viewFragor', finansiering: 'viewFinansiering' };

/** The views as links: each a real URL (open in a new tab works), followed in the page. */
export function ViewNav({ state, onChange }: { readonly state: UrlState; readonly onChange: (change: Partial<UrlState>) => void }): ReactElement {
  const { t } = useI18n();
  return (
    <nav className="view-nav" aria-label={t('views')}>
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <a
              href={serializeUrlState({ ...state, view })}
              aria-current={state.view === view ? 'page' : undefined}
              onClick={(e) => {
                if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                e.preventDefault();
                onChange({ view });
              }}
              data-testid={`nav-${view}`}
            >
              {t(LABELS[view])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
