import { isChainLevel } from '../../domain/chain-levels';
import { FOLLOW_UP_LEVELS, isDirection, type FollowUpLevel } from '../../domain/indicator';
import {
  EMPTY_STRATEGY,
  type GoalArea,
  type Strategy,
  type StrategyIndicator,
  type StrategyQuestion,
} from '../../domain/strategy';
import { distinctRusAreas } from '../../domain/strategy-edit';
import type { Json } from '../workspace/workspace-parts';
import { samePlace, type StrategyProblems } from './strategy-file';
import {
  decimalsOf,
  DEFAULT_DECIMALS,
  isStrategyId,
  regionCode,
  shown,
  wellFormedText,
} from './strategy-checks';

type Obj = Record<string, Json>;
const record = (value: Json | undefined): Obj | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;

/** One object's fields, each read once and named by its path when it cannot be. */
class Fields {
  constructor(
    private readonly o: Obj,
    readonly path: string,
    readonly label: string | undefined,
    private readonly problems: StrategyProblems,
  ) {}
  /** Optional text: absent is empty; anything but well-formed text is named and left empty. */
  text(key: string): string {
    const value = this.o[key];
    if (value === undefined || value === null) return '';
    const text = wellFormedText(value);
    if (text === undefined)
      this.problems.add(samePlace(this.path), this.label, 'strategy_text_invalid', { field: key });
    return text ?? '';
  }
  /** Optional id-like text (Kolada, SCB): blank is undefined. */
  optional(key: string): string | undefined {
    return this.text(key).trim() || undefined;
  }
}

function listOf(value: Json | undefined, path: string, problems: StrategyProblems): readonly Json[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  problems.add(samePlace(path), undefined, 'strategy_part_not_list', {});
  return [];
}

/** The strategy part of a strategy file (or of another file that carries one). */
export function readStrategyPart(value: Json | undefined, problems: StrategyProblems): Strategy {
  const s = record(value);
  if (!s) {
    problems.add(samePlace('strategy'), undefined, 'strategy_part_not_object', {});
    return EMPTY_STRATEGY;
  }
  const fields = new Fields(s, 'strategy', undefined, problems);
  const name = fields.text('name');
  const rawRegion = s['region'];
  let region: string | undefined;
  if (rawRegion !== undefined && rawRegion !== null) {
    region = typeof rawRegion === 'string' ? regionCode(rawRegion) : undefined;
    if (region === undefined)
      problems.add(samePlace('strategy.region'), undefined, 'strategy_strategy_region_invalid', {
        value: shown(rawRegion),
      });
  }
  const goalAreas = readGoalAreas(listOf(s['goalAreas'], 'strategy.goalAreas', problems), problems);
  const known = new Set(goalAreas.map((g) => g.id));
  const indicators: StrategyIndicator[] = [];
  const seen = new Map<string, string>();
  listOf(s['indicators'], 'strategy.indicators', problems).forEach((item, index) => {
    const path = `strategy.indicators[${index}]`;
    const indicator = readIndicator(item, path, known, problems);
    if (!indicator) return;
    const earlier = seen.get(indicator.id);
    if (earlier !== undefined)
      return void problems.add(samePlace(path), indicator.id, 'strategy_id_repeated', { other: earlier });
    seen.set(indicator.id, path);
    indicators.push(indicator);
  });
  return { name, region, goalAreas, indicators };
}

function readGoalAreas(list: readonly Json[], problems: StrategyProblems): GoalArea[] {
  const areas: GoalArea[] = [];
  const seen = new Map<string, string>();
  list.forEach((item, index) => {
    const path = `strategy.goalAreas[${index}]`;
    const g = record(item);
    if (!g) return void problems.add(samePlace(path), undefined, 'strategy_part_not_object', {});
    const id = g['id'];
    if (typeof id !== 'string' || !isStrategyId(id))
      return void problems.add(samePlace(path), undefined, 'strategy_id_invalid', { value: shown(id) });
    const name = wellFormedText(g['name'])?.trim();
    if (!name) return void problems.add(samePlace(path), id, 'strategy_name_missing', {});
    const earlier = seen.get(id);
    if (earlier !== undefined)
      return void problems.add(samePlace(path), id, 'strategy_id_repeated', { other: earlier });
    seen.set(id, path);
    areas.push({
      id,
      name,
      description: new Fields(g, path, id, problems).text('description'),
      rusAreas: rusAreaList(listOf(g['rusAreas'], `${path}.rusAreas`, problems), path, id, problems),
    });
  });
  return areas;
}

/** A goal area's RUS priority areas: texts; absent (a file written before they were) is none. */
function rusAreaList(
  list: readonly Json[],
  path: string,
  label: string,
  problems: StrategyProblems,
): string[] {
  const texts: string[] = [];
  for (const value of list) {
    const text = wellFormedText(value);
    if (text === undefined)
      problems.add(samePlace(`${path}.rusAreas`), label, 'strategy_text_invalid', { field: 'rusAreas' });
    else texts.push(text);
  }
  return distinctRusAreas(texts);
}

function readIndicator(
  item: Json,
  path: string,
  known: ReadonlySet<string>,
  problems: StrategyProblems,
): StrategyIndicator | undefined {
  const where = samePlace(path);
  const i = record(item);
  if (!i) return void problems.add(where, undefined, 'strategy_part_not_object', {});
  const id = i['id'];
  if (typeof id !== 'string' || !isStrategyId(id))
    return void problems.add(where, undefined, 'strategy_id_invalid', { value: shown(id) });
  const name = wellFormedText(i['name'])?.trim();
  if (!name) return void problems.add(where, id, 'strategy_name_missing', {});
  const level = i['chainLevel'];
  if (typeof level !== 'string' || !isChainLevel(level))
    return void problems.add(where, id, 'strategy_level_invalid', { value: shown(level) });
  const direction = i['direction'];
  if (typeof direction !== 'string' || !isDirection(direction))
    return void problems.add(where, id, 'strategy_direction_invalid', { value: shown(direction) });
  const fields = new Fields(i, path, id, problems);
  return {
    id,
    name,
    description: fields.text('description'),
    unit: fields.text('unit'),
    chainLevel: level,
    direction,
    goalAreas: goalAreaIds(listOf(i['goalAreas'], `${path}.goalAreas`, problems), known, path, id, problems),
    question: readQuestion(i['question'], path, id, problems),
    source: fields.text('source'),
    decimals: readDecimals(i['decimals'], path, id, problems),
    followUpLevels: followUps(
      listOf(i['followUpLevels'], `${path}.followUpLevels`, problems),
      path,
      id,
      problems,
    ),
    genderSplit: readGenderSplit(i['genderSplit'], path, id, problems),
    koladaId: fields.optional('koladaId'),
    scbId: fields.optional('scbId'),
  };
}

function goalAreaIds(
  list: readonly Json[],
  known: ReadonlySet<string>,
  path: string,
  label: string,
  problems: StrategyProblems,
): string[] {
  const ids: string[] = [];
  for (const value of list) {
    if (typeof value === 'string' && known.has(value)) {
      if (!ids.includes(value)) ids.push(value);
    } else
      problems.add(samePlace(`${path}.goalAreas`), label, 'strategy_goal_area_unknown', {
        value: shown(value),
      });
  }
  return ids;
}

function readQuestion(
  value: Json | undefined,
  path: string,
  label: string,
  problems: StrategyProblems,
): StrategyQuestion | undefined {
  if (value === undefined || value === null) return undefined;
  const q = record(value);
  const kind = q?.['kind'];
  const text = wellFormedText(q?.['text'])?.trim();
  if ((kind === 'process' || kind === 'summative') && text) return { kind, text };
  problems.add(samePlace(`${path}.question`), label, 'strategy_question_invalid', { value: shown(kind) });
  return undefined;
}

function readDecimals(
  value: Json | undefined,
  path: string,
  label: string,
  problems: StrategyProblems,
): number {
  if (value === undefined || value === null) return DEFAULT_DECIMALS;
  const decimals = typeof value === 'number' ? decimalsOf(value) : undefined;
  if (decimals === undefined)
    problems.add(samePlace(`${path}.decimals`), label, 'strategy_decimals_invalid', { value: shown(value) });
  return decimals ?? DEFAULT_DECIMALS;
}

function followUps(
  list: readonly Json[],
  path: string,
  label: string,
  problems: StrategyProblems,
): FollowUpLevel[] {
  const levels: FollowUpLevel[] = [];
  for (const value of list) {
    const level = FOLLOW_UP_LEVELS.find((l) => l === value);
    if (level === undefined)
      problems.add(samePlace(`${path}.followUpLevels`), label, 'strategy_follow_up_invalid', {
        value: shown(value),
      });
    else if (!levels.includes(level)) levels.push(level);
  }
  return levels;
}

function readGenderSplit(
  value: Json | undefined,
  path: string,
  label: string,
  problems: StrategyProblems,
): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  problems.add(samePlace(`${path}.genderSplit`), label, 'strategy_yes_no_invalid', { value: shown(value) });
  return false;
}
