/** How far a link's download has come: bytes received and the size the server declared, if any. */
export interface LinkProgress {
  readonly received: number;
  readonly total: number | undefined;
}

const progress = new Map<string, LinkProgress>();
const listeners = new Set<() => void>();

/** Each link's download progress by URL, for the link's status line; none before it starts. */
export const linkProgress = {
  get: (url: string): LinkProgress | undefined => progress.get(url),
  set(url: string, next: LinkProgress | undefined): void {
    if (next) progress.set(url, next);
    else progress.delete(url);
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
