import { useId, type ReactElement } from 'react';
import { COUNTIES, regionName, RIKET } from '../domain/regions';
import { useI18n } from './i18n-context';
import { KommunOptionGroups } from './KommunOptionGroups';
import { CONSTANT, NONE, type ColumnChoice, type MappingField } from './mapping-form';
import { regionChoiceLabels } from './RegionSelect';
import { selectWidth } from './select-width';
import { SelectField, type SelectOption } from './SelectField';

interface RegionChoiceFieldsProps {
  readonly choice: ColumnChoice;
  readonly onChange: (change: Partial<ColumnChoice>) => void;
  readonly columnOptions: readonly SelectOption<string>[];
  readonly errorFor: (field: MappingField) => string | undefined;
  readonly fieldRef: (field: MappingField) => (element: HTMLElement | null) => void;
}

/** The region: a column, or one region for the whole file (Riket, a county or a kommun). */
export function RegionChoiceFields({
  choice,
  onChange,
  columnOptions,
  errorFor,
  fieldRef,
}: RegionChoiceFieldsProps): ReactElement {
  const { t, lang } = useI18n();
  const id = useId();
  const errorId = errorFor('regionCode');
  return (
    <>
      <SelectField
        label={t('region')}
        value={choice.region}
        onChange={(region) => onChange({ region })}
        options={[
          { value: NONE, label: t('mappingChoose') },
          ...columnOptions,
          ...(choice.layout === 'long' ? [{ value: CONSTANT, label: t('choiceRegionConstant') }] : []),
        ]}
        testId="map-region"
        errorId={errorFor('region')}
        selectRef={fieldRef('region')}
      />
      {choice.region === CONSTANT ? (
        <div className="control">
          <label htmlFor={id}>{t('choiceRegionCode')}</label>
          <select
            id={id}
            ref={fieldRef('regionCode')}
            value={choice.regionCode}
            style={selectWidth([t('choiceRegionCodeChoose'), ...regionChoiceLabels(t, lang)])}
            aria-invalid={errorId ? true : undefined}
            aria-describedby={errorId}
            onChange={(e) => onChange({ regionCode: e.target.value })}
            data-testid="map-region-code"
          >
            <option value={NONE}>{t('choiceRegionCodeChoose')}</option>
            {[RIKET, ...COUNTIES].map((r) => (
              <option key={r.code} value={r.code}>
                {regionName(r, lang)}
              </option>
            ))}
            <KommunOptionGroups />
          </select>
        </div>
      ) : null}
    </>
  );
}
