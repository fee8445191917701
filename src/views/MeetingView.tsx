import { useCallback, useContext, useId, useMemo, useRef, useState, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { Announce } from '../components/LiveStatus';
import { usePageTitle } from '../components/page-title';
import { deckOf, slideAfterChange, slideIndex, toggleSlide } from '../domain/meeting-deck';
import type { Dataset } from '../data/dataset/dataset';
import { NO_MEETING } from '../state/meeting-params';
import { VIEWS, type UrlState } from '../state/url-state';
import { MeetingBar } from './meeting/MeetingBar';
import { buildMeetingModel } from './meeting/meeting-model';
import { MeetingSlide } from './meeting/MeetingSlide';
import { SlideList } from './meeting/SlideList';
import { useDeckKeys } from './meeting/use-deck-keys';
import { useMeetingPage } from './meeting/use-meeting-page';
import { useSlideFocus } from './meeting/use-slide-focus';
import { MEETING_LINK_TARGET, requestFocus } from '../components/focus-request';

/**
 * Mötesläge: the region's slides one at a time, for a room — by keys (a clicker's PageDown/PageUp
 * too) or the buttons, with the slide in the link (`bild=3`) and the slides chosen in the slide list.
 */
export function MeetingView({
  dataset,
  state,
  onChange,
}: {
  readonly dataset: Dataset;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  const announce = useContext(Announce);
  const { region, level, meeting } = state;
  const model = useMemo(
    () => buildMeetingModel(dataset, { region, level }, lang, t),
    [dataset, region, level, lang, t],
  );
  const deck = useMemo(() => deckOf(model.candidates, meeting.deck), [model, meeting.deck]);
  const index = slideIndex(meeting.slide, deck.length);
  const current = deck[index];
  const slide = useMemo(() => current?.build(), [current]);
  usePageTitle(t('meetingPageTitle', { region: model.regionName }));
  useMeetingPage();

  const go = useCallback(
    (to: number) => onChange({ meeting: { ...meeting, slide: to + 1 } }),
    [meeting, onChange],
  );
  const leave = useCallback(() => {
    // Focus goes back to where the user went in (the nav's Mötesläge link), not to <body>.
    requestFocus(MEETING_LINK_TARGET);
    onChange({
      view: VIEWS.find((v) => v === meeting.returnView && v !== 'mote') ?? 'lan',
      meeting: NO_MEETING,
    });
  }, [meeting.returnView, onChange]);
  useDeckKeys(index, deck.length, go, leave);
  const heading = useRef<HTMLHeadingElement>(null);
  useSlideFocus(
    heading,
    slide && { key: slide.key, title: slide.title, index, count: deck.length },
    announce,
  );

  const [listOpen, setListOpen] = useState(false);
  const listId = useId();
  const listButton = useRef<HTMLButtonElement>(null);
  const toggle = (key: string): void => {
    const chosen = toggleSlide(model.candidates, meeting.deck, key);
    const after = deckOf(model.candidates, chosen).map((c) => c.key);
    const at = slideAfterChange(
      deck.map((c) => c.key),
      after,
      index,
    );
    onChange({ meeting: { ...meeting, deck: chosen, slide: at + 1 } });
  };
  const closeList = (): void => {
    setListOpen(false);
    listButton.current?.focus();
  };
  return (
    <div className="meeting" data-testid="meeting">
      {slide ? (
        <MeetingSlide slide={slide} regionName={model.regionName} headingRef={heading} />
      ) : (
        <section className="slide">
          <h1 ref={heading} tabIndex={-1} data-testid="slide-heading">
            {model.candidates.length === 0
              ? t('meetingNoSlides', { region: model.regionName })
              : t('meetingEmptyDeck')}
          </h1>
        </section>
      )}
      {listOpen ? (
        <SlideList
          id={listId}
          candidates={model.candidates}
          deck={deck.map((c) => c.key)}
          onToggle={toggle}
          onShow={go}
          onClose={closeList}
        />
      ) : null}
      <MeetingBar
        index={index}
        count={deck.length}
        listId={listId}
        listOpen={listOpen}
        listButtonRef={listButton}
        onGo={go}
        onToggleList={() => setListOpen((open) => !open)}
        onLeave={leave}
      />
    </div>
  );
}
