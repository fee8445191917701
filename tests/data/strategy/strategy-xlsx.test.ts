import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStrategyJson } from '../../../src/data/strategy/strategy-json';
import { readStrategyFile } from '../../../src/data/strategy/strategy-open';
import { writeStrategyXlsx } from '../../../src/data/strategy/strategy-xlsx';
import type { StrategyFile, StrategyFileRead } from '../../../src/data/strategy/strategy-file';
import { readWorkbookSheets } from '../../../src/data/strategy/workbook-sheets';
import { rowXml, xlsxBytes } from '../../support/xlsx-bytes';

function fixture(name: string): StrategyFile {
  const read = readStrategyJson(readFileSync(`tests/fixtures/strategy/${name}`, 'utf8'));
  if (!read.ok) throw new Error(read.text.en);
  return read.file;
}

function ok(read: StrategyFileRead): Extract<StrategyFileRead, { ok: true }> {
  if (!read.ok) throw new Error(`refused: ${read.text.en}`);
  return read;
}

const sheet = (
  name: string,
  rows: readonly (readonly (string | number)[])[],
): { name: string; rows: string } => ({
  name,
  rows: rows.map((cells, i) => rowXml(i + 1, cells)).join(''),
});

describe('the strategy as a workbook', () => {
  it('reads back what it writes: one sheet per part, the same strategy and targets', () => {
    const file = fixture('dalarna.json');
    const bytes = writeStrategyXlsx(file);
    const sheets = readWorkbookSheets(bytes);
    expect(sheets.ok && sheets.sheets.map((s) => s.name)).toEqual([
      'Strategi',
      'Målområden',
      'Indikatorer',
      'Mål',
    ]);
    // Swedish words people can edit, not the ids.
    const indicators = sheets.ok ? sheets.sheets[2] : undefined;
    expect(indicators?.rows[0]?.slice(0, 7)).toEqual([
      'id',
      'namn',
      'beskrivning',
      'enhet',
      'nivå',
      'riktning',
      'målområden',
    ]);
    expect(indicators?.rows[1]?.slice(4, 9)).toEqual([
      'Kortsiktiga effekter',
      'högre är bättre',
      'Konkurrenskraftigt',
      'summativ',
      'Ökar nyföretagandet i länet?',
    ]);
    const read = ok(readStrategyFile(bytes));
    expect(read.problems).toEqual([]);
    expect(read.fromList).toBe(false);
    expect(read.file).toEqual(file);
  });

  it('keeps hostile text as text: markup, formula-looking cells and characters XML cannot hold', () => {
    const base = fixture('dalarna.json');
    const first = base.strategy.indicators[0];
    if (!first) throw new Error('fixture');
    const name = '<b>&"Nyföretagande"</b> =SUM(A1)';
    const file: StrategyFile = {
      ...base,
      strategy: { ...base.strategy, indicators: [{ ...first, name, description: `rad 1\nrad 2\u0001` }] },
    };
    const read = ok(readStrategyFile(writeStrategyXlsx(file)));
    expect(read.file.strategy.indicators[0]).toMatchObject({ name, description: 'rad 1\nrad 2' });
  });

  it('reads levels, directions and ids back whatever their case, and names the words it does not know', () => {
    const bytes = xlsxBytes({
      sheets: [
        sheet('  indikatorer ', [
          ['ID', 'Namn', 'Nivå', 'Riktning', 'Decimaler', 'Könsuppdelad'],
          ['NYF', 'Nyföretagande', 'KORTSIKTIGA EFFEKTER', 'Högre Är Bättre', 1, 'JA'],
          ['bad id', 'Fel id', 'utfall', 'neutral', 1, 'nej'],
          ['niva', 'Fel nivå', 'mellanlång effekt', 'neutral', 1, ''],
          ['rikt', 'Fel riktning', 'utfall', 'uppåt', 1, ''],
          ['nyf', 'Samma id', 'utfall', 'neutral', 1, ''],
          ['dec', 'Decimaler', 'langsiktiga_effekter', 'lower_is_better', 'många', 'kanske'],
        ]),
      ],
    });
    const read = ok(readStrategyFile(bytes));
    expect(
      read.file.strategy.indicators.map((i) => [i.id, i.chainLevel, i.direction, i.genderSplit]),
    ).toEqual([
      ['nyf', 'kortsiktiga_effekter', 'higher_is_better', true],
      ['dec', 'langsiktiga_effekter', 'lower_is_better', false],
    ]);
    expect(read.problems.map((p) => [p.code, p.where.sv])).toEqual([
      ['strategy_id_invalid', '  indikatorer , rad 3, kolumn A (ID)'],
      ['strategy_level_invalid', '  indikatorer , rad 4, kolumn C (Nivå)'],
      ['strategy_direction_invalid', '  indikatorer , rad 5, kolumn D (Riktning)'],
      ['strategy_row_id_repeated', '  indikatorer , rad 6, kolumn A (ID)'],
      ['strategy_decimals_invalid', '  indikatorer , rad 7, kolumn E (Decimaler)'],
      ['strategy_yes_no_invalid', '  indikatorer , rad 7, kolumn F (Könsuppdelad)'],
    ]);
  });

  it('refuses a workbook with no strategy in it, and bytes that are no workbook', () => {
    const other = xlsxBytes({
      sheets: [
        sheet('Data', [
          ['region', 'period', 'värde'],
          ['20', 2020, 1],
        ]),
      ],
    });
    expect(readStrategyFile(other)).toMatchObject({ ok: false, code: 'strategy_not_strategy' });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(readStrategyFile(broken)).toMatchObject({ ok: false, code: 'strategy_xlsx_unreadable' });
  });
});

describe('an indicator list as the start of a chain', () => {
  const list = xlsxBytes({
    sheets: [
      sheet('RUS-indikatorer', [
        ['Indikatorer för Dalastrategin 2030'],
        ['Indikator', 'Målområde', 'Källa', 'Metod', 'Kommunnivå', 'Könsuppdelad', 'Nivå', 'Kommentar'],
        [
          'Nyföretagande',
          'Konkurrenskraftigt',
          'Tillväxtanalys',
          'Nya företag per 1 000 inv.',
          'Ja',
          'Nej',
          'Kortsiktiga effekter',
          '',
        ],
        [
          'Sysselsättningsgrad 20–64 år',
          'Konkurrenskraftigt; Sammanhållet',
          'SCB',
          '',
          'ja',
          'ja',
          'långsiktiga effekter',
          'viktig',
        ],
        ['', 'Klimatsmart', 'SCB', '', '', '', '', ''],
        ['Utsläpp av växthusgaser', 'Klimatsmart', 'Naturvårdsverket', '', 'nej', 'nej', 'medellång', ''],
        ['Nyföretagande', 'Konkurrenskraftigt', 'SCB', '', 'kanske', '', '', ''],
        ['Antal projekt', '', 'Nyps', '', '', '', 'prestationer', ''],
      ]),
    ],
  });

  it('makes ids from names, målområden from the placed rows’ values, and names every row it could not place', () => {
    const read = ok(readStrategyFile(list));
    expect(read.fromList).toBe(true);
    const { strategy } = read.file;
    expect(strategy.goalAreas.map((g) => [g.id, g.name])).toEqual([
      ['konkurrenskraftigt', 'Konkurrenskraftigt'],
      ['sammanhallet', 'Sammanhållet'],
    ]);
    expect(strategy.indicators.map((i) => [i.id, i.chainLevel, i.goalAreas, i.followUpLevels])).toEqual([
      ['nyforetagande', 'kortsiktiga_effekter', ['konkurrenskraftigt'], ['regional', 'lokal']],
      [
        'sysselsattningsgrad_20_64_ar',
        'langsiktiga_effekter',
        ['konkurrenskraftigt', 'sammanhallet'],
        ['regional', 'lokal'],
      ],
      ['nyforetagande_2', 'langsiktiga_effekter', ['konkurrenskraftigt'], []],
      ['antal_projekt', 'prestationer', [], []],
    ]);
    expect(strategy.indicators[0]).toMatchObject({
      source: 'Tillväxtanalys',
      description: 'Metod: Nya företag per 1 000 inv.',
    });
    expect(strategy.indicators[1]?.genderSplit).toBe(true);
    expect(read.problems.map((p) => [p.code, p.where.sv, p.label])).toEqual([
      ['strategy_column_unused', 'RUS-indikatorer, rad 2, kolumn H (Kommentar)', undefined],
      ['strategy_row_no_name', 'RUS-indikatorer, rad 5, kolumn A (Indikator)', undefined],
      ['strategy_level_invalid', 'RUS-indikatorer, rad 6, kolumn G (Nivå)', 'Utsläpp av växthusgaser'],
      ['strategy_name_repeated', 'RUS-indikatorer, rad 7, kolumn A (Indikator)', 'Nyföretagande'],
      ['strategy_level_blank', 'RUS-indikatorer, rad 7, kolumn G (Nivå)', 'Nyföretagande'],
      ['strategy_yes_no_invalid', 'RUS-indikatorer, rad 7, kolumn E (Kommunnivå)', 'Nyföretagande'],
    ]);
    expect(read.problems[1]?.text.en).toContain('not placed');
  });

  it('without a level column, puts every row on one level and says so', () => {
    const bytes = xlsxBytes({
      sheets: [
        sheet('Blad1', [
          ['Indikator', 'Målområde'],
          ['BRP per invånare', 'Konkurrenskraftigt'],
          ['Befolkning', ''],
        ]),
      ],
    });
    const read = ok(readStrategyFile(bytes));
    expect(read.file.strategy.indicators.map((i) => i.chainLevel)).toEqual([
      'langsiktiga_effekter',
      'langsiktiga_effekter',
    ]);
    expect(read.problems.map((p) => p.code)).toEqual(['strategy_level_defaulted']);
    expect(read.problems[0]?.text.sv).toContain('2 indikatorer lades på nivån Långsiktiga effekter');
  });
});
