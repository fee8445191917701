import { useMemo, type ReactElement } from 'react';
import { useI18n } from '../components/i18n-context';
import { pick } from '../domain/language';
import { comparedRegions, type RegionScope } from '../domain/region-scope';
import { regionName } from '../domain/regions';
import type { Dataset } from '../data/dataset/dataset';
import type { MatrixMode } from '../state/url-state';
import { ICONS } from './MatrixCellButton';
import { cachedMatrixColumn, type MatrixColumnGroup } from './matrix-model';
import { PORTRAIT_MATRIX_COLUMNS, printMatrixParts, type PrintMatrixPart } from './matrix-print';

interface PrintMatrixProps {
  readonly dataset: Dataset;
  readonly scope: RegionScope;
  readonly groups: readonly MatrixColumnGroup[];
  readonly mode: MatrixMode;
  readonly title: string;
  /** The head of the rows' column: "Län", or "Kommun". */
  readonly regionColumn: string;
}

/**
 * The matrix on paper (rendered only while printing; the screen's grid draws a window of its columns):
 * every row and every column, in parts of as many columns as a page holds, each saying which columns
 * it holds and that the matrix continues. Wide matrices go on landscape pages (see print.css).
 */
export function PrintMatrix({
  dataset,
  scope,
  groups,
  mode,
  title,
  regionColumn,
}: PrintMatrixProps): ReactElement {
  const { t } = useI18n();
  const parts = useMemo(() => printMatrixParts(groups), [groups]);
  const count = parts[parts.length - 1]?.to ?? 0;
  return (
    <div
      className="print-matrix"
      data-testid="print-matrix"
      data-wide={count > PORTRAIT_MATRIX_COLUMNS || undefined}
    >
      {parts.map((part, i) => {
        const next = parts[i + 1];
        return (
          <div className="print-matrix-part" key={part.from}>
            <Part
              dataset={dataset}
              scope={scope}
              part={part}
              mode={mode}
              caption={t('printMatrixPart', { title, from: part.from, to: part.to, count })}
              regionColumn={regionColumn}
            />
            {next ? (
              <p className="print-continues">
                {t('printMatrixContinues', { from: next.from, to: next.to, count })}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function Part({
  dataset,
  scope,
  part,
  mode,
  caption,
  regionColumn,
}: {
  readonly dataset: Dataset;
  readonly scope: RegionScope;
  readonly part: PrintMatrixPart;
  readonly mode: MatrixMode;
  readonly caption: string;
  readonly regionColumn: string;
}): ReactElement {
  const { lang } = useI18n();
  const columns = part.indicators.map((listed) => cachedMatrixColumn(dataset, scope, lang, listed));
  return (
    <table className="matrix print-matrix-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <td />
          {part.heads.map((head, k) => (
            <th key={k} scope="colgroup" colSpan={head.span} className="group-head">
              {head.label}
            </th>
          ))}
        </tr>
        <tr>
          <th scope="col">{regionColumn}</th>
          {part.indicators.map((listed) => (
            <th key={listed.indicator.id} scope="col" className="indicator-head">
              <span>{pick(listed.indicator.name, lang)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {comparedRegions(scope).map((region) => (
          <tr key={region.code}>
            <th scope="row">{regionName(region, lang)}</th>
            {columns.map((column, k) => {
              const cell = column.get(region.code);
              const status = cell?.summary?.status.status ?? 'no_data';
              return mode === 'rank' ? (
                <td key={k} className="cell cell-rank">
                  {cell?.rank?.rank ?? '..'}
                </td>
              ) : (
                <td key={k} className={`cell cell-${status}`}>
                  {ICONS[status]}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
