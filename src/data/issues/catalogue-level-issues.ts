import { entry, q } from './issue-entry';

/** The catalogue's follow-up levels (followUpLevels): where in the results matrix an indicator is followed. */
export const CATALOGUE_LEVEL_ISSUES = {
  catalogue_follow_up_level_unknown: entry<{ indicator: string; value: string }>('warning', (p) => ({
    sv: `Indikatorkatalogen: ${q(p.indicator)} har den okända uppföljningsnivån ${q(p.value)} i followUpLevels (ange nationell, regional eller lokal). Värdet används inte; indikatorn lästes in.`,
    en: `Indicator catalogue: ${q(p.indicator)} has the unknown follow-up level ${q(p.value)} in followUpLevels (give nationell, regional or lokal). The value is not used; the indicator was read.`,
  })),
} as const;
