import { useMemo, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { usePageTitle } from '../components/page-title';
import { useWorkspaceApi } from '../components/workspace-context';
import { ledgerRusAreas } from '../domain/goal-area-funds';
import { EMPTY_STRATEGY, type Strategy } from '../domain/strategy';
import { adoptedIndicator, addIndicator, strategyFromCatalogue } from '../domain/strategy-edit';
import type { Dataset } from '../data/dataset/dataset';
import { strategyModel, type Uncatalogued } from './strategy-model';
import { GoalAreaList } from './strategy/GoalAreaList';
import { StrategyLevelRow } from './strategy/StrategyLevelRow';
import { UncataloguedList } from './strategy/UncataloguedList';
import { cardButtonId } from './strategy/StrategyCard';
import { cellKeyOf, useChainEditing } from './strategy/use-chain-editing';
import { StrategyComparePanel } from './StrategyComparePanel';
import { StrategyFilePanel } from './StrategyFilePanel';

/**
 * Strategi: the region's effect chain as a page to edit — goal areas across, the six levels down,
 * each indicator a card. Without a strategy of the user's own it shows the catalogue's chain,
 * read-only, with the two ways to start one.
 */
export function StrategyView({ dataset }: { readonly dataset: Dataset }): ReactElement {
  const { t } = useI18n();
  const api = useWorkspaceApi();
  const own = api?.workspace.strategy;
  const model = useMemo(() => strategyModel(own, dataset), [own, dataset]);
  const save = (next: Strategy): void => api?.setStrategy(next);
  const editing = useChainEditing(own, save);
  usePageTitle(t('stratTitle'));
  const rusAreas = useMemo(() => ledgerRusAreas(dataset.ledger.cases), [dataset]);
  const ids = useMemo(() => new Set(model.strategy.indicators.map((i) => i.id)), [model.strategy]);
  const noData = model.rows.reduce(
    (n, r) =>
      n + new Set(r.cells.flatMap((c) => c.cards.filter((k) => !k.hasData).map((k) => k.indicator.id))).size,
    0,
  );
  const adopt = (item: Uncatalogued): void => {
    const indicator = adoptedIndicator(item.id, item.name, item.unit);
    save(addIndicator(own ?? strategyFromCatalogue(dataset.indicators), indicator));
    editing.focusLater(
      cardButtonId(item.id, cellKeyOf({ level: indicator.chainLevel, goalArea: undefined }), 'edit'),
    );
  };

  return (
    <div className="strategy-view" data-testid="strategy-view">
      <h2 className="view-title">{t('stratTitle')}</h2>
      <p className="hint">{t(own ? 'stratIntroOwn' : 'stratIntroExample')}</p>
      {own ? (
        <div className="control strategy-name">
          <label htmlFor="strategy-name">{t('stratName')}</label>
          <input
            id="strategy-name"
            // A strategy put in place from a file shows its own name.
            key={own.name}
            defaultValue={own.name}
            onBlur={(e) => (e.target.value !== own.name ? save({ ...own, name: e.target.value }) : undefined)}
          />
        </div>
      ) : (
        <div className="strategy-start">
          <button
            type="button"
            className="primary-button"
            onClick={() => save(strategyFromCatalogue(dataset.indicators))}
            data-testid="strategy-start-example"
          >
            {t('stratStartFromExample')}
          </button>
          <button type="button" onClick={() => save(EMPTY_STRATEGY)} data-testid="strategy-start-empty">
            {t('stratStartEmpty')}
          </button>
        </div>
      )}
      <p role="status" className="strategy-count">
        {t('stratCount', { count: model.strategy.indicators.length, noData })}
      </p>
      {own ? (
        <GoalAreaList strategy={own} onChange={save} focusLater={editing.focusLater} rusAreas={rusAreas} />
      ) : null}
      <div className="strategy-chain" data-testid="strategy-chain">
        {model.rows.map((row) => (
          <StrategyLevelRow
            key={row.level}
            row={row}
            goalAreas={model.strategy.goalAreas}
            ids={ids}
            editing={own ? editing : undefined}
          />
        ))}
      </div>
      <UncataloguedList items={model.uncatalogued} onAdopt={adopt} />
      {/* The strategy as a file (export, import, compare): its panels are added here. */}
      <section className="strategy-file" aria-labelledby="strategy-file-heading" data-testid="strategy-file">
        <h3 id="strategy-file-heading">{t('stratFileSection')}</h3>
        {api ? <StrategyFilePanel api={api} strategy={model.strategy} /> : null}
        <StrategyComparePanel dataset={dataset} strategy={model.strategy} />
      </section>
    </div>
  );
}
