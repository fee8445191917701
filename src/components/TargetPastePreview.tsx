import type { ReactElement } from 'react';
import type { TargetPaste } from '../data/targets/target-paste';
import type { TargetChange } from '../data/targets/target-plan';
import { pick } from '../domain/language';
import { formatNumber } from '../i18n/format';
import { useI18n } from './i18n-context';
import { regionLabel } from './target-table-model';

interface TargetPastePreviewProps {
  readonly paste: TargetPaste;
  readonly plan: readonly TargetChange[];
  readonly decimals: number;
}

/** Before anything is added: each target read (new, replacing, unchanged) and every line not read, with why. */
export function TargetPastePreview({ paste, plan, decimals }: TargetPastePreviewProps): ReactElement {
  const { t, lang } = useI18n();
  const num = (v: number): string => formatNumber(v, decimals, lang);
  return (
    <div className="target-paste-preview" data-testid="target-paste-preview">
      {plan.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('targetPastePreviewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targetPasteLine')}</th>
                <th scope="col">{t('targetTableRegion')}</th>
                <th scope="col">{t('targetTableYear')}</th>
                <th scope="col" className="num">
                  {t('targetTableValue')}
                </th>
                <th scope="col">{t('targetTableBaseYear')}</th>
                <th scope="col" className="num">
                  {t('targetTableBaseValue')}
                </th>
                <th scope="col">{t('targetPasteChange')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.map(({ target, kind, previous }, i) => (
                <tr key={`${target.region}-${target.period}`} data-testid="target-paste-row">
                  <td className="num">{paste.accepted[i]?.line}</td>
                  <th scope="row">{regionLabel(target.region, lang)}</th>
                  <td>{target.period}</td>
                  <td className="num">{num(target.value)}</td>
                  <td>{target.baseline?.period ?? ''}</td>
                  <td className="num">{target.baseline ? num(target.baseline.value) : ''}</td>
                  <td>
                    {kind === 'new'
                      ? t('targetPasteNew')
                      : kind === 'same'
                        ? t('targetPasteSame')
                        : t('targetPasteReplaces', { value: previous ? num(previous.value) : '' })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {paste.rejected.length > 0 ? (
        <>
          <h4 className="target-paste-rejected-title">{t('targetPasteRejectedTitle')}</h4>
          <ul className="target-paste-rejected" data-testid="target-paste-rejected">
            {paste.rejected.flatMap((r) =>
              r.issues.map((issue, k) => (
                <li key={`${r.line}-${k}`} data-line={r.line}>
                  <span aria-hidden="true">✕ </span>
                  {issue.column === null
                    ? t('targetPasteRejectedRow', { line: r.line, message: pick(issue.message, lang) })
                    : t('targetPasteRejectedItem', {
                        line: r.line,
                        column: issue.column,
                        message: pick(issue.message, lang),
                      })}
                </li>
              )),
            )}
          </ul>
        </>
      ) : null}
    </div>
  );
}
