import type { BarLineInput } from '../../charts/bar-line-option';
import { PALETTE, SERIES_COLOURS } from '../../charts/palette';
import { paymentsByCohort } from '../../domain/ledger-summary';
import type { LedgerSelection } from './ledger-selection';
import type { PanelContext } from './panel-context';
import { MNKR_DECIMALS } from './pressure-panel';

export interface CohortPanel {
  /** Granted and paid by decision year (mnkr). */
  readonly amounts: BarLineInput;
  /** The payment rate by decision year (%): a chart of its own. */
  readonly share: BarLineInput;
}

export function buildCohortPanel({ lang, t }: PanelContext, selection: LedgerSelection): CohortPanel {
  const payments = paymentsByCohort(selection.cases);
  const categories = payments.map((p) => String(p.year));
  return {
    amounts: {
      lang,
      categories,
      unit: t('unitMnkr'),
      description: t('cohortTitle', { region: selection.place }),
      series: [
        {
          name: t('cohortGranted'),
          kind: 'bar',
          colour: SERIES_COLOURS[0] ?? PALETTE.selected,
          decimals: MNKR_DECIMALS,
          values: payments.map((p) => p.granted),
        },
        {
          name: t('cohortPaid'),
          kind: 'bar',
          colour: SERIES_COLOURS[2] ?? PALETTE.other,
          decimals: MNKR_DECIMALS,
          values: payments.map((p) => p.paid),
        },
      ],
    },
    share: {
      lang,
      categories,
      unit: '%',
      description: t('cohortShareTitle', { region: selection.place }),
      series: [
        {
          name: t('cohortShare'),
          kind: 'line',
          colour: SERIES_COLOURS[1] ?? PALETTE.target,
          decimals: 0,
          values: payments.map((p) => p.share ?? null),
        },
      ],
    },
  };
}
