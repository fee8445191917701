import type { ObservationBuilder } from '../columns/observation-store';
import type { LedgerTableContext } from './ledger/ledger-table-rows';

/**
 * What every table layout's row reader reads with, once the header is known: the header, the cell
 * readers, the issues, the counts, the file, the decimal hint, and the columns observations go to.
 */
export interface TableRowsContext extends LedgerTableContext {
  readonly builder: ObservationBuilder;
}
