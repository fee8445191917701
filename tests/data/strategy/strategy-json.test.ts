import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStrategyFile } from '../../../src/data/strategy/strategy-open';
import { readStrategyJson, writeStrategyJson } from '../../../src/data/strategy/strategy-json';
import type { StrategyFile } from '../../../src/data/strategy/strategy-file';

const fixture = (name: string): string => readFileSync(`tests/fixtures/strategy/${name}`, 'utf8');

function readOk(text: string): {
  file: StrategyFile;
  problems: { code: string; where: string; label?: string }[];
} {
  const read = readStrategyJson(text);
  if (!read.ok) throw new Error(`refused: ${read.text.en}`);
  return {
    file: read.file,
    problems: read.problems.map((p) => ({ code: p.code, where: p.where.en, label: p.label })),
  };
}

const doc = (strategy: unknown, targets: unknown = []): string =>
  JSON.stringify({ format: 'regionala-resultat-strategi', version: 1, strategy, targets });

const indicator = (over: Record<string, unknown>): Record<string, unknown> => ({
  id: 'x',
  name: 'X',
  chainLevel: 'utfall',
  direction: 'neutral',
  ...over,
});

describe('the strategy file as JSON', () => {
  it('reads back what it writes: the strategy and its targets', () => {
    const { file, problems } = readOk(fixture('dalarna.json'));
    expect(problems).toEqual([]);
    expect(file.strategy.indicators).toHaveLength(5);
    const again = readOk(writeStrategyJson(file));
    expect(again.problems).toEqual([]);
    expect(again.file).toEqual(file);
    expect(file.targets[0]).toEqual({
      region: '20',
      indicator: 'nyforetagande',
      period: '2030',
      value: 12,
      baseline: { period: '2020', value: 9.5 },
    });
    expect(file.strategy.indicators[0]).toMatchObject({
      koladaId: 'N00999',
      followUpLevels: ['regional', 'lokal'],
    });
  });

  it('opens JSON bytes with a BOM as well', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${fixture('jamtland.json')}`);
    const read = readStrategyFile(bytes);
    expect(read.ok && read.file.strategy.name).toBe('Jämtland Härjedalen 2030');
  });

  it('refuses what is no strategy file, and a later version, whole', () => {
    const refused = (text: string): string | undefined => {
      const read = readStrategyJson(text);
      return read.ok ? undefined : read.code;
    };
    expect(refused('{nope')).toBe('strategy_not_json');
    expect(refused(JSON.stringify({ format: 'regionala-resultat-arbetsyta', version: 1 }))).toBe(
      'strategy_not_strategy',
    );
    expect(refused(JSON.stringify({ format: 'regionala-resultat-strategi' }))).toBe('strategy_not_strategy');
    expect(refused(JSON.stringify({ format: 'regionala-resultat-strategi', version: 2 }))).toBe(
      'strategy_newer_version',
    );
  });

  it('names every hostile or ill-formed value by its path, and lets none of them through', () => {
    const { file, problems } = readOk(
      doc(
        {
          name: 'Ok',
          region: 'Atlantis',
          goalAreas: [
            { id: 'Klimat Smart', name: 'K' },
            { id: 'ok', name: '\ud800' },
            { id: 'g', name: 'G' },
          ],
          indicators: [
            indicator({ id: 'Bad-Id' }),
            indicator({ id: 'lvl', chainLevel: 'effekter' }),
            indicator({ id: 'dir', direction: 'up' }),
            indicator({ id: 'name', name: 'a\udc00b' }),
            indicator({
              id: 'dec',
              decimals: 11,
              goalAreas: ['g', 'nope'],
              question: { kind: 'x', text: 'Q?' },
            }),
            indicator({ id: 'dec', name: 'Twice' }),
            indicator({ id: 'unit', unit: 42, followUpLevels: ['lokal', 'galax'], genderSplit: 'ja' }),
            '__proto__',
          ],
        },
        [
          { region: '20', indicator: 'x', period: '2030', value: 'tolv' },
          { region: '99', indicator: 'x', period: '2030', value: 1 },
          { region: '20', indicator: 'x', period: '2030K5', value: 1 },
          { region: '20', indicator: 'x', period: '2030', value: 1, baseline: { period: 'förr', value: 1 } },
        ],
      ),
    );
    expect(file.strategy.region).toBeUndefined();
    expect(file.strategy.goalAreas.map((g) => g.id)).toEqual(['g']);
    expect(file.strategy.indicators.map((i) => i.id)).toEqual(['dec', 'unit']);
    const dec = file.strategy.indicators[0];
    expect(dec).toMatchObject({ decimals: 1, goalAreas: ['g'], question: undefined });
    expect(file.strategy.indicators[1]).toMatchObject({
      unit: '',
      followUpLevels: ['lokal'],
      genderSplit: false,
    });
    expect(file.targets).toEqual([
      { region: '20', indicator: 'x', period: '2030', value: 1, baseline: undefined },
    ]);
    expect(problems).toEqual([
      { code: 'strategy_strategy_region_invalid', where: 'strategy.region', label: undefined },
      { code: 'strategy_id_invalid', where: 'strategy.goalAreas[0]', label: undefined },
      { code: 'strategy_name_missing', where: 'strategy.goalAreas[1]', label: 'ok' },
      { code: 'strategy_id_invalid', where: 'strategy.indicators[0]', label: undefined },
      { code: 'strategy_level_invalid', where: 'strategy.indicators[1]', label: 'lvl' },
      { code: 'strategy_direction_invalid', where: 'strategy.indicators[2]', label: 'dir' },
      { code: 'strategy_name_missing', where: 'strategy.indicators[3]', label: 'name' },
      { code: 'strategy_goal_area_unknown', where: 'strategy.indicators[4].goalAreas', label: 'dec' },
      { code: 'strategy_question_invalid', where: 'strategy.indicators[4].question', label: 'dec' },
      { code: 'strategy_decimals_invalid', where: 'strategy.indicators[4].decimals', label: 'dec' },
      { code: 'strategy_id_repeated', where: 'strategy.indicators[5]', label: 'dec' },
      { code: 'strategy_text_invalid', where: 'strategy.indicators[6]', label: 'unit' },
      { code: 'strategy_follow_up_invalid', where: 'strategy.indicators[6].followUpLevels', label: 'unit' },
      { code: 'strategy_yes_no_invalid', where: 'strategy.indicators[6].genderSplit', label: 'unit' },
      { code: 'strategy_part_not_object', where: 'strategy.indicators[7]', label: undefined },
      { code: 'strategy_target_field', where: 'targets[0]', label: 'x' },
      { code: 'strategy_target_field', where: 'targets[1]', label: 'x' },
      { code: 'strategy_target_field', where: 'targets[2]', label: 'x' },
      { code: 'strategy_target_baseline', where: 'targets[3]', label: 'x' },
    ]);
  });

  it('says every problem in Swedish and English', () => {
    const read = readStrategyJson(doc({ name: 'S', indicators: [indicator({ chainLevel: 'nope' })] }));
    expect(read.ok).toBe(true);
    const [problem] = read.ok ? read.problems : [];
    expect(problem?.text.sv).toContain('okänd nivå i effektkedjan ”nope”');
    expect(problem?.text.en).toContain('unknown level of the effect chain ”nope”');
  });
});
