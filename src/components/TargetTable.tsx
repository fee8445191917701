import { useId, type ReactElement } from 'react';
import { useI18n } from './i18n-context';
import { TargetTableBody } from './TargetTableBody';
import { useWorkspaceApi } from './workspace-context';

export interface TargetTableProps {
  /** The indicator's id, and its name in the interface language. */
  readonly indicator: string;
  readonly indicatorName: string;
  /** Other names a pasted indicator column may give it (the other language's). */
  readonly otherNames?: readonly string[];
  readonly decimals: number;
  /** The region a new row starts with: the one in focus. */
  readonly region: string;
}

/**
 * Targets in bulk: the user's targets for one indicator, for Riket, the län and the kommuner, as a
 * table of labelled inputs (edit, add a row, remove a row, save), and a paste from Excel that is
 * previewed before it is added. Every change goes to the workspace in one action. Needs the
 * workspace (WorkspaceContext); without it nothing is shown.
 */
export function TargetTable(props: TargetTableProps): ReactElement | null {
  const { t } = useI18n();
  const api = useWorkspaceApi();
  const base = useId();
  if (!api) return null;
  return (
    <section className="target-table" aria-labelledby={`${base}-title`} data-testid="target-table">
      <h3 id={`${base}-title`}>{t('targetTableTitle', { indicator: props.indicatorName })}</h3>
      <p className="meta">{t('targetTableIntro')}</p>
      <TargetTableBody {...props} api={api} base={base} />
    </section>
  );
}
