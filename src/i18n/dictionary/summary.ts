/** The generated summary (Län, the trend chart's description) and the CSV's source and unit columns. */
export const summarySv = {
  summaryHeading: 'Sammanfattning',
  summaryBasis: 'Vad meningen bygger på',
  summaryInvented: 'Sammanfattningarna bygger på påhittade exempeldata.',
  csvNote: 'Not',
  csvUnitStatus: 'status mot målet',
  csvUnitRank: 'plats bland regionerna (1 = bäst)',
};

export const summaryEn: Record<keyof typeof summarySv, string> = {
  summaryHeading: 'Summary',
  summaryBasis: 'What the sentence rests on',
  summaryInvented: 'The summaries rest on invented example data.',
  csvNote: 'Note',
  csvUnitStatus: 'status against the target',
  csvUnitRank: 'rank among the regions (1 = best)',
};
