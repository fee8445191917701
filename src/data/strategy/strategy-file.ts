import type { LocalizedText } from '../../domain/language';
import type { Strategy } from '../../domain/strategy';
import type { Severity } from '../issues/issue-entry';
import { ISSUE_CATALOG, type IssueCode, type IssueParams } from '../issues/issue-messages';
import type { UserTarget } from '../workspace/workspace';

/** What a strategy file holds: the strategy and the targets set for its indicators. */
export interface StrategyFile {
  readonly strategy: Strategy;
  readonly targets: readonly UserTarget[];
}

export type StrategyIssueCode = Extract<IssueCode, `strategy_${string}`>;

/** One part of a strategy file that could not be read as it was, and what became of it. */
export interface StrategyPartProblem {
  /** Where: a JSON path (`strategy.indicators[3]`) or a sheet, row and column of the workbook. */
  readonly where: LocalizedText;
  /** The part's own name, when it has one: an indicator's name or id. */
  readonly label: string | undefined;
  readonly code: StrategyIssueCode;
  readonly severity: Severity;
  readonly text: LocalizedText;
}

/**
 * A strategy file as read: what could be read and every part that could not, or, when the file as a
 * whole is no strategy file, why.
 */
export type StrategyFileRead =
  | {
      readonly ok: true;
      readonly file: StrategyFile;
      readonly problems: readonly StrategyPartProblem[];
      /** True when the file was an indicator list, read as the start of a chain. */
      readonly fromList: boolean;
      /** True when the strategy's name was taken from the indicator list's title line. */
      readonly nameFromTitle?: boolean;
    }
  | { readonly ok: false; readonly code: StrategyIssueCode; readonly text: LocalizedText };

/** What the JSON file says it is, so that no other JSON file is taken for one. */
export const STRATEGY_FORMAT = 'regionala-resultat-strategi';
export const STRATEGY_FILE_VERSION = 1;

export function messageOf<C extends StrategyIssueCode>(
  code: C,
  params: IssueParams<C>,
): { severity: Severity; text: LocalizedText } {
  const { severity, message } = ISSUE_CATALOG[code] as {
    severity: Severity;
    message: (p: IssueParams<C>) => LocalizedText;
  };
  return { severity, text: message(params) };
}

export function refusal<C extends StrategyIssueCode>(code: C, params: IssueParams<C>): StrategyFileRead {
  return { ok: false, code, text: messageOf(code, params).text };
}

/** Where a problem is, the same in both languages (a JSON path). */
export const samePlace = (path: string): LocalizedText => ({ sv: path, en: path });

/** Collects the problems of one file, each with the place it is reported at. */
export class StrategyProblems {
  readonly list: StrategyPartProblem[] = [];
  add<C extends StrategyIssueCode>(
    where: LocalizedText,
    label: string | undefined,
    code: C,
    params: IssueParams<C>,
  ): void {
    this.list.push({ where, label, code, ...messageOf(code, params) });
  }
}
