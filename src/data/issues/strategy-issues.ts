import { entry, q, type NoParams } from './issue-entry';

/**
 * The strategy part of a workspace file (`strategy`, `strategy.goalAreas[2]`,
 * `strategy.indicators[5]`): each names one part that could not be read as it was, shown after the
 * part's path; the rest of the strategy, and of the file, is still read.
 */
export const STRATEGY_ISSUES = {
  workspace_strategy_not_object: entry<NoParams>('error', () => ({
    sv: 'strategin är inte ett objekt; ingen del av den lästes',
    en: 'the strategy is not an object; no part of it was read',
  })),
  workspace_strategy_list: entry<{ field: string }>('error', (p) => ({
    sv: `strategins ${p.field} är inte en lista; ingen del av den lästes`,
    en: `the strategy’s ${p.field} is not a list; no part of it was read`,
  })),
  workspace_strategy_field: entry<{ field: string }>('warning', (p) => ({
    sv: `fältet ${p.field} är ogiltigt; det lämnades tomt`,
    en: `the field ${p.field} is invalid; it was left empty`,
  })),
  workspace_strategy_goal_area_id: entry<NoParams>('error', () => ({
    sv: 'målområdet har inget giltigt id (små bokstäver a–z, siffror och _, först en bokstav); lästes inte',
    en: 'the goal area has no valid id (lowercase a–z, digits and _, a letter first); not read',
  })),
  workspace_strategy_goal_area_same_id: entry<{ other: string }>('error', (p) => ({
    sv: `målområdet har samma id som ${p.other}; lästes inte`,
    en: `the goal area has the same id as ${p.other}; not read`,
  })),
  workspace_strategy_indicator_id: entry<NoParams>('error', () => ({
    sv: 'indikatorn har inget giltigt id (små bokstäver a–z, siffror och _, först en bokstav); lästes inte',
    en: 'the indicator has no valid id (lowercase a–z, digits and _, a letter first); not read',
  })),
  workspace_strategy_indicator_same_id: entry<{ other: string }>('error', (p) => ({
    sv: `indikatorn har samma id som ${p.other}; lästes inte`,
    en: `the indicator has the same id as ${p.other}; not read`,
  })),
  workspace_strategy_indicator_level: entry<{ value: string }>('error', (p) => ({
    sv: `ogiltig nivå i effektkedjan ${q(p.value)}; indikatorn lästes inte`,
    en: `invalid level of the effect chain ${q(p.value)}; the indicator was not read`,
  })),
  workspace_strategy_indicator_direction: entry<{ value: string }>('warning', (p) => ({
    sv: `ogiltig riktning ${q(p.value)}; indikatorn läses som neutral`,
    en: `invalid direction ${q(p.value)}; the indicator is read as neutral`,
  })),
  workspace_strategy_goal_area_unknown: entry<{ value: string }>('warning', (p) => ({
    sv: `målområdet ${q(p.value)} finns inte i strategin; indikatorn läses utan det`,
    en: `the goal area ${q(p.value)} is not in the strategy; the indicator is read without it`,
  })),
} as const;
