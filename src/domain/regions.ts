import { MUNICIPALITIES } from './municipalities';

export type RegionLevel = 'riket' | 'lan' | 'kommun';

/** A geographic unit in the results: Riket, one of the 21 län, or one of the 290 kommuner. */
export interface Region {
  /** SCB code: "00" for Riket, "01"…"25" for län, four digits for kommuner. Always a string. */
  readonly code: string;
  readonly level: RegionLevel;
  readonly nameSv: string;
  readonly nameEn: string;
  /** Short everyday name, e.g. "Stockholm", "Västra Götaland". */
  readonly shortName: string;
  /** ISO 3166-2 code ("SE-AB"); "SE" for Riket; undefined for kommuner. */
  readonly iso: string | undefined;
  /** Kolada's id: "0000" Riket, "0001"…"0025" län, the kommun code itself for kommuner. */
  readonly koladaId: string;
  /** The county the region belongs to ("00" for Riket). */
  readonly countyCode: string;
}

interface CountyRow {
  code: string;
  iso: string;
  nameSv: string;
  nameEn: string;
  shortName: string;
  /** Other spellings real files use: the regional body's name, Tillväxtanalys' genitives, etc. */
  variants: string[];
}

const COUNTY_ROWS: readonly CountyRow[] = [
  {
    code: '01',
    iso: 'AB',
    nameSv: 'Stockholms län',
    nameEn: 'Stockholm County',
    shortName: 'Stockholm',
    variants: ['Region Stockholm'],
  },
  {
    code: '03',
    iso: 'C',
    nameSv: 'Uppsala län',
    nameEn: 'Uppsala County',
    shortName: 'Uppsala',
    variants: ['Region Uppsala'],
  },
  {
    code: '04',
    iso: 'D',
    nameSv: 'Södermanlands län',
    nameEn: 'Södermanland County',
    shortName: 'Södermanland',
    variants: ['Region Sörmland', 'Sörmland', 'Sörmlands län'],
  },
  {
    code: '05',
    iso: 'E',
    nameSv: 'Östergötlands län',
    nameEn: 'Östergötland County',
    shortName: 'Östergötland',
    variants: ['Region Östergötland'],
  },
  {
    code: '06',
    iso: 'F',
    nameSv: 'Jönköpings län',
    nameEn: 'Jönköping County',
    shortName: 'Jönköping',
    variants: ['Region Jönköpings län'],
  },
  {
    code: '07',
    iso: 'G',
    nameSv: 'Kronobergs län',
    nameEn: 'Kronoberg County',
    shortName: 'Kronoberg',
    variants: ['Region Kronoberg'],
  },
  {
    code: '08',
    iso: 'H',
    nameSv: 'Kalmar län',
    nameEn: 'Kalmar County',
    shortName: 'Kalmar',
    variants: ['Region Kalmar län', 'Kalmars län'],
  },
  {
    code: '09',
    iso: 'I',
    nameSv: 'Gotlands län',
    nameEn: 'Gotland County',
    shortName: 'Gotland',
    variants: ['Region Gotland'],
  },
  {
    code: '10',
    iso: 'K',
    nameSv: 'Blekinge län',
    nameEn: 'Blekinge County',
    shortName: 'Blekinge',
    variants: ['Region Blekinge', 'Blekinges län'],
  },
  {
    code: '12',
    iso: 'M',
    nameSv: 'Skåne län',
    nameEn: 'Skåne County',
    shortName: 'Skåne',
    variants: ['Region Skåne', 'Skånes län'],
  },
  {
    code: '13',
    iso: 'N',
    nameSv: 'Hallands län',
    nameEn: 'Halland County',
    shortName: 'Halland',
    variants: ['Region Halland'],
  },
  {
    code: '14',
    iso: 'O',
    nameSv: 'Västra Götalands län',
    nameEn: 'Västra Götaland County',
    shortName: 'Västra Götaland',
    variants: ['Västra Götalandsregionen', 'Region Västra Götaland'],
  },
  {
    code: '17',
    iso: 'S',
    nameSv: 'Värmlands län',
    nameEn: 'Värmland County',
    shortName: 'Värmland',
    variants: ['Region Värmland'],
  },
  {
    code: '18',
    iso: 'T',
    nameSv: 'Örebro län',
    nameEn: 'Örebro County',
    shortName: 'Örebro',
    variants: ['Region Örebro län', 'Region Örebro'],
  },
  {
    code: '19',
    iso: 'U',
    nameSv: 'Västmanlands län',
    nameEn: 'Västmanland County',
    shortName: 'Västmanland',
    variants: ['Region Västmanland'],
  },
  {
    code: '20',
    iso: 'W',
    nameSv: 'Dalarnas län',
    nameEn: 'Dalarna County',
    shortName: 'Dalarna',
    variants: ['Region Dalarna'],
  },
  {
    code: '21',
    iso: 'X',
    nameSv: 'Gävleborgs län',
    nameEn: 'Gävleborg County',
    shortName: 'Gävleborg',
    variants: ['Region Gävleborg'],
  },
  {
    code: '22',
    iso: 'Y',
    nameSv: 'Västernorrlands län',
    nameEn: 'Västernorrland County',
    shortName: 'Västernorrland',
    variants: ['Region Västernorrland'],
  },
  {
    code: '23',
    iso: 'Z',
    nameSv: 'Jämtlands län',
    nameEn: 'Jämtland County',
    shortName: 'Jämtland',
    variants: ['Region Jämtland Härjedalen', 'Jämtland Härjedalen', 'Jämtland-Härjedalens län'],
  },
  {
    code: '24',
    iso: 'AC',
    nameSv: 'Västerbottens län',
    nameEn: 'Västerbotten County',
    shortName: 'Västerbotten',
    variants: ['Region Västerbotten'],
  },
  {
    code: '25',
    iso: 'BD',
    nameSv: 'Norrbottens län',
    nameEn: 'Norrbotten County',
    shortName: 'Norrbotten',
    variants: ['Region Norrbotten'],
  },
];

export const RIKET: Region = {
  code: '00',
  level: 'riket',
  nameSv: 'Riket',
  nameEn: 'Sweden',
  shortName: 'Riket',
  iso: 'SE',
  koladaId: '0000',
  countyCode: '00',
};

/** Spellings of the whole country in real files. */
export const RIKET_VARIANTS: readonly string[] = [
  'Riket',
  'Sverige',
  'Hela landet',
  'Sweden',
  'Hela riket',
  'Totalt för riket',
  'Riket totalt',
];

export const COUNTIES: readonly Region[] = COUNTY_ROWS.map((row) => ({
  code: row.code,
  level: 'lan',
  nameSv: row.nameSv,
  nameEn: row.nameEn,
  shortName: row.shortName,
  iso: `SE-${row.iso}`,
  koladaId: `00${row.code}`,
  countyCode: row.code,
}));

export const COUNTY_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map(
  COUNTY_ROWS.map((row) => [row.code, row.variants]),
);

export const MUNICIPALITY_REGIONS: readonly Region[] = MUNICIPALITIES.map(([code, name]) => ({
  code,
  level: 'kommun',
  nameSv: name,
  nameEn: name,
  shortName: name,
  iso: undefined,
  koladaId: code,
  countyCode: code.slice(0, 2),
}));

/**
 * Every region, in a fixed order: Riket, the 21 län in code order, then the kommuner in code order.
 * A region's position here is its index in the columnar observation store.
 */
export const REGIONS: readonly Region[] = [RIKET, ...COUNTIES, ...MUNICIPALITY_REGIONS];

const INDEX_BY_CODE: ReadonlyMap<string, number> = new Map(REGIONS.map((r, i) => [r.code, i]));

/** Former county codes (before 1997/1998) that real, older files still carry. */
export const FORMER_COUNTY_CODES: ReadonlyMap<string, string> = new Map([
  ['02', '01'],
  ['11', '12'],
  ['15', '14'],
  ['16', '14'],
]);

export function regionIndexOf(code: string): number | undefined {
  return INDEX_BY_CODE.get(code);
}

export function regionByCode(code: string): Region | undefined {
  const index = INDEX_BY_CODE.get(code);
  return index === undefined ? undefined : REGIONS[index];
}

export function regionAt(index: number): Region {
  const region = REGIONS[index];
  if (region === undefined) throw new RangeError(`No region at index ${index}`);
  return region;
}

/** Riket first, then the 21 län: the set the dashboard compares. */
export const RIKET_AND_COUNTIES: readonly Region[] = [RIKET, ...COUNTIES];

export function regionName(region: Region, lang: 'sv' | 'en'): string {
  return lang === 'sv' ? region.nameSv : region.nameEn;
}
