export type Lang = 'sv' | 'en';

/** A text in both interface languages. Swedish is the default. */
export interface LocalizedText {
  readonly sv: string;
  readonly en: string;
}

export function pick(text: LocalizedText, lang: Lang): string {
  return lang === 'sv' ? text.sv : text.en;
}
