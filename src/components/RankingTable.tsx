import type { ReactElement } from 'react';
import type { RankedEntry } from '../charts/ranking-option';
import { formatValue } from '../i18n/format';
import { useI18n } from './i18n-context';

interface RankingTableProps {
  readonly entries: readonly RankedEntry[];
  readonly caption: string;
  readonly decimals: number;
  readonly riket: { readonly name: string; readonly value: number | null; readonly marker: string | null } | undefined;
}

export function RankingTable({ entries, caption, decimals, riket }: RankingTableProps): ReactElement {
  const { t, lang } = useI18n();
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">{t('colRank')}</th>
          <th scope="col">{t('colRegion')}</th>
          <th scope="col" className="num">{t('colValue')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.code} className={e.selected ? 'selected-row' : undefined} aria-current={e.selected ? 'true' : undefined}>
            <td className="num">{e.rank ?? ''}</td>
            <th scope="row">{e.selected ? <strong>{e.name}</strong> : e.name}</th>
            <td className="num">{formatValue(e.value, e.marker, decimals, lang)}</td>
          </tr>
        ))}
        {riket ? (
          <tr className="reference-row">
            <td className="num" />
            <th scope="row">{riket.name}</th>
            <td className="num">{formatValue(riket.value, riket.marker, decimals, lang)}</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
