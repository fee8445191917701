/** The local level: kommuner in the views, the scope switch, the kommun map. */
export const localSv = {
  regionChoice: 'Län eller kommun',
  regionSearch: 'Sök län eller kommun',
  kommunGroup: 'Kommuner i {county}',
  scopeChoice: 'Jämför',
  scopeLan: 'Länen',
  scopeKommun: 'Kommunerna i {county}',
  scopeRegionsLan: 'länen',
  scopeRegionsKommun: 'kommunerna i {county}',
  scopeAllLan: 'Alla län',
  scopeAllKommun: 'Alla kommuner i {county}',
  colKommun: 'Kommun',
  kommunTotal: '{county} (summa av kommunerna)',
  trendCountySumNote: '{reference} visas inte: summan av kommunerna är inte på en kommuns skala.',
};

export const localEn: Record<keyof typeof localSv, string> = {
  regionChoice: 'County or municipality',
  regionSearch: 'Search county or municipality',
  kommunGroup: 'Municipalities of {county}',
  scopeChoice: 'Compare',
  scopeLan: 'The counties',
  scopeKommun: 'The municipalities of {county}',
  scopeRegionsLan: 'the counties',
  scopeRegionsKommun: 'the municipalities of {county}',
  scopeAllLan: 'All counties',
  scopeAllKommun: 'All municipalities of {county}',
  colKommun: 'Municipality',
  kommunTotal: '{county} (sum of the municipalities)',
  trendCountySumNote:
    '{reference} is not shown: the sum of the municipalities is not on a municipality’s scale.',
};
