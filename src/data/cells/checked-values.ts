import { isValidDecimals } from '../../domain/decimals';
import type { IssueCollector } from '../issues/issue';
import type { CheckedText } from '../issues/validation-issues';
import type { JsonValue } from '../text/json-reader';
import { isWellFormed } from '../text/well-formed';

/** The first of the texts that is not well-formed Unicode, with its field. */
export function firstMalformed(
  texts: readonly (readonly [CheckedText, string | undefined])[],
): readonly [CheckedText, string] | undefined {
  for (const [field, value] of texts)
    if (value !== undefined && !isWellFormed(value)) return [field, value] as const;
  return undefined;
}

/** A JSON value as an issue quotes it. */
function jsonText(v: JsonValue): string {
  if (v === null || typeof v !== 'object') return String(v);
  return v.kind === 'array' ? '[…]' : '{…}';
}

/**
 * A file's decimals for an indicator: an integer 0–10, else undefined after a warning at the given
 * place (the default applies). Absent is undefined without a word.
 */
export function checkedDecimals(
  value: JsonValue | undefined,
  indicator: string,
  at: { readonly line: number; readonly column: number | null },
  issues: IssueCollector,
): number | undefined {
  if (value === undefined || isValidDecimals(value)) return value;
  issues.add('decimals_invalid', at.line, at.column, { value: jsonText(value), indicator });
  return undefined;
}
