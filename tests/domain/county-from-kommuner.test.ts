import { describe, expect, it } from 'vitest';
import { countyFromKommuner, kommunCodesOf } from '../../src/domain/county-from-kommuner';

const dalarna = kommunCodesOf('20');
const all = (value: (i: number) => number | null): Map<string, number | null> =>
  new Map(dalarna.map((code, i) => [code, value(i)]));

describe("a county's value from its kommuner", () => {
  it('Dalarna has 15 kommuner, Gotland one; an unknown county none', () => {
    expect(dalarna).toHaveLength(15);
    expect(dalarna).toContain('2080');
    expect(kommunCodesOf('09')).toEqual(['0980']);
    expect(kommunCodesOf('99')).toEqual([]);
  });

  it('a sum over every kommun of the county, labelled with how many', () => {
    const result = countyFromKommuner(
      'sum',
      '20',
      all((i) => i + 1),
    );
    expect(result).toEqual({ ok: true, value: (15 * 16) / 2, kommuner: 15 });
  });

  it('never for shares and rates: a mean of kommun shares is not the county share', () => {
    expect(
      countyFromKommuner(
        'mean',
        '20',
        all(() => 5),
      ),
    ).toEqual({ ok: false, reason: 'not_a_sum' });
  });

  it('never when a kommun lacks a number (absent, or a marker such as ..), naming the missing ones', () => {
    const absent = all((i) => i);
    absent.delete('2080');
    expect(countyFromKommuner('sum', '20', absent)).toEqual({
      ok: false,
      reason: 'incomplete',
      missing: ['2080'],
    });
    const marker = all((i) => (i === 0 ? null : i));
    expect(countyFromKommuner('sum', '20', marker)).toMatchObject({ ok: false, missing: [dalarna[0]] });
  });

  it('kommuner of other counties do not count', () => {
    const values = all(() => 1);
    values.set('0180', 1000);
    expect(countyFromKommuner('sum', '20', values)).toMatchObject({ ok: true, value: 15 });
    expect(countyFromKommuner('sum', '99', values)).toMatchObject({ ok: false, reason: 'incomplete' });
  });
});
