import type { ReactElement } from 'react';
import { CaptionText } from '../components/ChartFigure';
import { useI18n } from '../components/i18n-context';
import type { LevelSummary } from './summary/overview-summary';

/**
 * A chain level's generated summary: its count per status and a few sentences, each with the values
 * it rests on one click away ("Vad meningen bygger på"). Nothing when the level has nothing to say.
 */
export function LevelSummaryBlock({ summary }: { readonly summary: LevelSummary }): ReactElement | null {
  const { t, lang } = useI18n();
  if (summary.count === undefined && summary.entries.length === 0) return null;
  const headingId = `summary-${summary.level}-heading`;
  return (
    <section className="level-summary" aria-labelledby={headingId} data-testid={`summary-${summary.level}`}>
      <h3 id={headingId}>{t('summaryHeading')}</h3>
      {summary.count !== undefined ? <p className="summary-count">{summary.count}</p> : null}
      {summary.entries.length > 0 ? (
        <ul className="summary-sentences">
          {summary.entries.map(({ sentence, text, source, catalogueSource }) => (
            <li
              key={sentence.indicator}
              data-testid={`summary-sentence-${sentence.indicator}`}
              data-status={sentence.status}
            >
              <p className="summary-text">{text}</p>
              <details className="summary-basis">
                <summary>{t('summaryBasis')}</summary>
                <ul>
                  {sentence.basis.map((b) => (
                    <li key={`${b.role}-${b.region}`}>{b.text}</li>
                  ))}
                  <li>
                    {t('source')}:{' '}
                    <CaptionText caption={source} swedish={lang === 'sv' ? undefined : catalogueSource} />
                  </li>
                </ul>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
