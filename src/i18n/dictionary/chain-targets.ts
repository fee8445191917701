/** Targets from the Strategi view's indicator cards, and an indicator of the chain without data. */
export const chainTargetsSv = {
  chainTargetsOpen: 'Mål …',
  chainTargetsOpenName: 'Mål för {name}',
  chainTargetsNone: 'Inga mål satta',
  chainTargetsOne: '1 mål satt',
  chainTargetsMany: '{count} mål satta',
  chainNoDataTitle: '{name}: inga data ännu',
  chainNoDataIntro:
    'Indikatorn finns i er strategi men det finns inga värden för den i data ännu. Ni kan ändå sätta mål för den.',
  chainStrategyNameFromTitle: 'Strategin får namnet ”{name}” från listans rubrikrad (går att ändra).',
};

export const chainTargetsEn: Record<keyof typeof chainTargetsSv, string> = {
  chainTargetsOpen: 'Targets …',
  chainTargetsOpenName: 'Targets for {name}',
  chainTargetsNone: 'No targets set',
  chainTargetsOne: '1 target set',
  chainTargetsMany: '{count} targets set',
  chainNoDataTitle: '{name}: no data yet',
  chainNoDataIntro:
    'The indicator is in your strategy but the data hold no values for it yet. You can still set targets for it.',
  chainStrategyNameFromTitle:
    'The strategy is named “{name}” from the title row of the list (can be changed).',
};
