import { entry, type NoParams } from './issue-entry';

/** A workspace file (arbetsyta) that cannot be opened: the detail in "The file is not a … workspace (…)". */
export const WORKSPACE_ISSUES = {
  workspace_not_json: entry<NoParams>('error', () => ({ sv: 'inte JSON', en: 'not JSON' })),
  workspace_not_workspace: entry<NoParams>('error', () => ({
    sv: 'ingen arbetsytefil',
    en: 'not a workspace file',
  })),
  workspace_newer_version: entry<{ version: number; latest: number }>('error', (p) => ({
    sv: `den sparades av en nyare version av appen: arbetsytan har version ${p.version}, den här versionen läser till och med version ${p.latest}. Ladda om sidan för att få den senaste versionen`,
    en: `it was saved by a newer version of the app: the workspace is version ${p.version}, this version reads up to version ${p.latest}. Reload the page to get the latest version`,
  })),
  workspace_source_incomplete: entry<NoParams>('error', () => ({
    sv: 'en källa saknar sitt namn eller innehåll',
    en: 'a source lacks its name or content',
  })),
  workspace_source_not_base64: entry<{ name: string }>('error', (p) => ({
    sv: `innehållet i ${p.name} är inte base64`,
    en: `the content of ${p.name} is not base64`,
  })),
  workspace_source_time: entry<{ name: string }>('error', (p) => ({
    sv: `tiden då ${p.name} lades till är ingen tidpunkt`,
    en: `the time ${p.name} was added is not a point in time`,
  })),
} as const;
