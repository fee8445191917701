import type { ReactElement } from 'react';
import { CaptionText } from '../../components/ChartFigure';
import { useI18n } from '../../components/i18n-context';
import type { Slide } from './meeting-model';

/** What every slide states: its source and period, and that its values are invented when they are. */
export function SlideFoot({ slide }: { readonly slide: Slide }): ReactElement {
  const { t, lang } = useI18n();
  const source = t('meetingSource', { source: slide.source });
  return (
    <footer className="slide-foot">
      <p data-testid="slide-source">
        {/* The catalogue's source is Swedish whatever the page's language. */}
        <CaptionText caption={source} swedish={lang === 'sv' ? undefined : slide.source} />
      </p>
      <p data-testid="slide-period">{t('meetingPeriod', { period: slide.period })}</p>
      {slide.invented ? (
        <p className="slide-example" data-testid="slide-example">
          <span aria-hidden="true">⚠ </span>
          {t('meetingExample')}
        </p>
      ) : null}
    </footer>
  );
}
