import type { ChainLevel } from '../domain/chain-levels';
import { isValidDecimals } from '../domain/decimals';
import { INDICATOR_ID_PATTERN, type Direction, type FollowUpLevel } from '../domain/indicator';
import type { StrategyIndicator } from '../domain/strategy';
import type { MessageKey } from '../i18n/dictionary';

/** What the indicator form holds, as typed. */
export interface IndicatorDraft {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly chainLevel: ChainLevel;
  readonly direction: Direction;
  readonly goalAreas: readonly string[];
  readonly questionKind: 'none' | 'process' | 'summative';
  readonly question: string;
  readonly source: string;
  readonly decimals: string;
  readonly followUpLevels: readonly FollowUpLevel[];
  readonly genderSplit: boolean;
  readonly koladaId: string;
  readonly scbId: string;
}

/** The fields an error can be about: each error describes its field, and the first gets focus. */
export type DraftField = 'id' | 'name' | 'decimals' | 'question';

export interface DraftProblem {
  readonly field: DraftField;
  readonly key: MessageKey;
}

export function draftOf(i: StrategyIndicator): IndicatorDraft {
  return {
    id: i.id,
    name: i.name,
    description: i.description,
    unit: i.unit,
    chainLevel: i.chainLevel,
    direction: i.direction,
    goalAreas: i.goalAreas,
    questionKind: i.question?.kind ?? 'none',
    question: i.question?.text ?? '',
    source: i.source,
    decimals: String(i.decimals),
    followUpLevels: i.followUpLevels,
    genderSplit: i.genderSplit,
    koladaId: i.koladaId ?? '',
    scbId: i.scbId ?? '',
  };
}

/** A new indicator's form, placed on a level and in a goal area (undefined: none). */
export function newDraft(chainLevel: ChainLevel, goalArea: string | undefined): IndicatorDraft {
  return {
    id: '',
    name: '',
    description: '',
    unit: '',
    chainLevel,
    direction: 'higher_is_better',
    goalAreas: goalArea === undefined ? [] : [goalArea],
    questionKind: 'none',
    question: '',
    source: '',
    decimals: '1',
    followUpLevels: [],
    genderSplit: false,
    koladaId: '',
    scbId: '',
  };
}

/**
 * The indicator the form describes, or every field that is wrong, in the form's order. `taken`:
 * the ids of the strategy's other indicators (an id names the data's indicator, so it is unique).
 */
export function readDraft(
  draft: IndicatorDraft,
  taken: ReadonlySet<string>,
): { readonly indicator: StrategyIndicator } | { readonly problems: readonly DraftProblem[] } {
  const id = draft.id.trim();
  const name = draft.name.trim();
  const decimals = Number(draft.decimals.trim().replace(',', '.'));
  const question = draft.question.trim();
  const problems: DraftProblem[] = [];
  if (!INDICATOR_ID_PATTERN.test(id)) problems.push({ field: 'id', key: 'stratErrorId' });
  else if (taken.has(id)) problems.push({ field: 'id', key: 'stratErrorIdTaken' });
  if (name === '') problems.push({ field: 'name', key: 'stratErrorName' });
  if (draft.decimals.trim() === '' || !isValidDecimals(decimals))
    problems.push({ field: 'decimals', key: 'stratErrorDecimals' });
  if (draft.questionKind !== 'none' && question === '')
    problems.push({ field: 'question', key: 'stratErrorQuestion' });
  if (problems.length > 0) return { problems };
  return {
    indicator: {
      id,
      name,
      description: draft.description.trim(),
      unit: draft.unit.trim(),
      chainLevel: draft.chainLevel,
      direction: draft.direction,
      goalAreas: draft.goalAreas,
      question: draft.questionKind === 'none' ? undefined : { kind: draft.questionKind, text: question },
      source: draft.source.trim(),
      decimals,
      followUpLevels: draft.followUpLevels,
      genderSplit: draft.genderSplit,
      koladaId: draft.koladaId.trim() || undefined,
      scbId: draft.scbId.trim() || undefined,
    },
  };
}
