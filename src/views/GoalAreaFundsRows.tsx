import type { ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { StatusBadge } from '../components/StatusBadge';
import { CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import type { FundsSum, GoalAreaFundsRow } from '../domain/goal-area-funds';
import { pick } from '../domain/language';
import { periodLabel } from '../domain/period';
import { formatNumber, formatValue } from '../i18n/format';
import { ChangeText } from './ChangeText';
import { rusAreasText, type GoalAreaOutcome } from './panels/goal-area-funds-panel';

const MNKR = 1e6;
/** On the page the level stands under the indicator's name (the CSV has a column for it). */
export const PAGE_OUTCOME_COLUMNS = 5;

/** Granted (mnkr), share of the year (%) and cases: the same three cells on every funds row. */
function FundCells({ sum, span }: { readonly sum: FundsSum; readonly span: number }): ReactElement {
  const { lang } = useI18n();
  return (
    <>
      <td className="num" rowSpan={span} data-col="granted">
        {formatNumber(sum.granted / MNKR, 1, lang)}
      </td>
      <td className="num" rowSpan={span} data-col="share">
        {formatValue(sum.share ?? null, null, 1, lang)}
      </td>
      <td className="num" rowSpan={span} data-col="cases">
        {formatNumber(sum.cases, 0, lang)}
      </td>
    </>
  );
}

/** An outcome indicator's five cells: name (with its level and unit), latest value, period, change, status. */
function OutcomeCells({ outcome }: { readonly outcome: GoalAreaOutcome }): ReactElement {
  const { t, lang } = useI18n();
  const { indicator, summary } = outcome;
  const latest = summary?.latest;
  const decimals = indicator?.decimals ?? 1;
  return (
    <>
      <td>
        <span data-col="indicator">{outcome.name}</span>
        <span className="gaf-unit">
          {pick(CHAIN_LEVEL_INFO[outcome.level].label, lang)}
          {indicator ? `, ${pick(indicator.unit, lang)}` : ''}
        </span>
      </td>
      <td className="num" data-col="value">
        {latest ? formatValue(latest.value, latest.marker, decimals, lang) : t('gafNoData')}
      </td>
      <td>{latest ? periodLabel(latest.period, lang) : ''}</td>
      <td>{summary ? <ChangeText change={summary.changePrevious} decimals={decimals} /> : ''}</td>
      <td>
        <StatusBadge status={summary?.status.status ?? 'no_data'} />
      </td>
    </>
  );
}

/** One goal area: its funds once (spanning its rows), then a row per outcome indicator. */
export function GoalAreaFundsRows({
  row,
  outcomes,
}: {
  readonly row: GoalAreaFundsRow;
  readonly outcomes: readonly GoalAreaOutcome[];
}): ReactElement {
  const { t } = useI18n();
  const span = Math.max(1, outcomes.length);
  const [first, ...rest] = outcomes;
  const areas = row.goalArea.rusAreas;
  return (
    <tbody data-testid={`gaf-row-${row.goalArea.id}`}>
      <tr>
        <th scope="rowgroup" rowSpan={span}>
          {row.goalArea.name}
        </th>
        <td rowSpan={span} data-col="rus">
          {areas.length > 0 ? rusAreasText(areas, t) : <span className="change-none">{t('gafNoRus')}</span>}
        </td>
        <FundCells sum={row} span={span} />
        {first ? (
          <OutcomeCells outcome={first} />
        ) : (
          <td colSpan={PAGE_OUTCOME_COLUMNS} className="change-none">
            {t('gafNoOutcomes')}
          </td>
        )}
      </tr>
      {rest.map((o) => (
        <tr key={o.id}>
          <OutcomeCells outcome={o} />
        </tr>
      ))}
    </tbody>
  );
}

/** The unlinked funds or the year's total: a row of funds, no indicators. */
export function FundsRow({
  label,
  areas,
  sum,
  testId,
}: {
  readonly label: string;
  /** The RUS areas the row covers; undefined for the total. */
  readonly areas: readonly string[] | undefined;
  readonly sum: FundsSum;
  readonly testId: string;
}): ReactElement {
  const { t } = useI18n();
  return (
    <tr data-testid={testId}>
      <th scope="row">{label}</th>
      <td data-col="rus">{areas ? rusAreasText(areas, t) : ''}</td>
      <FundCells sum={sum} span={1} />
      <td colSpan={PAGE_OUTCOME_COLUMNS} />
    </tr>
  );
}
