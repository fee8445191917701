import { useMemo, type ReactElement } from 'react';
import { barLineTable, buildBarLineOption, type BarLineInput } from '../charts/bar-line-option';
import { ChartFigure } from '../components/ChartFigure';
import { EChart } from '../components/EChart';
import { useStructural } from '../components/use-structural';
import { useI18n } from '../components/i18n-context';
import type { TableAbout } from '../domain/table';

/** One bar-and-line chart of the ledger, with its table; a note instead when the year has no data. */
export function BarLineFigure({
  input,
  title,
  caption,
  about,
  categoryHeader,
  testId,
  empty = false,
}: {
  readonly input: BarLineInput;
  readonly title: string;
  readonly caption: string;
  /** Source, unit and period as the CSV's columns. */
  readonly about?: TableAbout;
  readonly categoryHeader: string;
  readonly testId: string;
  readonly empty?: boolean;
}): ReactElement {
  const { t } = useI18n();
  const stable = useStructural(input);
  const option = useMemo(() => buildBarLineOption(stable), [stable]);
  const table = useMemo(() => barLineTable(stable, title, categoryHeader), [stable, title, categoryHeader]);
  const height = input.horizontal ? Math.max(240, 110 + input.categories.length * 52) : 360;
  return (
    <ChartFigure
      testId={testId}
      title={title}
      caption={caption}
      about={about}
      table={table}
      chart={
        empty ? (
          <p className="hint">{t('noDataForYear')}</p>
        ) : (
          <EChart option={option} label={title} height={height} />
        )
      }
    />
  );
}
