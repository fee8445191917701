import type { ReactElement } from 'react';
import { useI18n } from './i18n-context';
import { AUTO, NEW, NONE, type ColumnChoice, type MappingField } from './mapping-form';
import { RegionChoiceFields } from './RegionChoiceFields';
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
  // "As the reader names it" is offered for a long table: the value column's header or the series.
  const offerAuto = choice.layout === 'long';
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
      <RegionChoiceFields
        choice={choice}
        onChange={onChange}
        columnOptions={columnOptions}
        errorFor={errorFor}
        fieldRef={fieldRef}
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
          label={t('choicePeriodPart')}
          value={choice.periodPart}
          onChange={(periodPart) => onChange({ periodPart })}
          options={[{ value: NONE, label: t('choicePeriodPartNone') }, ...columnOptions]}
          testId="map-period-part"
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
        options={[
          ...(offerAuto ? [{ value: AUTO, label: t('choiceIndicatorAuto') }] : []),
          { value: NEW, label: t('mappingNewIndicator') },
          ...columnOptions,
        ]}
        testId="map-indicator"
      />
    </fieldset>
  );
}
