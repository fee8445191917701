import type { BarLineInput } from '../../charts/bar-line-option';
import { PALETTE, SERIES_COLOURS } from '../../charts/palette';
import { grantedByChainTag } from '../../domain/ledger-summary';
import type { LedgerSelection } from './ledger-selection';
import type { PanelContext } from './panel-context';
import { MNKR_DECIMALS } from './pressure-panel';

/** Granted funds (mnkr) by effect-chain tag in the selection's year. */
export function buildChainPanel({ lang, t }: PanelContext, selection: LedgerSelection): BarLineInput {
  const { year } = selection;
  const tags = grantedByChainTag(selection.cases, year);
  return {
    lang,
    categories: tags.map((g) => (g.tag === '' ? t('chainNone') : g.tag)),
    unit: t('unitMnkr'),
    horizontal: true,
    description: t('chainTitle', { region: selection.place, year: String(year ?? '') }),
    series: [
      {
        name: t('pressureGranted'),
        kind: 'bar',
        colour: SERIES_COLOURS[0] ?? PALETTE.selected,
        decimals: MNKR_DECIMALS,
        values: tags.map((g) => g.granted),
      },
    ],
  };
}
