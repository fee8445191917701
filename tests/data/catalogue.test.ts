import { describe, expect, it } from 'vitest';
import { readIndicatorList } from '../../src/data/json/catalogue';
import { IssueCollector } from '../../src/data/issues/issue';
import { readJson } from '../../src/data/text/json-reader';

function read(definitions: unknown[]): {
  ids: string[];
  issues: string[];
  indicators: ReturnType<typeof readIndicatorList>;
} {
  const issues = new IssueCollector('c.json');
  const indicators = readIndicatorList(readJson(JSON.stringify(definitions)), issues);
  return { ids: indicators.map((i) => i.id), issues: issues.finish().map((i) => i.message.en), indicators };
}

const BASE = {
  id: 'ansokningstryck',
  name: { sv: 'Ansökningstryck', en: 'Application pressure' },
  chainLevel: 'resurser',
  question: { kind: 'process', sv: 'Hur ser ansökningstrycket ut?', en: 'What is the application pressure?' },
};

describe('readIndicatorList', () => {
  it('reads a definition and fills the defaults', () => {
    const { indicators, issues } = read([BASE]);
    expect(issues).toEqual([]);
    expect(indicators[0]).toMatchObject({
      id: 'ansokningstryck',
      name: { sv: 'Ansökningstryck', en: 'Application pressure' },
      unit: { sv: '', en: '' },
      chainLevel: 'resurser',
      direction: 'neutral',
      question: {
        kind: 'process',
        text: { sv: 'Hur ser ansökningstrycket ut?', en: 'What is the application pressure?' },
      },
      source: '',
      decimals: 1,
      description: undefined,
    });
  });

  it('a plain string serves both languages; a question without kind is summative', () => {
    const { indicators } = read([
      {
        ...BASE,
        name: 'Ansökningstryck',
        question: 'Ökar trycket?',
        decimals: 3,
        direction: 'lower_is_better',
      },
    ]);
    expect(indicators[0]).toMatchObject({
      name: { sv: 'Ansökningstryck', en: 'Ansökningstryck' },
      question: { kind: 'summative', text: { sv: 'Ökar trycket?', en: 'Ökar trycket?' } },
      decimals: 3,
      direction: 'lower_is_better',
    });
  });

  it('decimals outside 0–10 or not whole fall back to 1, with a warning naming the value', () => {
    for (const decimals of [11, 101, -1, 1.5, '2', null]) {
      const { indicators, issues } = read([{ ...BASE, decimals }]);
      expect(indicators[0]?.decimals).toBe(1);
      expect(issues).toEqual([
        `The decimals ”${String(decimals)}” for ”ansokningstryck” are not a whole number 0–10 and are not used; the values are shown with one decimal.`,
      ]);
    }
    for (const decimals of [0, 7, 10])
      expect(read([{ ...BASE, decimals }]).indicators[0]?.decimals).toBe(decimals);
  });

  it('a name or unit that is not well-formed Unicode refuses the definition', () => {
    const { ids, issues } = read([
      { ...BASE, unit: 'kr\ud800' },
      { ...BASE, id: 'b', name: { sv: 'a\udc00b' } },
    ]);
    expect(ids).toEqual([]);
    expect(issues).toEqual([
      'The text ”kr�” in the unit is not valid Unicode (a lone surrogate, such as \\ud800 in JSON; shown here as �). The record was rejected.',
      'The text ”a�b” in the name is not valid Unicode (a lone surrogate, such as \\ud800 in JSON; shown here as �). The record was rejected.',
    ]);
  });

  it.each([
    [{ ...BASE, id: 'Ansökningstryck' }, 'lowercase ASCII'],
    [{ ...BASE, id: undefined }, 'lowercase ASCII'],
    [{ ...BASE, name: undefined }, 'name is missing'],
    [{ ...BASE, chainLevel: 'outcomes' }, 'unknown chain level'],
    [{ ...BASE, direction: 'up' }, 'unknown direction'],
    [{ ...BASE, question: undefined }, 'evaluation question is missing'],
  ])('refuses %j with an issue saying why', (definition, why) => {
    const { ids, issues } = read([definition]);
    expect(ids).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(why);
  });

  it('the first definition of an id holds; the second is reported', () => {
    const { indicators, issues } = read([BASE, { ...BASE, name: 'Annat namn' }]);
    expect(indicators.map((i) => i.name.sv)).toEqual(['Ansökningstryck']);
    expect(issues).toEqual(['Indicator catalogue: ansokningstryck is defined twice; the first one holds.']);
  });

  it('reads nothing from a value that is not an array', () => {
    const issues = new IssueCollector('c.json');
    expect(readIndicatorList(readJson('{"id": "a"}'), issues)).toEqual([]);
    expect(readIndicatorList(undefined, issues)).toEqual([]);
    expect(issues.finish()).toEqual([]);
  });
});
