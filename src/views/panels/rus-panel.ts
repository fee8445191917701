import type { BarLineInput } from '../../charts/bar-line-option';
import { PALETTE, SERIES_COLOURS } from '../../charts/palette';
import { rusAllocation } from '../../domain/ledger-summary';
import type { LedgerSelection } from './ledger-selection';
import type { PanelContext } from './panel-context';

/**
 * Granted funds by RUS priority area in the selection's year; the planned shares beside them only for
 * all support types, since the plan covers the appropriation as a whole.
 */
export function buildRusPanel({ dataset, lang, t }: PanelContext, selection: LedgerSelection): BarLineInput {
  const { year, place } = selection;
  const areas =
    year === undefined ? [] : rusAllocation(dataset.ledger, selection.cases, selection.region, year);
  const withPlan = selection.supportType === undefined;
  return {
    lang,
    categories: areas.map((a) => (a.area === '' ? t('rusNone') : a.area)),
    unit: '%',
    horizontal: true,
    description: t(withPlan ? 'rusTitle' : 'rusTitleFiltered', { region: place, year: String(year ?? '') }),
    series: [
      {
        name: t('rusShare'),
        kind: 'bar',
        colour: SERIES_COLOURS[0] ?? PALETTE.selected,
        decimals: 0,
        values: areas.map((a) => a.share ?? null),
      },
      ...(withPlan
        ? [
            {
              name: t('rusPlanned'),
              kind: 'bar' as const,
              colour: PALETTE.riket,
              decimals: 0,
              values: areas.map((a) => a.planned ?? null),
            },
          ]
        : []),
    ],
  };
}
