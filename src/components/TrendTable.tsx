import type { ReactElement } from 'react';
import type { TrendRow } from '../charts/trend-option';
import { formatValue } from '../i18n/format';
import { useI18n } from './i18n-context';

interface TrendTableProps {
  readonly rows: readonly TrendRow[];
  readonly caption: string;
  readonly regionName: string;
  readonly riketName: string | undefined;
  readonly decimals: number;
  readonly hasPath: boolean;
}

export function TrendTable({ rows, caption, regionName, riketName, decimals, hasPath }: TrendTableProps): ReactElement {
  const { t, lang } = useI18n();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colPeriod')}</th>
          <th scope="col" className="num">{regionName}</th>
          {riketName !== undefined ? <th scope="col" className="num">{riketName}</th> : null}
          {hasPath ? <th scope="col" className="num">{t('colTargetPath')}</th> : null}
          {hasPath ? <th scope="col" className="num">{t('target')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="num">{row.region ? formatValue(row.region.value, row.region.marker, decimals, lang) : '..'}</td>
            {riketName !== undefined ? <td className="num">{row.riket ? formatValue(row.riket.value, row.riket.marker, decimals, lang) : '..'}</td> : null}
            {hasPath ? <td className="num">{row.path === null ? '' : formatValue(row.path, null, decimals, lang)}</td> : null}
            {hasPath ? <td className="num">{row.target === null ? '' : formatValue(row.target, null, decimals, lang)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
