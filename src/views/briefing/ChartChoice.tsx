import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import { CHAIN_LEVEL_INFO, CHAIN_LEVELS } from '../../domain/chain-levels';
import { pick } from '../../domain/language';
import { MAX_BRIEFING_CHARTS, MIN_BRIEFING_CHARTS } from '../../state/briefing-params';
import type { ChartCandidate } from './briefing-charts';

/**
 * The key charts' choice, on screen only: a checkbox per indicator with a value, level by level. At
 * most six; a seventh cannot be ticked until one is unticked (the hint says so, in words).
 */
export function ChartChoice({
  candidates,
  chosen,
  onChange,
}: {
  readonly candidates: readonly ChartCandidate[];
  readonly chosen: readonly string[];
  readonly onChange: (charts: readonly string[] | undefined) => void;
}): ReactElement {
  const { t, lang } = useI18n();
  const full = chosen.length >= MAX_BRIEFING_CHARTS;
  const toggle = (id: string): void => {
    const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id];
    // Kept in the candidates' order, the order the page shows them in.
    onChange(candidates.map((c) => c.id).filter((c) => next.includes(c)));
  };
  return (
    <section
      className="briefing-choice"
      aria-labelledby="briefing-choice-heading"
      data-testid="briefing-choice"
    >
      <h2 id="briefing-choice-heading">{t('briefingChoiceHeading')}</h2>
      <p className="hint" id="briefing-choice-hint" aria-live="polite">
        {t('briefingChoiceHint', { count: chosen.length, max: MAX_BRIEFING_CHARTS })}{' '}
        {full ? t('briefingChoiceFull') : chosen.length < MIN_BRIEFING_CHARTS ? t('briefingChoiceFew') : ''}
      </p>
      {CHAIN_LEVELS.map((level) => {
        const inLevel = candidates.filter((c) => c.level === level);
        if (inLevel.length === 0) return null;
        return (
          <fieldset key={level} className="check-group">
            <legend>{pick(CHAIN_LEVEL_INFO[level].label, lang)}</legend>
            {inLevel.map((c) => {
              const on = chosen.includes(c.id);
              return (
                <label key={c.id} className="check">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={full && !on}
                    aria-describedby="briefing-choice-hint"
                    onChange={() => toggle(c.id)}
                    data-testid={`briefing-choose-${c.id}`}
                  />
                  {c.name}
                </label>
              );
            })}
          </fieldset>
        );
      })}
      <button type="button" className="link-button" onClick={() => onChange(undefined)}>
        {t('briefingChoiceDefault')}
      </button>
    </section>
  );
}
