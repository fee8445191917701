import { buildDataset, type Dataset } from './dataset';
import { importFile } from './import-file';
import type { ImportResult } from './import-result';

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function isCatalogueCandidate(file: NamedBytes): boolean {
  return /\.json$/i.test(file.name);
}

/**
 * Imports a set of files into one dataset: JSON files first, so that their indicator definitions
 * are known when the CSV files are checked against the catalogue. Reports keep the given order.
 */
export function importFiles(files: readonly NamedBytes[], onProgress?: (share: number) => void): Dataset {
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0) || 1;
  let done = 0;
  const results = new Map<NamedBytes, ImportResult>();
  const known = new Set<string>();
  const ordered = [...files.filter(isCatalogueCandidate), ...files.filter((f) => !isCatalogueCandidate(f))];
  for (const file of ordered) {
    const before = done;
    const result = importFile(file.name, file.bytes, {
      knownIndicators: known,
      onProgress: (share) => onProgress?.((before + share * file.bytes.length) / total),
    });
    for (const indicator of result.indicators) known.add(indicator.id);
    done += file.bytes.length;
    onProgress?.(done / total);
    results.set(file, result);
  }
  return buildDataset(files.map((f) => results.get(f)).filter((r): r is ImportResult => r !== undefined));
}
