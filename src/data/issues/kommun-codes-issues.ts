import type { FormerKommun } from '../../domain/former-kommuner';
import { regionByCode } from '../../domain/regions';
import { entry, q } from './issue-entry';

function names(code: string): { sv: string; en: string } {
  const region = regionByCode(code);
  return { sv: region?.nameSv ?? code, en: region?.nameEn ?? code };
}

/** The kommun a change led to, with its county: "Heby (0331) i Uppsala län". */
function became(change: FormerKommun): { sv: string; en: string } {
  const kommun = names(change.code);
  const county = names(change.code.slice(0, 2));
  return {
    sv: `${kommun.sv} (${change.code}) i ${county.sv}`,
    en: `${kommun.en} (${change.code}) in ${county.en}`,
  };
}

/** "Heby (0331)". */
const short = (change: FormerKommun): string => `${names(change.code).sv} (${change.code})`;

/** Former kommun codes and names: understood, and said, since the row's numbers now count for today's kommun. */
export const KOMMUN_CODE_ISSUES = {
  kommun_former_code: entry<{ value: string; change: FormerKommun }>('warning', ({ value, change }) => {
    const now = became(change);
    const before = change.formerCounty === undefined ? undefined : names(change.formerCounty);
    return {
      sv: `Kommunkoden ${q(change.former)}${value === change.former ? '' : ` (i ${q(value)})`} är en tidigare kod: ${change.former}${before ? ` i ${before.sv}` : ''} blev ${change.year} ${now.sv}. Raden lästes som ${short(change)}.`,
      en: `Municipality code ${q(change.former)}${value === change.former ? '' : ` (in ${q(value)})`} is a former code: ${change.former}${before ? ` in ${before.en}` : ''} became ${now.en} in ${change.year}. The row was read as ${short(change)}.`,
    };
  }),
  kommun_former_name: entry<{ value: string; change: FormerKommun }>('warning', ({ value, change }) => {
    const now = became(change);
    return {
      sv: `${q(value)} är ett tidigare kommunnamn: ${change.former} heter sedan ${change.year} ${now.sv}. Raden lästes som ${short(change)}.`,
      en: `${q(value)} is a former municipality name: since ${change.year} ${change.former} is called ${now.en}. The row was read as ${short(change)}.`,
    };
  }),
};
