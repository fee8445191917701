import { entry, q, type NoParams } from './issue-entry';
import { NUMBER_PROBLEMS } from './field-problems';
import type { InvalidNumberReason } from '../text/number-parse';

/** The columns of a target paste, as the messages name them. */
export type PasteColumn = 'region' | 'year' | 'target' | 'baseYear' | 'baseValue';

const COLUMN_NAMES: Readonly<Record<PasteColumn, { readonly sv: string; readonly en: string }>> = {
  region: { sv: 'region (län, kommun eller Riket)', en: 'region (county, municipality or Riket)' },
  year: { sv: 'målår', en: 'target year' },
  target: { sv: 'målvärde', en: 'target value' },
  baseYear: { sv: 'utgångsår', en: 'baseline year' },
  baseValue: { sv: 'utgångsvärde', en: 'baseline value' },
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SKIPPED = { sv: 'Raden lades inte till.', en: 'The row was not added.' };

/** Why a pasted row of targets (Mål i tabell → Klistra in från Excel) could not be read. */
export const TARGET_PASTE_ISSUES = {
  target_paste_header_missing: entry<{ column: PasteColumn }>('error', (p) => ({
    sv: `Rubrikraden saknar en kolumn för ${COLUMN_NAMES[p.column].sv}. ${SKIPPED.sv}`,
    en: `The header row has no column for the ${COLUMN_NAMES[p.column].en}. ${SKIPPED.en}`,
  })),
  target_paste_columns: entry<{ count: number }>('error', (p) => ({
    sv: `Raden har ${p.count} kolumner. Utan rubrikrad läses kolumnerna i tabellens ordning: region, målår, målvärde och, om de finns, utgångsår och utgångsvärde (3–5 kolumner). ${SKIPPED.sv}`,
    en: `The row has ${p.count} columns. Without a header row the columns are read in the table's order: region, target year, target value and, if given, baseline year and baseline value (3–5 columns). ${SKIPPED.en}`,
  })),
  target_paste_empty: entry<{ column: PasteColumn }>('error', (p) => ({
    sv: `${capital(COLUMN_NAMES[p.column].sv)} saknas. ${SKIPPED.sv}`,
    en: `The ${COLUMN_NAMES[p.column].en} is missing. ${SKIPPED.en}`,
  })),
  target_paste_region_unknown: entry<{ value: string; suggestion: string | undefined }>('error', (p) => ({
    sv: `Okänd region ${q(p.value)}. Ange kod (00, 20, 2080) eller namn (Riket, Dalarnas län, Falun).${p.suggestion ? ` Menade du ${p.suggestion}?` : ''} ${SKIPPED.sv}`,
    en: `Unknown region ${q(p.value)}. Give a code (00, 20, 2080) or a name (Riket, Dalarnas län, Falun).${p.suggestion ? ` Did you mean ${p.suggestion}?` : ''} ${SKIPPED.en}`,
  })),
  target_paste_region_former_county: entry<{ value: string; suggestion: string | undefined }>(
    'error',
    (p) => ({
      sv: `${q(p.value)} är en tidigare länskod.${p.suggestion ? ` Ange dagens län (${p.suggestion}).` : ''} ${SKIPPED.sv}`,
      en: `${q(p.value)} is a former county code.${p.suggestion ? ` Give today's county (${p.suggestion}).` : ''} ${SKIPPED.en}`,
    }),
  ),
  target_paste_region_padded: entry<{ value: string; code: string; name: string }>('error', (p) => ({
    sv: `${q(p.value)} är ingen regionkod: koderna har inledande nolla (${p.code} är ${p.name}). Skriv ${p.code}, eller namnet; Excel tar bort nollan om kolumnen inte är formaterad som text. ${SKIPPED.sv}`,
    en: `${q(p.value)} is not a region code: the codes have a leading zero (${p.code} is ${p.name}). Write ${p.code}, or the name; Excel drops the zero unless the column is formatted as text. ${SKIPPED.en}`,
  })),
  target_paste_region_mismatch: entry<{ value: string }>('error', (p) => ({
    sv: `Koden och namnet i ${q(p.value)} är olika regioner. Ange koden eller namnet. ${SKIPPED.sv}`,
    en: `The code and the name in ${q(p.value)} are different regions. Give the code or the name. ${SKIPPED.en}`,
  })),
  target_paste_region_ambiguous: entry<{ value: string; county: string; kommun: string }>('error', (p) => ({
    sv: `${q(p.value)} kan vara både ${p.county} och kommunen ${p.kommun}. Skriv ut vilken (eller ange koden). ${SKIPPED.sv}`,
    en: `${q(p.value)} can be both ${p.county} and the municipality ${p.kommun}. Say which (or give the code). ${SKIPPED.en}`,
  })),
  target_paste_region_former_kommun: entry<{ value: string; name: string; code: string }>('error', (p) => ({
    sv: `${q(p.value)} är en tidigare kommun; i dag ${p.name} (${p.code}). Ange dagens kommun. ${SKIPPED.sv}`,
    en: `${q(p.value)} is a former municipality; today ${p.name} (${p.code}). Give today's municipality. ${SKIPPED.en}`,
  })),
  target_paste_year_invalid: entry<{ value: string; column: PasteColumn }>('error', (p) => ({
    sv: `${capital(COLUMN_NAMES[p.column].sv)} ${q(p.value)} är inte ett år: ange fyra siffror, 1900–2100 (t.ex. 2030). ${SKIPPED.sv}`,
    en: `The ${COLUMN_NAMES[p.column].en} ${q(p.value)} is not a year: give four digits, 1900–2100 (e.g. 2030). ${SKIPPED.en}`,
  })),
  target_paste_number_invalid: entry<{ value: string; column: PasteColumn; reason: InvalidNumberReason }>(
    'error',
    (p) => ({
      sv: `${capital(COLUMN_NAMES[p.column].sv)} ${q(p.value)} kan inte läsas: ${NUMBER_PROBLEMS[p.reason].sv}. ${SKIPPED.sv}`,
      en: `The ${COLUMN_NAMES[p.column].en} ${q(p.value)} cannot be read: ${NUMBER_PROBLEMS[p.reason].en}. ${SKIPPED.en}`,
    }),
  ),
  target_paste_number_ambiguous: entry<{ value: string; column: PasteColumn }>('error', (p) => ({
    sv: `${capital(COLUMN_NAMES[p.column].sv)} ${q(p.value)} är tvetydigt: punkten kan vara tusentalsavgränsare eller decimaltecken. Skriv talet med decimalkomma (t.ex. 1,234) eller utan avgränsare (1234). ${SKIPPED.sv}`,
    en: `The ${COLUMN_NAMES[p.column].en} ${q(p.value)} is ambiguous: the dot can separate thousands or decimals. Write it with a decimal comma (e.g. 1,234) or without a separator (1234). ${SKIPPED.en}`,
  })),
  target_paste_baseline_incomplete: entry<NoParams>('error', () => ({
    sv: `Ange både utgångsår och utgångsvärde, eller inget av dem. ${SKIPPED.sv}`,
    en: `Give both baseline year and baseline value, or neither. ${SKIPPED.en}`,
  })),
  target_paste_baseline_late: entry<{ baseYear: string; year: string }>('error', (p) => ({
    sv: `Utgångsåret ${p.baseYear} ligger inte före målåret ${p.year}. ${SKIPPED.sv}`,
    en: `The baseline year ${p.baseYear} is not before the target year ${p.year}. ${SKIPPED.en}`,
  })),
  target_paste_duplicate: entry<{ firstLine: number }>('error', (p) => ({
    sv: `Samma region och målår som rad ${p.firstLine}, som lades till. ${SKIPPED.sv}`,
    en: `The same region and target year as line ${p.firstLine}, which was added. ${SKIPPED.en}`,
  })),
  target_paste_other_indicator: entry<{ value: string; indicator: string }>('error', (p) => ({
    sv: `Raden gäller indikatorn ${q(p.value)}; tabellen gäller ${q(p.indicator)}. ${SKIPPED.sv}`,
    en: `The row is for indicator ${q(p.value)}; the table is for ${q(p.indicator)}. ${SKIPPED.en}`,
  })),
} as const;
