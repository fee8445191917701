import { LEDGER_MEASURES } from '../../domain/ledger-measures';
import type { Indicator } from '../../domain/indicator';
import { isEmptyLedger } from '../../domain/ledger';
import type { ImportResult } from '../import/import-result';
import { ObservationBuilder } from '../columns/observation-store';

/**
 * With the example data off, the example catalogue is read for its definitions only
 * (`definitionsOnly`): an indicator's name, unit, chain level, direction, decimals, description,
 * how Riket relates to the län, a formula. It names the indicators the user's own files carry —
 * those with an observation or a target in them, the 1:1 measures where they give a ledger, and a
 * formula whose every input is among these — and nothing else: no indicator of it appears that the
 * user's files do not have. What is the example region's own choice is left out: its evaluation
 * question, its follow-up levels, and its source, which calls the values invented.
 *
 * The catalogue's file goes last, so any other file's definition of an id comes first and wins (the
 * user's own are laid over it, as over any file's); it has no report (nothing of the example is
 * listed as read).
 */
export function withReferenceDefinitions(results: readonly ImportResult[]): ImportResult[] {
  const reference = results.filter((r) => r.definitionsOnly);
  if (reference.length === 0) return [...results];
  const others = results.filter((r) => !r.definitionsOnly);
  // The user's own definitions (`own`) are laid over a file's (definitions.ts): the reference may be that file.
  const defined = new Set(others.filter((r) => !r.own).flatMap((r) => r.indicators.map((i) => i.id)));
  const used = usedIds(others);
  const candidates = new Map<string, Indicator>();
  for (const r of reference)
    for (const i of r.indicators) if (!defined.has(i.id) && !candidates.has(i.id)) candidates.set(i.id, i);
  const kept = keptIds(candidates, used, defined);
  const trimmed = reference.map((r) => ({
    ...r,
    indicators: r.indicators.filter((i) => kept.has(i.id) && candidates.get(i.id) === i).map(asReference),
    observations: new ObservationBuilder(16).build(),
    targets: [],
    labels: [],
    issues: [],
    ledger: undefined,
  }));
  return [...others, ...trimmed];
}

/** Every id the files carry: in an observation row or a target; a ledger's cases give the 1:1 measures. */
function usedIds(results: readonly ImportResult[]): Set<string> {
  const used = new Set<string>();
  for (const r of results) {
    const { indicator, indicators, length } = r.observations;
    const seen = new Uint8Array(indicators.length);
    for (let row = 0; row < length; row++) seen[indicator[row] ?? 0] = 1;
    indicators.forEach((id, code) => {
      if (seen[code]) used.add(id);
    });
    for (const t of r.targets) used.add(t.indicator);
    if (r.ledger && !isEmptyLedger(r.ledger)) for (const id of LEDGER_MEASURES) used.add(id);
  }
  return used;
}

/** The used ids the reference defines, and its formulas whose inputs are all there (to a fixed point). */
function keptIds(
  candidates: ReadonlyMap<string, Indicator>,
  used: ReadonlySet<string>,
  defined: ReadonlySet<string>,
): Set<string> {
  const kept = new Set([...candidates.keys()].filter((id) => used.has(id)));
  const present = (id: string): boolean => kept.has(id) || defined.has(id) || used.has(id);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [id, indicator] of candidates) {
      if (kept.has(id) || !indicator.formula || !indicator.formula.of.every(present)) continue;
      kept.add(id);
      grew = true;
    }
  }
  return kept;
}

/** The definition without what belongs to the example region: its question, follow-up levels, source. */
function asReference(indicator: Indicator): Indicator {
  const { followUpLevels: _levels, ...rest } = indicator;
  return { ...rest, question: { kind: indicator.question.kind, text: { sv: '', en: '' } }, source: '' };
}
