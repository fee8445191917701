import type { Lang } from '../../src/domain/language';
import type { ColumnMapping, ImportResult } from '../../src/data/import/import-result';
import type { Severity } from '../../src/data/issues/issue';
import { observations } from '../../src/data/columns/observation-store';

/** What `check-data` prints for a file without `--json`: everything but the rows themselves. */
export type CheckDataSummary = Omit<CheckDataFile, 'observations' | 'targets'>;

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
  /** What the reader took each column as (a long or wide table it read): the header and the mapping. */
  readonly choice?: { readonly header: readonly string[]; readonly columns: ColumnMapping };
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
  /** The indicators the file names itself (a measure column, a dimension's series), with what describes them. */
  readonly indicators?: readonly {
    readonly id: string;
    readonly name: string;
    readonly description?: string;
  }[];
}

/** The file's summary and issues, without an object for each observation (a million rows cost none). */
export function checkDataSummary(result: ImportResult, lang: Lang): CheckDataSummary {
  return {
    file: result.file,
    format: result.format,
    encoding: result.encoding ?? null,
    delimiter: result.delimiter ?? null,
    records: result.records,
    accepted: result.accepted,
    rejected: result.rejected,
    skipped: result.skipped,
    ...(result.choice
      ? { choice: { header: result.choice.preview.header, columns: result.choice.columns } }
      : {}),
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

export function checkDataReport(result: ImportResult, lang: Lang): CheckDataFile {
  const { issues, ...summary } = checkDataSummary(result, lang);
  return {
    ...summary,
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
    issues,
    ...(result.labels.length > 0
      ? {
          indicators: result.labels.map((l) => ({
            id: l.id,
            name: l.name,
            ...(l.description ? { description: l.description } : {}),
          })),
        }
      : {}),
  };
}

import { periodKey as periodKeyOf } from '../../src/domain/period';
