import { regionByCode } from '../../domain/regions';
import { entry, q } from './issue-entry';

/** "”Län”" / "”Lanskod” och ”Lansnamn”". */
function list(names: readonly string[], and: string): string {
  const quoted = names.map(q);
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1] ?? ''}`;
}

/** "Gävle (2180) i Gävleborgs län" / "Gävle (2180) in Gävleborg County". */
function kommunIn(code: string): { sv: string; en: string } {
  const kommun = regionByCode(code);
  const county = regionByCode(kommun?.countyCode ?? '');
  if (!kommun || !county || kommun.level !== 'kommun') return { sv: code, en: code };
  return {
    sv: `${kommun.nameSv} (${code}) ligger i ${county.nameSv}`,
    en: `${kommun.nameEn} (${code}) is in ${county.nameEn}`,
  };
}

/** A kommun column beside a county column: which is read, what the county column is for, and where they differ. */
export const LAN_KOMMUN_ISSUES = {
  region_finest_column: entry<{ region: string; helpers: readonly string[] }>('info', (p) => ({
    sv: `Regionen lästes från kolumnen ${q(p.region)}; ${list(p.helpers, 'och')} ${p.helpers.length === 1 ? 'är en hjälpkolumn' : 'är hjälpkolumner'} och jämfördes rad för rad.`,
    en: `The region was read from column ${q(p.region)}; ${list(p.helpers, 'and')} ${p.helpers.length === 1 ? 'is a helper column' : 'are helper columns'}, compared row by row.`,
  })),
  county_helper_disagrees: entry<{ helper: string; value: string; region: string }>('warning', (p) => {
    const where = kommunIn(p.region);
    const name = regionByCode(p.region)?.nameSv ?? p.region;
    return {
      sv: `Kolumnen ${q(p.helper)} säger ${q(p.value)}, men ${where.sv}. Raden lästes som ${name}; kontrollera raden.`,
      en: `Column ${q(p.helper)} says ${q(p.value)}, but ${where.en}. The row was read as ${name}; check the row.`,
    };
  }),
  county_total_rows: entry<{ count: number; column: string; helper: string; lines: string }>('info', (p) => ({
    sv: `${p.count === 1 ? 'En rad' : `${p.count} rader`} utan kommun i ${q(p.column)} (tom, ”Totalt”, ”Hela länet” …) lästes som länet i ${q(p.helper)}: rad ${p.lines}.`,
    en: `${p.count === 1 ? 'One row' : `${p.count} rows`} without a municipality in ${q(p.column)} (empty, ”Totalt”, ”Hela länet” …) ${p.count === 1 ? 'was' : 'were'} read as the county in ${q(p.helper)}: line ${p.lines}.`,
  })),
};
