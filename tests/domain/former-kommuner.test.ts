import { describe, expect, it } from 'vitest';
import { FORMER_KOMMUN_CODES, FORMER_KOMMUN_NAMES } from '../../src/domain/former-kommuner';
import { resolveRegion, type RegionResolution } from '../../src/domain/region-resolver';
import { MUNICIPALITY_REGIONS, regionByCode } from '../../src/domain/regions';

function read(raw: string): { code: string | undefined; note: unknown } {
  const res: RegionResolution = resolveRegion(raw);
  return res.ok ? { code: res.region.code, note: res.note } : { code: undefined, note: undefined };
}

describe('former kommun codes and names', () => {
  it('read Heby’s former code 1917 (Västmanland until 2007) as 0331 in Uppsala län, and say so', () => {
    expect(read('1917')).toEqual({
      code: '0331',
      note: {
        kind: 'former_kommun',
        by: 'code',
        change: { former: '1917', code: '0331', year: 2007, formerCounty: '19' },
      },
    });
    expect(read('1917 Heby')).toMatchObject({ code: '0331', note: { kind: 'former_kommun', by: 'code' } });
    // Today's code and name need no note.
    expect(read('0331')).toEqual({ code: '0331', note: undefined });
    expect(read('Heby')).toEqual({ code: '0331', note: undefined });
  });

  it('read Malung, renamed Malung-Sälen in 2007, as 2023 in every spelling, and say so', () => {
    for (const spelling of ['Malung', 'MALUNG', 'Malungs kommun', 'Malung kommun', '2023 Malung']) {
      expect(read(spelling), spelling).toEqual({
        code: '2023',
        note: { kind: 'former_kommun', by: 'name', change: { former: 'Malung', code: '2023', year: 2007 } },
      });
    }
    for (const spelling of [
      'Malung-Sälen',
      'Malung-Salen',
      'Malung-Sälens kommun',
      '2023',
      '2023 Malung-Sälen',
    ])
      expect(read(spelling), spelling).toEqual({ code: '2023', note: undefined });
  });

  it('leave other unknown four-digit codes unknown: nothing is guessed', () => {
    for (const code of ['1918', '1999', '1643', '0999']) expect(resolveRegion(code).ok, code).toBe(false);
  });

  it('list only changes that point to a kommun of today, from codes and names no kommun has today', () => {
    const currentNames = new Set(MUNICIPALITY_REGIONS.map((m) => m.nameSv.toLowerCase()));
    for (const [former, change] of FORMER_KOMMUN_CODES) {
      expect(change.former).toBe(former);
      expect(regionByCode(former), former).toBeUndefined();
      expect(regionByCode(change.code)?.level, former).toBe('kommun');
      if (change.formerCounty !== undefined) {
        expect(former.slice(0, 2)).toBe(change.formerCounty);
        expect(change.code.slice(0, 2)).not.toBe(change.formerCounty);
      }
    }
    for (const change of FORMER_KOMMUN_NAMES) {
      expect(currentNames.has(change.former.toLowerCase()), change.former).toBe(false);
      expect(regionByCode(change.code)?.level, change.former).toBe('kommun');
    }
  });
});
