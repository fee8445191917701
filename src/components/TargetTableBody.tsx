import { useMemo, type ReactElement } from 'react';
import { useI18n } from './i18n-context';
import type { TargetTableProps } from './TargetTable';
import { TargetPaste } from './TargetPaste';
import { TargetRowAdder } from './TargetRowAdder';
import { statusId } from './target-table-model';
import { TABLE_COLUMNS, TargetTableRow } from './TargetTableRow';
import { useTargetTable } from './use-target-table';
import type { WorkspaceApi } from './use-workspace';

interface TargetTableBodyProps extends TargetTableProps {
  readonly api: WorkspaceApi;
  /** The prefix of the ids inside. */
  readonly base: string;
}

/** The targets table, its save error and actions, the status line, and the paste from Excel. */
export function TargetTableBody({
  api,
  base,
  indicator,
  indicatorName,
  otherNames,
  decimals,
  region,
}: TargetTableBodyProps): ReactElement {
  const { t } = useI18n();
  const table = useTargetTable(api, indicator, base);
  // By value: a caller may pass a new array of the same names on every render.
  const names = [indicatorName, ...(otherNames ?? [])].join('\n');
  const pasteIndicator = useMemo(() => ({ id: indicator, names: names.split('\n') }), [indicator, names]);
  const errorId = `${base}-error`;
  const { problem } = table.focus;
  return (
    <>
      {table.rows.length === 0 ? <p data-testid="target-table-none">{t('targetTableNone')}</p> : null}
      {/* A form: Enter in a cell saves, as the save button does. */}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          table.save();
        }}
        data-testid="target-table-form"
      >
        <div className="table-wrap">
          <table className="data-table target-table-grid">
            <caption>{t('targetTableCaption', { indicator: indicatorName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targetTableRegion')}</th>
                {TABLE_COLUMNS.map((c) => (
                  <th scope="col" key={c.field}>
                    {t(c.label)}
                  </th>
                ))}
                <th scope="col">{t('targetTableRemove')}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <TargetTableRow
                  key={row.key}
                  base={base}
                  row={row}
                  number={i + 1}
                  focus={table.focus}
                  errorId={errorId}
                  onEdit={(change) => table.edit(row, change)}
                  onRemove={() => table.removeRow(row)}
                />
              ))}
            </tbody>
          </table>
        </div>
        {problem && table.problemRow ? (
          <p id={errorId} role="alert" className="error-text" data-testid="target-table-error">
            {t('targetTableRowError', { ...table.problemRow, problem: t(problem.key) })}
          </p>
        ) : null}
        <div className="target-table-actions">
          <TargetRowAdder initialRegion={region} onAdd={table.addRow} />
          <button type="submit" className="primary-button" data-testid="target-table-save">
            {t('targetTableSave')}
          </button>
        </div>
      </form>
      <p
        id={statusId(base)}
        tabIndex={-1}
        role="status"
        className="target-table-status"
        data-testid="target-table-status"
      >
        {table.status}
      </p>
      <h4>{t('targetPasteOpen')}</h4>
      <TargetPaste
        indicator={pasteIndicator}
        decimals={decimals}
        existing={api.workspace.targets}
        onApply={(targets, replaced) => {
          api.addTargets(targets);
          table.announce(
            t('targetPasteApplied', { added: targets.length - replaced, replaced, indicator: indicatorName }),
          );
        }}
      />
    </>
  );
}
