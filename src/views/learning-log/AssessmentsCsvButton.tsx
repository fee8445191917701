import type { ReactElement } from 'react';
import { downloadTable } from '../../components/download';
import { useI18n } from '../../components/i18n-context';
import { useWorkspaceApi } from '../../components/workspace-context';
import type { Indicator } from '../../domain/indicator';
import { assessmentsTable } from './log-text';

/** Every assessment in the workspace (all regions) as CSV. */
export function AssessmentsCsvButton({
  indicators,
}: {
  readonly indicators: readonly Indicator[];
}): ReactElement | null {
  const { t, lang } = useI18n();
  const api = useWorkspaceApi();
  if (!api) return null;
  return (
    <button
      type="button"
      className="link-button"
      data-testid="assessments-csv"
      onClick={() =>
        void downloadTable(
          t('assessmentsCsvTitle'),
          assessmentsTable(api.workspace.assessments, indicators, lang, t),
        )
      }
    >
      {t('assessmentsCsv')}
    </button>
  );
}
