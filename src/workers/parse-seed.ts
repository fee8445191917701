import type { ImportResult } from '../data/import/import-result';
import { readFiles, type NamedBytes } from '../data/pipeline/import-files';
import { parseCache } from './parse-cache';
import { decodeTagged, encodeTagged } from '../data/json/tagged-json';

/**
 * The example files' parse results, made when the app is built (scripts/vite/example-seed.ts) and
 * handed to the import worker as it starts, so that the first chart does not wait for the example
 * data to be parsed. Each result sits under its parse-cache key (parse-cache.ts: name, size, SHA-256
 * of the bytes, options): the worker still hashes the bytes it fetched, and a result is used only
 * when the key is the same, that is for the same bytes read with the same options by the same code
 * (the build made both). Anything else is parsed as always.
 *
 * The text is tagged JSON (tagged-json.ts), so that a result comes back exactly as it was made.
 */
export const SEED_VERSION = 1;

/** The seed's text: the entries (parse-cache key, result) in order. */
export function encodeSeed(entries: readonly (readonly [string, ImportResult])[]): string {
  return encodeTagged({ version: SEED_VERSION, entries });
}

/** The entries of a seed made by encodeSeed; throws on a seed of another version or shape. */
export function decodeSeed(text: string): Map<string, ImportResult> {
  const parsed = decodeTagged(text) as { version?: unknown; entries?: unknown };
  if (parsed.version !== SEED_VERSION || !Array.isArray(parsed.entries))
    throw new Error('parse-seed: not a seed of this version');
  const entries = new Map<string, ImportResult>();
  for (const entry of parsed.entries as unknown[]) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'object')
      throw new Error('parse-seed: malformed entry');
    entries.set(entry[0], entry[1] as ImportResult);
  }
  return entries;
}

/**
 * Reads the example files as the import worker's warm-up does (warm in import.worker.ts: no
 * mappings, through the parse cache) and gives the seed's entries: what the worker would have read.
 */
export async function seedEntries(files: readonly NamedBytes[]): Promise<[string, ImportResult][]> {
  const cache = parseCache();
  await readFiles(files, undefined, [], cache.session().read);
  return cache.settled();
}
