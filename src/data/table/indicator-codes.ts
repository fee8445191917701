import type { ObservationBuilder } from '../columns/observation-store';
import type { IssueCollector } from '../issues/issue';
import { isWellFormed } from '../text/well-formed';
import { RecentMap } from '../cells/recent-map';

/** What `fixed` gives for a table's own indicator (from the title or the options) that is not well-formed. */
export const MALFORMED_INDICATOR = -2;

/**
 * A table's indicator ids as codes in the observation columns. An id is a key and goes into links, so
 * one that is not well-formed Unicode (an xlsx cell, an option from a workspace file) is never
 * registered: each row that names it is rejected with an issue. Each distinct id is checked once.
 */
export class IndicatorCodes {
  private readonly codes = new RecentMap<number>();

  constructor(
    private readonly builder: ObservationBuilder,
    private readonly issues: IssueCollector,
  ) {}

  /** The code of the table's own indicator, MALFORMED_INDICATOR when not well-formed, -1 when none. */
  fixed(id: string | undefined): number {
    if (id === undefined) return -1;
    return isWellFormed(id) ? this.builder.indicatorCode(id) : MALFORMED_INDICATOR;
  }

  /** A row's indicator code, or -1 after an issue when the id is not well-formed. */
  code(id: string, line: number, column: number | null): number {
    let code = this.codes.get(id);
    if (code === undefined) {
      code = isWellFormed(id) ? this.builder.indicatorCode(id) : -1;
      this.codes.set(id, code);
    }
    if (code < 0) this.issues.add('text_malformed', line, column, { field: 'indicator', value: id });
    return code;
  }

  /** A row of the table's own indicator when that is not well-formed: rejected with an issue. */
  rejectFixed(id: string, line: number): void {
    this.issues.add('text_malformed', line, null, { field: 'indicator', value: id });
  }
}
