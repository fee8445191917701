import { useCallback, useEffect, useRef, useState } from 'react';
import type { TargetDraft } from './target-form';
import {
  cellId,
  statusId,
  readTable,
  regionLabel,
  tableRows,
  targetsOf,
  type CellField,
  type TableRow,
} from './target-table-model';
import { useI18n } from './i18n-context';
import { useProblemFocus, type ProblemFocus } from './use-problem-focus';
import type { WorkspaceApi } from './use-workspace';

export interface TargetTableState {
  readonly rows: readonly TableRow[];
  readonly focus: ProblemFocus<CellField>;
  /** The row (1-based) and region the save problem is about. */
  readonly problemRow: { readonly row: number; readonly region: string } | undefined;
  /** What the last action did: shown in the status line, which then takes focus. */
  readonly status: string;
  edit(row: TableRow, change: Partial<TargetDraft>): void;
  addRow(region: string): void;
  removeRow(row: TableRow): void;
  save(): void;
  /** Says what an action did, and puts focus on the saying. */
  announce(text: string): void;
}

const EMPTY_DRAFT: TargetDraft = { period: '', value: '', basePeriod: '', baseValue: '' };

/** The targets table's rows, edits and new rows, and its actions on the workspace. `base`: the prefix of the ids inside. */
export function useTargetTable(api: WorkspaceApi, indicator: string, base: string): TargetTableState {
  const { t, lang } = useI18n();
  const [edits, setEdits] = useState<ReadonlyMap<string, TargetDraft>>(new Map());
  const [added, setAdded] = useState<readonly TableRow[]>([]);
  const [status, setStatus] = useState({ text: '', turn: 0 });
  // A new object per added row, so that each addition moves focus.
  const [newRow, setNewRow] = useState<{ readonly key: string } | undefined>(undefined);
  const next = useRef(0);
  const focus = useProblemFocus<CellField>();
  const { setProblem } = focus;
  const rows = tableRows(targetsOf(api.workspace.targets, indicator), edits, added, lang);

  useEffect(() => {
    if (status.turn > 0) document.getElementById(statusId(base))?.focus();
  }, [status.turn, base]);
  // A new row's year cell takes focus once it is drawn.
  useEffect(() => {
    if (newRow) document.getElementById(cellId(base, newRow.key, 'period'))?.focus();
  }, [newRow, base]);

  const announce = useCallback((text: string) => setStatus((s) => ({ text, turn: s.turn + 1 })), []);
  const problemIndex = rows.findIndex((r) => focus.problem?.field.startsWith(`${r.key}|`));
  const problemAt = rows[problemIndex];

  return {
    rows,
    focus,
    problemRow: problemAt
      ? { row: problemIndex + 1, region: regionLabel(problemAt.region, lang) }
      : undefined,
    status: status.text,
    announce,
    edit(row, change) {
      if (row.saved) setEdits((m) => new Map(m).set(row.key, { ...row.draft, ...change }));
      else
        setAdded((list) =>
          list.map((r) => (r.key === row.key ? { ...r, draft: { ...r.draft, ...change } } : r)),
        );
    },
    addRow(region) {
      const key = `new:${++next.current}`;
      setAdded((list) => [...list, { key, region, saved: undefined, draft: EMPTY_DRAFT }]);
      setNewRow({ key });
    },
    removeRow(row) {
      setProblem(undefined);
      if (row.saved) api.removeTarget(row.saved);
      setAdded((list) => list.filter((r) => r.key !== row.key));
      setEdits((m) => {
        const copy = new Map(m);
        copy.delete(row.key);
        return copy;
      });
      announce(
        t('targetTableRemoved', {
          region: regionLabel(row.region, lang),
          year: row.saved?.period ?? row.draft.period,
        }),
      );
    },
    save() {
      const edited = (row: TableRow): boolean => !row.saved || edits.has(row.key);
      const result = readTable(rows, edited, indicator);
      if (result.kind === 'problem') return setProblem(result.problem);
      setProblem(undefined);
      if (result.targets.length === 0) return announce(t('targetTableNothingToSave'));
      api.addTargets(result.targets, result.removed);
      setEdits(new Map());
      setAdded([]);
      announce(t('targetTableSaved', { count: result.targets.length }));
    },
  };
}
