/** The local level in Jämför (a county's kommuner × indicators) and in the Indikator trend's references. */
export const localCompareSv = {
  matrixKommunModeRank: 'Plats bland kommunerna',
  matrixKommunTitleStatus: 'Kommunerna i {county} och indikatorerna: status mot mål',
  matrixKommunTitleRank: 'Kommunerna i {county} och indikatorerna: plats bland kommunerna',
  matrixKommunHintStatus:
    '✓ i fas, ! risk, ✕ inte i fas, – inget mål, ? inga data; varje kommun mot sina egna mål. Indikatorerna med värden för kommunerna i {county}. Klicka på en ruta för att öppna indikatorn för kommunen.',
  matrixKommunHintRank:
    'Plats 1 är bäst i riktningen indikatorn ska gå, bland kommunerna i {county}. Indikatorerna med värden för kommunerna. Klicka på en ruta för att öppna indikatorn för kommunen.',
  matrixKommunKeys:
    'Tangentbord: piltangenterna flyttar mellan rutorna, Home och End till radens början och slut, Ctrl+Home och Ctrl+End till första och sista rutan; Enter eller mellanslag öppnar indikatorn för kommunen.',
  matrixKommunEmpty:
    'Data har inga värden för kommunerna i {county}. Lägg till en fil med kommunernas värden (kommunkod med fyra siffror, eller kommunens namn).',
  pageTitleJamforKommun: 'Jämför: kommunerna i {county} och indikatorerna',
  trendTitleReferences: '{indicator}: {region} över tid, mot målbanan och jämfört med {references}',
  trendTitleReferencesPlain: '{indicator}: {region} över tid, jämfört med {references}',
  referencesAnd: '{first} och {second}',
  trendKommunSumNote: '{county} och {riket} visas inte: summorna är inte på en kommuns skala.',
  compareSearch: 'Sök kommun',
  compareReferenceGroup: 'Länet och riket',
  compareNoMatch: 'Ingen kommun eller inget län med det namnet.',
};

export const localCompareEn: Record<keyof typeof localCompareSv, string> = {
  matrixKommunModeRank: 'Rank among the municipalities',
  matrixKommunTitleStatus: 'The municipalities of {county} and the indicators: status against target',
  matrixKommunTitleRank: 'The municipalities of {county} and the indicators: rank among the municipalities',
  matrixKommunHintStatus:
    '✓ on track, ! at risk, ✕ off track, – no target, ? no data; each municipality against its own targets. The indicators with values for the municipalities of {county}. Click a cell to open the indicator for the municipality.',
  matrixKommunHintRank:
    'Rank 1 is best in the direction the indicator should go, among the municipalities of {county}. The indicators with values for the municipalities. Click a cell to open the indicator for the municipality.',
  matrixKommunKeys:
    'Keyboard: the arrow keys move between cells, Home and End to the start and end of the row, Ctrl+Home and Ctrl+End to the first and last cell; Enter or Space opens the indicator for the municipality.',
  matrixKommunEmpty:
    'The data has no values for the municipalities of {county}. Add a file with the municipalities’ values (four-digit municipality code, or the municipality’s name).',
  pageTitleJamforKommun: 'Compare: the municipalities of {county} and the indicators',
  trendTitleReferences:
    '{indicator}: {region} over time, against the target path and compared with {references}',
  trendTitleReferencesPlain: '{indicator}: {region} over time, compared with {references}',
  referencesAnd: '{first} and {second}',
  trendKommunSumNote: '{county} and {riket} are not shown: the sums are not on a municipality’s scale.',
  compareSearch: 'Search municipality',
  compareReferenceGroup: 'The county and Sweden',
  compareNoMatch: 'No municipality or county by that name.',
};
