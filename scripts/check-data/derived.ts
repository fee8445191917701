import { buildDataset } from '../../src/data/dataset/build-dataset';
import { DERIVED_SOURCE } from '../../src/data/dataset/derived';
import type { ImportResult } from '../../src/data/import/import-result';
import { LEDGER_SOURCE } from '../../src/data/dataset/ledger-dataset';
import { observations } from '../../src/data/columns/observation-store';

/** A value check-data computes from ledgers and frames: a ledger sum or a catalogue formula. */
export interface DerivedObservation {
  readonly region: string;
  readonly indicator: string;
  /** The decision year. */
  readonly period: string;
  readonly value: number | null;
  /** "." when the formula has no value (a missing or zero input), with `note` saying which. */
  readonly marker: string | null;
  readonly note: string | null;
  readonly source: 'ledger_sum' | 'formula';
}

/**
 * What the app computes from the given files' ledgers and frames, with the catalogue's formulas:
 * the ledger's sums per county, year and Riket, and every formula indicator over them. Empty when
 * no file is a ledger or a frames table.
 */
export function derivedObservations(
  catalogue: ImportResult | undefined,
  results: readonly ImportResult[],
): DerivedObservation[] {
  if (!results.some((r) => r.ledger)) return [];
  const dataset = buildDataset([...(catalogue ? [catalogue] : []), ...results]);
  const columns = dataset.observations;
  const notes = new Map<number, string>();
  columns.noteRows.forEach((row, k) => notes.set(row, columns.noteTexts[k] ?? ''));
  const out: DerivedObservation[] = [];
  let i = 0;
  for (const o of observations(columns)) {
    const row = i++;
    const source =
      o.source.file === LEDGER_SOURCE
        ? 'ledger_sum'
        : o.source.file === DERIVED_SOURCE
          ? 'formula'
          : undefined;
    if (source === undefined) continue;
    out.push({
      region: o.region,
      indicator: o.indicator,
      period: o.period,
      value: o.value,
      marker: o.marker,
      note: notes.get(row) ?? null,
      source,
    });
  }
  return out.sort(
    (a, b) =>
      a.region.localeCompare(b.region) ||
      a.period.localeCompare(b.period) ||
      a.indicator.localeCompare(b.indicator),
  );
}
