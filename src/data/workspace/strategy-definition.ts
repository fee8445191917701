import type { StrategyIndicator } from '../../domain/strategy';

/** A text as the catalogue reads it: the region's words, the same in both interface languages. */
const both = (text: string): { sv: string; en: string } => ({ sv: text, en: text });

/**
 * A strategy indicator as a catalogue entry (canonical JSON), read by the same pipeline as any
 * catalogue. It says nothing of how Riket relates to the län or of a formula: those the strategy
 * does not hold, and an example definition of the same id keeps them (build-dataset).
 */
export function strategyDefinition(i: StrategyIndicator): Record<string, unknown> {
  return {
    id: i.id,
    name: both(i.name),
    unit: both(i.unit),
    chainLevel: i.chainLevel,
    direction: i.direction,
    question: { kind: i.question?.kind ?? 'summative', ...both(i.question?.text ?? '') },
    source: i.source,
    decimals: i.decimals,
    ...(i.description ? { description: both(i.description) } : {}),
    ...(i.followUpLevels.length > 0 ? { followUpLevels: i.followUpLevels } : {}),
  };
}
