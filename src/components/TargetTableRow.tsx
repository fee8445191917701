import type { ReactElement } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from './i18n-context';
import type { TargetDraft, TargetField } from './target-form';
import { cellField, cellId, regionLabel, type CellField, type TableRow } from './target-table-model';
import type { ProblemFocus } from './use-problem-focus';

interface TargetTableRowProps {
  readonly base: string;
  readonly row: TableRow;
  /** 1-based, as the labels and the error say it. */
  readonly number: number;
  readonly focus: ProblemFocus<CellField>;
  /** The id of the save error, for the cell it is about. */
  readonly errorId: string;
  readonly onEdit: (change: Partial<TargetDraft>) => void;
  readonly onRemove: () => void;
}

export const TABLE_COLUMNS: readonly {
  readonly field: TargetField;
  readonly label: MessageKey;
  readonly inputMode: 'numeric' | 'decimal';
}[] = [
  { field: 'period', label: 'targetTableYear', inputMode: 'numeric' },
  { field: 'value', label: 'targetTableValue', inputMode: 'decimal' },
  { field: 'basePeriod', label: 'targetTableBaseYear', inputMode: 'numeric' },
  { field: 'baseValue', label: 'targetTableBaseValue', inputMode: 'decimal' },
];

/** One target: its region, and its year, value and baseline as labelled inputs. */
export function TargetTableRow({
  base,
  row,
  number,
  focus,
  errorId,
  onEdit,
  onRemove,
}: TargetTableRowProps): ReactElement {
  const { t, lang } = useI18n();
  const region = regionLabel(row.region, lang);
  return (
    <tr data-testid="target-table-row" data-region={row.region}>
      <th scope="row">
        {region} <span className="meta">({row.region})</span>
      </th>
      {TABLE_COLUMNS.map(({ field, label, inputMode }) => {
        const invalid = focus.problem?.field === cellField(row.key, field);
        return (
          <td key={field}>
            <input
              id={cellId(base, row.key, field)}
              ref={focus.fieldRef(cellField(row.key, field))}
              className="table-input"
              aria-label={t('targetTableCell', { column: t(label), region, row: number })}
              {...(invalid ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
              value={row.draft[field]}
              inputMode={inputMode}
              size={8}
              onChange={(e) => onEdit({ [field]: e.target.value })}
              data-testid={`target-cell-${field}`}
            />
          </td>
        );
      })}
      <td>
        <button
          type="button"
          className="link-button"
          aria-label={t('targetTableRemoveRow', { region, row: number })}
          onClick={onRemove}
        >
          {t('targetTableRemove')}
        </button>
      </td>
    </tr>
  );
}
