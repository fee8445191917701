import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { useI18n } from './i18n-context';

interface ChartFigureProps {
  readonly title: string;
  /** Source, unit and period: every chart states them. */
  readonly caption: string;
  readonly chart: ReactNode;
  /** The same numbers as a table: the accessible alternative. */
  readonly table: ReactNode;
  readonly testId?: string;
}

/** A chart with its heading, its caption and a table alternative one click away. */
export function ChartFigure({ title, caption, chart, table, testId }: ChartFigureProps): ReactElement {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const headingId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={headingId} data-testid={testId}>
      <div className="chart-figure-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="link-button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('hideTable') : t('showTable')}
        </button>
      </div>
      {chart}
      <figcaption>{caption}</figcaption>
      {/* Scrollable, so keyboard users can focus it and scroll with the arrow keys. */}
      <div id={tableId} hidden={!showTable} className="table-wrap" tabIndex={showTable ? 0 : -1} role="region" aria-label={title}>
        {showTable ? table : null}
      </div>
    </figure>
  );
}
