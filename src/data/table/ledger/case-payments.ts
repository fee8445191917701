import type { CasePayment, LedgerCase } from '../../../domain/ledger';

/**
 * A ledger of one row per payment: the case id repeats on every payment, with the same case facts
 * (county, support type, decision, amounts applied and granted …) and its own payment amount and
 * year. The rows of one case become one case whose paid amount is the sum of its payments.
 */

const YEAR_OR_DATE = /^(\d{4})(?:$|[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$)/;

/** A payment's year from a year (2023) or a date (2023-05-17); 'invalid' for anything else. */
export function paymentYearOf(text: string): number | undefined | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const m = YEAR_OR_DATE.exec(trimmed);
  const year = m ? Number(m[1]) : NaN;
  if (!(year >= 1990 && year <= 2100)) return 'invalid';
  if (m?.[2] !== undefined && !(Number(m[2]) >= 1 && Number(m[2]) <= 12)) return 'invalid';
  return year;
}

/** What a row says of the case itself: everything but the payment and the line. */
function caseFacts(c: LedgerCase): string {
  const { paid: _paid, payments: _payments, line: _line, ...facts } = c;
  return JSON.stringify(facts);
}

/** Two rows of the same case that differ at most in their payment. */
export function sameCaseFacts(a: LedgerCase, b: LedgerCase): boolean {
  return caseFacts(a) === caseFacts(b);
}

/** Payments by year, ascending, a year's payments summed. */
export function byYear(payments: readonly CasePayment[]): CasePayment[] {
  const years = new Map<number, number>();
  for (const p of payments) years.set(p.year, (years.get(p.year) ?? 0) + p.amount);
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, amount]) => ({ year, amount }));
}

/** The case with one more payment row: paid summed, payments by year. */
export function withPayment(first: LedgerCase, row: LedgerCase): LedgerCase {
  return {
    ...first,
    paid: first.paid + row.paid,
    payments: byYear([...first.payments, ...row.payments]),
  };
}
