import { CHAIN_LEVEL_INFO, CHAIN_LEVELS, type ChainLevel } from '../../domain/chain-levels';
import {
  FOLLOW_UP_LEVELS,
  type Direction,
  type FollowUpLevel,
  type QuestionKind,
} from '../../domain/indicator';
import { foldName } from '../../domain/text-match';

/**
 * The words a strategy workbook uses for the fixed values, in Swedish as people write them in Excel.
 * Read back without regard to case, spaces, `_` or diacritics; the ids (`kortsiktiga_effekter`,
 * `higher_is_better`) and the English words are read too.
 */
export const LEVEL_WORDS: Readonly<Record<ChainLevel, string>> = Object.fromEntries(
  CHAIN_LEVELS.map((level) => [level, CHAIN_LEVEL_INFO[level].label.sv]),
) as Record<ChainLevel, string>;

export const DIRECTION_WORDS: Readonly<Record<Direction, string>> = {
  higher_is_better: 'högre är bättre',
  lower_is_better: 'lägre är bättre',
  neutral: 'neutral',
};

export const QUESTION_WORDS: Readonly<Record<QuestionKind, string>> = {
  process: 'process',
  summative: 'summativ',
};

export const YES = 'ja';
export const NO = 'nej';

function lookup<T extends string>(
  raw: string,
  words: Readonly<Record<T, string>>,
  more: Readonly<Record<string, T>> = {},
): T | undefined {
  const key = foldName(raw);
  if (key === '') return undefined;
  for (const [value, word] of Object.entries(words) as [T, string][])
    if (foldName(word) === key || foldName(value) === key) return value;
  return more[key];
}

const ENGLISH_LEVELS: Readonly<Record<string, ChainLevel>> = Object.fromEntries(
  CHAIN_LEVELS.map((level) => [foldName(CHAIN_LEVEL_INFO[level].label.en), level]),
);

export const readLevel = (raw: string): ChainLevel | undefined => lookup(raw, LEVEL_WORDS, ENGLISH_LEVELS);

export const readDirection = (raw: string): Direction | undefined =>
  lookup(raw, DIRECTION_WORDS, {
    'higher is better': 'higher_is_better',
    'lower is better': 'lower_is_better',
    hogre: 'higher_is_better',
    lagre: 'lower_is_better',
  });

export const readQuestionKind = (raw: string): QuestionKind | undefined =>
  lookup(raw, QUESTION_WORDS, {
    summativ: 'summative',
    summerande: 'summative',
    processorienterad: 'process',
  });

const FOLLOW_UP_WORDS = Object.fromEntries(FOLLOW_UP_LEVELS.map((l) => [l, l])) as Record<
  FollowUpLevel,
  string
>;

/** A list of follow-up levels written `regional, lokal`: what it gives, and the words it did not know. */
export function readFollowUpLevels(raw: string): { levels: FollowUpLevel[]; unknown: string[] } {
  const levels: FollowUpLevel[] = [];
  const unknown: string[] = [];
  for (const part of raw.split(/[,;/]| och | and /)) {
    if (part.trim() === '') continue;
    const level = lookup(part, FOLLOW_UP_WORDS, {
      national: 'nationell',
      lokalt: 'lokal',
      local: 'lokal',
      kommun: 'lokal',
      regionalt: 'regional',
      nationellt: 'nationell',
    });
    if (level === undefined) unknown.push(part.trim());
    else if (!levels.includes(level)) levels.push(level);
  }
  return { levels, unknown };
}

/** Ja or nej as people write them in a cell; undefined for a blank cell, null for anything else. */
export function readYesNo(raw: string): boolean | undefined | null {
  const key = foldName(raw);
  if (key === '') return undefined;
  if (['ja', 'j', 'x', 'yes', 'y', 'true', 'sant', '1'].includes(key)) return true;
  if (['nej', 'n', 'no', 'false', 'falskt', '0'].includes(key)) return false;
  return null;
}

export const yesNo = (value: boolean): string => (value ? YES : NO);
