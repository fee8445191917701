import type { ReactElement } from 'react';
import { CompareChooser } from '../components/CompareChooser';
import { useI18n } from '../components/i18n-context';
import { RegionSelect } from '../components/RegionSelect';
import { SelectField, type SelectOption } from '../components/SelectField';
import { periodKey, type Granularity } from '../domain/period';
import type { RegionScope } from '../domain/region-scope';
import type { MessageKey } from '../i18n/dictionary';
import type { GenderChoice, UrlState } from '../state/url-state';
import type { IndicatorModel } from './indicator-model';
import { IndicatorSelect } from './IndicatorSelect';
import { ScopeSwitch } from './ScopeSwitch';

const GRANULARITY_KEY: Readonly<Record<Granularity, MessageKey>> = {
  year: 'granularityYear',
  quarter: 'granularityQuarter',
  month: 'granularityMonth',
};
const GENDER_KEY: Readonly<Record<GenderChoice, MessageKey>> = {
  T: 'genderT',
  K: 'genderK',
  M: 'genderM',
  KM: 'genderKM',
};
/** The choice "no limit" of the period range. */
const ALL = '';

interface IndicatorControlsProps {
  readonly model: IndicatorModel;
  readonly scope: RegionScope;
  readonly state: UrlState;
  /** The indicator chosen (shown at once, also while the view still draws the one before). */
  readonly indicator: string;
  readonly periodOptions: readonly SelectOption<string>[];
  readonly onChange: (change: Partial<UrlState>) => void;
}

/** The selection: region, the regions compared (län or kommuner), indicator, granularity, kön and the period range. */
export function IndicatorControls({
  model,
  scope,
  state,
  indicator,
  periodOptions,
  onChange,
}: IndicatorControlsProps): ReactElement {
  const { t } = useI18n();
  return (
    <form className="controls" aria-label={t('selection')} onSubmit={(e) => e.preventDefault()}>
      <RegionSelect
        scope={scope}
        value={model.regionCode}
        onChange={(region) => onChange({ region, compare: state.compare.filter((c) => c !== region) })}
        withKommuner
      />
      <ScopeSwitch scope={scope} region={model.regionCode} onChange={onChange} />
      <CompareChooser
        scope={scope}
        focus={model.regionCode}
        chosen={model.compare}
        onChange={(compare) => onChange({ compare })}
      />
      <IndicatorSelect
        groups={model.groups}
        value={indicator}
        onChange={(id) => onChange({ indicator: id, at: undefined, from: undefined, to: undefined })}
      />
      {model.granularities.length > 1 ? (
        <SelectField
          label={t('granularity')}
          value={model.granularity}
          options={model.granularities.map((g) => ({ value: g, label: t(GRANULARITY_KEY[g]) }))}
          onChange={(granularity) => onChange({ granularity, at: undefined, from: undefined, to: undefined })}
          testId="granularity-select"
        />
      ) : null}
      {model.genderChoices.length > 1 ? (
        <SelectField
          label={t('gender')}
          value={model.gender}
          options={model.genderChoices.map((g) => ({ value: g, label: t(GENDER_KEY[g]) }))}
          onChange={(gender) => onChange({ gender })}
          testId="gender-select"
        />
      ) : null}
      <SelectField
        label={t('fromPeriod')}
        value={model.trend.from ? periodKey(model.trend.from) : ALL}
        options={[{ value: ALL, label: t('firstPeriod') }, ...periodOptions]}
        onChange={(from) => onChange({ from: from === ALL ? undefined : from })}
        testId="from-select"
      />
      <SelectField
        label={t('toPeriod')}
        value={model.trend.to ? periodKey(model.trend.to) : ALL}
        options={[{ value: ALL, label: t('lastPeriod') }, ...periodOptions]}
        onChange={(to) => onChange({ to: to === ALL ? undefined : to })}
        testId="to-select"
      />
    </form>
  );
}
