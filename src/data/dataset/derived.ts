import { evaluateFormula, formulaOrder, type Formula, type FormulaProblem } from '../../domain/formula';
import type { Indicator } from '../../domain/indicator';
import { ObservationBuilder, type ObservationColumns } from '../columns/observation-store';

/** Where computed observations come from, in tables and check-data output. */
export const DERIVED_SOURCE = 'beräknat enligt formel';

/** The marker of a computed value that cannot be had: "uppgift kan inte förekomma". */
export const NO_VALUE_MARKER = '.';

const PERIOD_SPAN = 1 << 18;

const keyOf = (region: number, period: number, gender: number): number =>
  (region * PERIOD_SPAN + period) * 4 + gender;

function unkey(key: number): { region: number; period: number; gender: number } {
  const gender = key % 4;
  const rest = (key - gender) / 4;
  const period = rest % PERIOD_SPAN;
  return { region: (rest - period) / PERIOD_SPAN, period, gender };
}

export interface DerivedOutcome {
  readonly columns: ObservationColumns;
  readonly problems: readonly FormulaProblem[];
}

/**
 * Computes the catalogue's formula indicators from the observations: for every region, period and
 * kön where an input has an observation, the formula's value, or a "." marker (with a note saying
 * which input is missing or zero) where it cannot be had — never Infinity or NaN. A formula may use
 * another's result. Where a file already gives the indicator for a key, that value stands. Rows
 * where `keep` is 0 (replaced by a later file) are not read.
 */
export function deriveIndicators(
  columns: ObservationColumns,
  indicators: readonly Indicator[],
  keep?: Uint8Array,
): DerivedOutcome {
  const formulas = new Map<string, Formula>();
  for (const i of indicators) if (i.formula) formulas.set(i.id, i.formula);
  const builder = new ObservationBuilder(1024);
  if (formulas.size === 0) return { columns: builder.build(), problems: [] };

  const known = new Set<string>([...indicators.map((i) => i.id), ...columns.indicators]);
  const { order, problems } = formulaOrder(formulas, known);

  // Values by indicator and key; undefined for an observation that is a marker.
  const values = new Map<string, Map<number, number | undefined>>();
  const valuesOf = (id: string): Map<number, number | undefined> => {
    let m = values.get(id);
    if (!m) {
      m = new Map();
      values.set(id, m);
    }
    return m;
  };
  const wanted = new Set<string>(order.flatMap((id) => [id, ...(formulas.get(id)?.of ?? [])]));
  const wantedCodes = columns.indicators.map((id) => (wanted.has(id) ? valuesOf(id) : undefined));
  for (let i = 0; i < columns.length; i++) {
    const target = wantedCodes[columns.indicator[i] ?? 0];
    if (!target || (keep && !keep[i])) continue;
    const marker = columns.marker[i] ?? 0;
    target.set(
      keyOf(columns.region[i] ?? 0, columns.period[i] ?? 0, columns.gender[i] ?? 0),
      marker === 0 ? columns.value[i] : undefined,
    );
  }

  const file = builder.fileCode(DERIVED_SOURCE);
  const nameOf = new Map(indicators.map((i) => [i.id, i.name.sv]));
  for (const id of order) {
    const formula = formulas.get(id);
    if (!formula) continue;
    const given = valuesOf(id);
    const keys = new Set<number>();
    for (const input of formula.of) for (const k of valuesOf(input).keys()) keys.add(k);
    const indicator = builder.indicatorCode(id);
    for (const k of [...keys].sort((a, b) => a - b)) {
      if (given.has(k)) continue;
      const result = evaluateFormula(formula, (input) => valuesOf(input).get(k));
      const { region, period, gender } = unkey(k);
      if (result.ok) {
        builder.push(region, indicator, period, gender, result.value, 0, 0, file);
        given.set(k, result.value);
      } else {
        const row = builder.push(
          region,
          indicator,
          period,
          gender,
          NaN,
          builder.markerCode(NO_VALUE_MARKER),
          0,
          file,
        );
        const input = nameOf.get(result.input) ?? result.input;
        builder.addNote(
          row,
          result.gap === 'zero_denominator'
            ? `Kan inte beräknas: ${input} är 0.`
            : `Kan inte beräknas: ${input} saknas.`,
        );
        given.set(k, undefined);
      }
    }
  }
  return { columns: builder.build(), problems };
}
