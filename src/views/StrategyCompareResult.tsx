import { useEffect, useId, useRef, type ReactElement } from 'react';
import { DataTable } from '../components/DataTable';
import { DownloadCsvButton } from '../components/DownloadCsvButton';
import { useI18n } from '../components/i18n-context';
import {
  indicatorTable,
  levelCountTable,
  questionTable,
  sideName,
  type CompareModel,
  type CompareSide,
} from './strategy-compare-model';

interface StrategyCompareResultProps {
  readonly ours: CompareSide;
  readonly theirs: CompareSide;
  readonly model: CompareModel;
  readonly onClose: () => void;
}

/** The comparison's totals and its three tables, each downloadable as CSV. Focus moves to its heading. */
export function StrategyCompareResult({
  ours,
  theirs,
  model,
  onClose,
}: StrategyCompareResultProps): ReactElement {
  const { t, lang } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [model]);
  const names = { ours: sideName(ours, lang, t), theirs: sideName(theirs, lang, t) };
  const counts = levelCountTable(model, t, lang);
  const indicators = indicatorTable(model, names, t, lang);
  const questions = questionTable(model, names, t, lang);
  const { totals } = model.comparison;
  return (
    <section
      aria-labelledby={headingId}
      className="strategy-compare-result"
      data-testid="strategy-compare-result"
    >
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {t('sfCompareTitle', names)}
      </h4>
      <p data-testid="strategy-compare-totals">{t('sfCompareTotals', { ...totals, ...names })}</p>
      <p className="hint">{t('sfCompareStatusNote')}</p>
      {[
        { table: counts, testId: 'strategy-compare-levels' },
        { table: indicators, testId: 'strategy-compare-indicators' },
        ...(questions.rows.length > 0 ? [{ table: questions, testId: 'strategy-compare-questions' }] : []),
      ].map(({ table, testId }) => (
        <div key={testId} className="strategy-compare-table">
          <DataTable table={table} testId={testId} />
          <DownloadCsvButton title={table.caption} table={() => table} />
        </div>
      ))}
      <button type="button" className="link-button" onClick={onClose} data-testid="strategy-compare-close">
        {t('sfCompareClose')}
      </button>
    </section>
  );
}
