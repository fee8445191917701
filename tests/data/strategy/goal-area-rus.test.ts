import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StrategyFile, StrategyFileRead } from '../../../src/data/strategy/strategy-file';
import { readStrategyJson, writeStrategyJson } from '../../../src/data/strategy/strategy-json';
import { readStrategyFile } from '../../../src/data/strategy/strategy-open';
import { writeStrategyXlsx } from '../../../src/data/strategy/strategy-xlsx';
import { readWorkbookSheets } from '../../../src/data/strategy/workbook-sheets';
import { readStrategy, storedStrategy } from '../../../src/data/workspace/strategy-part';
import { setGoalAreaRusAreas } from '../../../src/domain/strategy-edit';
import { rowXml, xlsxBytes } from '../../support/xlsx-bytes';

function ok(read: StrategyFileRead): Extract<StrategyFileRead, { ok: true }> {
  if (!read.ok) throw new Error(`refused: ${read.text.en}`);
  return read;
}

/** The Dalarna fixture, written before goal areas had RUS areas (no `rusAreas` in it). */
const OLD_JSON = readFileSync('tests/fixtures/strategy/dalarna.json', 'utf8');
const old = ok(readStrategyJson(OLD_JSON)).file;

/** Klimatsmart funded by two RUS areas; Konkurrenskraftigt by one of them too. */
const withRus: StrategyFile = {
  ...old,
  strategy: setGoalAreaRusAreas(
    setGoalAreaRusAreas(old.strategy, 'klimatsmart', [
      ' Hållbar samhällsutveckling',
      'Innovation och företagande',
      'innovation och foretagande',
      '',
    ]),
    'konkurrenskraftigt',
    ['Innovation och företagande'],
  ),
};

describe('a goal area’s RUS priority areas in the strategy file and the workspace', () => {
  it('an old file without them reads with none, and is otherwise as before', () => {
    expect(old.strategy.goalAreas.map((g) => [g.id, g.rusAreas])).toEqual([
      ['klimatsmart', []],
      ['konkurrenskraftigt', []],
    ]);
    expect(ok(readStrategyJson(OLD_JSON)).problems).toEqual([]);
  });

  it('are kept trimmed and each once (by folded name)', () => {
    expect(withRus.strategy.goalAreas[0]?.rusAreas).toEqual([
      'Hållbar samhällsutveckling',
      'Innovation och företagande',
    ]);
  });

  it('JSON: written as a list of texts and read back the same; a text that is none is named', () => {
    const text = writeStrategyJson(withRus);
    const doc = JSON.parse(text) as { strategy: { goalAreas: { rusAreas: unknown }[] } };
    expect(doc.strategy.goalAreas[1]?.rusAreas).toEqual(['Innovation och företagande']);
    const back = ok(readStrategyJson(text));
    expect(back.problems).toEqual([]);
    expect(back.file).toEqual(withRus);
    doc.strategy.goalAreas[1] = { ...doc.strategy.goalAreas[1], rusAreas: ['Innovation', 7] };
    const bad = ok(readStrategyJson(JSON.stringify(doc)));
    expect(bad.file.strategy.goalAreas[1]?.rusAreas).toEqual(['Innovation']);
    expect(bad.problems.map((p) => [p.code, p.where.sv])).toEqual([
      ['strategy_text_invalid', 'strategy.goalAreas[1].rusAreas'],
    ]);
  });

  it('xlsx: a column RUS-prioriteringar in Målområden, `;` between, read back the same', () => {
    const bytes = writeStrategyXlsx(withRus);
    const book = readWorkbookSheets(bytes);
    const areas = book.ok ? book.sheets.find((s) => s.name === 'Målområden') : undefined;
    expect(areas?.rows[0]).toEqual(['id', 'namn', 'beskrivning', 'RUS-prioriteringar']);
    expect(areas?.rows[1]?.[3]).toBe('Hållbar samhällsutveckling; Innovation och företagande');
    const back = ok(readStrategyFile(bytes));
    expect(back.problems).toEqual([]);
    expect(back.file).toEqual(withRus);
  });

  it('xlsx: a Målområden sheet without the column reads with none', () => {
    const bytes = xlsxBytes({
      sheets: [
        {
          name: 'Målområden',
          rows: [
            ['id', 'namn', 'beskrivning'],
            ['klimat', 'Klimatsmart', ''],
          ]
            .map((c, i) => rowXml(i + 1, c))
            .join(''),
        },
      ],
    });
    const read = ok(readStrategyFile(bytes));
    expect(read.file.strategy.goalAreas).toEqual([
      { id: 'klimat', name: 'Klimatsmart', description: '', rusAreas: [] },
    ]);
  });

  it('workspace: read from the file part, a stored strategy without them gets none, a wrong kind is named', () => {
    const part = JSON.parse(JSON.stringify(withRus.strategy)) as Parameters<typeof readStrategy>[0];
    expect(readStrategy(part)).toEqual({ strategy: withRus.strategy, problems: [] });
    const stored = JSON.parse(JSON.stringify(old.strategy)) as Parameters<typeof storedStrategy>[0];
    expect(storedStrategy(stored)?.goalAreas.map((g) => g.rusAreas)).toEqual([[], []]);
    const wrong = readStrategy({
      name: 'X',
      goalAreas: [{ id: 'klimat', name: 'Klimatsmart', rusAreas: 'Innovation' }],
      indicators: [],
    });
    expect(wrong.strategy?.goalAreas[0]?.rusAreas).toEqual([]);
    expect(wrong.problems.map((p) => p.part)).toEqual(['strategy.goalAreas[0]']);
  });
});
