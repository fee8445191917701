import { isChainLevel } from '../../domain/chain-levels';
import { DEFAULT_DECIMALS, isValidDecimals } from '../../domain/decimals';
import {
  FOLLOW_UP_LEVELS,
  INDICATOR_ID_PATTERN,
  isDirection,
  type FollowUpLevel,
} from '../../domain/indicator';
import type { GoalArea, Strategy, StrategyIndicator, StrategyQuestion } from '../../domain/strategy';
import { distinctRusAreas } from '../../domain/strategy-edit';
import { problemOf, record, type Json, type WorkspacePartProblem } from './workspace-parts';

/** A value from the file as it reads in a message. */
const shown = (value: Json | undefined): string =>
  typeof value === 'string' ? value : value === undefined ? '—' : JSON.stringify(value);

const absent = (value: Json | undefined): boolean => value === undefined || value === null;

/**
 * Reads the fields of one object: a field of the wrong kind is named (a warning on `part`) and left
 * at its empty value; an absent field is simply empty.
 */
function fieldReader(
  o: Record<string, Json>,
  part: string,
  label: string | undefined,
  problems: WorkspacePartProblem[],
) {
  const wrong = (field: string): void =>
    void problems.push(problemOf(part, label, 'workspace_strategy_field', { field }));
  const text = (field: string): string => {
    const v = o[field];
    if (typeof v === 'string') return v;
    if (!absent(v)) wrong(field);
    return '';
  };
  const optionalText = (field: string): string | undefined => text(field) || undefined;
  const list = (field: string): readonly Json[] => {
    const v = o[field];
    if (Array.isArray(v)) return v;
    if (!absent(v)) wrong(field);
    return [];
  };
  return { wrong, text, optionalText, list };
}

function readQuestion(value: Json | undefined, wrong: (field: string) => void): StrategyQuestion | undefined {
  if (absent(value)) return undefined;
  const q = record(value);
  const text = q?.['text'];
  const kind = q?.['kind'];
  if (!q || typeof text !== 'string' || (kind !== 'process' && kind !== 'summative')) {
    wrong('question');
    return undefined;
  }
  return { kind, text };
}

function readGoalAreas(list: readonly Json[], problems: WorkspacePartProblem[]): GoalArea[] {
  const areas: GoalArea[] = [];
  const partOf = new Map<string, string>();
  list.forEach((item, index) => {
    const part = `strategy.goalAreas[${index}]`;
    const o = record(item);
    if (!o) return void problems.push(problemOf(part, undefined, 'workspace_part_not_object', {}));
    const id = o['id'];
    if (typeof id !== 'string' || !INDICATOR_ID_PATTERN.test(id))
      return void problems.push(problemOf(part, shown(id), 'workspace_strategy_goal_area_id', {}));
    const earlier = partOf.get(id);
    if (earlier !== undefined)
      return void problems.push(
        problemOf(part, id, 'workspace_strategy_goal_area_same_id', { other: earlier }),
      );
    partOf.set(id, part);
    const fields = fieldReader(o, part, id, problems);
    // Absent in what was written before goal areas had RUS areas: none.
    const rus = fields.list('rusAreas');
    if (rus.some((a) => typeof a !== 'string')) fields.wrong('rusAreas');
    areas.push({
      id,
      name: fields.text('name') || id,
      description: fields.text('description'),
      rusAreas: distinctRusAreas(rus.filter((a): a is string => typeof a === 'string')),
    });
  });
  return areas;
}

function readIndicator(
  o: Record<string, Json>,
  id: string,
  part: string,
  areaIds: ReadonlySet<string>,
  problems: WorkspacePartProblem[],
): StrategyIndicator | undefined {
  const level = o['chainLevel'];
  if (typeof level !== 'string' || !isChainLevel(level)) {
    problems.push(problemOf(part, id, 'workspace_strategy_indicator_level', { value: shown(level) }));
    return undefined;
  }
  const fields = fieldReader(o, part, id, problems);
  const direction = o['direction'];
  const knownDirection = typeof direction === 'string' && isDirection(direction) ? direction : undefined;
  if (!knownDirection && !absent(direction))
    problems.push(problemOf(part, id, 'workspace_strategy_indicator_direction', { value: shown(direction) }));
  const goalAreas = fields.list('goalAreas').flatMap((a) => {
    if (typeof a === 'string' && areaIds.has(a)) return [a];
    problems.push(problemOf(part, id, 'workspace_strategy_goal_area_unknown', { value: shown(a) }));
    return [];
  });
  const levels = fields.list('followUpLevels');
  const followUpLevels = FOLLOW_UP_LEVELS.filter((l) => levels.includes(l));
  if (levels.some((l) => !(FOLLOW_UP_LEVELS as readonly Json[]).includes(l))) fields.wrong('followUpLevels');
  const decimals = o['decimals'];
  if (!absent(decimals) && !isValidDecimals(decimals)) fields.wrong('decimals');
  const genderSplit = o['genderSplit'];
  if (!absent(genderSplit) && typeof genderSplit !== 'boolean') fields.wrong('genderSplit');
  return {
    id,
    name: fields.text('name') || id,
    description: fields.text('description'),
    unit: fields.text('unit'),
    chainLevel: level,
    direction: knownDirection ?? 'neutral',
    goalAreas: [...new Set(goalAreas)],
    question: readQuestion(o['question'], fields.wrong),
    source: fields.text('source'),
    decimals: isValidDecimals(decimals) ? decimals : DEFAULT_DECIMALS,
    followUpLevels: followUpLevels as readonly FollowUpLevel[],
    genderSplit: genderSplit === true,
    koladaId: fields.optionalText('koladaId'),
    scbId: fields.optionalText('scbId'),
  };
}

function readIndicators(
  list: readonly Json[],
  areaIds: ReadonlySet<string>,
  problems: WorkspacePartProblem[],
): StrategyIndicator[] {
  const indicators: StrategyIndicator[] = [];
  const partOf = new Map<string, string>();
  list.forEach((item, index) => {
    const part = `strategy.indicators[${index}]`;
    const o = record(item);
    if (!o) return void problems.push(problemOf(part, undefined, 'workspace_part_not_object', {}));
    const id = o['id'];
    if (typeof id !== 'string' || !INDICATOR_ID_PATTERN.test(id))
      return void problems.push(problemOf(part, shown(id), 'workspace_strategy_indicator_id', {}));
    const earlier = partOf.get(id);
    if (earlier !== undefined)
      return void problems.push(
        problemOf(part, id, 'workspace_strategy_indicator_same_id', { other: earlier }),
      );
    const indicator = readIndicator(o, id, part, areaIds, problems);
    if (!indicator) return;
    partOf.set(id, part);
    indicators.push(indicator);
  });
  return indicators;
}

/**
 * The workspace's strategy, every part checked: absent (or null) is no strategy; a strategy that is
 * no object is named and not read; within it, a goal area or an indicator that cannot be placed (no
 * valid id, an id used before, no level of the chain) is named and left out, and a field of the
 * wrong kind is named and left empty. A file from elsewhere is data, never trusted.
 */
export function readStrategy(value: Json | undefined): {
  strategy: Strategy | undefined;
  problems: WorkspacePartProblem[];
} {
  const problems: WorkspacePartProblem[] = [];
  if (absent(value)) return { strategy: undefined, problems };
  const o = record(value);
  if (!o)
    return {
      strategy: undefined,
      problems: [problemOf('strategy', undefined, 'workspace_strategy_not_object', {})],
    };
  const fields = fieldReader(o, 'strategy', undefined, problems);
  const name = fields.text('name');
  const region = fields.optionalText('region');
  const listOf = (field: 'goalAreas' | 'indicators'): readonly Json[] => {
    const v = o[field];
    if (Array.isArray(v)) return v;
    if (!absent(v)) problems.push(problemOf('strategy', undefined, 'workspace_strategy_list', { field }));
    return [];
  };
  const goalAreas = readGoalAreas(listOf('goalAreas'), problems);
  const indicators = readIndicators(listOf('indicators'), new Set(goalAreas.map((a) => a.id)), problems);
  return {
    strategy: { name, region, goalAreas, indicators },
    problems,
  };
}

/** A strategy as the app's own store may hold it: written before goal areas had RUS areas. */
export type StoredStrategy = Omit<Strategy, 'goalAreas'> & {
  readonly goalAreas: readonly (Omit<GoalArea, 'rusAreas'> & { readonly rusAreas?: readonly string[] })[];
};

/** The app's own stored strategy at today's shape: a goal area stored without RUS areas has none. */
export function storedStrategy(stored: StoredStrategy | null | undefined): Strategy | undefined {
  if (!stored) return undefined;
  return { ...stored, goalAreas: stored.goalAreas.map((a) => ({ ...a, rusAreas: a.rusAreas ?? [] })) };
}
