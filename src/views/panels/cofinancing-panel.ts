import type { BarLineInput } from '../../charts/bar-line-option';
import { PALETTE, SERIES_COLOURS } from '../../charts/palette';
import { pick } from '../../domain/language';
import { COFINANCING_LABELS, COFINANCING_SOURCES } from '../../domain/ledger';
import { cofinancingByYear } from '../../domain/ledger-summary';
import type { LedgerSelection } from './ledger-selection';
import type { PanelContext } from './panel-context';
import { MNKR_DECIMALS } from './pressure-panel';

/** The granted 1:1 funds and the co-financing by source (mnkr), stacked, by decision year. */
export function buildCofinancingPanel({ lang, t }: PanelContext, selection: LedgerSelection): BarLineInput {
  const financing = cofinancingByYear(selection.cases);
  return {
    lang,
    categories: financing.map((f) => String(f.year)),
    unit: t('unitMnkr'),
    description: t('cofinancingTitle', { region: selection.place }),
    series: [
      {
        name: t('cofinancingGranted'),
        kind: 'bar',
        stack: 'total',
        colour: SERIES_COLOURS[0] ?? PALETTE.selected,
        decimals: MNKR_DECIMALS,
        values: financing.map((f) => f.granted),
      },
      ...COFINANCING_SOURCES.map((source, i) => ({
        name: pick(COFINANCING_LABELS[source], lang),
        kind: 'bar' as const,
        stack: 'total',
        colour: SERIES_COLOURS[i + 1] ?? PALETTE.other,
        decimals: MNKR_DECIMALS,
        values: financing.map((f) => f.bySource[i] ?? 0),
      })),
    ],
  };
}
