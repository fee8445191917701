/** The share of the running import that is done, for the progress bar; null when none runs. */
let share: number | null = null;
const listeners = new Set<() => void>();

export const importProgress = {
  get: (): number | null => share,
  set(next: number | null): void {
    share = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
