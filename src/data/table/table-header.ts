import { parsePeriod } from '../../domain/period';
import { foldName } from '../../domain/text-match';
import type { PeriodColumn } from './wide-rows';

/** A header cell that is a period, or ends with one ("2023", "2023K1", "Folkmängd 2023"). */
export const PERIOD_HEADER = /^(.*?)[\s,]*\b(\d{4}(?:\s*[KQMkqm]\d{1,2}|-\d{2})?)$/;

/** The header cells that hold a period (PxWeb's wide layout), with the period. */
export function periodColumnsOf(header: readonly string[]): PeriodColumn[] {
  const columns: PeriodColumn[] = [];
  header.forEach((cell, index) => {
    const match = PERIOD_HEADER.exec(cell.trim());
    const parsed = match ? parsePeriod(match[2] ?? '') : undefined;
    if (parsed?.ok) columns.push({ index, period: parsed.period });
  });
  return columns;
}

/** What a PxWeb title names: the content before "efter …" ("Folkmängd efter region och år" → "Folkmängd"). */
export function contentOfTitle(title: string): string {
  return title
    .replace(/\s+(efter|by)\s.*$/i, '')
    .replace(/[.:]+$/, '')
    .trim();
}

/** The folded header, the key under which a chosen column mapping is remembered. */
export function tableShape(header: readonly string[]): string {
  return JSON.stringify(header.map((h) => foldName(h)));
}
