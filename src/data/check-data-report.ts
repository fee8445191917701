import type { Lang } from '../domain/language';
import type { ImportResult } from './import-result';
import type { Severity } from './issue';
import { observations } from './observation-store';

/** The per-file shape `check-data --json` prints. */
export interface CheckDataFile {
  readonly file: string;
  readonly format: string;
  /** null where it does not apply (a workbook has no text encoding, JSON no delimiter). */
  readonly encoding: string | null;
  readonly delimiter: string | null;
  readonly records: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly observations: readonly {
    readonly region: string;
    readonly indicator: string;
    readonly period: string;
    readonly gender: string;
    readonly value: number | null;
    readonly marker: string | null;
  }[];
  readonly targets: readonly {
    readonly region: string;
    readonly indicator: string;
    readonly period: string;
    readonly value: number;
  }[];
  readonly issues: readonly {
    readonly severity: Severity;
    readonly code: string;
    readonly line: number;
    readonly column: number | null;
    readonly message: string;
    readonly lines?: readonly number[];
  }[];
}

export function checkDataReport(result: ImportResult, lang: Lang): CheckDataFile {
  return {
    file: result.file,
    format: result.format,
    encoding: result.encoding ?? null,
    delimiter: result.delimiter ?? null,
    records: result.records,
    accepted: result.accepted,
    rejected: result.rejected,
    skipped: result.skipped,
    observations: [...observations(result.observations)].map((o) => ({
      region: o.region,
      indicator: o.indicator,
      period: o.period,
      gender: o.gender,
      value: o.value,
      marker: o.marker,
    })),
    targets: result.targets.map((t) => ({
      region: t.region,
      indicator: t.indicator,
      period: periodKeyOf(t.period),
      value: t.value,
    })),
    issues: result.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      line: i.line,
      column: i.column,
      message: lang === 'sv' ? i.message.sv : i.message.en,
      ...(i.lines ? { lines: i.lines } : {}),
    })),
  };
}

import { periodKey as periodKeyOf } from '../domain/period';
