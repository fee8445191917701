import { useEffect, useState, type ReactElement, type Ref } from 'react';
import { useI18n } from '../../components/i18n-context';

/** Buttons for the mouse: previous, next, the slide list, full screen, leave; and where in the deck. */
export function MeetingBar({
  index,
  count,
  listId,
  listOpen,
  listButtonRef,
  onGo,
  onToggleList,
  onLeave,
}: {
  readonly index: number;
  readonly count: number;
  readonly listId: string;
  readonly listOpen: boolean;
  readonly listButtonRef: Ref<HTMLButtonElement>;
  readonly onGo: (index: number) => void;
  readonly onToggleList: () => void;
  readonly onLeave: () => void;
}): ReactElement {
  const { t } = useI18n();
  return (
    <nav className="meeting-bar" aria-label={t('meetingControls')}>
      <button
        type="button"
        onClick={() => onGo(index - 1)}
        disabled={index <= 0}
        data-testid="slide-previous"
      >
        <span aria-hidden="true">← </span>
        {t('meetingPrevious')}
      </button>
      <span className="meeting-position" data-testid="slide-position">
        {count > 0 ? t('meetingPosition', { n: index + 1, count }) : ''}
      </span>
      <button
        type="button"
        onClick={() => onGo(index + 1)}
        disabled={index >= count - 1}
        data-testid="slide-next"
      >
        {t('meetingNext')}
        <span aria-hidden="true"> →</span>
      </button>
      <span className="meeting-bar-gap" />
      <button
        ref={listButtonRef}
        type="button"
        aria-expanded={listOpen}
        aria-controls={listId}
        onClick={onToggleList}
        data-testid="slide-list-toggle"
      >
        {t('meetingSlideList')}
      </button>
      <FullscreenButton />
      <button type="button" onClick={onLeave} data-testid="meeting-leave">
        {t('meetingLeave')}
      </button>
    </nav>
  );
}

const isFull = (): boolean => document.fullscreenElement !== null && document.fullscreenElement !== undefined;

/**
 * Full screen asks the browser (it needs the user's click); Escape then leaves full screen first,
 * and a second Escape the meeting screen. Absent where the browser offers no full screen.
 */
function FullscreenButton(): ReactElement | null {
  const { t } = useI18n();
  const [full, setFull] = useState(isFull);
  useEffect(() => {
    const onChange = (): void => setFull(isFull());
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (isFull()) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = (): void =>
    void (full ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(
      () => undefined,
    );
  return (
    <button type="button" aria-pressed={full} onClick={toggle} data-testid="meeting-fullscreen">
      {t('meetingFullscreen')}
    </button>
  );
}
