import { describe, expect, it } from 'vitest';
import {
  comparedCount,
  comparedRegions,
  inScope,
  isCompared,
  kommunScope,
  LAN_SCOPE,
  referenceRegion,
  scopeRegions,
} from '../../src/domain/region-scope';

const LAN_CODES = [
  '01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13',
  '14', '17', '18', '19', '20', '21', '22', '23', '24', '25',
]; // prettier-ignore

/** Dalarnas län's 15 kommuner (SCB, "Kommuner i kodnummerordning"). */
const DALARNA = [
  ['2021', 'Vansbro'],
  ['2023', 'Malung-Sälen'],
  ['2026', 'Gagnef'],
  ['2029', 'Leksand'],
  ['2031', 'Rättvik'],
  ['2034', 'Orsa'],
  ['2039', 'Älvdalen'],
  ['2061', 'Smedjebacken'],
  ['2062', 'Mora'],
  ['2080', 'Falun'],
  ['2081', 'Borlänge'],
  ['2082', 'Säter'],
  ['2083', 'Hedemora'],
  ['2084', 'Avesta'],
  ['2085', 'Ludvika'],
];

describe('the län scope', () => {
  it('compares the 21 län in code order, against Riket', () => {
    expect(comparedRegions(LAN_SCOPE).map((r) => r.code)).toEqual(LAN_CODES);
    expect(comparedCount(LAN_SCOPE)).toBe(21);
    expect(referenceRegion(LAN_SCOPE)).toMatchObject({ code: '00', nameSv: 'Riket' });
  });

  it('offers Riket first, then the län: the regions a user can choose', () => {
    expect(scopeRegions(LAN_SCOPE).map((r) => r.code)).toEqual(['00', ...LAN_CODES]);
  });

  it('holds Riket and the län; a kommun, an old county code or a Kolada id is outside it', () => {
    expect(inScope(LAN_SCOPE, '00')).toBe(true);
    expect(inScope(LAN_SCOPE, '20')).toBe(true);
    expect(isCompared(LAN_SCOPE, '20')).toBe(true);
    expect(isCompared(LAN_SCOPE, '00')).toBe(false);
    for (const code of ['2080', '02', '0020', '1', '']) expect(inScope(LAN_SCOPE, code)).toBe(false);
  });
});

describe('the kommun scope', () => {
  const dalarna = kommunScope('20');

  it('within Dalarna compares its 15 kommuner in code order, against Dalarnas län', () => {
    expect(comparedRegions(dalarna).map((r) => [r.code, r.nameSv])).toEqual(DALARNA);
    expect(comparedCount(dalarna)).toBe(15);
    expect(comparedRegions(dalarna).every((r) => r.level === 'kommun' && r.countyCode === '20')).toBe(true);
    expect(referenceRegion(dalarna)).toMatchObject({ code: '20', nameSv: 'Dalarnas län', level: 'lan' });
    expect(scopeRegions(dalarna).map((r) => r.code)).toEqual(['20', ...DALARNA.map(([code]) => code)]);
  });

  it('holds the county and its kommuner, not Riket, other län or another county’s kommuner', () => {
    expect(inScope(dalarna, '20')).toBe(true);
    expect(inScope(dalarna, '2080')).toBe(true);
    expect(isCompared(dalarna, '2080')).toBe(true);
    expect(isCompared(dalarna, '20')).toBe(false);
    for (const code of ['00', '21', '0180', '2180']) expect(inScope(dalarna, code)).toBe(false);
  });

  it('Gotland is one kommun; the 21 counties’ kommuner add up to 290', () => {
    expect(comparedRegions(kommunScope('09')).map((r) => r.nameSv)).toEqual(['Gotland']);
    expect(LAN_CODES.reduce((n, code) => n + comparedCount(kommunScope(code)), 0)).toBe(290);
  });

  it('within a county that does not exist compares nothing, against Riket', () => {
    const none = kommunScope('99');
    expect(comparedRegions(none)).toEqual([]);
    expect(referenceRegion(none).code).toBe('00');
  });
});
