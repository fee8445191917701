import { useState, type ReactElement } from 'react';
import { LAN_SCOPE } from '../domain/region-scope';
import { useI18n } from './i18n-context';
import { RegionSelect } from './RegionSelect';

interface TargetRowAdderProps {
  /** The region chosen at first: the one in focus in the view. */
  readonly initialRegion: string;
  readonly onAdd: (region: string) => void;
}

/** A new row of the targets table, for Riket, a county or a kommun (the view's region choice). */
export function TargetRowAdder({ initialRegion, onAdd }: TargetRowAdderProps): ReactElement {
  const { t } = useI18n();
  const [region, setRegion] = useState(initialRegion);
  return (
    <fieldset className="target-row-adder" data-testid="target-row-adder">
      <legend>{t('targetTableNewRow')}</legend>
      <RegionSelect
        scope={LAN_SCOPE}
        value={region}
        onChange={setRegion}
        withKommuner
        testId="target-region-select"
      />
      <button
        type="button"
        className="secondary-button"
        onClick={() => onAdd(region)}
        data-testid="target-add-row"
      >
        {t('targetTableAddRow')}
      </button>
    </fieldset>
  );
}
