import {
  LEDGER_MAPPED_FIELDS,
  type LedgerColumnMapping,
  type LedgerMappedField,
  type TablePreview,
} from '../data/import/import-result';
import { ledgerHeader } from '../data/table/ledger/ledger-header';
import type { SourceOptions } from '../data/workspace/workspace';
import type { MessageKey } from '../i18n/dictionary';
import type { FieldProblem } from './use-problem-focus';

/** A role no column plays: the field is not in the file. */
export const NONE = '';

/** The form's fields: a column per ledger field, and the county stated for the whole file. */
export type LedgerFormField = LedgerMappedField | 'county';

/** The column chosen for each field (its index as text, or NONE), and the stated county. */
export type LedgerChoice = Readonly<Record<LedgerMappedField, string>> & { readonly county: string };

export const LEDGER_FIELD_LABELS: Readonly<Record<LedgerMappedField, MessageKey>> = {
  id: 'ledgerFieldId',
  region: 'ledgerFieldRegion',
  supportType: 'ledgerFieldSupportType',
  year: 'ledgerFieldYear',
  status: 'ledgerFieldStatus',
  applied: 'ledgerFieldApplied',
  granted: 'ledgerFieldGranted',
  paid: 'ledgerFieldPaid',
};

/** The fields a ledger cannot be read without. */
const REQUIRED: readonly LedgerMappedField[] = ['id', 'supportType', 'year', 'granted'];

/**
 * Whether a file the reader could not read is a case ledger: the user mapped it as one, or its
 * header names a case id, an amount applied for or granted.
 */
export function isLedgerPreview(preview: TablePreview, options: SourceOptions | undefined): boolean {
  if (options?.ledgerColumns) return true;
  const columns = ledgerHeader(preview.header).columns;
  return columns.has('id') || columns.has('granted') || columns.has('applied');
}

/** Starts from the earlier choice, or from what the reader found by the header's names. */
export function initialLedgerChoice(
  header: readonly string[],
  initial: SourceOptions | undefined,
): LedgerChoice {
  const columns = ledgerHeader(header, initial?.ledgerColumns).columns;
  const entries = LEDGER_MAPPED_FIELDS.map((f) => {
    const index = columns.get(f);
    return [f, index === undefined ? NONE : String(index)] as const;
  });
  return {
    ...(Object.fromEntries(entries) as Record<LedgerMappedField, string>),
    county: initial?.county ?? NONE,
  };
}

/** The options to read the file with, or the problem that keeps the choice from being used. */
export function ledgerMappingResult(
  choice: LedgerChoice,
  initial: SourceOptions | undefined,
): { options: SourceOptions } | { problem: FieldProblem<LedgerFormField> } {
  const missing = REQUIRED.find((f) => choice[f] === NONE);
  if (missing) return { problem: { key: 'ledgerMappingNeeds', field: missing } };
  if (choice.region === NONE && choice.county === NONE)
    return { problem: { key: 'ledgerMappingNeedsCounty', field: 'county' } };
  const chosen = LEDGER_MAPPED_FIELDS.filter((f) => choice[f] !== NONE);
  const taken = chosen.map((f) => choice[f]);
  const twice = chosen.find((f, i) => taken.indexOf(choice[f]) !== i);
  if (twice) return { problem: { key: 'ledgerMappingTwice', field: twice } };
  const ledgerColumns: LedgerColumnMapping = Object.fromEntries(chosen.map((f) => [f, Number(choice[f])]));
  const { county: _county, columns: _columns, ...rest } = initial ?? {};
  return {
    options: {
      ...rest,
      ledgerColumns,
      ...(choice.region === NONE ? { county: choice.county } : {}),
    },
  };
}
