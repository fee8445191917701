import { regionByCode } from '../../../domain/regions';
import type { LedgerColumnMapping } from '../../import/import-result';
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
import { ledgerCounty } from './ledger-county';
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

/** What a ledger's county can come from when it has no county column. */
export interface LedgerSurroundings {
  /** The county the user stated for the file (ImportOptions.county). */
  readonly county: string | undefined;
  /** Title lines before the header. */
  readonly titles: readonly string[];
  /** The columns as the user mapped them (ImportOptions.ledgerColumns). */
  readonly mapped?: LedgerColumnMapping;
}

/**
 * A case ledger: without a county column, its one county is the one the user stated or the one the
 * title or the file name names, said as an info issue; never guessed silently.
 */
function startLedger(
  context: LedgerTableContext,
  headerLine: number,
  around: LedgerSurroundings,
): LedgerTableStart | undefined {
  const { header, issues, file } = context;
  const layout = ledgerHeader(header, around.mapped);
  if (layout.columns.has('region'))
    return start(
      layout,
      LEDGER_COLUMNS,
      issues,
      headerLine,
      (l) => new LedgerRows(context, l, { county: undefined, headerLine }),
    );
  const found = ledgerCounty(around.county, file, around.titles);
  const required = LEDGER_COLUMNS.filter(([field]) => field !== 'region');
  if (found.kind === 'none') issues.add('ledger_county_unknown', headerLine, null, {});
  if (found.kind === 'ambiguous')
    issues.add('ledger_county_ambiguous', headerLine, null, {
      counties: found.codes.map((c) => regionByCode(c)?.nameSv ?? c).join(', '),
    });
  if (found.kind !== 'found') {
    for (const [field, names] of required)
      if (!layout.columns.has(field)) issues.add('header_missing_column', headerLine, null, names);
    return undefined;
  }
  const table = start(
    layout,
    required,
    issues,
    headerLine,
    (l) => new LedgerRows(context, l, { county: found.code, headerLine }),
  );
  if (table)
    issues.add('ledger_county_constant', headerLine, null, {
      county: regionByCode(found.code)?.nameSv ?? found.code,
      origin: found.origin,
      text: found.text,
    });
  return table;
}

/** Reads the header of a case ledger, a frames table or a planned-shares table and gives its row reader. */
export function startLedgerTable(
  kind: LedgerTableKind,
  context: LedgerTableContext,
  headerLine: number,
  around: LedgerSurroundings = { county: undefined, titles: [] },
): LedgerTableStart | undefined {
  const { header, issues } = context;
  switch (kind) {
    case 'ledger':
      return startLedger(context, headerLine, around);
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
