import type { ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { StateLink } from '../components/StateLink';
import { formatValue } from '../i18n/format';
import type { UrlState } from '../state/url-state';
import type { FinanceModel } from './finance-model';

interface FinanceFigureCardsProps {
  readonly model: FinanceModel;
  /** The decision year, as the heading names it. */
  readonly yearLabel: string;
  readonly state: UrlState;
  readonly onChange: (change: Partial<UrlState>) => void;
}

/** The key figures for the year, each with its formula and a link to its indicator. */
export function FinanceFigureCards({
  model,
  yearLabel,
  state,
  onChange,
}: FinanceFigureCardsProps): ReactElement {
  const { t, lang } = useI18n();
  return (
    <section className="finance-figures" aria-labelledby="figures-heading" data-testid="finance-figures">
      <h2 id="figures-heading">{t('figuresTitle', { region: model.regionName, year: yearLabel })}</h2>
      <ul className="figure-cards">
        {model.figures.map((f) => (
          <li key={f.id} className="figure-card" data-testid={`figure-${f.id}`}>
            <h3>{f.name}</h3>
            <p className="big-number">
              <span data-testid="figure-value">{formatValue(f.value, f.marker, f.decimals, lang)}</span>{' '}
              <span className="unit">{f.unit}</span>
            </p>
            {f.value === null ? (
              <p className="hint" data-testid="figure-note">
                {f.note ?? t('figureNoValue')}
              </p>
            ) : null}
            {f.formula ? (
              <p className="formula">
                <span className="question-label">{t('formulaLabel')}:</span> {f.formula}
              </p>
            ) : null}
            <StateLink
              state={state}
              change={{
                view: 'indikator',
                indicator: f.id,
                region: model.region,
                at: undefined,
                from: undefined,
                to: undefined,
                compare: [],
              }}
              onChange={onChange}
            >
              {t('openIndicator', { indicator: f.name })}
            </StateLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
