import { describe, expect, it } from 'vitest';
import { analyseHeader, type ColumnRole } from '../../src/data/cells/header-roles';

function roles(header: readonly string[]): Partial<Record<ColumnRole, number>> {
  return Object.fromEntries(analyseHeader(header).roles);
}

describe('analyseHeader: roles', () => {
  it('reads the canonical long header', () => {
    const analysis = analyseHeader(['region', 'indikator', 'period', 'värde']);
    expect(roles(['region', 'indikator', 'period', 'värde'])).toEqual({
      region: 0,
      indicator: 1,
      period: 2,
      value: 3,
    });
    expect(analysis.unused).toEqual([]);
    expect(analysis.duplicates).toEqual([]);
    expect(analysis.periodColumns).toBe(0);
  });

  it('ignores case, diacritics and surrounding spaces', () => {
    expect(roles([' Region ', 'INDIKATOR', 'År', 'Värde', 'Kön', 'Kommentar'])).toEqual({
      region: 0,
      indicator: 1,
      period: 2,
      value: 3,
      gender: 4,
      note: 5,
    });
  });

  it('reads English names', () => {
    expect(roles(['region code', 'indicator', 'time', 'value', 'sex', 'comment'])).toEqual({
      region: 0,
      indicator: 1,
      period: 2,
      value: 3,
      gender: 4,
      note: 5,
    });
  });

  it('reads the targets layout', () => {
    expect(roles(['region', 'indikator', 'period', 'mål', 'baslinje', 'basår'])).toEqual({
      region: 0,
      indicator: 1,
      period: 2,
      target: 3,
      baseline: 4,
      baselinePeriod: 5,
    });
  });

  it('when two columns fit a role, the name earlier in the list wins; the other is unused', () => {
    const analysis = analyseHeader(['län', 'region', 'indikator', 'period', 'värde']);
    expect(analysis.roles.get('region')).toBe(1);
    expect(analysis.unused).toEqual([{ name: 'län', index: 0 }]);
  });

  it('beside a code column, a name column is the region name to check, not unused', () => {
    const analysis = analyseHeader(['region', 'regionkod', 'indikator', 'period', 'värde']);
    expect(analysis.roles.get('region')).toBe(1);
    expect(analysis.roles.get('regionName')).toBe(0);
    expect(analysis.unused).toEqual([]);
  });

  it('a BOM on the first name is not part of it', () => {
    expect(roles(['\uFEFFregion', 'indikator', 'period', 'värde']).region).toBe(0);
  });

  it('lists named columns no role uses, as written', () => {
    expect(analyseHeader(['region', 'indikator', 'period', 'värde', ' Enhet ']).unused).toEqual([
      { name: 'Enhet', index: 4 },
    ]);
  });
});

describe('analyseHeader: problems', () => {
  it('finds a name given twice, also when written differently', () => {
    expect(analyseHeader(['region', 'indikator', 'period', 'värde', 'Varde']).duplicates).toEqual([
      { name: 'Varde', index: 4 },
    ]);
  });

  it('sets reserved names aside and never gives them a role', () => {
    const analysis = analyseHeader(['region', '__proto__', 'constructor', 'prototype', 'värde']);
    expect(analysis.reserved).toEqual([
      { name: '__proto__', index: 1 },
      { name: 'constructor', index: 2 },
      { name: 'prototype', index: 3 },
    ]);
    expect(analysis.unused).toEqual([]);
    expect([...analysis.roles.values()]).toEqual([0, 4]);
  });

  it('lists columns with no name', () => {
    expect(analyseHeader(['region', '', 'indikator', '  ']).unnamed).toEqual([1, 3]);
  });

  it('counts header cells that look like periods (the wide PxWeb layout)', () => {
    expect(
      analyseHeader(['region', 'indikator', '2021', '2022', '2023K1', '2023M01', '2023-01']).periodColumns,
    ).toBe(5);
  });
});
