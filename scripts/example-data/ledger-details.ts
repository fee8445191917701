/**
 * The descriptive cells of the invented 1:1 cases: RUS priority areas and their planned split,
 * the effect-chain tag, the national strategy area, the (obviously invented) owner and the dates.
 */
import type { SupportType } from '../../src/domain/ledger';
import type { Random } from './random';

/** The priority areas a county's RUS may have; each county has four of them. */
export const RUS_AREAS = [
  'Innovation och företagande',
  'Kompetensförsörjning',
  'Tillgänglighet och infrastruktur',
  'Hållbar samhällsutveckling',
  'Attraktiva livsmiljöer',
  'Internationalisering',
] as const;

export const RUS_AREAS_PER_COUNTY = 4;

/** The national strategy's areas (nationell strategi för hållbar regional utveckling). */
const STRATEGY = {
  innovation: 'Innovation och företagande',
  environments: 'Attraktiva miljöer och tillgänglighet',
  skills: 'Kompetensförsörjning',
  international: 'Internationellt samarbete',
} as const;

const STRATEGY_AREAS: readonly string[] = Object.values(STRATEGY);

/** The effect-chain levels as a case system tags them (resultatkedja). */
const CHAIN_TAGS = [
  'Aktiviteter',
  'Prestationer',
  'Utfall',
  'Kortsiktiga effekter',
  'Långsiktiga effekter',
] as const;

const CHAIN_WEIGHTS: Readonly<Record<SupportType, readonly number[]>> = {
  projektstod: [0.15, 0.3, 0.3, 0.15, 0.1],
  foretagsstod: [0, 0.1, 0.35, 0.4, 0.15],
  kommersiell_service: [0, 0.4, 0.4, 0.2, 0],
};

/** How much a support type leans to a RUS area (multiplies the area's planned share). */
function affinity(type: SupportType, area: string): number {
  if (type === 'foretagsstod')
    return area === 'Innovation och företagande' ? 4 : area === 'Internationalisering' ? 2 : 0.4;
  if (type === 'kommersiell_service')
    return area === 'Attraktiva livsmiljöer' || area === 'Tillgänglighet och infrastruktur'
      ? 4
      : area === 'Hållbar samhällsutveckling'
        ? 2
        : 0.3;
  return 1;
}

/** An index drawn with probability proportional to its weight. */
export function weighted(rng: Random, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let x = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/** The indices 0…n−1 in a random order (Fisher–Yates). */
export function shuffled(rng: Random, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const a = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = a;
  }
  return order;
}

/** A county's four RUS areas, in the fixed list's order: innovation and business always, three more. */
export function countyAreas(rng: Random): string[] {
  const others = RUS_AREAS.slice(1);
  const chosen = new Set(
    shuffled(rng, others.length)
      .slice(0, RUS_AREAS_PER_COUNTY - 1)
      .map((i) => others[i]),
  );
  return RUS_AREAS.filter((a, i) => i === 0 || chosen.has(a));
}

/** Whole per cents summing to exactly 100 (largest remainder). */
export function wholePercents(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (100 * w) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((s, v) => s + v, 0);
  const byRemainder = exact
    .map((v, i) => [v - Math.floor(v), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (missing <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    missing--;
  }
  return floors;
}

/** The RUS area of a case tied to the strategy: by the year's planned shares and the support type. */
export function rusArea(
  rng: Random,
  type: SupportType,
  areas: readonly string[],
  planned: readonly number[],
): string {
  return (
    areas[
      weighted(
        rng,
        areas.map((a, i) => (planned[i] ?? 0) * affinity(type, a)),
      )
    ] ??
    areas[0] ??
    ''
  );
}

export function chainTag(rng: Random, type: SupportType): string {
  return CHAIN_TAGS[weighted(rng, CHAIN_WEIGHTS[type])] ?? CHAIN_TAGS[0];
}

export function strategyArea(rng: Random, type: SupportType, area: string): string {
  switch (area) {
    case 'Innovation och företagande':
      return STRATEGY.innovation;
    case 'Kompetensförsörjning':
      return STRATEGY.skills;
    case 'Tillgänglighet och infrastruktur':
    case 'Attraktiva livsmiljöer':
      return STRATEGY.environments;
    case 'Internationalisering':
      return STRATEGY.international;
    case 'Hållbar samhällsutveckling':
      return rng.chance(0.5) ? STRATEGY.environments : STRATEGY.innovation;
    default:
      if (type === 'foretagsstod') return STRATEGY.innovation;
      if (type === 'kommersiell_service') return STRATEGY.environments;
      return STRATEGY_AREAS[rng.below(STRATEGY_AREAS.length)] ?? STRATEGY.innovation;
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** An owner's name that no one could take for a real firm, person or municipality. */
export function ownerName(rng: Random, type: SupportType): string {
  if (type === 'foretagsstod') return `Exempelbolaget ${pad(1 + rng.below(9999), 4)} AB`;
  if (type === 'kommersiell_service') return `Exempelbutiken ${pad(1 + rng.below(9999), 4)}`;
  const r = rng.next();
  if (r < 0.5) return `Exempelprojekt ${pad(1 + rng.below(9999), 4)}`;
  if (r < 0.8) return `Exempelkommunen ${pad(1 + rng.below(99), 2)}`;
  return `Exempelföreningen ${pad(1 + rng.below(9999), 4)}`;
}

const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** Start in the decision year; one to three years long (company support one to two, service one). */
export function caseDates(rng: Random, type: SupportType, year: number): { start: string; end: string } {
  const month = rng.below(12);
  const day = 1 + rng.below(28);
  const months =
    type === 'kommersiell_service' ? 12 : type === 'foretagsstod' ? 12 + rng.below(13) : 12 + rng.below(25);
  return { start: iso(Date.UTC(year, month, day)), end: iso(Date.UTC(year, month + months, day - 1)) };
}
