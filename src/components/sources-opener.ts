import { createContext } from 'react';

/**
 * Opens Källor, where a file can be removed or replaced: what a failed panel offers when a file may
 * be the cause. Undefined where no one provides it (then the panel only says where to go).
 */
export const SourcesOpener = createContext<(() => void) | undefined>(undefined);
