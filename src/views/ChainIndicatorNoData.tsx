import type { ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { TargetTable } from '../components/TargetTable';
import type { Strategy, StrategyIndicator } from '../domain/strategy';

/** Riket: where a new target row starts when the strategy names no region. */
const RIKET = '00';

/**
 * The indicator of the user's strategy the URL asks for, when the view would show another one in its
 * place (the data hold no values for it). Undefined: nothing asked, or the asked one is shown.
 */
export function askedWithoutData(
  strategy: Strategy | undefined,
  asked: string | undefined,
  shown: string | undefined,
): StrategyIndicator | undefined {
  if (!strategy || asked === undefined || asked === shown) return undefined;
  return strategy.indicators.find((i) => i.id === asked);
}

/**
 * Indikator for an indicator of the chain without data: its name, "inga data ännu" in words, and its
 * targets table (paste from Excel included) — never another indicator in its place.
 */
export function ChainIndicatorNoData({
  indicator,
  region,
}: {
  readonly indicator: StrategyIndicator;
  readonly region: string | undefined;
}): ReactElement {
  const { t } = useI18n();
  return (
    <section
      className="card chain-no-data"
      aria-labelledby="chain-no-data-title"
      data-testid="chain-no-data"
      data-indicator={indicator.id}
    >
      <h2 id="chain-no-data-title" className="view-title">
        {t('chainNoDataTitle', { name: indicator.name })}
      </h2>
      <p className="strategy-data data-missing">
        <span aria-hidden="true">○ </span>
        {t('chainNoDataIntro')}
      </p>
      <TargetTable
        indicator={indicator.id}
        indicatorName={indicator.name}
        decimals={indicator.decimals}
        region={region ?? RIKET}
      />
    </section>
  );
}
