import type { Indicator } from '../domain/indicator';
import type { Dataset, FileReport } from './dataset';
import type { ImportResult } from './import-result';
import { mergeAcrossFiles, uniqueNames } from './merge-files';
import { concatColumns, ObservationBuilder, type ObservationColumns } from './observation-store';

function report(result: ImportResult): FileReport {
  const { observations: _o, targets: _t, indicators: _i, labels: _l, ...rest } = result;
  return rest;
}

/**
 * Merges imported files. Indicator definitions: the first definition of an id wins. Observations
 * are regrouped by indicator (a stable counting sort), so a chart reads one contiguous range.
 */
export function buildDataset(imported: readonly ImportResult[]): Dataset {
  const named = uniqueNames(imported);
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  for (const r of named) {
    for (const indicator of r.indicators) {
      if (!seen.has(indicator.id)) {
        seen.add(indicator.id);
        indicators.push(indicator);
      }
    }
  }
  const concatenated = concatColumns(named.map((r) => r.observations));
  const { keep, results } = mergeAcrossFiles(concatenated, named);
  const { columns, offsets } = groupByIndicator(concatenated, keep);
  return {
    indicators,
    observations: columns,
    indicatorOffsets: offsets,
    targets: results.flatMap((r) => r.targets),
    reports: results.map(report),
    labels: [...new Map(results.flatMap((r) => r.labels).reverse().map((l) => [l.id, l])).values()].reverse(),
  };
}

/** Regroups the rows by indicator (a stable counting sort), leaving out those `keep` drops. */
function groupByIndicator(c: ObservationColumns, keep: Uint8Array | undefined): { columns: ObservationColumns; offsets: Uint32Array } {
  const k = c.indicators.length;
  const offsets = new Uint32Array(k + 1);
  for (let i = 0; i < c.length; i++) {
    if (keep && !keep[i]) continue;
    const slot = (c.indicator[i] ?? 0) + 1;
    offsets[slot] = (offsets[slot] ?? 0) + 1;
  }
  for (let j = 0; j < k; j++) offsets[j + 1] = (offsets[j + 1] ?? 0) + (offsets[j] ?? 0);
  const next = offsets.slice(0, k);
  const kept = offsets[k] ?? 0;
  const order = new Uint32Array(kept);
  for (let i = 0; i < c.length; i++) {
    if (keep && !keep[i]) continue;
    const code = c.indicator[i] ?? 0;
    const at = next[code] ?? 0;
    order[at] = i;
    next[code] = at + 1;
  }
  const builder = new ObservationBuilder(kept);
  c.indicators.forEach((id) => builder.indicatorCode(id));
  c.markers.forEach((m) => builder.markerCode(m));
  c.files.forEach((f) => builder.fileCode(f));
  const newRow = new Int32Array(c.length).fill(-1);
  for (let r = 0; r < kept; r++) {
    const i = order[r] ?? 0;
    newRow[i] = r;
    builder.push(c.region[i] ?? 0, c.indicator[i] ?? 0, c.period[i] ?? 0, c.gender[i] ?? 0, c.value[i] ?? NaN, c.marker[i] ?? 0, c.line[i] ?? 0, c.file[i] ?? 0);
  }
  c.noteRows.forEach((row, n) => {
    const target = newRow[row] ?? -1;
    if (target >= 0) builder.addNote(target, c.noteTexts[n] ?? '');
  });
  return { columns: builder.build(), offsets };
}

