import type { LocalizedText } from './language';

/** The levels of the effect chain (effektkedja), in causal order. */
export const CHAIN_LEVELS = [
  'resurser',
  'aktiviteter',
  'prestationer',
  'utfall',
  'kortsiktiga_effekter',
  'langsiktiga_effekter',
] as const;

export type ChainLevel = (typeof CHAIN_LEVELS)[number];

export interface ChainLevelInfo {
  readonly id: ChainLevel;
  readonly label: LocalizedText;
  readonly meaning: LocalizedText;
  /** The time horizon over which the level's results are expected to show, where the framework gives one. */
  readonly horizon: LocalizedText | undefined;
}

export const CHAIN_LEVEL_INFO: Readonly<Record<ChainLevel, ChainLevelInfo>> = {
  resurser: {
    id: 'resurser',
    label: { sv: 'Resurser', en: 'Resources' },
    meaning: {
      sv: 'Tid, pengar och andra resurser som läggs på aktiviteterna, t.ex. beviljade 1:1-medel.',
      en: 'Time, money and other resources put into the activities, e.g. 1:1 funds granted.',
    },
    horizon: undefined,
  },
  aktiviteter: {
    id: 'aktiviteter',
    label: { sv: 'Aktiviteter', en: 'Activities' },
    meaning: {
      sv: 'De typer av insatser som ska leda till resultat och effekter.',
      en: 'The kinds of efforts that should lead to outcomes and effects.',
    },
    horizon: undefined,
  },
  prestationer: {
    id: 'prestationer',
    label: { sv: 'Prestationer', en: 'Outputs' },
    meaning: {
      sv: 'Hur mycket eller hur många aktiviteter som genomförts, t.ex. antal projekt.',
      en: 'How much or how many activities were carried out, e.g. number of projects.',
    },
    horizon: undefined,
  },
  utfall: {
    id: 'utfall',
    label: { sv: 'Utfall', en: 'Outcomes' },
    meaning: {
      sv: 'Hur deltagarna påverkats av att delta, direkt när aktiviteten genomförs.',
      en: 'How participants were affected by taking part, right when the activity happens.',
    },
    horizon: { sv: 'direkt', en: 'immediate' },
  },
  kortsiktiga_effekter: {
    id: 'kortsiktiga_effekter',
    label: { sv: 'Kortsiktiga effekter', en: 'Short-term effects' },
    meaning: {
      sv: 'Vad som händer när deltagarna omsätter utfallen i handling, t.ex. fler nya företag.',
      en: 'What happens when participants turn outcomes into action, e.g. more new firms.',
    },
    horizon: { sv: '0–2 år', en: '0–2 years' },
  },
  langsiktiga_effekter: {
    id: 'langsiktiga_effekter',
    label: { sv: 'Långsiktiga effekter', en: 'Long-term effects' },
    meaning: {
      sv: 'Hur samhället påverkas av summan av alla aktiviteter, t.ex. hållbar tillväxt.',
      en: 'How society is affected by the sum of all activities, e.g. sustainable growth.',
    },
    horizon: { sv: '1–10 år', en: '1–10 years' },
  },
};

export function isChainLevel(value: string): value is ChainLevel {
  return (CHAIN_LEVELS as readonly string[]).includes(value);
}

export function chainLevelOrder(level: ChainLevel): number {
  return CHAIN_LEVELS.indexOf(level);
}
