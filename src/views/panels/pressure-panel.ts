import type { BarLineInput } from '../../charts/bar-line-option';
import { PALETTE, SERIES_COLOURS } from '../../charts/palette';
import { measuresByYear } from '../../domain/ledger-summary';
import { querySeries } from '../../data/dataset/store-query';
import type { LedgerSelection } from './ledger-selection';
import type { PanelContext } from './panel-context';

export const MNKR_DECIMALS = 1;

export interface PressurePanel {
  /** Available, applied and granted funds (mnkr) by year. */
  readonly amounts: BarLineInput;
  /** The application pressure (applied ÷ frame): a ratio, so a chart of its own, not a second axis. */
  readonly ratio: BarLineInput;
}

/**
 * Applied, available and granted: the ledger's sums for the region (all support types: the frame is
 * for the appropriation), the same the derived indicators are computed from; the ratio is the
 * derived indicator ansökningstryck.
 */
export function buildPressurePanel(
  { dataset, lang, t }: PanelContext,
  selection: LedgerSelection,
): PressurePanel {
  const { region, place } = selection;
  const measures = measuresByYear(dataset.ledger, region);
  const categories = measures.map((m) => String(m.year));
  const ratioSeries = querySeries(dataset, {
    indicator: 'ansokningstryck',
    region,
    granularity: 'year',
    gender: 'T',
  });
  const ratioAt = (y: number): number | null => ratioSeries.find((p) => p.period.year === y)?.value ?? null;
  return {
    amounts: {
      lang,
      categories,
      unit: t('unitMnkr'),
      description: t('pressureTitle', { region: place }),
      series: [
        {
          name: t('pressureAvailable'),
          kind: 'bar',
          colour: PALETTE.other,
          decimals: MNKR_DECIMALS,
          values: measures.map((m) => m.values.ram_medel ?? null),
        },
        {
          name: t('pressureApplied'),
          kind: 'bar',
          colour: SERIES_COLOURS[0] ?? PALETTE.selected,
          decimals: MNKR_DECIMALS,
          values: measures.map((m) => m.values.sokta_medel ?? null),
        },
        {
          name: t('pressureGranted'),
          kind: 'bar',
          colour: SERIES_COLOURS[2] ?? PALETTE.selected,
          decimals: MNKR_DECIMALS,
          values: measures.map((m) => m.values.beviljade_medel ?? null),
        },
      ],
    },
    ratio: {
      lang,
      categories,
      unit: t('unitRatio'),
      description: t('pressureRatioTitle', { region: place }),
      series: [
        {
          name: t('pressureRatio'),
          kind: 'line',
          colour: SERIES_COLOURS[1] ?? PALETTE.target,
          decimals: 2,
          values: measures.map((m) => ratioAt(m.year)),
        },
      ],
    },
  };
}
