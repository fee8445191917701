import { describe, expect, it } from 'vitest';
import {
  COUNTIES,
  FORMER_COUNTY_CODES,
  MUNICIPALITY_REGIONS,
  REGIONS,
  RIKET,
  RIKET_AND_COUNTIES,
  regionAt,
  regionByCode,
  regionIndexOf,
  regionName,
} from '../../src/domain/regions';

/** The 21 län with their SCB codes and ISO 3166-2:SE letters, written out from the standard. */
const COUNTY_TABLE: readonly (readonly [code: string, iso: string, nameSv: string])[] = [
  ['01', 'SE-AB', 'Stockholms län'],
  ['03', 'SE-C', 'Uppsala län'],
  ['04', 'SE-D', 'Södermanlands län'],
  ['05', 'SE-E', 'Östergötlands län'],
  ['06', 'SE-F', 'Jönköpings län'],
  ['07', 'SE-G', 'Kronobergs län'],
  ['08', 'SE-H', 'Kalmar län'],
  ['09', 'SE-I', 'Gotlands län'],
  ['10', 'SE-K', 'Blekinge län'],
  ['12', 'SE-M', 'Skåne län'],
  ['13', 'SE-N', 'Hallands län'],
  ['14', 'SE-O', 'Västra Götalands län'],
  ['17', 'SE-S', 'Värmlands län'],
  ['18', 'SE-T', 'Örebro län'],
  ['19', 'SE-U', 'Västmanlands län'],
  ['20', 'SE-W', 'Dalarnas län'],
  ['21', 'SE-X', 'Gävleborgs län'],
  ['22', 'SE-Y', 'Västernorrlands län'],
  ['23', 'SE-Z', 'Jämtlands län'],
  ['24', 'SE-AC', 'Västerbottens län'],
  ['25', 'SE-BD', 'Norrbottens län'],
];

/** Number of kommuner per län (SCB, since Knivsta 2003 the total is 290). */
const KOMMUNER_PER_COUNTY: Readonly<Record<string, number>> = {
  '01': 26,
  '03': 8,
  '04': 9,
  '05': 13,
  '06': 13,
  '07': 8,
  '08': 12,
  '09': 1,
  '10': 5,
  '12': 33,
  '13': 6,
  '14': 49,
  '17': 16,
  '18': 12,
  '19': 10,
  '20': 15,
  '21': 10,
  '22': 7,
  '23': 8,
  '24': 15,
  '25': 14,
};

describe('Riket and the 21 län', () => {
  it('Riket is "00", ISO "SE", Kolada "0000"', () => {
    expect(RIKET).toMatchObject({
      code: '00',
      level: 'riket',
      iso: 'SE',
      koladaId: '0000',
      countyCode: '00',
      nameSv: 'Riket',
    });
  });

  it('has exactly the 21 län, in code order, with codes as two-digit strings', () => {
    expect(COUNTIES.map((c) => c.code)).toEqual(COUNTY_TABLE.map(([code]) => code));
    for (const county of COUNTIES) {
      expect(typeof county.code).toBe('string');
      expect(county.code).toMatch(/^\d{2}$/);
      expect(county.level).toBe('lan');
      expect(county.countyCode).toBe(county.code);
    }
  });

  it.each(COUNTY_TABLE)('län %s has ISO %s, name %s and Kolada id 00%s', (code, iso, nameSv) => {
    const county = regionByCode(code);
    expect(county).toMatchObject({ code, iso, nameSv, koladaId: `00${code}`, level: 'lan' });
  });

  it("the former county codes point at today's län", () => {
    expect(Object.fromEntries(FORMER_COUNTY_CODES)).toEqual({
      '02': '01',
      '11': '12',
      '15': '14',
      '16': '14',
    });
    for (const former of FORMER_COUNTY_CODES.keys()) expect(regionByCode(former)).toBeUndefined();
  });

  it('RIKET_AND_COUNTIES is Riket followed by the 21 län', () => {
    expect(RIKET_AND_COUNTIES.map((r) => r.code)).toEqual(['00', ...COUNTY_TABLE.map(([code]) => code)]);
  });

  it('names in both languages', () => {
    const dalarna = regionByCode('20');
    expect(dalarna && regionName(dalarna, 'sv')).toBe('Dalarnas län');
    expect(dalarna && regionName(dalarna, 'en')).toBe('Dalarna County');
    expect(regionName(RIKET, 'en')).toBe('Sweden');
  });
});

describe('the 290 kommuner', () => {
  it('are 290, with unique four-digit string codes in ascending order', () => {
    const codes = MUNICIPALITY_REGIONS.map((m) => m.code);
    expect(codes).toHaveLength(290);
    expect(new Set(codes).size).toBe(290);
    for (const code of codes) expect(code).toMatch(/^\d{4}$/);
    expect([...codes].sort()).toEqual(codes);
  });

  it('begin with the code of the län they lie in, which is their countyCode', () => {
    const countyCodes = new Set(COUNTIES.map((c) => c.code));
    for (const m of MUNICIPALITY_REGIONS) {
      expect(countyCodes.has(m.code.slice(0, 2))).toBe(true);
      expect(m.countyCode).toBe(m.code.slice(0, 2));
      expect(m.level).toBe('kommun');
      expect(m.koladaId).toBe(m.code);
      expect(m.iso).toBeUndefined();
    }
  });

  it('are spread over the län as SCB counts them', () => {
    const counts: Record<string, number> = {};
    for (const m of MUNICIPALITY_REGIONS) counts[m.countyCode] = (counts[m.countyCode] ?? 0) + 1;
    expect(counts).toEqual(KOMMUNER_PER_COUNTY);
  });

  it.each([
    ['0180', 'Stockholm'],
    ['0380', 'Uppsala'],
    ['0980', 'Gotland'],
    ['1280', 'Malmö'],
    ['1480', 'Göteborg'],
    ['2080', 'Falun'],
    ['2584', 'Kiruna'],
  ])('%s is %s', (code, name) => {
    expect(regionByCode(code)).toMatchObject({ code, nameSv: name, level: 'kommun' });
  });
});

describe('REGIONS and lookups', () => {
  it('is Riket, then the län, then the kommuner: 312 regions with distinct codes', () => {
    expect(REGIONS).toHaveLength(1 + 21 + 290);
    expect(REGIONS[0]).toBe(RIKET);
    expect(REGIONS.slice(1, 22)).toEqual(COUNTIES);
    expect(REGIONS.slice(22)).toEqual(MUNICIPALITY_REGIONS);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(312);
  });

  it('regionIndexOf and regionAt are inverse', () => {
    REGIONS.forEach((region, index) => {
      expect(regionIndexOf(region.code)).toBe(index);
      expect(regionAt(index)).toBe(region);
    });
  });

  it('codes are strings: "1", "001" and "20 " are not codes', () => {
    expect(regionByCode('1')).toBeUndefined();
    expect(regionByCode('001')).toBeUndefined();
    expect(regionByCode('20 ')).toBeUndefined();
    expect(regionIndexOf('1')).toBeUndefined();
    expect(regionByCode('01')?.nameSv).toBe('Stockholms län');
  });

  it('regionAt refuses an index outside the table', () => {
    expect(() => regionAt(-1)).toThrow(RangeError);
    expect(() => regionAt(312)).toThrow(RangeError);
  });
});
