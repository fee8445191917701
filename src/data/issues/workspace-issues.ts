import { entry, q, type NoParams } from './issue-entry';

/**
 * A workspace file (arbetsyta). The first three refuse the whole file: the detail in "The file is not
 * a … workspace (…)". The rest name one part the file could not give, shown after the part's path
 * (`sources[3] ”a.csv”: has no content`); the rest of the file is still read.
 */
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
  workspace_sources_not_list: entry<NoParams>('error', () => ({
    sv: 'filerna (sources) är inte en lista',
    en: 'the files (sources) are not a list',
  })),
  workspace_part_not_list: entry<NoParams>('error', () => ({
    sv: 'inte en lista; ingen del av den lästes',
    en: 'not a list; no part of it was read',
  })),
  workspace_part_not_object: entry<NoParams>('error', () => ({
    sv: 'inte ett objekt; lästes inte',
    en: 'not an object; not read',
  })),
  workspace_source_no_name: entry<NoParams>('error', () => ({
    sv: 'saknar namn; filen lästes inte',
    en: 'has no name; the file was not read',
  })),
  workspace_source_no_content: entry<NoParams>('error', () => ({
    sv: 'saknar innehåll; filen lästes inte',
    en: 'has no content; the file was not read',
  })),
  workspace_source_not_base64: entry<NoParams>('error', () => ({
    sv: 'innehållet är inte base64; filen lästes inte',
    en: 'the content is not base64; the file was not read',
  })),
  workspace_source_time: entry<NoParams>('warning', () => ({
    sv: 'tiden då filen lades till är ingen tidpunkt; den ordnas efter filen före',
    en: 'the time the file was added is not a point in time; it is placed after the file before it',
  })),
  workspace_source_options: entry<NoParams>('warning', () => ({
    sv: 'filens kolumnval kunde inte läsas; filen läses utan det',
    en: 'the file’s column choice could not be read; the file is read without it',
  })),
  workspace_options_partial: entry<NoParams>('warning', () => ({
    sv: 'delar av kolumnvalet kunde inte läsas och lämnades bort',
    en: 'parts of the column choice could not be read and were left out',
  })),
  workspace_source_same_id: entry<{ other: string }>('info', (p) => ({
    sv: `har samma id som ${p.other}; de hålls isär och den här får ett nytt id`,
    en: `has the same id as ${p.other}; they are kept apart and this one gets a new id`,
  })),
  workspace_indicator_id: entry<NoParams>('error', () => ({
    sv: 'ogiltigt id (små bokstäver a–z, siffror och _, först en bokstav); lästes inte',
    en: 'invalid id (lowercase a–z, digits and _, a letter first); not read',
  })),
  workspace_indicator_level: entry<{ value: string }>('error', (p) => ({
    sv: `ogiltig nivå i effektkedjan ${q(p.value)}; lästes inte`,
    en: `invalid level of the effect chain ${q(p.value)}; not read`,
  })),
  workspace_indicator_direction: entry<{ value: string }>('error', (p) => ({
    sv: `ogiltig riktning ${q(p.value)}; lästes inte`,
    en: `invalid direction ${q(p.value)}; not read`,
  })),
  workspace_indicator_same_id: entry<{ other: string }>('info', (p) => ({
    sv: `samma id som ${p.other}; den här definitionen gäller`,
    en: `the same id as ${p.other}; this definition applies`,
  })),
  workspace_target_field: entry<{ field: string }>('error', (p) => ({
    sv: `fältet ${p.field} saknas eller är ogiltigt; målet lästes inte`,
    en: `the field ${p.field} is missing or invalid; the target was not read`,
  })),
  workspace_target_baseline: entry<NoParams>('warning', () => ({
    sv: 'baslinjen är ofullständig; målet läses utan den',
    en: 'the baseline is incomplete; the target is read without it',
  })),
  workspace_mapping_shape: entry<NoParams>('error', () => ({
    sv: 'saknar tabellform (shape); kolumnvalet lästes inte',
    en: 'has no table shape; the column choice was not read',
  })),
  workspace_mapping_options: entry<NoParams>('error', () => ({
    sv: 'kolumnvalet kunde inte läsas',
    en: 'the column choice could not be read',
  })),
} as const;
