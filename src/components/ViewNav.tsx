import { useEffect, useRef, type ReactElement } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { VIEWS, type UrlState, type View } from '../state/url-state';
import { MEETING_LINK_TARGET, takeFocusRequest } from './focus-request';
import { useI18n } from './i18n-context';
import { StateLink } from './StateLink';

const LABELS: Readonly<Record<View, MessageKey>> = {
  lan: 'viewLan',
  indikator: 'viewIndikator',
  jamfor: 'viewJamfor',
  fragor: 'viewFragor',
  finansiering: 'viewFinansiering',
  strategi: 'viewStrategi',
  mote: 'viewMote',
  underlag: 'viewUnderlag',
};

/** Mötesläge starts at its first slide and remembers the view to go back to (Esc). */
function changeTo(state: UrlState, view: View): Partial<UrlState> {
  if (view !== 'mote') return { view };
  return {
    view,
    meeting: {
      slide: undefined,
      deck: undefined,
      returnView: state.view === 'mote' ? undefined : state.view,
    },
  };
}

/** The views as links: each a real URL (open in a new tab works), followed in the page. */
export function ViewNav({
  state,
  shownView = state.view,
  onChange,
}: {
  readonly state: UrlState;
  /** The view on the page (a new one is drawn a render later: useShownState); the nav shows `state`'s. */
  readonly shownView?: UrlState['view'];
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement {
  const { t } = useI18n();
  const nav = useRef<HTMLElement>(null);
  // Back from Mötesläge, once it has gone (it hides the nav while it is shown).
  useEffect(() => {
    if (shownView !== 'mote' && takeFocusRequest(MEETING_LINK_TARGET))
      nav.current?.querySelector<HTMLElement>(`[data-testid="${MEETING_LINK_TARGET}"]`)?.focus();
  }, [shownView]);
  return (
    <nav ref={nav} className="view-nav" aria-label={t('views')}>
      <ul>
        {VIEWS.map((view) => (
          <li key={view}>
            <StateLink
              state={state}
              change={changeTo(state, view)}
              onChange={onChange}
              current={state.view === view}
              testId={`nav-${view}`}
            >
              {t(LABELS[view])}
            </StateLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
