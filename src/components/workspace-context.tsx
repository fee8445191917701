import { createContext, useContext } from 'react';
import type { WorkspaceApi } from './use-workspace';

/** The user's workspace, for the parts of the page that change it (own targets, sources). */
export const WorkspaceContext = createContext<WorkspaceApi | undefined>(undefined);

export function useWorkspaceApi(): WorkspaceApi | undefined {
  return useContext(WorkspaceContext);
}
