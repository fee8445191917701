import type { ReactElement } from 'react';
import type { FileReport } from '../data/dataset/dataset';
import type { Source } from '../data/workspace/workspace';
import { COUNTIES, regionName } from '../domain/regions';
import { useI18n } from './i18n-context';
import { selectWidth } from './select-width';
import type { WorkspaceApi } from './use-workspace';

/** The issues of a case ledger whose one county is not in its rows: stated, named, or to be stated. */
const COUNTY_CODES: ReadonlySet<string> = new Set([
  'ledger_county_constant',
  'ledger_county_unknown',
  'ledger_county_ambiguous',
]);

interface LedgerCountyChoiceProps {
  readonly api: WorkspaceApi;
  readonly source: Source;
  readonly report: FileReport | undefined;
  /** The row's id prefix. */
  readonly prefix: string;
}

/**
 * The county of a case ledger without a county column, stated once and kept with the file: shown
 * when the reader had to find the county (or could not), so every guess can be corrected.
 */
export function LedgerCountyChoice({
  api,
  source,
  report,
  prefix,
}: LedgerCountyChoiceProps): ReactElement | null {
  const { t, lang } = useI18n();
  const stated = source.options?.county;
  if (stated === undefined && !report?.issues.some((i) => COUNTY_CODES.has(i.code))) return null;
  return (
    <div className="control sheet-choice">
      <label htmlFor={`${prefix}-county`}>{t('ledgerCountyChoice')}</label>
      <select
        id={`${prefix}-county`}
        value={stated ?? ''}
        style={selectWidth([t('ledgerCountyNone'), ...COUNTIES.map((c) => regionName(c, lang))])}
        onChange={(e) => {
          const { county: _old, ...rest } = source.options ?? {};
          const county = e.target.value;
          api.setSourceOptions(source.id, county === '' ? rest : { ...rest, county }, undefined);
        }}
        data-testid="source-county"
      >
        <option value="">{t('ledgerCountyNone')}</option>
        {COUNTIES.map((c) => (
          <option key={c.code} value={c.code}>
            {regionName(c, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
