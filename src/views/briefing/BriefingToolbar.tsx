import type { ReactElement } from 'react';
import { useI18n } from '../../components/i18n-context';
import { RegionSelect } from '../../components/RegionSelect';
import type { GoalAreaFilter } from '../../domain/goal-area-filter';
import { LAN_SCOPE } from '../../domain/region-scope';
import type { UrlState } from '../../state/url-state';
import { GoalAreaSelect } from '../GoalAreaChoice';
import { SnapshotSave } from '../../components/SnapshotSave';
import { cardValues } from '../learning-log/snapshot-values';
import type { BriefingModel } from './briefing-model';
import { printWhenDrawn } from './print-when-drawn';

/**
 * On screen only: the region, the målområde, "Skriv ut / Spara som PDF" and "Spara underlag" (a
 * snapshot of the values on the page, which the next briefing and the Län view compare against).
 */
export function BriefingToolbar({
  model,
  goalArea,
  onChange,
}: {
  readonly model: BriefingModel;
  readonly goalArea: GoalAreaFilter | undefined;
  readonly onChange: (change: Partial<UrlState>) => void;
}): ReactElement {
  const { t } = useI18n();
  return (
    <form
      className="controls briefing-toolbar"
      aria-label={t('briefingToolbar')}
      onSubmit={(e) => e.preventDefault()}
    >
      <RegionSelect
        scope={LAN_SCOPE}
        value={model.regionCode}
        onChange={(code) => onChange({ region: code })}
      />
      <GoalAreaSelect filter={goalArea} onChange={onChange} />
      <div className="briefing-actions">
        <button
          type="button"
          className="briefing-print"
          data-testid="briefing-print"
          aria-describedby="briefing-print-hint"
          onClick={() => printWhenDrawn(document.querySelector<HTMLElement>('.briefing-sheet'))}
        >
          {t('briefingPrint')}
        </button>
        <SnapshotSave region={model.regionCode} values={() => cardValues(model.cards)} />
        <p id="briefing-print-hint" className="hint">
          {t('briefingPrintHint')}
        </p>
      </div>
    </form>
  );
}
