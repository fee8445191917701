import type { ReactElement } from 'react';
import type { TablePreview } from '../data/import/import-result';
import { useI18n } from './i18n-context';

/** The file's first rows, its columns numbered as the choices name them. */
export function MappingPreview({ preview }: { readonly preview: TablePreview }): ReactElement {
  const { t } = useI18n();
  const header = preview.header;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('mappingPreview')}>
      <table className="data-table">
        <caption>{t('mappingPreview')}</caption>
        <thead>
          <tr>
            {header.map((h, i) => (
              <th key={i} scope="col">
                {i + 1}: {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.slice(0, 5).map((row, r) => (
            <tr key={r}>
              {header.map((_, i) => (
                <td key={i}>{row[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
