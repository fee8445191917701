import { browserStorage, type KeyValueStorage } from './session-list';

const KEY = 'rr:workspace';

/**
 * What the saved workspace held when this browser last read or changed it, kept in localStorage
 * (read at once, where IndexedDB answers a new page only after 0.2–1.5 s while the page loads):
 * 'example' — nothing of the user's (queries.ts: workspaceHintFor); 'own' — something; null — never
 * written (a first visit, or site data cleared).
 */
export type WorkspaceHint = 'example' | 'own' | null;

export interface WorkspaceHintStore {
  read(): WorkspaceHint;
  write(hint: Exclude<WorkspaceHint, null>): void;
}

export function workspaceHint(storage: KeyValueStorage | undefined): WorkspaceHintStore {
  return {
    read() {
      try {
        const value = storage?.getItem(KEY) ?? null;
        return value === 'example' || value === 'own' ? value : null;
      } catch {
        return null;
      }
    },
    write(hint) {
      try {
        storage?.setItem(KEY, hint);
      } catch {
        // A storage that refuses: the next visit waits for the workspace before it imports.
      }
    },
  };
}

/** The page's hint, in localStorage. */
export const pageWorkspaceHint = workspaceHint(browserStorage('localStorage'));
