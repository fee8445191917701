import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_MEETING } from '../../src/state/meeting-params';
import {
  DEFAULT_URL_STATE,
  MAX_COMPARED,
  parseUrlState,
  scopeOf,
  serializeUrlState,
  type UrlState,
} from '../../src/state/url-state';

describe('parseUrlState / serializeUrlState', () => {
  it('reads every parameter', () => {
    expect(
      parseUrlState(
        '?vy=indikator&region=20&med=01,25&indikator=nyforetagande&kon=KM&period=kvartal&fran=2015-Q1&till=2024-Q4&tid=2024-Q2&karta=status&visa=rang&lang=en&stod=projektstod&arendestatus=beviljad&sok=kluster&exempel=av',
      ),
    ).toEqual({
      view: 'indikator',
      region: '20',
      level: 'lan',
      compare: ['01', '25'],
      indicator: 'nyforetagande',
      gender: 'KM',
      granularity: 'quarter',
      from: '2015-Q1',
      to: '2024-Q4',
      at: '2024-Q2',
      mapMode: 'status',
      matrixMode: 'rank',
      lang: 'en',
      links: [],
      supportType: 'projektstod',
      caseStatus: 'beviljad',
      caseQuery: 'kluster',
      showExample: false,
      meeting: NO_MEETING,
    });
  });

  it('keeps repeated data links, http and https only', () => {
    const state = parseUrlState(
      '?data=https%3A%2F%2Fexample.org%2Fa.csv&data=javascript%3Aalert(1)&data=file%3A%2F%2F%2Fetc%2Fpasswd&data=http%3A%2F%2F127.0.0.1%3A9%2Fb.json',
    );
    expect(state.links).toEqual(['https://example.org/a.csv', 'http://127.0.0.1:9/b.json']);
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, links: state.links })).toBe(
      '?vy=lan&data=https%3A%2F%2Fexample.org%2Fa.csv&data=http%3A%2F%2F127.0.0.1%3A9%2Fb.json',
    );
  });

  it('writes the view and leaves other defaults out', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('?vy=lan');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, view: 'jamfor', region: '20' })).toBe(
      '?vy=jamfor&region=20',
    );
  });

  it('normalises periods: 2024K2 in a link is 2024-Q2', () => {
    expect(parseUrlState('?tid=2024K2').at).toBe('2024-Q2');
    expect(parseUrlState('?fran=2023M01').from).toBe('2023-01');
    expect(parseUrlState('?till=2023K5').to).toBeUndefined();
  });

  it('ignores unknown and hostile values, keeping the defaults', () => {
    const state = parseUrlState(
      '?vy=evil&region=<script>&med=<img>,99&kon=X&period=vecka&lang=de&karta=<b>&visa=x&tid=igår&extra=1',
    );
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState('?region=9999&niva=x').region).toBe('00'); // no such kommun
    expect(parseUrlState('?niva=<b>').level).toBe('lan');
    expect(parseUrlState('?indikator=a%00b').indicator).toBeUndefined();
    expect(parseUrlState(`?indikator=${'x'.repeat(201)}`).indicator).toBeUndefined();
  });

  it('keeps compared regions unique, apart from the focus, and at most six', () => {
    expect(parseUrlState('?region=20&med=20,01,01,03').compare).toEqual(['01', '03']);
    expect(parseUrlState('?med=01,03,04,05,06,07,08,09').compare).toHaveLength(MAX_COMPARED);
  });

  it('Finansiering: the support type, the case status and the search words; hostile values dropped', () => {
    const state = parseUrlState(
      '?vy=finansiering&stod=foretagsstod&arendestatus=avslagen&sok=%20Exempel%00bolag%20',
    );
    expect([state.view, state.supportType, state.caseStatus, state.caseQuery]).toEqual([
      'finansiering',
      'foretagsstod',
      'avslagen',
      'Exempelbolag',
    ]);
    expect(parseUrlState('?stod=<b>&arendestatus=x').supportType).toBeUndefined();
    expect(parseUrlState(`?sok=${'a'.repeat(300)}`).caseQuery).toHaveLength(100);
  });

  it('a kommun in focus, a county with its kommuner, and kommuner of any county compared', () => {
    const falun = parseUrlState('?vy=indikator&region=2080&med=2081,0180,20');
    expect([falun.region, falun.level, falun.compare]).toEqual(['2080', 'lan', ['2081', '0180', '20']]);
    expect(scopeOf(falun)).toEqual({ level: 'kommun', within: '20' });
    const dalarna = parseUrlState('?vy=indikator&region=20&niva=kommun');
    expect(scopeOf(dalarna)).toEqual({ level: 'kommun', within: '20' });
    expect(serializeUrlState(dalarna)).toBe('?vy=indikator&region=20&niva=kommun');
    expect(scopeOf(parseUrlState('?region=20'))).toEqual({ level: 'lan' });
    // Riket has no kommuner of its own: the län.
    expect(scopeOf(parseUrlState('?niva=kommun'))).toEqual({ level: 'lan' });
  });

  it('keeps region codes as strings with their zero', () => {
    expect(parseUrlState('?region=01').region).toBe('01');
    expect(parseUrlState('?region=1').region).toBe('00');
  });

  it('opens links from the first version (no view, an indicator) in the indicator view', () => {
    expect(parseUrlState('?region=20&indikator=nyforetagande').view).toBe('indikator');
    expect(parseUrlState('?region=20').view).toBe('lan');
    expect(parseUrlState('?lan=14').region).toBe('14');
  });

  it('round-trips any valid state', () => {
    const codes = ['00', '01', '03', '14', '20', '25', '2080', '0180'];
    const state: fc.Arbitrary<UrlState> = fc
      .record({
        view: fc.constantFrom('lan', 'indikator', 'jamfor', 'fragor', 'finansiering'),
        region: fc.constantFrom(...codes),
        level: fc.constantFrom('lan', 'kommun'),
        compare: fc.uniqueArray(fc.constantFrom(...codes), { maxLength: MAX_COMPARED }),
        indicator: fc.option(
          fc
            .string({ minLength: 1, maxLength: 40 })
            .filter((s) => [...s].every((c) => c >= ' ' && c !== '\u007f')),
          { nil: undefined },
        ),
        gender: fc.constantFrom('T', 'K', 'M', 'KM'),
        granularity: fc.constantFrom(undefined, 'year', 'quarter', 'month'),
        from: fc.constantFrom(undefined, '2015', '2016-Q2', '2020-11'),
        to: fc.constantFrom(undefined, '2024', '2025-Q4'),
        at: fc.constantFrom(undefined, '2023', '2024-Q1'),
        mapMode: fc.constantFrom('value', 'status'),
        matrixMode: fc.constantFrom('status', 'rank'),
        lang: fc.constantFrom('sv', 'en'),
        links: fc.uniqueArray(
          fc.constantFrom(
            'https://example.org/a.csv',
            'http://127.0.0.1:8080/b.json',
            'https://data.example/x?y=1&z=2',
          ),
          { maxLength: 3 },
        ),
        supportType: fc.constantFrom(undefined, 'projektstod', 'foretagsstod', 'kommersiell_service'),
        caseStatus: fc.constantFrom(undefined, 'beviljad', 'avslagen', 'under_handlaggning', 'atertagen'),
        caseQuery: fc.constantFrom('', 'Exempelbolaget', 'rus & företag', 'a=b;c'),
        showExample: fc.constantFrom(undefined, true, false),
        goalArea: fc.constantFrom(undefined, 'klimatsmart', 'mal_2'),
        meeting: fc.constant(NO_MEETING),
      } as const)
      .map((s) => ({ ...s, compare: s.compare.filter((c) => c !== s.region) }));
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUrlState(serializeUrlState(s))).toEqual(s);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
