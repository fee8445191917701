import type { ReactElement } from 'react';
import { CHAIN_LEVEL_INFO, CHAIN_LEVELS } from '../../domain/chain-levels';
import { DIRECTIONS, FOLLOW_UP_LEVELS, type Direction, type FollowUpLevel } from '../../domain/indicator';
import { pick } from '../../domain/language';
import type { GoalArea } from '../../domain/strategy';
import type { MessageKey } from '../../i18n/dictionary';
import { useI18n } from '../../components/i18n-context';
import { SelectField } from '../../components/SelectField';
import type { IndicatorDraft } from '../strategy-form';
import { CheckGroup } from './CheckGroup';

const DIRECTION_KEYS: Readonly<Record<Direction, MessageKey>> = {
  higher_is_better: 'directionHigher',
  lower_is_better: 'directionLower',
  neutral: 'directionNeutral',
};

const FOLLOW_UP_KEYS: Readonly<Record<FollowUpLevel, MessageKey>> = {
  nationell: 'stratFollowUpNationell',
  regional: 'stratFollowUpRegional',
  lokal: 'stratFollowUpLokal',
};

interface ChoiceFieldsProps {
  readonly draft: IndicatorDraft;
  readonly goalAreas: readonly GoalArea[];
  readonly onChange: (change: Partial<IndicatorDraft>) => void;
}

/** Where the indicator sits (level, goal areas), which way is good, and how it is followed up. */
export function IndicatorChoiceFields({ draft, goalAreas, onChange }: ChoiceFieldsProps): ReactElement {
  const { t, lang } = useI18n();
  return (
    <>
      <SelectField
        label={t('stratFieldLevel')}
        value={draft.chainLevel}
        options={CHAIN_LEVELS.map((l) => ({ value: l, label: pick(CHAIN_LEVEL_INFO[l].label, lang) }))}
        onChange={(chainLevel) => onChange({ chainLevel })}
        testId="strategy-field-level"
      />
      <SelectField
        label={t('stratFieldDirection')}
        value={draft.direction}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(DIRECTION_KEYS[d]) }))}
        onChange={(direction) => onChange({ direction })}
        testId="strategy-field-direction"
      />
      {goalAreas.length > 0 ? (
        <CheckGroup
          legend={t('stratFieldGoalAreas')}
          options={goalAreas.map((a) => ({ value: a.id, label: a.name }))}
          chosen={draft.goalAreas}
          onChange={(chosen) => onChange({ goalAreas: chosen })}
        />
      ) : null}
      <SelectField
        label={t('stratFieldQuestionKind')}
        value={draft.questionKind}
        options={[
          { value: 'none', label: t('stratQuestionNone') },
          { value: 'process', label: t('stratQuestionProcess') },
          { value: 'summative', label: t('stratQuestionSummative') },
        ]}
        onChange={(questionKind) => onChange({ questionKind })}
        testId="strategy-field-question-kind"
      />
      <CheckGroup
        legend={t('stratFieldFollowUp')}
        options={FOLLOW_UP_LEVELS.map((l) => ({ value: l, label: t(FOLLOW_UP_KEYS[l]) }))}
        chosen={draft.followUpLevels}
        onChange={(followUpLevels) => onChange({ followUpLevels })}
      />
    </>
  );
}
