import type { Indicator } from '../../domain/indicator';
import type { ImportResult } from '../import/import-result';

/** A later file's definition of an indicator id that an earlier file defines otherwise. */
export interface Redefinition {
  readonly file: string;
  readonly indicator: string;
  readonly earlier: string;
}

export interface MergedDefinitions {
  readonly indicators: Indicator[];
  /** The file whose definition gives each id its formula (for the formula's problems). */
  readonly definedIn: Map<string, string>;
  readonly redefined: Redefinition[];
}

/** What a reader sees of a definition: a second one that says the same is no news. */
function definitionShape(i: Indicator): string {
  return JSON.stringify([i.name, i.unit, i.decimals, i.direction, i.chainLevel, i.aggregation, i.formula]);
}

/**
 * The user's definition over a file's: everything the user says (name, unit, level, direction,
 * question, source, decimals, description, follow-up levels) is theirs. What the user's definition
 * cannot say — how Riket relates to the län, a formula, a cohort — stays the file's, and the
 * indicator is listed: the user put it in the chain.
 */
function ownOver(base: Indicator, own: Indicator): Indicator {
  const { followUpLevels: _base, ...kept } = base;
  return {
    ...kept,
    name: own.name,
    unit: own.unit,
    chainLevel: own.chainLevel,
    direction: own.direction,
    question: own.question,
    source: own.source,
    decimals: own.decimals,
    description: own.description,
    listed: true,
    ...(own.followUpLevels ? { followUpLevels: own.followUpLevels } : {}),
  };
}

/**
 * Indicator definitions across files. Among the data files the first definition of an id wins, and
 * a later, different one is noted (its file says so). The user's own definitions (`own`: the
 * strategy and the indicators the user described) win over them all, whatever the order, and are
 * no conflict: the user made them to say what the indicator is.
 */
export function mergeDefinitions(results: readonly ImportResult[]): MergedDefinitions {
  const indicators: Indicator[] = [];
  const definedIn = new Map<string, string>();
  const redefined: Redefinition[] = [];
  const at = new Map<string, number>();
  for (const r of results) {
    if (r.own) continue;
    for (const indicator of r.indicators) {
      const earlier = definedIn.get(indicator.id);
      if (earlier === undefined) {
        definedIn.set(indicator.id, r.file);
        at.set(indicator.id, indicators.length);
        indicators.push(indicator);
      } else if (earlier !== r.file) {
        const first = indicators[at.get(indicator.id) ?? -1];
        if (first && definitionShape(first) !== definitionShape(indicator))
          redefined.push({ file: r.file, indicator: indicator.id, earlier });
      }
    }
  }
  for (const r of results) {
    if (!r.own) continue;
    for (const own of r.indicators) {
      const index = at.get(own.id);
      const base = index === undefined ? undefined : indicators[index];
      if (index !== undefined && base) {
        indicators[index] = ownOver(base, own);
        continue;
      }
      definedIn.set(own.id, r.file);
      at.set(own.id, indicators.length);
      indicators.push(own);
    }
  }
  return { indicators, definedIn, redefined };
}
