/** Välj kolumner for a file that was read: the reader's choice, one region for the file, other columns. */
export const shapesSv = {
  choiceIntro:
    'Så här lästes filen. Ändra det som blev fel; valet sparas och används för filer med samma rubriker.',
  choiceRegionConstant: 'En region för hela filen …',
  choiceRegionCode: 'Regionen för hela filen',
  choiceRegionCodeChoose: 'Välj region',
  choiceNeedsRegionCode: 'Välj vilken region hela filen gäller.',
  choiceWideNeedsRegion: 'En tabell med en kolumn per period behöver en kolumn med region.',
  choicePeriodPart: 'Månad eller kvartal (läggs till året)',
  choicePeriodPartNone: 'Ingen (perioden står hel)',
  choiceIndicatorAuto: 'Från värdekolumnens rubrik eller seriernas värden',
  choiceOthers: 'Övriga kolumner',
  choiceOtherColumn: 'Kolumn {number}: {name}',
  choiceOtherIgnore: 'Läses inte',
  choiceOtherSeries: 'En serie per värde',
  choiceOtherValue: 'Ett värde till (en egen indikator)',
};

export const shapesEn: Record<keyof typeof shapesSv, string> = {
  choiceIntro:
    'This is how the file was read. Change what went wrong; the choice is kept and used for files with the same headers.',
  choiceRegionConstant: 'One region for the whole file …',
  choiceRegionCode: 'The region of the whole file',
  choiceRegionCodeChoose: 'Choose a region',
  choiceNeedsRegionCode: 'Choose the region the whole file is about.',
  choiceWideNeedsRegion: 'A table with one column per period needs a column of regions.',
  choicePeriodPart: 'Month or quarter (joined to the year)',
  choicePeriodPartNone: 'None (the period is whole)',
  choiceIndicatorAuto: 'From the value column’s header or the series’ values',
  choiceOthers: 'Other columns',
  choiceOtherColumn: 'Column {number}: {name}',
  choiceOtherIgnore: 'Not read',
  choiceOtherSeries: 'A series per value',
  choiceOtherValue: 'Another value (an indicator of its own)',
};
