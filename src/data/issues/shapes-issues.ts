import { entry, q } from './issue-entry';

/**
 * Real export shapes read as the user may correct them: a region named only in the title line,
 * and a sheet that lists indicators rather than giving their values.
 */
export const SHAPES_ISSUES = {
  region_from_title: entry<{ region: string; title: string }>('info', (p) => ({
    sv: `Regionen lästes från rubriken: ${p.region} (${q(p.title)}). Filen har ingen kolumn för region; alla värden gäller ${p.region}. Välj kolumner under Källor ändrar det.`,
    en: `The region was read from the title: ${p.region} (${q(p.title)}). The file has no region column; every value is for ${p.region}. Choose columns under Sources changes it.`,
  })),
  region_title_ambiguous: entry<{ regions: string }>('info', (p) => ({
    sv: `Rubriken namnger flera regioner (${p.regions}); ingen av dem gissades som filens region. Välj en region för hela filen under Källor → Välj kolumner.`,
    en: `The title names several regions (${p.regions}); none was guessed as the file's region. Choose one region for the whole file under Sources → Choose columns.`,
  })),
  indicator_list: entry<{ columns: readonly string[] }>('warning', (p) => ({
    sv: `Filen ser ut som en lista över indikatorer (kolumnerna ${p.columns.map(q).join(', ')}), inte som värden: inga värden lästes. Läs in den som strategi i vyn Strategi.`,
    en: `The file looks like a list of indicators (the columns ${p.columns.map(q).join(', ')}), not values: no values were read. Read it as a strategy in the Strategi view.`,
  })),
};
