import { describe, expect, it } from 'vitest';
import { readIndicatorList } from '../../src/data/json/catalogue';
import { IssueCollector } from '../../src/data/issues/issue';
import { readJson } from '../../src/data/text/json-reader';

const BASE = {
  id: 'nyforetagande',
  name: 'Nyföretagande',
  chainLevel: 'kortsiktiga_effekter',
  question: 'Ökar nyföretagandet?',
};

function read(text: string) {
  const collector = new IssueCollector('indicators.json');
  const indicators = readIndicatorList(readJson(text), collector);
  return { indicators, issues: collector.finish() };
}

describe('the catalogue field followUpLevels', () => {
  it('reads the levels in the results matrix order, English names too, each once', () => {
    const { indicators, issues } = read(
      JSON.stringify([{ ...BASE, followUpLevels: ['lokal', 'national', 'regional', 'local'] }]),
    );
    expect(issues).toEqual([]);
    expect(indicators[0]?.followUpLevels).toEqual(['nationell', 'regional', 'lokal']);
  });

  it('takes one level given as a string, and leaves the field absent when it is not given', () => {
    const { indicators } = read(
      JSON.stringify([
        { ...BASE, follow_up_levels: 'lokal' },
        { ...BASE, id: 'arbetsloshet' },
      ]),
    );
    expect(indicators[0]?.followUpLevels).toEqual(['lokal']);
    expect(indicators[1]).not.toHaveProperty('followUpLevels');
  });

  it('warns about an unknown value, naming the file, the line, the indicator and the value, and keeps the rest', () => {
    const text = `[\n  {"id": "nyforetagande", "name": "N", "chainLevel": "utfall", "question": "F?",\n   "followUpLevels": ["regional", "kommunal", 3]}\n]`;
    const { indicators, issues } = read(text);
    expect(indicators.map((i) => [i.id, i.followUpLevels])).toEqual([['nyforetagande', ['regional']]]);
    expect(issues.map((i) => [i.code, i.severity, i.file, i.line])).toEqual([
      ['catalogue_follow_up_level_unknown', 'warning', 'indicators.json', 3],
      ['catalogue_follow_up_level_unknown', 'warning', 'indicators.json', 3],
    ]);
    expect(issues[0]?.message.sv).toContain('”nyforetagande”');
    expect(issues[0]?.message.sv).toContain('”kommunal”');
    expect(issues[1]?.message.en).toContain('”3”');
  });
});
