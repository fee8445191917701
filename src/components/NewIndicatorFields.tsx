import type { ReactElement } from 'react';
import { CHAIN_LEVELS, CHAIN_LEVEL_INFO } from '../domain/chain-levels';
import { DIRECTIONS, type Direction } from '../domain/indicator';
import { pick } from '../domain/language';
import type { MessageKey } from '../i18n/dictionary';
import { useI18n } from './i18n-context';
import type { IndicatorDraft } from './mapping-form';
import { SelectField } from './SelectField';

const DIRECTION_KEYS: Readonly<Record<Direction, MessageKey>> = {
  higher_is_better: 'directionHigher',
  lower_is_better: 'directionLower',
  neutral: 'directionNeutral',
};

interface NewIndicatorFieldsProps {
  /** The prefix of the fields' ids. */
  readonly base: string;
  readonly draft: IndicatorDraft;
  readonly onChange: (change: Partial<IndicatorDraft>) => void;
  /** The error's id when a save error is about the name. */
  readonly nameErrorId: string | undefined;
  readonly nameRef: (element: HTMLElement | null) => void;
}

/** A new indicator for a file that names none: its name, level in the effect chain, direction, unit. */
export function NewIndicatorFields({
  base,
  draft,
  onChange,
  nameErrorId,
  nameRef,
}: NewIndicatorFieldsProps): ReactElement {
  const { t, lang } = useI18n();
  return (
    <fieldset className="mapping-fields">
      <legend>{t('mappingNewIndicator')}</legend>
      <div className="control control-wide">
        <label htmlFor={`${base}-name`}>{t('mappingIndicatorName')}</label>
        <input
          id={`${base}-name`}
          ref={nameRef}
          value={draft.name}
          onChange={(e) => onChange({ name: e.target.value })}
          aria-invalid={nameErrorId ? true : undefined}
          aria-describedby={nameErrorId}
          data-testid="map-name"
        />
      </div>
      <SelectField
        label={t('chainLevel')}
        value={draft.level}
        onChange={(v) => onChange({ level: CHAIN_LEVELS.find((l) => l === v) ?? 'utfall' })}
        options={CHAIN_LEVELS.map((l) => ({ value: l, label: pick(CHAIN_LEVEL_INFO[l].label, lang) }))}
        testId="map-level"
      />
      <SelectField
        label={t('mappingDirection')}
        value={draft.direction}
        onChange={(v) => onChange({ direction: DIRECTIONS.find((d) => d === v) ?? 'neutral' })}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(DIRECTION_KEYS[d]) }))}
        testId="map-direction"
      />
      <div className="control">
        <label htmlFor={`${base}-unit`}>{t('unit')}</label>
        <input id={`${base}-unit`} value={draft.unit} onChange={(e) => onChange({ unit: e.target.value })} />
      </div>
    </fieldset>
  );
}
