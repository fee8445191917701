import type { Gender } from './gender';

/** Where a record came from: file name and 1-based physical line. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

/**
 * One observation, as plain values. The store keeps observations in columns; this shape is for
 * small sets (tests, check-data output, tables).
 */
export interface Observation {
  /** SCB code of the region: "00", "01"…"25", or a four-digit kommun code. */
  readonly region: string;
  readonly indicator: string;
  /** Normalised period: `2023`, `2023-Q1`, `2023-01`. */
  readonly period: string;
  readonly gender: Gender;
  /** The number, or null when the source gave a missing-value marker. */
  readonly value: number | null;
  /** The missing-value marker as given (`..`, `.`, `-`, a Kolada status), or null when there is a value. */
  readonly marker: string | null;
  readonly source: SourceRef;
}
