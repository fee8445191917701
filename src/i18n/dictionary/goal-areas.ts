/**
 * Målområden through Jämför and Finansiering: the matrix by goal area, the goal areas' RUS priority
 * areas in the Strategi view, and the funds by goal area beside their outcome indicators.
 */
export const goalAreasSv = {
  matrixGoalAreaTitle: '{title} – målområdet {name}',
  matrixGoalAreaEmpty: 'Målområdet {name} har inga indikatorer med data att jämföra.',
  stratRusLegend: 'RUS-prioriteringar som finansierar {name}',
  stratRusSummary: 'RUS-prioriteringar för {name} ({count} valda)',
  stratRusNoLedger:
    'Ärendelistan nämner inga RUS-prioriteringar. Kopplingen kan anges i strategifilen (kolumnen RUS-prioriteringar).',
  gafPanel: 'Medel per målområde',
  gafTitle: 'Medel per målområde, {region} {year}',
  gafIntro:
    'Beviljade 1:1-medel i de RUS-prioriteringar som hör till varje målområde i strategin, bredvid målområdets indikatorer för utfall och effekter. Tabellen ställer två olika saker bredvid varandra – vart pengarna går och vad målområdets indikatorer gör – men visar inget orsakssamband.',
  gafColGoalArea: 'Målområde',
  gafColRus: 'RUS-prioriteringar',
  gafColGranted: 'Beviljat (mnkr)',
  gafColShare: 'Andel av årets beviljade medel (%)',
  gafColCases: 'Ärenden',
  gafColIndicator: 'Indikator (utfall och effekter)',
  gafColLevel: 'Nivå',
  gafColValue: 'Senaste värde',
  gafColPeriod: 'Period',
  gafColChange: 'Förändring',
  gafColStatus: 'Status',
  gafUnlinked: 'Ej kopplat till något målområde',
  gafTotal: 'Alla beviljade medel {year}',
  gafNoRus: 'ingen RUS-prioritering kopplad',
  gafNoOutcomes: 'inga indikatorer för utfall eller effekter',
  gafNoData: 'inga data ännu',
  gafShared:
    'RUS-prioriteringen {area} hör till flera målområden ({names}): dess medel står på var och en av deras rader men räknas bara en gång i totalen.',
  gafNoLinks: 'Inget målområde har någon RUS-prioritering ännu: koppla dem under Målområden i vyn Strategi.',
};

export const goalAreasEn: Record<keyof typeof goalAreasSv, string> = {
  matrixGoalAreaTitle: '{title} – goal area {name}',
  matrixGoalAreaEmpty: 'The goal area {name} has no indicators with data to compare.',
  stratRusLegend: 'RUS priority areas that fund {name}',
  stratRusSummary: 'RUS priority areas for {name} ({count} chosen)',
  stratRusNoLedger:
    'The case ledger names no RUS priority areas. The link can be given in the strategy file (the RUS-prioriteringar column).',
  gafPanel: 'Funds by goal area',
  gafTitle: 'Funds by goal area, {region} {year}',
  gafIntro:
    'Granted 1:1 funds in the RUS priority areas tied to each goal area of the strategy, beside the goal area’s outcome and effect indicators. The table sets two different things side by side – where the money goes and what the goal’s indicators do – and shows no causal link.',
  gafColGoalArea: 'Goal area',
  gafColRus: 'RUS priority areas',
  gafColGranted: 'Granted (SEK million)',
  gafColShare: 'Share of the year’s granted funds (%)',
  gafColCases: 'Cases',
  gafColIndicator: 'Indicator (outcomes and effects)',
  gafColLevel: 'Level',
  gafColValue: 'Latest value',
  gafColPeriod: 'Period',
  gafColChange: 'Change',
  gafColStatus: 'Status',
  gafUnlinked: 'Not tied to any goal area',
  gafTotal: 'All granted funds {year}',
  gafNoRus: 'no RUS priority area tied',
  gafNoOutcomes: 'no outcome or effect indicators',
  gafNoData: 'no data yet',
  gafShared:
    'The RUS priority area {area} belongs to several goal areas ({names}): its funds are on each of their rows but counted once in the total.',
  gafNoLinks: 'No goal area has a RUS priority area yet: tie them under Goal areas in the Strategy view.',
};
