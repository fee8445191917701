import type { ReactElement } from 'react';
import { DataTable } from '../components/DataTable';
import { useI18n } from '../components/i18n-context';
import type { TableModel } from '../domain/table';

interface CountiesTableProps {
  readonly table: TableModel;
  /** The period of the values, as the heading names it. */
  readonly atLabel: string;
  /** The regions, as the heading names them: "Alla län", "Alla kommuner i Dalarnas län". */
  readonly all: string;
}

/** The exact values of every compared region (county or kommun) for the period, sortable. */
export function CountiesTable({ table, atLabel, all }: CountiesTableProps): ReactElement {
  const { t } = useI18n();
  return (
    <section className="chart-figure" aria-labelledby="counties-table-heading" data-testid="counties-table">
      <h2 id="counties-table-heading">{t('countiesTableTitle', { all, period: atLabel })}</h2>
      <p className="hint">{t('countiesTableHint')}</p>
      <div className="table-wrap tall" tabIndex={0} role="region" aria-labelledby="counties-table-heading">
        <DataTable table={table} sortable testId="counties-data-table" />
      </div>
    </section>
  );
}
