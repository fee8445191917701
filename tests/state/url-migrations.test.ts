import { describe, expect, it } from 'vitest';
import { migrateUrlParams, URL_MIGRATIONS, type UrlMigration } from '../../src/state/url-migrations';
import { readUrlParams } from '../../src/state/url-params';
import { parseUrlState, serializeUrlState } from '../../src/state/url-state';

function migration(name: string): UrlMigration {
  const found = URL_MIGRATIONS.find((m) => m.name === name);
  if (!found) throw new Error(`no migration ${name}`);
  return found;
}

/** For each migration: a link in the old form it handles, and the same link written today. */
const CASES: readonly { migration: string; old: string; today: string }[] = [
  { migration: 'lan → region', old: '?vy=lan&lan=14', today: '?vy=lan&region=14' },
  {
    migration: 'indicator → indikator',
    old: '?vy=indikator&region=20&indicator=nyforetagande',
    today: '?vy=indikator&region=20&indikator=nyforetagande',
  },
  { migration: 'gender → kon', old: '?vy=indikator&gender=KM', today: '?vy=indikator&kon=KM' },
  {
    migration: 'no view, an indicator → vy=indikator',
    old: '?region=20&indikator=nyforetagande',
    today: '?vy=indikator&region=20&indikator=nyforetagande',
  },
];

describe('URL_MIGRATIONS', () => {
  it('has one entry per case here, in order, with unique names', () => {
    expect(URL_MIGRATIONS.map((m) => m.name)).toEqual(CASES.map((c) => c.migration));
  });

  describe.each(CASES)('$migration', ({ migration: name, old, today }) => {
    const m = migration(name);

    it('applies to the old link and opens the same state as today’s form', () => {
      expect(m.shouldApply(readUrlParams(old))).toBe(true);
      expect(parseUrlState(old)).toEqual(parseUrlState(today));
      // And the link the app writes for it is today's form.
      expect(serializeUrlState(parseUrlState(old))).toBe(serializeUrlState(parseUrlState(today)));
    });

    it('leaves a link already in today’s form alone, and is idempotent', () => {
      const params = readUrlParams(today);
      expect(m.shouldApply(params)).toBe(false);
      const once = m.apply(readUrlParams(old));
      expect(m.shouldApply(once)).toBe(false);
      expect(migrateUrlParams(once)).toEqual(migrateUrlParams(migrateUrlParams(once)));
    });

    it('is pure: the params it was given are not changed', () => {
      const params = readUrlParams(old);
      const copy = structuredClone(params);
      m.apply(params);
      expect(params).toEqual(copy);
    });
  });

  it('the first version’s links: all three old names and no view at once', () => {
    const state = parseUrlState('?lan=20&indicator=nyforetagande&gender=K');
    expect([state.view, state.region, state.indicator, state.gender]).toEqual([
      'indikator',
      '20',
      'nyforetagande',
      'K',
    ]);
    expect(migrateUrlParams(readUrlParams('?lan=20&indicator=nyforetagande&gender=K'))).toEqual([
      ['vy', 'indikator'],
      ['region', '20'],
      ['indikator', 'nyforetagande'],
      ['kon', 'K'],
    ]);
  });

  it('where a link has the old and the new name, the new one wins and the old is dropped', () => {
    expect(parseUrlState('?lan=14&region=20').region).toBe('20');
    expect(parseUrlState('?region=20&lan=14').region).toBe('20');
    expect(migrateUrlParams(readUrlParams('?lan=14&region=20&vy=lan'))).toEqual([
      ['region', '20'],
      ['vy', 'lan'],
    ]);
  });

  it('a link with a view, or with no valid indicator, keeps its view', () => {
    expect(parseUrlState('?vy=jamfor&indikator=nyforetagande').view).toBe('jamfor');
    // An unknown view is the default view, as before: the indicator does not choose it.
    expect(parseUrlState('?vy=evil&indikator=nyforetagande').view).toBe('lan');
    expect(parseUrlState('?indikator=a%00b').view).toBe('lan');
    expect(parseUrlState('?indikator=').view).toBe('lan');
  });

  it('every link the app writes today passes through every migration unchanged', () => {
    const links = [
      '?vy=lan',
      '?vy=indikator&region=20&med=01%2C25&indikator=nyforetagande&kon=KM&period=kvartal&fran=2015-Q1',
      '?vy=finansiering&stod=projektstod&arendestatus=beviljad&sok=kluster&data=https%3A%2F%2Fexample.org%2Fa.csv',
    ];
    for (const link of links) {
      const params = readUrlParams(link);
      expect(URL_MIGRATIONS.filter((m) => m.shouldApply(params)).map((m) => m.name)).toEqual([]);
      expect(migrateUrlParams(params)).toEqual(params);
    }
  });
});
