/**
 * The largest file the app reads. A file of 500 MB is about 15 million observations as CSV; the
 * worker holds its bytes and its columns (27–32 bytes per observation, see the README's heap
 * figures) at once, about 1 GB, which a browser tab can still hold. A larger file is refused before
 * a byte of it is read.
 */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

/** A file refused for its size: named, with its size. */
export interface RefusedFile {
  readonly name: string;
  readonly size: number;
}

/** Splits files into those within the limit and those refused for their size. */
export function withinLimit<F extends { readonly name: string; readonly size: number }>(
  files: readonly F[],
  limit = MAX_FILE_BYTES,
): { readonly accepted: F[]; readonly refused: RefusedFile[] } {
  const accepted: F[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    if (file.size > limit) refused.push({ name: file.name, size: file.size });
    else accepted.push(file);
  }
  return { accepted, refused };
}

let refused: readonly RefusedFile[] = [];
const listeners = new Set<() => void>();

/** The files refused for their size since the user last dismissed the message. */
export const refusedFiles = {
  get: (): readonly RefusedFile[] => refused,
  add(files: readonly RefusedFile[]): void {
    if (files.length === 0) return;
    refused = [...refused, ...files];
    for (const listener of listeners) listener();
  },
  clear(): void {
    refused = [];
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The files within the limit; the rest are noted in `refusedFiles` for the page to show. */
export function admitFiles<F extends { readonly name: string; readonly size: number }>(
  files: readonly F[],
): F[] {
  const { accepted, refused: over } = withinLimit(files);
  refusedFiles.add(over);
  return accepted;
}
