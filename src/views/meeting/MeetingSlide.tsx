import { useId, type ReactElement, type Ref } from 'react';
import { useI18n } from '../../components/i18n-context';
import { CHAIN_LEVEL_INFO } from '../../domain/chain-levels';
import { pick } from '../../domain/language';
import { FigureSlideBody } from './FigureSlideBody';
import { LevelSlideBody } from './LevelSlideBody';
import type { Slide } from './meeting-model';
import { SlideFoot } from './SlideFoot';

/** One slide: what it is of (the level or the region), its heading, its body, its source and period. */
export function MeetingSlide({
  slide,
  regionName,
  headingRef,
}: {
  readonly slide: Slide;
  readonly regionName: string;
  /** The heading takes the focus when the slide changes. */
  readonly headingRef: Ref<HTMLHeadingElement>;
}): ReactElement {
  const { t, lang } = useI18n();
  const headingId = useId();
  const kicker =
    slide.kind === 'niva'
      ? t('meetingKickerLevel', { region: regionName })
      : slide.kind === 'finans'
        ? t('meetingKickerFinance', { region: regionName })
        : t('meetingKickerIndicator', {
            level: pick(CHAIN_LEVEL_INFO[slide.level].label, lang),
            region: regionName,
          });
  return (
    <section
      className={`slide slide-${slide.kind}`}
      aria-labelledby={headingId}
      aria-roledescription={t('meetingSlideRole')}
      data-testid="slide"
      data-slide={slide.key}
    >
      <header className="slide-head">
        <p className="slide-kicker">{kicker}</p>
        <h1 id={headingId} ref={headingRef} tabIndex={-1} data-testid="slide-heading">
          {slide.title}
        </h1>
      </header>
      <div className="slide-body">
        {slide.kind === 'niva' ? (
          <LevelSlideBody slide={slide} regionName={regionName} />
        ) : (
          <FigureSlideBody slide={slide} regionName={regionName} />
        )}
      </div>
      <SlideFoot slide={slide} />
    </section>
  );
}
