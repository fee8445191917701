import { buildDataset } from '../dataset/build-dataset';
import type { Dataset } from '../dataset/dataset';
import { importFile, importFileAsync } from './import-file';
import type { ImportOptions, ImportResult } from '../import/import-result';
import type { ShapeMapping } from '../workspace/workspace';

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Per-file options: the columns the user mapped, the indicator the file lacks. */
  readonly options?: ImportOptions;
  /** One of the app's example files. */
  readonly example?: boolean;
  /** The user's own definitions: they win over every other file's (build-dataset). */
  readonly own?: boolean;
  /** The example catalogue, for its definitions only (the example data off). */
  readonly definitionsOnly?: boolean;
  /** The workspace source the bytes are (Source.id), carried to its report. */
  readonly sourceId?: string;
}

const marked = (file: NamedBytes, result: ImportResult): ImportResult => ({
  ...result,
  ...(file.example ? { example: true } : {}),
  ...(file.own ? { own: true } : {}),
  ...(file.definitionsOnly ? { definitionsOnly: true } : {}),
  ...(file.sourceId !== undefined ? { sourceId: file.sourceId } : {}),
});

function isCatalogueCandidate(file: NamedBytes): boolean {
  return /\.json$/i.test(file.name);
}

/** JSON files first, so that their indicator definitions are known when the tables are checked. */
function inImportOrder(files: readonly NamedBytes[]): NamedBytes[] {
  return [...files.filter(isCatalogueCandidate), ...files.filter((f) => !isCatalogueCandidate(f))];
}

function progressOver(
  files: readonly NamedBytes[],
  onProgress: ((share: number) => void) | undefined,
): (file: NamedBytes) => (share: number) => void {
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0) || 1;
  let done = 0;
  return (file) => {
    const before = done;
    done += file.bytes.length;
    return (share) => onProgress?.((before + share * file.bytes.length) / total);
  };
}

function optionsFor(
  file: NamedBytes,
  known: ReadonlySet<string>,
  progress: (share: number) => void,
): ImportOptions {
  return { ...file.options, knownIndicators: known, onProgress: progress };
}

/** Reads one file with its options: the pipeline itself, or a cache in front of it (the import worker's). */
export type FileReader = (file: NamedBytes, options: ImportOptions) => Promise<ImportResult>;

const readDirectly: FileReader = (file, options) => importFileAsync(file.name, file.bytes, options);

/**
 * Reads a set of files, workbooks included, each with the indicators of the catalogues read before it
 * and, for a file whose columns could not be told, a mapping remembered for its shape. Results keep
 * the given order.
 */
export async function readFiles(
  files: readonly NamedBytes[],
  onProgress?: (share: number) => void,
  mappings: readonly ShapeMapping[] = [],
  read: FileReader = readDirectly,
): Promise<ImportResult[]> {
  const results = new Map<NamedBytes, ImportResult>();
  const known = new Set<string>();
  const progress = progressOver(inImportOrder(files), onProgress);
  for (const file of inImportOrder(files)) {
    const step = progress(file);
    let result = await read(file, optionsFor(file, known, step));
    // A file of a shape mapped before (its columns not told apart, or read otherwise than the user
    // chose): read again with that mapping.
    const shape = result.preview?.shape ?? result.choice?.preview.shape;
    const remembered =
      shape !== undefined && !file.options?.columns ? mappings.find((m) => m.shape === shape) : undefined;
    if (remembered) result = await read(file, { ...optionsFor(file, known, step), ...remembered.options });
    for (const indicator of result.indicators) known.add(indicator.id);
    results.set(file, marked(file, result));
  }
  onProgress?.(1);
  return files.map((f) => results.get(f)).filter((r): r is ImportResult => r !== undefined);
}

/**
 * Imports a set of files into one dataset, workbooks included. Reports keep the given order;
 * where files repeat an observation, the later file's value is the one used.
 */
export async function importFiles(
  files: readonly NamedBytes[],
  onProgress?: (share: number) => void,
  mappings: readonly ShapeMapping[] = [],
  read: FileReader = readDirectly,
): Promise<Dataset> {
  return buildDataset(await readFiles(files, onProgress, mappings, read));
}

/** The same for text files only (CSV, JSON), synchronously: for Node scripts and tests. */
export function importTextFiles(files: readonly NamedBytes[]): Dataset {
  const results = new Map<NamedBytes, ImportResult>();
  const known = new Set<string>();
  for (const file of inImportOrder(files)) {
    const result = importFile(file.name, file.bytes, { ...file.options, knownIndicators: known });
    for (const indicator of result.indicators) known.add(indicator.id);
    results.set(file, marked(file, result));
  }
  return buildDataset(files.map((f) => results.get(f)).filter((r): r is ImportResult => r !== undefined));
}
