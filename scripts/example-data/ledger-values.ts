/**
 * The values the app computes from the generated ledger, with the app's own code: the ledger's sums
 * (ledgerMeasures) and the catalogue's formulas over them (evaluateFormula, in formulaOrder). The
 * targets of the 1:1 indicators start from these, so targets and app agree.
 */
import { evaluateFormula, formulaOrder, type Formula } from '../../src/domain/formula';
import type { Ledger } from '../../src/domain/ledger';
import { ledgerMeasures } from '../../src/domain/ledger-measures';
import type { IndicatorDefinition } from './catalogue-model';

const key = (region: string, indicator: string, year: number): string => `${region}|${indicator}|${year}`;

export interface LedgerValues {
  /** The value for a region ("00" Riket), indicator and decision year; undefined where the app has none. */
  get(region: string, indicator: string, year: number): number | undefined;
}

/** The ledger's sums and every formula indicator of the catalogue, per region and year. */
export function ledgerValues(ledger: Ledger, catalogue: readonly IndicatorDefinition[]): LedgerValues {
  const values = new Map<string, number>();
  const keys = new Map<string, { region: string; year: number }>();
  for (const row of ledgerMeasures(ledger)) {
    if (row.value !== undefined) values.set(key(row.region, row.measure, row.year), row.value);
    keys.set(`${row.region}|${row.year}`, { region: row.region, year: row.year });
  }
  const formulas = new Map<string, Formula>(
    catalogue.flatMap((d) => (d.formula ? [[d.id, d.formula] as const] : [])),
  );
  const known = new Set(catalogue.map((d) => d.id));
  const { order, problems } = formulaOrder(formulas, known);
  if (problems.length > 0)
    throw new Error(`Catalogue formulas cannot be computed: ${JSON.stringify(problems)}`);
  for (const id of order) {
    const formula = formulas.get(id);
    if (!formula) continue;
    for (const { region, year } of keys.values()) {
      const result = evaluateFormula(formula, (input) => values.get(key(region, input, year)));
      if (result.ok) values.set(key(region, id, year), result.value);
    }
  }
  return { get: (region, indicator, year) => values.get(key(region, indicator, year)) };
}
