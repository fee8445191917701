import type { LocalizedText } from '../../domain/language';
import { MAX_DECIMALS } from '../../domain/decimals';
import { entry, q } from './issue-entry';

/** The text fields a record's well-formedness is checked in. */
export type CheckedText = 'indicator' | 'name' | 'unit' | 'marker' | 'note' | 'category';

const TEXT_FIELDS: Readonly<Record<CheckedText, LocalizedText>> = {
  indicator: { sv: 'indikatorns id', en: 'the indicator id' },
  name: { sv: 'namnet', en: 'the name' },
  unit: { sv: 'enheten', en: 'the unit' },
  marker: { sv: 'markeringen', en: 'the marker' },
  note: { sv: 'kommentaren', en: 'the note' },
  category: { sv: 'kategorins kod', en: 'the category code' },
};

/**
 * Values checked where they enter: a number the formatters use (decimals), and text used as a key,
 * in a link or shown (well-formed Unicode). One such value used to take the whole app down.
 */
export const VALIDATION_ISSUES = {
  decimals_invalid: entry<{ value: string; indicator: string }>('warning', (p) => ({
    sv: `Antalet decimaler ${q(p.value)} för ${q(p.indicator)} är inte ett heltal 0–${MAX_DECIMALS} och används inte; värdena visas med en decimal.`,
    en: `The decimals ${q(p.value)} for ${q(p.indicator)} are not a whole number 0–${MAX_DECIMALS} and are not used; the values are shown with one decimal.`,
  })),
  text_malformed: entry<{ field: CheckedText; value: string }>('error', (p) => ({
    sv: `Texten ${q(p.value)} i ${TEXT_FIELDS[p.field].sv} är inte giltig Unicode (ett ensamt surrogattecken, som \\ud800 i JSON; visas här som �). Posten avvisades.`,
    en: `The text ${q(p.value)} in ${TEXT_FIELDS[p.field].en} is not valid Unicode (a lone surrogate, such as \\ud800 in JSON; shown here as �). The record was rejected.`,
  })),
} as const;
