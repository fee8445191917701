import type { LocalizedText } from '../../domain/language';
import { detach } from '../text/detach';
import { ISSUE_CATALOG, type IssueCode, type IssueParams, type Severity } from './issue-messages';

export type { IssueCode, Severity };

export interface ImportIssue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly file: string;
  /** 1-based physical line of the file (lines inside quoted fields count); 1 for whole-file issues. */
  readonly line: number;
  /** 1-based column: the field number in CSV, the character in JSON; null when the whole row or file is meant. */
  readonly column: number | null;
  readonly message: LocalizedText;
  /** When one issue stands for many rows with the same problem: every line it covers. */
  readonly lines?: readonly number[];
}

/** Issues of one code beyond this many in one file are folded into one issue that lists every line. */
export const DETAILED_ISSUES_PER_CODE = 1000;

/**
 * Collects a file's issues. Each rejected row gets its own issue up to a limit per code; past it the
 * line numbers are still kept (none is lost) but share one issue, so a million bad rows cannot
 * exhaust memory with a million messages.
 */
export class IssueCollector {
  private readonly issues: ImportIssue[] = [];
  private readonly perCode = new Map<IssueCode, number>();
  private readonly overflow = new Map<IssueCode, number[]>();
  private errorCount = 0;

  constructor(readonly file: string) {}

  add<C extends IssueCode>(code: C, line: number, column: number | null, params: IssueParams<C>): void {
    const { severity, message } = ISSUE_CATALOG[code] as {
      severity: Severity;
      message: (p: IssueParams<C>) => LocalizedText;
    };
    if (severity === 'error') this.errorCount++;
    const seen = this.perCode.get(code) ?? 0;
    this.perCode.set(code, seen + 1);
    if (seen >= DETAILED_ISSUES_PER_CODE) {
      const lines = this.overflow.get(code) ?? [];
      lines.push(line);
      this.overflow.set(code, lines);
      return;
    }
    const text = message(params);
    // Messages quote cells: detached, so they keep no chunk of the file alive.
    this.issues.push({
      severity,
      code,
      file: this.file,
      line,
      column,
      message: { sv: detach(text.sv), en: detach(text.en) },
    });
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  countOf(code: IssueCode): number {
    return this.perCode.get(code) ?? 0;
  }

  /** The issues in line order, with folded ones last per code. */
  finish(): ImportIssue[] {
    const result = [...this.issues].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
    for (const [code, lines] of this.overflow) {
      const severity = ISSUE_CATALOG[code].severity;
      result.push({
        severity,
        code,
        file: this.file,
        line: lines[0] ?? 1,
        column: null,
        message: ISSUE_CATALOG.more_of_same.message({ count: lines.length, code }),
        lines,
      });
    }
    return result;
  }
}
