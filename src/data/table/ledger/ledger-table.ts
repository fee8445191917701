import type { IssueCollector } from '../../issues/issue';
import { reportLeftOut } from '../../cells/left-out-columns';
import {
  frameHeader,
  LEDGER_REQUIRED,
  ledgerHeader,
  shareHeader,
  type LedgerHeader,
  type LedgerTableKind,
  type RequiredLedgerField,
} from './ledger-header';
import { LedgerRows } from './ledger-rows';
import type { LedgerTableContext, LedgerTableReader } from './ledger-table-rows';
import { FrameRows, ShareRows } from './plan-rows';

/** A ledger table whose header was read: its row reader and the columns it reads. */
export interface LedgerTableStart {
  readonly rows: LedgerTableReader;
  readonly usedColumns: readonly number[];
}

/** A column a table cannot do without, with the names the message gives. */
type Required<F> = readonly (readonly [F, { readonly role: string; readonly accepted: string }])[];

const LEDGER_COLUMNS: Required<RequiredLedgerField> = (
  Object.keys(LEDGER_REQUIRED) as RequiredLedgerField[]
).map((f) => [f, { role: LEDGER_REQUIRED[f], accepted: LEDGER_REQUIRED[f] }]);
const SHARE_COLUMNS: Required<'region' | 'year'> = [
  ['region', { role: 'län', accepted: 'län, region' }],
  ['year', { role: 'år', accepted: 'år' }],
];

/** Names the columns the header lacks (then there is no table: undefined) and those it will not read. */
function start<F extends string>(
  layout: LedgerHeader<F>,
  required: Required<F>,
  issues: IssueCollector,
  headerLine: number,
  rows: (layout: LedgerHeader<F>) => LedgerTableReader,
): LedgerTableStart | undefined {
  const missing = required.filter(([field]) => !layout.columns.has(field));
  for (const [, names] of missing) issues.add('header_missing_column', headerLine, null, names);
  if (missing.length > 0) return undefined;
  reportLeftOut(issues, headerLine, layout.unused, false);
  return { rows: rows(layout), usedColumns: [...layout.columns.values()] };
}

/** Reads the header of a case ledger, a frames table or a planned-shares table and gives its row reader. */
export function startLedgerTable(
  kind: LedgerTableKind,
  context: LedgerTableContext,
  headerLine: number,
): LedgerTableStart | undefined {
  const { header, issues } = context;
  switch (kind) {
    case 'ledger':
      return start(
        ledgerHeader(header),
        LEDGER_COLUMNS,
        issues,
        headerLine,
        (layout) => new LedgerRows(context, layout),
      );
    case 'frames':
      return start(frameHeader(header), [], issues, headerLine, (layout) => new FrameRows(context, layout));
    case 'shares':
      return start(
        shareHeader(header),
        SHARE_COLUMNS,
        issues,
        headerLine,
        (layout) => new ShareRows(context, layout),
      );
  }
}
