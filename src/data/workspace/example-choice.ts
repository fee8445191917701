import { problemOf, type Json, type WorkspacePartProblem } from './workspace-parts';
import type { Workspace } from './workspace';

/**
 * Whether the invented example data is shown ("Visa exempeldata"). The link decides when it says
 * (`exempel=pa|av`: a shared link opens as its sender saw it); else the user's last choice, kept in
 * the workspace; else the default: on, so that a first visit shows what the tool does, and off once
 * the user's own strategy (effect chain) is in the workspace — then the invented indicators would
 * only stand between the user's own.
 */
export function showExampleData(
  fromUrl: boolean | undefined,
  workspace: Pick<Workspace, 'showExample' | 'strategy'>,
): boolean {
  if (fromUrl !== undefined) return fromUrl;
  if (workspace.showExample !== undefined) return workspace.showExample;
  return !hasOwnStrategy(workspace);
}

/** A strategy with something in it: a goal area or an indicator (a name alone is not a chain yet). */
export function hasOwnStrategy(workspace: Pick<Workspace, 'strategy'>): boolean {
  const strategy = workspace.strategy;
  return strategy !== undefined && (strategy.indicators.length > 0 || strategy.goalAreas.length > 0);
}

/** A workspace file's `showExample`: true, false, or absent (null too); anything else is named. */
export function readShowExample(value: Json | undefined): {
  readonly showExample: boolean | undefined;
  readonly problems: readonly WorkspacePartProblem[];
} {
  if (typeof value === 'boolean') return { showExample: value, problems: [] };
  if (value === undefined || value === null) return { showExample: undefined, problems: [] };
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  return {
    showExample: undefined,
    problems: [problemOf('showExample', undefined, 'workspace_show_example', { value: shown })],
  };
}
