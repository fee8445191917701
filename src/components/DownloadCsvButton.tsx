import type { ReactElement } from 'react';
import { withAboutColumns, type TableAbout, type TableModel } from '../domain/table';
import { aboutHeaders } from './about-columns';
import { downloadTable } from './download';
import { useI18n } from './i18n-context';

/** Downloads a table as CSV; the table is built only when asked for. */
export function DownloadCsvButton({
  title,
  table,
  about,
}: {
  readonly title: string;
  readonly table: () => TableModel;
  /** The table's source and unit, as CSV columns; a table with its own Källa and Enhet columns has none. */
  readonly about?: () => TableAbout;
}): ReactElement {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => void downloadTable(title, withAboutColumns(table(), about?.(), aboutHeaders(t)))}
      data-testid="download-csv"
    >
      {t('downloadCsv')}
    </button>
  );
}
