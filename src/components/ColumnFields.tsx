import type { ReactElement } from 'react';
import { useI18n } from './i18n-context';
import { NEW, NONE, type ColumnChoice, type MappingField } from './mapping-form';
import { SelectField, type SelectOption } from './SelectField';

interface ColumnFieldsProps {
  readonly choice: ColumnChoice;
  readonly onChange: (change: Partial<ColumnChoice>) => void;
  readonly columnOptions: readonly SelectOption<string>[];
  /** How many columns of the header are periods (a wide table's). */
  readonly periodCount: number;
  /** The error's id when a save error is about the field. */
  readonly errorFor: (field: MappingField) => string | undefined;
  readonly fieldRef: (field: MappingField) => (element: HTMLElement | null) => void;
}

/** A choice of column per role: the layout, region, period and value (long), kön, indicator. */
export function ColumnFields({
  choice,
  onChange,
  columnOptions,
  periodCount,
  errorFor,
  fieldRef,
}: ColumnFieldsProps): ReactElement {
  const { t } = useI18n();
  return (
    <fieldset className="mapping-fields">
      <legend>{t('mappingColumns')}</legend>
      <SelectField
        label={t('mappingLayout')}
        value={choice.layout}
        onChange={(v) => onChange({ layout: v === 'wide' ? 'wide' : 'long' })}
        options={[
          { value: 'long', label: t('mappingLong') },
          { value: 'wide', label: t('mappingWide', { count: periodCount }) },
        ]}
        testId="map-layout"
        errorId={errorFor('layout')}
        selectRef={fieldRef('layout')}
      />
      <SelectField
        label={t('region')}
        value={choice.region}
        onChange={(region) => onChange({ region })}
        options={[{ value: NONE, label: t('mappingChoose') }, ...columnOptions]}
        testId="map-region"
        errorId={errorFor('region')}
        selectRef={fieldRef('region')}
      />
      {choice.layout === 'long' ? (
        <SelectField
          label={t('colPeriod')}
          value={choice.period}
          onChange={(period) => onChange({ period })}
          options={[{ value: NONE, label: t('mappingChoose') }, ...columnOptions]}
          testId="map-period"
          errorId={errorFor('period')}
          selectRef={fieldRef('period')}
        />
      ) : null}
      {choice.layout === 'long' ? (
        <SelectField
          label={t('colValue')}
          value={choice.value}
          onChange={(value) => onChange({ value })}
          options={[{ value: NONE, label: t('mappingChoose') }, ...columnOptions]}
          testId="map-value"
          errorId={errorFor('value')}
          selectRef={fieldRef('value')}
        />
      ) : null}
      <SelectField
        label={t('gender')}
        value={choice.gender}
        onChange={(gender) => onChange({ gender })}
        options={[{ value: NONE, label: t('mappingNoGender') }, ...columnOptions]}
        testId="map-gender"
      />
      <SelectField
        label={t('indicator')}
        value={choice.indicator}
        onChange={(indicator) => onChange({ indicator })}
        options={[{ value: NEW, label: t('mappingNewIndicator') }, ...columnOptions]}
        testId="map-indicator"
      />
    </fieldset>
  );
}
