import type { Indicator } from '../indicator';
import type { Lang } from '../language';
import type { Period } from '../period';
import type { Region } from '../regions';
import type { SeriesPoint } from '../series';
import type { TargetStatus } from '../target';

/** Formats a number in the summary's language (the caller passes src/i18n/format's formatNumber). */
export type NumberText = (value: number, decimals: number) => string;

/** The language a summary is written in and how its numbers are written. */
export interface SummaryLocale {
  readonly lang: Lang;
  readonly number: NumberText;
}

/** A period with a number. */
export interface FactPoint {
  readonly period: Period;
  readonly value: number;
}

/** Everything one indicator's sentence for one region may rest on; the sentence names nothing else. */
export interface IndicatorFacts {
  readonly indicator: Indicator;
  readonly region: Region;
  /** The region's total (kön T) at the indicator's granularity, in period order. */
  readonly series: readonly SeriesPoint[];
  /** Status of the latest value against the region's target path (statusAgainstTarget's). */
  readonly status: TargetStatus;
  /** The target in effect and what the path expects at the latest period, when there is a target. */
  readonly target: FactPoint | undefined;
  readonly expected: number | undefined;
  /**
   * The latest period the data has for the region's peers (the other län, the county's kommuner):
   * when it is later than the region's latest value, the sentence says that value is missing.
   */
  readonly peersLatest: Period | undefined;
  /** A larger region's series (the county for a kommun, Riket for a county): named only when comparable. */
  readonly reference: { readonly region: Region; readonly series: readonly SeriesPoint[] } | undefined;
  /** The values come from the app's invented example data. */
  readonly invented: boolean;
  /** The latest value is marked provisional (preliminärt) in its file. */
  readonly provisional: boolean;
}

/** What a part of a sentence says: the UI may leave some out (the invented notice, said once per list). */
export type SentencePartKind =
  | 'missing'
  | 'value'
  | 'reference'
  | 'change'
  | 'status'
  | 'end'
  | 'target'
  | 'seasonal'
  | 'provisional'
  | 'invented';

export interface SentencePart {
  readonly kind: SentencePartKind;
  /** The text, with its own leading space or punctuation: the parts joined are the sentence. */
  readonly text: string;
}

/** A value the sentence names, with what it is: the sentence's footnote. */
export interface SentenceBasis {
  readonly role: 'value' | 'comparison' | 'reference' | 'target' | 'path' | 'missing';
  /** SCB code of the region the value is of. */
  readonly region: string;
  readonly period: Period;
  /** Null for a missing value. */
  readonly value: number | null;
  /** The basis in words: "Dalarnas län 2024: 9,8 (preliminärt)". */
  readonly text: string;
}

/** One generated sentence: its parts, and the values it rests on. */
export interface SummarySentence {
  readonly indicator: string;
  /** SCB code of the region. */
  readonly region: string;
  readonly status: TargetStatus;
  readonly parts: readonly SentencePart[];
  readonly basis: readonly SentenceBasis[];
}
