import { parsePeriod, periodKey } from '../../domain/period';
import { resolveRegion } from '../../domain/region-resolver';
import { regionName, type Region } from '../../domain/regions';
import { ISSUE_CATALOG, type IssueCode, type IssueParams } from '../issues/issue-messages';
import type { PasteColumn } from '../issues/target-paste-issues';
import { parseValue } from '../text/number-parse';
import type { LocalizedText } from '../../domain/language';

/** Why one cell of a pasted row could not be read: its line and column (1-based) and the message. */
export interface PasteIssue {
  readonly code: IssueCode;
  readonly line: number;
  /** 1-based column of the pasted text; null when the whole row is meant. */
  readonly column: number | null;
  readonly message: LocalizedText;
}

export function pasteIssue<C extends IssueCode>(
  code: C,
  line: number,
  column: number | null,
  params: IssueParams<C>,
): PasteIssue {
  const { message } = ISSUE_CATALOG[code] as { message: (p: IssueParams<C>) => LocalizedText };
  return { code, line, column, message: message(params) };
}

/** A cell's text and place. */
export interface PasteCell {
  readonly text: string;
  readonly line: number;
  /** 0-based index in the row. */
  readonly index: number;
}

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: PasteIssue };

const fail = <T>(issue: PasteIssue): Read<T> => ({ ok: false, issue });

const nameOf = (region: Region): string => `${regionName(region, 'sv')} (${region.code})`;

/**
 * A region by code or name, through the domain's resolver. What the resolver would read with a note
 * (a dropped leading zero, a code and a name that disagree, a name both a county and a kommun have,
 * a former kommun) is not guessed here: the row is rejected and the message says what to write.
 */
export function readRegion(cell: PasteCell): Read<Region> {
  const { text, line } = cell;
  const column = cell.index + 1;
  const value = text.trim();
  if (value === '') return fail(pasteIssue('target_paste_empty', line, column, { column: 'region' }));
  const r = resolveRegion(value);
  if (!r.ok) {
    const suggestion = r.suggestion ? nameOf(r.suggestion) : undefined;
    return fail(
      r.reason === 'former_county_code'
        ? pasteIssue('target_paste_region_former_county', line, column, { value, suggestion })
        : pasteIssue('target_paste_region_unknown', line, column, { value, suggestion }),
    );
  }
  switch (r.note?.kind) {
    case undefined:
      return { ok: true, value: r.region };
    case 'padded':
      return fail(
        pasteIssue('target_paste_region_padded', line, column, {
          value,
          code: r.note.to,
          name: regionName(r.region, 'sv'),
        }),
      );
    case 'name_mismatch':
      return fail(pasteIssue('target_paste_region_mismatch', line, column, { value }));
    case 'ambiguous_municipality':
      return fail(
        pasteIssue('target_paste_region_ambiguous', line, column, {
          value,
          county: nameOf(r.region),
          kommun: nameOf(r.note.municipality),
        }),
      );
    case 'former_kommun':
      return fail(
        pasteIssue('target_paste_region_former_kommun', line, column, {
          value,
          name: regionName(r.region, 'sv'),
          code: r.region.code,
        }),
      );
  }
}

/** A year of four digits (1900–2100), as a period key. Quarters and months are not targets here. */
export function readYear(cell: PasteCell, column: PasteColumn): Read<string> {
  const value = cell.text.trim();
  const at = cell.index + 1;
  if (value === '') return fail(pasteIssue('target_paste_empty', cell.line, at, { column }));
  const parsed = /^\d{4}$/.test(value) ? parsePeriod(value) : undefined;
  if (!parsed?.ok) return fail(pasteIssue('target_paste_year_invalid', cell.line, at, { value, column }));
  return { ok: true, value: periodKey(parsed.period) };
}

/**
 * A number as Swedish Excel pastes it: decimal comma, groups of three split by a space or a no-break
 * space. A decimal point is read only when it cannot be a thousands separator (`10.5`, `0.25`); with
 * exactly three digits after it (`1.234`) the row is rejected. A missing-value marker (`..`) is no number.
 */
export function readNumber(cell: PasteCell, column: PasteColumn): Read<number> {
  const value = cell.text.trim();
  const at = cell.index + 1;
  const parsed = parseValue(value, ',');
  if (parsed.kind === 'marker') return fail(pasteIssue('target_paste_empty', cell.line, at, { column }));
  if (parsed.kind === 'invalid')
    return fail(
      pasteIssue('target_paste_number_invalid', cell.line, at, { value, column, reason: parsed.reason }),
    );
  if (parsed.note === 'ambiguous_separator')
    return fail(pasteIssue('target_paste_number_ambiguous', cell.line, at, { value, column }));
  return { ok: true, value: parsed.value };
}
