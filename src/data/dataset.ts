import type { Indicator } from '../domain/indicator';
import type { Target } from '../domain/target';
import type { ImportResult, ImportSummary, IndicatorLabel, TablePreview } from './import-result';
import type { ImportIssue } from './issue';
import { concatColumns, transferables, ObservationBuilder, type ObservationColumns } from './observation-store';

/** What one file contributed: its accounting and every issue. */
export interface FileReport extends ImportSummary {
  readonly issues: readonly ImportIssue[];
  readonly preview: TablePreview | undefined;
}

/** Everything the app shows, merged from all files, with observations grouped by indicator. */
export interface Dataset {
  readonly indicators: readonly Indicator[];
  readonly observations: ObservationColumns;
  /** Rows of indicator code k are [indicatorOffsets[k], indicatorOffsets[k + 1]). */
  readonly indicatorOffsets: Uint32Array;
  readonly targets: readonly Target[];
  readonly reports: readonly FileReport[];
  /** Names, units and decimals files give for indicators the catalogue lacks (first one wins). */
  readonly labels: readonly IndicatorLabel[];
}

function report(result: ImportResult): FileReport {
  const { observations: _o, targets: _t, indicators: _i, labels: _l, ...rest } = result;
  return rest;
}

/**
 * Merges imported files. Indicator definitions: the first definition of an id wins. Observations
 * are regrouped by indicator (a stable counting sort), so a chart reads one contiguous range.
 */
export function buildDataset(results: readonly ImportResult[]): Dataset {
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  for (const r of results) {
    for (const indicator of r.indicators) {
      if (!seen.has(indicator.id)) {
        seen.add(indicator.id);
        indicators.push(indicator);
      }
    }
  }
  const merged = concatColumns(results.map((r) => r.observations));
  const { columns, offsets } = groupByIndicator(merged);
  return {
    indicators,
    observations: columns,
    indicatorOffsets: offsets,
    targets: results.flatMap((r) => r.targets),
    reports: results.map(report),
    labels: [...new Map(results.flatMap((r) => r.labels).reverse().map((l) => [l.id, l])).values()].reverse(),
  };
}

function groupByIndicator(c: ObservationColumns): { columns: ObservationColumns; offsets: Uint32Array } {
  const k = c.indicators.length;
  const offsets = new Uint32Array(k + 1);
  for (let i = 0; i < c.length; i++) {
    const slot = (c.indicator[i] ?? 0) + 1;
    offsets[slot] = (offsets[slot] ?? 0) + 1;
  }
  for (let j = 0; j < k; j++) offsets[j + 1] = (offsets[j + 1] ?? 0) + (offsets[j] ?? 0);
  const next = offsets.slice(0, k);
  const order = new Uint32Array(c.length);
  for (let i = 0; i < c.length; i++) {
    const code = c.indicator[i] ?? 0;
    const at = next[code] ?? 0;
    order[at] = i;
    next[code] = at + 1;
  }
  const builder = new ObservationBuilder(c.length);
  c.indicators.forEach((id) => builder.indicatorCode(id));
  c.markers.forEach((m) => builder.markerCode(m));
  c.files.forEach((f) => builder.fileCode(f));
  const newRow = new Uint32Array(c.length);
  for (let r = 0; r < c.length; r++) {
    const i = order[r] ?? 0;
    newRow[i] = r;
    builder.push(c.region[i] ?? 0, c.indicator[i] ?? 0, c.period[i] ?? 0, c.gender[i] ?? 0, c.value[i] ?? NaN, c.marker[i] ?? 0, c.line[i] ?? 0, c.file[i] ?? 0);
  }
  c.noteRows.forEach((row, n) => builder.addNote(newRow[row] ?? 0, c.noteTexts[n] ?? ''));
  return { columns: builder.build(), offsets };
}

export function datasetTransferables(dataset: Dataset): ArrayBuffer[] {
  return [...transferables(dataset.observations), dataset.indicatorOffsets.buffer as ArrayBuffer];
}

export function indicatorCodeOf(dataset: Dataset, id: string): number | undefined {
  const code = dataset.observations.indicators.indexOf(id);
  return code < 0 ? undefined : code;
}
