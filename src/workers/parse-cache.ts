import type { FileReader, NamedBytes } from '../data/pipeline/import-files';
import { importFileAsync } from '../data/pipeline/import-file';
import type { ImportOptions, ImportResult } from '../data/import/import-result';

/** The content hash of a file's bytes (hex); rejects where the platform has none. */
export type Digest = (bytes: Uint8Array) => Promise<string>;

/** SHA-256 by the platform (a worker or a page in a secure context, Node). */
export const sha256: Digest = async (bytes) => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('No crypto.subtle here');
  const hash = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
};

/** Files larger than this are read anew each time: their results would double what the worker holds. */
export const CACHE_MAX_FILE_BYTES = 32 * 1024 * 1024;

/** JSON with object keys sorted, so that the same options always give the same text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * What a file's result depends on: its name (the format is told by it, the reports carry it), its
 * bytes (size and content hash), and every option but the progress callback — the mapped columns,
 * indicator and sheet, the chunk size, and the indicators known from the catalogues read before it.
 */
export function parseKey(name: string, size: number, hash: string, options: ImportOptions): string {
  const { onProgress: _progress, knownIndicators, ...rest } = options;
  const known = knownIndicators === undefined ? null : [...knownIndicators].sort();
  return stableJson({ name, size, hash, options: rest, known });
}

/** The session an entry counts as read in: never-ending for the example files (a handful, fixed per page). */
const kept = (file: NamedBytes): number =>
  file.example || file.definitionsOnly ? Number.POSITIVE_INFINITY : 0;

interface Entry {
  readonly result: Promise<ImportResult>;
  /** The last session that read it. */
  session: number;
}

export interface ParseSession {
  /** Reads a file, or hands back the result of the same bytes read with the same options before. */
  readonly read: FileReader;
  /**
   * Forgets the results this session and later ones did not read: what the workspace no longer
   * has, or has with other bytes or options.
   */
  finish(): void;
}

export interface ParseCache {
  session(): ParseSession;
  /**
   * Results made before, under their keys (the example files' seed, parse-seed.ts): kept like the
   * example files' own, and found only by the same name, size, hash and options.
   */
  seed(results: ReadonlyMap<string, ImportResult>): void;
  /** Every result read without failing, under its key, in the order first read (to make a seed). */
  settled(): Promise<[string, ImportResult][]>;
  /** How many results are kept (for tests). */
  readonly size: number;
}

/**
 * Results of files read before, kept by the import worker so that an import of an unchanged file
 * (the example data, a file the user added earlier) does not read it again. An entry is found only
 * by the same name, size, content hash and options; a failure to read is never kept, and a file
 * whose hash cannot be had is simply read. Results are shared, never changed: the dataset is built
 * from copies (buildDataset copies every column it keeps).
 */
export function parseCache(
  digest: Digest = sha256,
  read: FileReader = (file, options) => importFileAsync(file.name, file.bytes, options),
  maxFileBytes = CACHE_MAX_FILE_BYTES,
): ParseCache {
  const entries = new Map<string, Entry>();
  const hashes = new WeakMap<Uint8Array, Promise<string>>();
  let sessions = 0;

  const hashOf = (bytes: Uint8Array): Promise<string> => {
    let hash = hashes.get(bytes);
    if (!hash) {
      hash = digest(bytes);
      hashes.set(bytes, hash);
    }
    return hash;
  };

  const cachedRead = async (
    session: number,
    file: NamedBytes,
    options: ImportOptions,
  ): Promise<ImportResult> => {
    if (file.bytes.length > maxFileBytes) return read(file, options);
    // The known indicators are a set the caller goes on filling: taken now, before any await.
    const frozen: ImportOptions = {
      ...options,
      ...(options.knownIndicators ? { knownIndicators: new Set(options.knownIndicators) } : {}),
    };
    let hash: string;
    try {
      hash = await hashOf(file.bytes);
    } catch {
      return read(file, frozen);
    }
    const key = parseKey(file.name, file.bytes.length, hash, frozen);
    const found = entries.get(key);
    if (found) {
      found.session = Math.max(found.session, kept(file), session);
      const result = await found.result;
      options.onProgress?.(1);
      return result;
    }
    const result = read(file, frozen);
    // The example files are kept whichever session reads them: switched off ("Visa exempeldata"),
    // an import leaves them out, and switching back on finds them read.
    const entry: Entry = { result, session: Math.max(kept(file), session) };
    entries.set(key, entry);
    const settled = await result.catch((error: unknown) => {
      if (entries.get(key) === entry) entries.delete(key);
      throw error;
    });
    // A reader that failed unexpectedly (say, a workbook reader that could not be loaded) may do better next time.
    if (settled.issues.some((i) => i.code === 'internal_error') && entries.get(key) === entry)
      entries.delete(key);
    return settled;
  };

  return {
    session() {
      const id = ++sessions;
      return {
        read: (file, options) => cachedRead(id, file, options),
        finish() {
          for (const [key, entry] of entries) if (entry.session < id) entries.delete(key);
        },
      };
    },
    seed(results) {
      for (const [key, result] of results)
        if (!entries.has(key))
          entries.set(key, { result: Promise.resolve(result), session: Number.POSITIVE_INFINITY });
    },
    async settled() {
      const kept: [string, ImportResult][] = [];
      for (const [key, entry] of [...entries]) {
        const result = await entry.result.catch(() => undefined);
        if (result) kept.push([key, result]);
      }
      return kept;
    },
    get size() {
      return entries.size;
    },
  };
}
