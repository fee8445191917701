import { memo, useCallback, useMemo, type ReactElement } from 'react';
import { indicatorHeadingTarget, requestFocus } from '../components/focus-request';
import { useI18n } from '../components/i18n-context';
import { StatusBadge } from '../components/StatusBadge';
import { pick } from '../domain/language';
import { periodLongLabel } from '../domain/period';
import { regionName, type Region } from '../domain/regions';
import { comparedCount, kommunScope } from '../domain/region-scope';
import type { Dataset } from '../data/dataset/dataset';
import { formatValue } from '../i18n/format';
import type { UrlState } from '../state/url-state';
import { indicatorHref } from './indicator-href';
import type { ListedIndicator } from './indicator-list';
import {
  countyHasKommunData,
  KOMMUN_STATUSES,
  kommunerCandidates,
  kommunerRow,
  type KommunerRow,
  type KommunValue,
} from './panels/kommuner-panel';
import { useIncremental } from './use-incremental';

interface KommunerPanelProps {
  readonly dataset: Dataset;
  readonly county: Region;
  /** The listed indicators with data, as the Län view has them. */
  readonly listed: readonly ListedIndicator[];
  /** False while the county's cards are still summarised: the panel waits for them, so they come first. */
  readonly ready: boolean;
  readonly onChange: (change: Partial<UrlState>) => void;
}

const NOTHING: readonly ListedIndicator[] = [];

type Open = (indicator: string, region: string, level: 'lan' | 'kommun') => void;

/**
 * "Kommunerna i X län": the results matrix's local level beside the county's cards. One row per
 * indicator with kommun data, computed a slice at a time (two thousand indicators keep the page
 * responsive); the table is its own text alternative.
 */
export function KommunerPanel({
  dataset,
  county,
  listed,
  ready,
  onChange,
}: KommunerPanelProps): ReactElement {
  const { t, lang } = useI18n();
  const countyName = regionName(county, lang);
  const any = useMemo(() => countyHasKommunData(dataset, county), [dataset, county]);
  const all = useMemo(
    () => (any ? kommunerCandidates(listed, dataset.indicators) : NOTHING),
    [any, listed, dataset],
  );
  const candidates = ready ? all : NOTHING;
  const compute = useCallback(
    (l: ListedIndicator) => kommunerRow(dataset, county, l.indicator, lang),
    [dataset, county, lang],
  );
  const incremental = useIncremental(candidates, compute);
  const { results, fresh } = incremental;
  const complete = ready && incremental.complete;
  const rows = useMemo(() => results.filter((r): r is KommunerRow => r !== undefined), [results]);
  const open = useCallback<Open>(
    (indicator, region, level) => {
      requestFocus(indicatorHeadingTarget(indicator));
      onChange({
        view: 'indikator',
        indicator,
        region,
        level,
        compare: [],
        at: undefined,
        from: undefined,
        to: undefined,
      });
    },
    [onChange],
  );
  const filtered = any && all !== listed;
  const missing = complete && filtered ? candidates.length - rows.length : 0;
  return (
    <section
      className="chain-level-section kommuner-panel"
      aria-labelledby="kommuner-heading"
      aria-busy={!complete}
      data-testid="kommuner-panel"
    >
      <h2 id="kommuner-heading">{t('kommunerHeading', { county: countyName })}</h2>
      {complete && rows.length === 0 ? (
        <p className="hint" data-testid="kommuner-none">
          {t('kommunerNone', { county: countyName })}
        </p>
      ) : (
        <>
          <p className="level-meaning">
            {t('kommunerIntro', { total: comparedCount(kommunScope(county.code)) })}
          </p>
          {complete ? null : (
            <p className="hint">{t('kommunerBusy', { done: ready ? fresh : 0, total: all.length })}</p>
          )}
          <KommunerTable rows={rows} county={county} open={open} />
        </>
      )}
      {missing > 0 ? (
        <p className="hint" data-testid="kommuner-missing">
          {missing === 1
            ? t('kommunerLocalMissingOne', { county: countyName })
            : t('kommunerLocalMissingMany', { count: missing, county: countyName })}
        </p>
      ) : null}
    </section>
  );
}

function KommunerTable({
  rows,
  county,
  open,
}: {
  readonly rows: readonly KommunerRow[];
  readonly county: Region;
  readonly open: Open;
}): ReactElement | null {
  const { t, lang } = useI18n();
  if (rows.length === 0) return null;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="kommuner-heading">
      <table className="data-table kommuner-table" data-testid="kommuner-table">
        <caption>{t('kommunerCaption', { county: regionName(county, lang) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator')}</th>
            <th scope="col">{t('colPeriod')}</th>
            <th scope="col">{t('colKommunerWithData')}</th>
            <th scope="col">{t('colKommunerStanding')}</th>
            <th scope="col">{t('colBestKommun')}</th>
            <th scope="col">{t('colWorstKommun')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <KommunerTableRow key={row.indicator.id} row={row} county={county} open={open} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A row re-renders only when its own row changes: rows arrive a slice at a time. */
const KommunerTableRow = memo(function KommunerTableRow({
  row,
  county,
  open,
}: {
  readonly row: KommunerRow;
  readonly county: Region;
  readonly open: Open;
}): ReactElement {
  const { t, lang } = useI18n();
  const { indicator } = row;
  const name = pick(indicator.name, lang);
  const unit = pick(indicator.unit, lang);
  return (
    <tr data-testid={`kommuner-row-${indicator.id}`}>
      <th scope="row">
        <a
          href={indicatorHref(indicator.id, county.code, 'kommun')}
          aria-label={t('kommunerOpenCounty', { indicator: name, county: regionName(county, lang) })}
          onClick={(e) => {
            e.preventDefault();
            open(indicator.id, county.code, 'kommun');
          }}
        >
          {name}
        </a>
        {unit ? <span className="unit kommuner-unit">{unit}</span> : null}
      </th>
      <td>{periodLongLabel(row.period, lang)}</td>
      <td data-testid="kommuner-with-data">
        {t('kommunerWithData', { count: row.withData, total: row.total })}
      </td>
      <td data-testid="kommuner-standing">
        <Standing row={row} />
      </td>
      <td data-testid="kommuner-best">
        <KommunLink entry={row.best} row={row} open={open} />
      </td>
      <td data-testid="kommuner-worst">
        <KommunLink entry={row.worst} row={row} open={open} />
      </td>
    </tr>
  );
});

function Standing({ row }: { readonly row: KommunerRow }): ReactElement {
  const { t, lang } = useI18n();
  const { standing, indicator } = row;
  switch (standing.kind) {
    case 'targets':
      return (
        <ul className="status-summary">
          {KOMMUN_STATUSES.map((s) => {
            const count = standing.counts[s];
            return count > 0 ? (
              <li key={s} data-status={s}>
                <span className="count">{count}</span> <StatusBadge status={s} compact />
              </li>
            ) : null;
          })}
        </ul>
      );
    case 'county':
      return (
        <>
          {t('kommunerBetter', {
            count: standing.better,
            withData: row.withData,
            value: formatValue(standing.county.value, standing.county.marker, indicator.decimals, lang),
          })}
        </>
      );
    case 'none':
      return (
        <span className="hint">
          {t(
            standing.reason === 'neutral'
              ? 'kommunerNeutral'
              : standing.reason === 'sum'
                ? 'kommunerSum'
                : 'kommunerNoCounty',
          )}
        </span>
      );
  }
}

function KommunLink({
  entry,
  row,
  open,
}: {
  readonly entry: KommunValue | undefined;
  readonly row: KommunerRow;
  readonly open: Open;
}): ReactElement {
  const { t, lang } = useI18n();
  const { indicator } = row;
  if (!entry)
    return <span className="hint">{indicator.direction === 'neutral' ? t('kommunerNoRanking') : '–'}</span>;
  return (
    <>
      <a
        href={indicatorHref(indicator.id, entry.code)}
        aria-label={t('kommunerOpenKommun', { kommun: entry.name, indicator: pick(indicator.name, lang) })}
        onClick={(e) => {
          e.preventDefault();
          open(indicator.id, entry.code, 'kommun');
        }}
      >
        {entry.name}
      </a>{' '}
      <span className="kommun-value">{formatValue(entry.value, null, indicator.decimals, lang)}</span>
    </>
  );
}
