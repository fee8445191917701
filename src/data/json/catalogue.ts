import { isChainLevel } from '../../domain/chain-levels';
import { isFormulaKind, type Formula } from '../../domain/formula';
import {
  INDICATOR_ID_PATTERN,
  isDirection,
  FOLLOW_UP_LEVELS,
  type FollowUpLevel,
  type Indicator,
  type QuestionKind,
} from '../../domain/indicator';
import type { LocalizedText } from '../../domain/language';
import { DEFAULT_DECIMALS } from '../../domain/decimals';
import { checkedDecimals, firstMalformed } from '../cells/checked-values';
import { detach } from '../text/detach';
import type { IssueCollector } from '../issues/issue';
import type { CatalogueProblem, FormulaShapeProblem } from '../issues/json-problems';
import { member, type JsonObject, type JsonValue } from '../text/json-reader';

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? detach(value) : undefined;
}

function localized(value: JsonValue | undefined): LocalizedText | undefined {
  if (typeof value === 'string') return { sv: value, en: value };
  if (value !== null && typeof value === 'object' && value.kind === 'object') {
    const sv = text(value.members.get('sv'));
    const en = text(value.members.get('en'));
    if (sv !== undefined) return { sv, en: en ?? sv };
  }
  return undefined;
}

/** One indicator definition; undefined after reporting what is wrong with it. */
export function readIndicator(obj: JsonObject, issues: IssueCollector): Indicator | undefined {
  const report = (problem: CatalogueProblem): undefined => {
    issues.add('catalogue_invalid', obj.line, obj.column, problem);
    return undefined;
  };
  const id = text(obj.members.get('id'));
  if (id === undefined || !INDICATOR_ID_PATTERN.test(id)) return report({ problem: 'id_invalid', id });
  const name = localized(obj.members.get('name'));
  if (!name) return report({ problem: 'name_missing', id });
  const unit = localized(obj.members.get('unit')) ?? { sv: '', en: '' };
  // Names and units are shown, and used in file names: text that is not well-formed is refused.
  const malformed = firstMalformed([
    ['name', name.sv],
    ['name', name.en],
    ['unit', unit.sv],
    ['unit', unit.en],
  ]);
  if (malformed) {
    issues.add('text_malformed', obj.line, obj.column, { field: malformed[0], value: malformed[1] });
    return undefined;
  }
  const level = text(member(obj, 'chainLevel', 'chain_level', 'niva'));
  if (level === undefined || !isChainLevel(level))
    return report({ problem: 'chain_level_unknown', id, level });
  const direction = text(obj.members.get('direction')) ?? 'neutral';
  if (!isDirection(direction)) return report({ problem: 'direction_unknown', id, direction });
  const questionValue = obj.members.get('question');
  const questionText = localized(questionValue);
  if (!questionText) return report({ problem: 'question_missing', id });
  const kindRaw =
    questionValue !== null && typeof questionValue === 'object' && questionValue.kind === 'object'
      ? text(questionValue.members.get('kind'))
      : undefined;
  const kind: QuestionKind = kindRaw === 'process' ? 'process' : 'summative';
  const formulaValue = obj.members.get('formula');
  let formula: Formula | undefined;
  if (formulaValue !== undefined && formulaValue !== null) {
    const read = readFormula(formulaValue);
    if ('problem' in read) return report({ ...read, id });
    formula = read;
  }
  const decimals = checkedDecimals(obj.members.get('decimals'), id, obj, issues) ?? DEFAULT_DECIMALS;
  return {
    id,
    name,
    unit,
    chainLevel: level,
    direction,
    question: { kind, text: questionText },
    source: text(obj.members.get('source')) ?? '',
    decimals,
    aggregation: text(obj.members.get('aggregation')) === 'sum' ? 'sum' : 'mean',
    description: localized(obj.members.get('description')),
    formula,
    listed: obj.members.get('listed') !== false,
    cohort: obj.members.get('cohort') === true,
    ...followUpLevels(obj, id, issues),
  };
}

/** A value as the message quotes it: text as it is, a list or an object by its shape. */
function shown(value: JsonValue): string {
  if (typeof value === 'string') return detach(value);
  if (value !== null && typeof value === 'object') return value.kind === 'array' ? '[…]' : '{…}';
  return String(value);
}

/** The results matrix's levels by their Swedish names, and the English ones a catalogue may use. */
const FOLLOW_UP_NAMES: ReadonlyMap<string, FollowUpLevel> = new Map([
  ['nationell', 'nationell'],
  ['regional', 'regional'],
  ['lokal', 'lokal'],
  ['national', 'nationell'],
  ['local', 'lokal'],
]);

/**
 * `"followUpLevels": ["regional", "lokal"]` (or one level as a string): the levels the indicator is
 * followed at. An unknown value is a warning and left out; the field's absence is kept as absence.
 */
function followUpLevels(
  obj: JsonObject,
  id: string,
  issues: IssueCollector,
): { followUpLevels?: readonly FollowUpLevel[] } {
  const value = member(obj, 'followUpLevels', 'follow_up_levels');
  if (value === undefined || value === null) return {};
  const items = typeof value === 'object' && value.kind === 'array' ? value.items : [value];
  const where = typeof value === 'object' && value.kind === 'array' ? value : obj;
  const levels = new Set<FollowUpLevel>();
  for (const item of items) {
    const level = typeof item === 'string' ? FOLLOW_UP_NAMES.get(item.trim().toLowerCase()) : undefined;
    if (level) levels.add(level);
    else
      issues.add('catalogue_follow_up_level_unknown', where.line, where.column, {
        indicator: id,
        value: shown(item),
      });
  }
  // In the matrix's order, whatever the file's.
  return { followUpLevels: FOLLOW_UP_LEVELS.filter((l) => levels.has(l)) };
}

/**
 * `{"kind": "ratio" | "share" | "sum", "of": ["id", …]}`, or what is wrong with it.
 * Whether the inputs exist, and the order of computing, is checked when the dataset is built.
 */
function readFormula(value: JsonValue): Formula | FormulaShapeProblem {
  if (typeof value !== 'object' || value === null || value.kind !== 'object')
    return { problem: 'formula_not_object' };
  const kind = text(value.members.get('kind'));
  if (kind === undefined || !isFormulaKind(kind)) return { problem: 'formula_kind_unknown', kind };
  const of = value.members.get('of');
  if (of === undefined || of === null || typeof of !== 'object' || of.kind !== 'array')
    return { problem: 'formula_of_missing' };
  const ids = of.items.map((item) => (typeof item === 'string' ? item : ''));
  if (ids.some((id) => !INDICATOR_ID_PATTERN.test(id))) return { problem: 'formula_of_not_ids' };
  const arityOk = kind === 'sum' ? ids.length >= 2 : ids.length === 2;
  if (!arityOk) return kind === 'sum' ? { problem: 'formula_sum_terms' } : { problem: 'formula_pair', kind };
  return { kind, of: ids.map((id) => detach(id)) };
}

export function readIndicatorList(value: JsonValue | undefined, issues: IssueCollector): Indicator[] {
  if (value === undefined || value === null || typeof value !== 'object' || value.kind !== 'array') return [];
  const seen = new Set<string>();
  const result: Indicator[] = [];
  for (const item of value.items) {
    if (item === null || typeof item !== 'object' || item.kind !== 'object') {
      issues.add('catalogue_invalid', value.line, value.column, { problem: 'not_object' });
      continue;
    }
    const indicator = readIndicator(item, issues);
    if (!indicator) continue;
    if (seen.has(indicator.id)) {
      issues.add('catalogue_invalid', item.line, item.column, { problem: 'defined_twice', id: indicator.id });
      continue;
    }
    seen.add(indicator.id);
    result.push(indicator);
  }
  return result;
}
