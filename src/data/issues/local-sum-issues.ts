import type { LocalizedText } from '../../domain/language';
import { entry } from './issue-entry';

/** A county value that is not made from its kommuner, and why. */
export const LOCAL_SUM_ISSUES = {
  county_sum_incomplete: entry<{
    indicator: LocalizedText;
    county: LocalizedText;
    period: LocalizedText;
    missing: number;
    expected: number;
    more: number;
  }>('info', (p) => ({
    sv: `${p.county.sv}s värde för ${p.indicator.sv} ${p.period.sv} räknas inte ut av kommunerna: ${p.missing} av ${p.expected} kommuner saknar värde (en summa av kommunerna görs bara när varje kommun i länet har ett värde).${p.more > 0 ? ` Samma gäller ${p.more} ${p.more === 1 ? 'annan period eller annat kön' : 'andra perioder eller kön'}.` : ''}`,
    en: `The value of ${p.indicator.en} for ${p.county.en} in ${p.period.en} is not computed from its municipalities: ${p.missing} of ${p.expected} municipalities have no value (a sum of the municipalities is made only when every municipality of the county has a value).${p.more > 0 ? ` The same holds for ${p.more} other ${p.more === 1 ? 'period or gender' : 'periods or genders'}.` : ''}`,
  })),
  example_county_gives_way: entry<{ count: number }>('info', (p) => ({
    sv: `${p.count} ${p.count === 1 ? 'rad' : 'rader'} av exempeldatan användes inte: länsvärden som dina egna filer ger varje kommuns värde för räknas som summan av dina kommunvärden, och inga påhittade år blandas med dem.`,
    en: `${p.count} ${p.count === 1 ? 'row' : 'rows'} of the example data were not used: county values for which your own files give every municipality's value are the sum of your municipality values, and no invented years are mixed with them.`,
  })),
};
