import { useCallback, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { withAboutColumns, type TableAbout, type TableModel } from '../domain/table';
import { aboutHeaders } from './about-columns';
import { DataTable } from './DataTable';
import { canvasMeasures, canvasToPng, captionedCanvas } from './captioned-image';
import { captionedSvg } from './captioned-svg';
import { dataUrlToBlob, downloadBlob, downloadTable, fileNameFor } from './download';
import { ChartHandleSink, type ChartHandle } from './EChart';
import { useI18n } from './i18n-context';

interface ChartFigureProps {
  readonly title: string;
  /** Source, unit and period: every chart states them. */
  readonly caption: string;
  /**
   * The part of the caption that is Swedish whatever the page's language (the catalogue's source,
   * such as "Exempeldata (påhittad) …"): marked lang="sv" when the page is in another language.
   */
  readonly swedish?: string;
  readonly chart: ReactNode;
  /** The numbers behind the chart: its table alternative and its CSV. */
  readonly table: TableModel;
  /** The table's source, unit and period: columns of its CSV (the caption says them on the page). */
  readonly about?: TableAbout;
  /** Extra controls beside the title (a mode switch). */
  readonly controls?: ReactNode;
  /** Below the caption (a legend, an attribution). */
  readonly footer?: ReactNode;
  readonly testId?: string;
}

/** A chart with its heading and caption, its table one click away, and CSV, PNG and SVG downloads. */
export function ChartFigure({
  title,
  caption,
  swedish,
  chart,
  table,
  about,
  controls,
  footer,
  testId,
}: ChartFigureProps): ReactElement {
  const { t, lang } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const handle = useRef<ChartHandle | null>(null);
  const tableId = useId();
  const headingId = useId();
  const sink = useCallback((h: ChartHandle | null) => {
    handle.current = h;
  }, []);
  const downloadCsv = (): void => void downloadTable(title, withAboutColumns(table, about, aboutHeaders(t)));
  /** The image carries its title and caption (source, unit, period, "Exempeldata" when invented). */
  const downloadPng = (): void => {
    const chart = handle.current;
    if (!chart) return;
    const name = fileNameFor(title, 'png');
    const plot = chart.toCanvas();
    if (!plot) return downloadBlob(name, dataUrlToBlob(chart.toPngDataUrl()));
    void canvasToPng(captionedCanvas(plot, title, caption)).then((blob) => downloadBlob(name, blob));
  };
  /** The same caption as text elements around ECharts' SVG drawing of the chart. */
  const downloadSvg = (): void => {
    void handle.current?.toSvg().then((plot) => {
      const measure = canvasMeasures();
      const svg = captionedSvg({
        ...plot,
        title,
        caption,
        measureTitle: measure.title,
        measureCaption: measure.caption,
      });
      downloadBlob(fileNameFor(title, 'svg'), new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    });
  };
  return (
    <figure className="chart-figure" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{title}</h2>
      <div className="figure-toolbar">
        <div className="figure-controls">{controls}</div>
        <div className="figure-actions">
          <button
            type="button"
            className="link-button"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((v) => !v)}
          >
            {showTable ? t('hideTable') : t('showTable')}
          </button>
          <button type="button" className="link-button" onClick={downloadCsv} data-testid="download-csv">
            {t('downloadCsv')}
          </button>
          <button type="button" className="link-button" onClick={downloadPng} data-testid="download-png">
            {t('downloadPng')}
          </button>
          <button type="button" className="link-button" onClick={downloadSvg} data-testid="download-svg">
            {t('downloadSvg')}
          </button>
        </div>
      </div>
      <ChartHandleSink.Provider value={sink}>{chart}</ChartHandleSink.Provider>
      <figcaption>
        <CaptionText caption={caption} swedish={lang === 'sv' ? undefined : swedish} />
      </figcaption>
      {footer}
      {/* Scrollable, so keyboard users can focus it and scroll with the arrow keys. */}
      <div
        id={tableId}
        hidden={!showTable}
        className="table-wrap"
        tabIndex={showTable ? 0 : -1}
        role="region"
        aria-label={title}
      >
        {showTable ? <DataTable table={table} /> : null}
      </div>
    </figure>
  );
}

/** A caption, with its Swedish part (if any) in a span of its own language (lang="sv"). */
export function CaptionText({
  caption,
  swedish,
}: {
  readonly caption: string;
  readonly swedish: string | undefined;
}): ReactElement {
  const at = swedish ? caption.indexOf(swedish) : -1;
  if (!swedish || at < 0) return <>{caption}</>;
  return (
    <>
      {caption.slice(0, at)}
      <span lang="sv">{swedish}</span>
      {caption.slice(at + swedish.length)}
    </>
  );
}
