import { entry } from './issue-entry';

/**
 * PxWeb's xlsx (as SCB and Tillväxtanalys write it) leaves the header cells over its first
 * columns empty: the reader tells them by their content, and says so.
 */
export const STUB_COLUMN_ISSUES = {
  stub_columns_read: entry<{ period: number; region: number }>('info', (p) => {
    const [a, b] = [p.period, p.region].sort((x, y) => x - y);
    return {
      sv: `Kolumnerna ${a} och ${b} har ingen rubrik (så skriver PxWeb sina tabeller) och lästes efter innehållet: kolumn ${p.period} som period och kolumn ${p.region} som region. Välj kolumner under Källor ändrar det.`,
      en: `Columns ${a} and ${b} have no header (as PxWeb writes its tables) and were read by their content: column ${p.period} as the period and column ${p.region} as the region. Choose columns under Sources changes it.`,
    };
  }),
};
