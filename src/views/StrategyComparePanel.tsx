import { useMemo, useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import { pick } from '../domain/language';
import type { Strategy } from '../domain/strategy';
import type { Dataset } from '../data/dataset/dataset';
import type { StrategyFileRead } from '../data/strategy/strategy-file';
import { useI18n } from '../components/i18n-context';
import { FileOpenLink } from '../components/FileOpenLink';
import { useUrlState } from '../state/use-url-state';
import { compareModel, type CompareSide } from './strategy-compare-model';
import { StrategyCompareResult } from './StrategyCompareResult';
import { Problems } from './StrategyFilePreview';

interface StrategyComparePanelProps {
  readonly dataset: Dataset;
  /** Our strategy, as the view shows it. */
  readonly strategy: Strategy;
}

type Loaded = { readonly name: string; readonly read: Extract<StrategyFileRead, { ok: true }> };

/**
 * Two chains side by side: another region's strategy file (xlsx, JSON or an indicator list) against
 * ours, level by level — the indicators both follow, each side's own, the questions both ask — and
 * for a shared indicator both regions' status. Nothing of the other file is kept.
 */
export function StrategyComparePanel({ dataset, strategy }: StrategyComparePanelProps): ReactElement {
  const { t, lang } = useI18n();
  // Our region when the strategy names none: the one chosen in the views.
  const [{ region }] = useUrlState();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const onOpen = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    const { readStrategyFile } = await import('../data/strategy/strategy-open');
    const read = readStrategyFile(new Uint8Array(await chosen.arrayBuffer()));
    if (!read.ok) {
      setLoaded(undefined);
      return setError(t('sfFileInvalid', { name: chosen.name, detail: pick(read.text, lang) }));
    }
    setError(undefined);
    setLoaded({ name: chosen.name, read });
  };
  const sides = useMemo(() => {
    if (!loaded) return undefined;
    const ours: CompareSide = { strategy, targets: undefined, region: strategy.region ?? region };
    const theirs: CompareSide = {
      strategy: loaded.read.file.strategy,
      targets: loaded.read.file.targets,
      region: loaded.read.file.strategy.region,
    };
    return { ours, theirs, model: compareModel(ours, theirs, dataset) };
  }, [loaded, strategy, region, dataset]);
  return (
    <div className="strategy-compare-panel" data-testid="strategy-compare-panel">
      <div className="workspace-actions">
        <FileOpenLink
          label={t('sfCompare')}
          accept=".xlsx,.json,application/json"
          onChange={(e) => void onOpen(e)}
          inputRef={input}
          testId="strategy-compare-input"
        />
      </div>
      {error ? (
        <p role="alert" className="error-text" data-testid="strategy-compare-error">
          {error}
        </p>
      ) : null}
      {loaded && sides ? (
        <>
          <Problems
            items={loaded.read.problems}
            lang={lang}
            testId="strategy-compare-problems"
            kind="notes"
          />
          <StrategyCompareResult
            ours={sides.ours}
            theirs={sides.theirs}
            model={sides.model}
            onClose={() => {
              setLoaded(undefined);
              input.current?.focus();
            }}
          />
        </>
      ) : null}
    </div>
  );
}
