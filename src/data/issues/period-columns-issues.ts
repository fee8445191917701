import type { Granularity } from '../../domain/period';
import { entry, q } from './issue-entry';

const GRANULARITY: Readonly<Record<Granularity, { sv: string; svThe: string; svOne: string; en: string }>> = {
  year: { sv: 'år', svThe: 'året', svOne: 'ett år', en: 'year' },
  quarter: { sv: 'kvartal', svThe: 'kvartalet', svOne: 'ett kvartal', en: 'quarter' },
  month: { sv: 'månad', svThe: 'månaden', svOne: 'en månad', en: 'month' },
};

/** "”ar” och ”manad”" / "”ar” and ”manad”". */
function list(names: readonly string[], and: string): string {
  const quoted = names.map(q);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1] ?? ''}`;
}

/**
 * Which of several period columns was read, a period joined from two columns, helper columns that
 * disagree with the period, and a column of years never read as regions: each guess is said.
 */
export const PERIOD_COLUMN_ISSUES = {
  period_columns_read: entry<{ column: string; granularity: Granularity; helpers: readonly string[] }>(
    'info',
    (p) => ({
      sv: `Perioden lästes från kolumnen ${q(p.column)} (${GRANULARITY[p.granularity].sv}); ${list(p.helpers, 'och')} ${p.helpers.length === 1 ? 'är en hjälpkolumn' : 'är hjälpkolumner'} och lästes inte, men jämfördes med perioden rad för rad.`,
      en: `The period was read from column ${q(p.column)} (${GRANULARITY[p.granularity].en}); ${list(p.helpers, 'and')} ${p.helpers.length === 1 ? 'is a helper column' : 'are helper columns'} and ${p.helpers.length === 1 ? 'was' : 'were'} not read, only compared with the period row by row.`,
    }),
  ),
  period_split: entry<{ year: string; part: string; granularity: Granularity; helpers: readonly string[] }>(
    'info',
    (p) => ({
      sv: `Perioden lästes från två kolumner: året ur ${q(p.year)} och ${GRANULARITY[p.granularity].svThe} ur ${q(p.part)} blir ${GRANULARITY[p.granularity].svOne}.${p.helpers.length > 0 ? ` ${list(p.helpers, 'och')} lästes inte, men jämfördes med perioden.` : ''}`,
      en: `The period was read from two columns: the year from ${q(p.year)} and the ${GRANULARITY[p.granularity].en} from ${q(p.part)} make one ${GRANULARITY[p.granularity].en}.${p.helpers.length > 0 ? ` ${list(p.helpers, 'and')} not read, only compared with the period.` : ''}`,
    }),
  ),
  period_helper_disagrees: entry<{ helper: string; value: string; column: string; period: string }>(
    'warning',
    (p) => ({
      sv: `Hjälpkolumnen ${q(p.helper)} säger ${q(p.value)}, men perioden i ${q(p.column)} är ${p.period}. Raden lästes med perioden ${p.period}; kontrollera raden.`,
      en: `Helper column ${q(p.helper)} says ${q(p.value)}, but the period in ${q(p.column)} is ${p.period}. The row was read with period ${p.period}; check the row.`,
    }),
  ),
  period_part_invalid: entry<{ value: string; column: string; granularity: Granularity }>('error', (p) => ({
    sv: `${q(p.value)} i kolumnen ${q(p.column)} kan inte läsas som ${GRANULARITY[p.granularity].svOne}${p.granularity === 'month' ? ' (1–12 eller januari–december)' : p.granularity === 'quarter' ? ' (1–4, K1–K4)' : ''}.`,
    en: `${q(p.value)} in column ${q(p.column)} cannot be read as a ${GRANULARITY[p.granularity].en}${p.granularity === 'month' ? ' (1–12 or January–December)' : p.granularity === 'quarter' ? ' (1–4, Q1–Q4)' : ''}.`,
  })),
  region_years_not_region: entry<{ years: string; region: string }>('info', (p) => ({
    sv: `Kolumnen ${q(p.years)} har bara årtal och lästes inte som region (2021 är annars Vansbros kod); regionen lästes från ${q(p.region)}.`,
    en: `Column ${q(p.years)} holds only years and was not read as the region (2021 would be Vansbro's code); the region was read from ${q(p.region)}.`,
  })),
};
