import { describe, expect, it } from 'vitest';
import { indicatorSentence } from '../../../src/domain/summary/indicator-sentence';
import { sentenceText } from '../../../src/domain/summary/level-summary';
import type { IndicatorFacts, SummarySentence } from '../../../src/domain/summary/summary-types';
import { EN, facts, NYFORETAGANDE, quarter, region, series, SV, year } from './facts';

function say(f: IndicatorFacts, locale = SV): SummarySentence {
  const sentence = indicatorSentence(f, locale);
  if (!sentence) throw new Error('no sentence');
  return sentence;
}
const text = (f: IndicatorFacts, locale = SV): string => sentenceText(say(f, locale));

const onTarget = (status: IndicatorFacts['status']): Partial<IndicatorFacts> => ({
  status,
  target: { period: year(2027), value: 10.5 },
  expected: 9.6,
});

describe('indicatorSentence', () => {
  it('says a rise with the value, its unit and period, the reference and the change', () => {
    expect(text(facts())).toBe(
      'Nyföretagande i Värmlands län var 9,8 per 1 000 invånare under 2024 (riket: 10,2), 0,4 högre än 2023.',
    );
  });

  it('says a fall, and that an unchanged value is unchanged', () => {
    const falling = facts({
      series: series([
        [year(2023), 10.1],
        [year(2024), 9.8],
      ]),
    });
    expect(text(falling)).toContain(', 0,3 lägre än 2023.');
    const same = facts({
      series: series([
        [year(2023), 9.83],
        [year(2024), 9.8],
      ]),
    });
    expect(text(same)).toContain(', oförändrat jämfört med 2023.');
  });

  it('says on track, at risk and off track in the words of the Län cards, with the target', () => {
    expect(text(facts(onTarget('on_track')))).toBe(
      'Nyföretagande i Värmlands län var 9,8 per 1 000 invånare under 2024 (riket: 10,2), 0,4 högre än 2023 och i fas mot målet 10,5 år 2027.',
    );
    expect(text(facts(onTarget('at_risk')))).toContain('och med risk att inte nå målet 10,5 år 2027.');
    expect(text(facts(onTarget('off_track')))).toContain('och inte i fas mot målet 10,5 år 2027.');
  });

  it('rests on every value it names: the value, the comparison, the reference, the target and the path', () => {
    const sentence = say(facts(onTarget('off_track')));
    expect(sentence.status).toBe('off_track');
    expect(sentence.basis.map((b) => [b.role, b.region, b.value])).toEqual([
      ['value', '17', 9.8],
      ['reference', '00', 10.2],
      ['comparison', '17', 9.4],
      ['target', '17', 10.5],
      ['path', '17', 9.6],
    ]);
    expect(sentence.basis.map((b) => b.text)).toEqual([
      'Värmlands län 2024: 9,8',
      'Riket 2024: 10,2',
      'Värmlands län 2023: 9,4',
      'Mål år 2027: 10,5',
      'Målbanan 2024: 9,6',
    ]);
  });

  it('without a target says no status and no target', () => {
    const said = text(facts());
    expect(said).not.toMatch(/mål|fas|risk/i);
    expect(say(facts()).basis.some((b) => b.role === 'target')).toBe(false);
  });

  it('says the latest value is missing, with the marker, and gives the last value there is', () => {
    const f = facts({
      series: series([
        [year(2022), 9.1],
        [year(2023), 9.4],
        [year(2024), '..'],
      ]),
    });
    expect(text(f)).toBe(
      'Värde för 2024 saknas (..: uppgift inte tillgänglig eller för osäker). ' +
        'Nyföretagande i Värmlands län var 9,4 per 1 000 invånare under 2023, 0,3 högre än 2022.',
    );
    // Riket's 2024 is not set beside the region's 2023.
    expect(say(f).basis.find((b) => b.role === 'missing')?.text).toBe('Värmlands län 2024: ..');
  });

  it('says a value is missing when the other län have a later period', () => {
    const f = facts({ series: series([[year(2023), 9.4]]), peersLatest: year(2024) });
    expect(text(f)).toMatch(/^Värde för 2024 saknas\. Nyföretagande i Värmlands län var 9,4/);
  });

  it('says nothing at all without a value', () => {
    expect(indicatorSentence(facts({ series: series([[year(2024), '..']]) }), SV)).toBeUndefined();
    expect(indicatorSentence(facts({ series: [] }), SV)).toBeUndefined();
  });

  it('says invented values are invented, as a part the UI can say once instead', () => {
    const sentence = say(facts({ invented: true }));
    expect(sentenceText(sentence)).toMatch(/ Värdena är påhittade exempeldata\.$/);
    expect(sentenceText(sentence, ['invented'])).not.toContain('påhittade');
  });

  it('says a provisional value is provisional, in the text and the basis', () => {
    const sentence = say(facts({ provisional: true }));
    expect(sentenceText(sentence)).toMatch(/ Värdet för 2024 är preliminärt\.$/);
    expect(sentence.basis[0]?.text).toBe('Värmlands län 2024: 9,8 (preliminärt)');
  });

  it('compares a quarter with the same quarter a year earlier', () => {
    const f = facts({
      series: series([
        [quarter(2023, 3), 2.1],
        [quarter(2024, 2), 2.9],
        [quarter(2024, 3), 2.4],
      ]),
      peersLatest: quarter(2024, 3),
      reference: undefined,
    });
    expect(text(f)).toBe(
      'Nyföretagande i Värmlands län var 2,4 per 1 000 invånare under 3:e kvartalet 2024, 0,3 högre än 3:e kvartalet 2023.',
    );
  });

  it('says a comparison with the previous quarter may reflect the season', () => {
    const f = facts({
      series: series([
        [quarter(2024, 2), 2.9],
        [quarter(2024, 3), 2.4],
      ]),
      peersLatest: quarter(2024, 3),
      reference: undefined,
    });
    expect(text(f)).toBe(
      'Nyföretagande i Värmlands län var 2,4 per 1 000 invånare under 3:e kvartalet 2024, 0,5 lägre än 2:a kvartalet 2024. ' +
        'Jämförelsen är med föregående kvartal och kan spegla säsongen.',
    );
  });

  it('sets a kommun beside its county for a rate, never for a sum', () => {
    const falun = facts({
      region: region('2080'),
      reference: { region: region('20'), series: series([[year(2024), 9.1]]) },
    });
    expect(text(falun)).toMatch(
      /^Nyföretagande i Falu kommun var 9,8 per 1 000 invånare under 2024 \(Dalarnas län: 9,1\)/,
    );
    const sum = facts({
      indicator: { ...NYFORETAGANDE, aggregation: 'sum', unit: { sv: 'antal', en: 'number' }, decimals: 0 },
      region: region('2080'),
      series: series([
        [year(2023), 41],
        [year(2024), 45],
      ]),
      reference: { region: region('20'), series: series([[year(2024), 610]]) },
    });
    expect(text(sum)).toBe('Nyföretagande i Falu kommun var 45 under 2024, 4 högre än 2023.');
    expect(say(sum).basis.some((b) => b.role === 'reference')).toBe(false);
  });

  it('states a neutral indicator’s target without judging it', () => {
    const neutral = facts({
      indicator: { ...NYFORETAGANDE, direction: 'neutral' },
      ...onTarget('off_track'),
    });
    const said = text(neutral);
    expect(said).not.toMatch(/i fas|risk|inte i fas|bättre|sämre/);
    expect(said).toMatch(/\. Målet är 10,5 år 2027\.$/);
  });

  it('says a percentage’s change in percentage points', () => {
    const share = facts({ indicator: { ...NYFORETAGANDE, unit: { sv: '%', en: '%' } } });
    expect(text(share)).toContain('var 9,8 % under 2024 (riket: 10,2), 0,4 procentenheter högre än 2023.');
    expect(text(share, EN)).toContain(
      'was 9.8% in 2024 (Sweden: 10.2), 0.4 percentage points higher than in 2023.',
    );
  });

  it('speaks English with English numbers and region names', () => {
    expect(text(facts({ ...onTarget('on_track'), provisional: true, invented: true }), EN)).toBe(
      'New business formation in Värmland County was 9.8 per 1,000 inhabitants in 2024 (Sweden: 10.2), ' +
        '0.4 higher than in 2023 and on track for the target of 10.5 in 2027. ' +
        'The value for 2024 is provisional. The values are invented example data.',
    );
    const kommun = facts({
      region: region('2080'),
      reference: undefined,
      series: series([[year(2024), 1234.5]]),
    });
    expect(text(kommun, EN)).toBe(
      'New business formation in Falun Municipality was 1,234.5 per 1,000 inhabitants in 2024.',
    );
  });

  it('says Riket as "riket" inside a sentence', () => {
    expect(text(facts({ region: region('00'), reference: undefined }))).toMatch(
      /^Nyföretagande i riket var 9,8/,
    );
  });

  it('never names a cause', () => {
    const said = text(facts({ ...onTarget('off_track'), provisional: true, invented: true }));
    expect(said).not.toMatch(/på grund av|eftersom|därför|tack vare|beror|ledde/);
  });
});
