import type { ChainLevel } from '../../src/domain/chain-levels';
import type { Direction } from '../../src/domain/indicator';

export interface CatalogueEntryOptions {
  readonly chainLevel: ChainLevel;
  readonly direction?: Direction;
  readonly decimals?: number;
  readonly aggregation?: 'mean' | 'sum';
  readonly formula?: { readonly kind: string; readonly of: readonly string[] };
  readonly listed?: boolean;
  readonly cohort?: boolean;
}

/** One indicator definition as the catalogue JSON holds it; `name.sv` is the id with a capital. */
export function catalogueEntry(id: string, options: CatalogueEntryOptions): Record<string, unknown> {
  const name = id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ');
  return {
    id,
    name: { sv: name, en: `${name} (en)` },
    unit: { sv: 'antal', en: 'number' },
    chainLevel: options.chainLevel,
    direction: options.direction ?? 'higher_is_better',
    question: { kind: 'summative', sv: 'Fråga?', en: 'Question?' },
    source: 'Test',
    decimals: options.decimals ?? 1,
    ...(options.aggregation ? { aggregation: options.aggregation } : {}),
    ...(options.formula ? { formula: options.formula } : {}),
    ...(options.listed === false ? { listed: false } : {}),
    ...(options.cohort ? { cohort: true } : {}),
  };
}

/** The catalogue file (indicators.json) for the given definitions, in their order. */
export function catalogueJson(entries: readonly Record<string, unknown>[]): string {
  return JSON.stringify({ indicators: entries });
}

/**
 * Six indicators on five chain levels, out of chain order, two on one level, one without data in the
 * tests that use it: for the overview and the matrix.
 */
export const LEVELS_CATALOGUE = catalogueJson([
  catalogueEntry('nyforetagande', { chainLevel: 'kortsiktiga_effekter' }),
  catalogueEntry('arbetsloshet', { chainLevel: 'langsiktiga_effekter', direction: 'lower_is_better' }),
  catalogueEntry('antal_projekt', { chainLevel: 'prestationer', decimals: 0 }),
  catalogueEntry('overlevnad', { chainLevel: 'kortsiktiga_effekter' }),
  catalogueEntry('beviljade_medel', { chainLevel: 'resurser' }),
  catalogueEntry('utan_data', { chainLevel: 'utfall' }),
]);

/** A long CSV observation file: `region;indikator;period;kön;värde`, one row per string `region;indicator;period;value`. */
export function observationsCsv(rows: readonly string[]): string {
  return [
    'region;indikator;period;kön;värde',
    ...rows.map((r) => {
      const [region, indicator, period, value] = r.split(';');
      return `${region};${indicator};${period};T;${value}`;
    }),
  ].join('\n');
}

/** A targets file: one row per string `region;indicator;period;target;baseYear;baseline` (the last two may be empty). */
export function targetsCsv(rows: readonly string[]): string {
  return ['region;indikator;period;mål;basår;baslinje', ...rows].join('\n');
}
