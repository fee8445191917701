import type { ReactElement } from 'react';
import type { TableModel } from '../domain/table';
import { downloadTable } from './download';
import { useI18n } from './i18n-context';

/** Downloads a table as CSV; the table is built only when asked for. */
export function DownloadCsvButton({
  title,
  table,
}: {
  readonly title: string;
  readonly table: () => TableModel;
}): ReactElement {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => void downloadTable(title, table())}
      data-testid="download-csv"
    >
      {t('downloadCsv')}
    </button>
  );
}
