import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, importFileAsync } from '../../src/data/pipeline/import-file';
import type { ImportResult } from '../../src/data/import/import-result';
import {
  accountingBalances,
  importText,
  issuesWith,
  storedRows,
  type StoredRow,
} from '../support/import-helpers';
import { REPO_ROOT } from '../support/shared-fixtures';
import { rowXml, xlsxBytes } from '../support/xlsx-bytes';

const DIR = resolve(REPO_ROOT, 'tests/fixtures/kolumner');
const text = (name: string): string => readFileSync(resolve(DIR, name), 'utf8');
const load = (name: string): ImportResult =>
  importFile(name, new Uint8Array(readFileSync(resolve(DIR, name))));

function counts(r: ImportResult): number[] {
  return [r.records, r.accepted, r.rejected, r.skipped];
}

function find(r: ImportResult, match: Partial<StoredRow>): StoredRow[] {
  return storedRows(r).filter((o) => Object.entries(match).every(([k, v]) => o[k as keyof StoredRow] === v));
}

function perIndicator(r: ImportResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of storedRows(r)) out[o.indicator] = (out[o.indicator] ?? 0) + 1;
  return out;
}

describe('shape 2: the value column named by its measure, beside a counter, a year and a class', () => {
  const r = load('medelpris-sort-grupp.csv');

  it('reads Medelpris as the value and never sort, grupp or publicerat_ar', () => {
    expect(accountingBalances(r)).toBe(true);
    expect(counts(r)).toEqual([6, 6, 0, 0]);
    expect(perIndicator(r)).toEqual({ medelpris: 6 });
    expect(r.labels.map((l) => [l.id, l.name])).toEqual([['medelpris', 'Medelpris']]);
    // Short and bare names: Riket, Värmland, 17, Stockholm, Dalarna (shape 7).
    expect(storedRows(r).map((o) => [o.region, o.period, o.value, o.marker])).toEqual([
      ['00', '2022', 3452, null],
      ['17', '2022', 2310, null],
      ['17', '2023', 2405, null],
      ['01', '2023', 5120, null],
      ['20', '2023', 2015, null],
      ['17', '2024', null, '..'],
    ]);
  });

  it('names every column left out with why, in one info issue', () => {
    const left = issuesWith(r, 'columns_left_out');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ severity: 'info', line: 1, column: 1 });
    expect(left[0]?.message.sv).toBe(
      '3 kolumner lästes inte: ”sort” (ett löpnummer 1, 2, 3 …), ”grupp” (en klassindelning som ”2-4”) och ”publicerat_ar” (årtal som perioden redan säger).',
    );
    expect(left[0]?.message.en).toContain('”sort” (a row counter 1, 2, 3 …)');
    expect(issuesWith(r, 'header_value_named')[0]?.message.sv).toBe(
      'Kolumnen ”Medelpris” har tal och lästes som värdet för indikatorn ”medelpris”.',
    );
    expect(issuesWith(r, 'header_value_ambiguous')).toEqual([]);
  });

  it('a lone column of whole numbers is still the value when nothing else can be', () => {
    const lone = importText('antal.csv', 'region;år;antal\n20;2021;1\n20;2022;2\n20;2023;3\n');
    expect(storedRows(lone).map((o) => [o.indicator, o.value])).toEqual([
      ['antal', 1],
      ['antal', 2],
      ['antal', 3],
    ]);
  });
});

describe('shape 3: constant descriptive columns describe the indicator', () => {
  const r = load('arbetsloshet-konstanter.csv');
  const description =
    'ålder: 20-64 år, födelseregion: totalt, utbildning: samtliga utbildningsnivåer, Typ: Registerbaserad';

  it('reads 9 values, folds ålder, födelseregion, utbildning and Typ into the description', () => {
    expect(counts(r)).toEqual([9, 9, 0, 0]);
    expect(perIndicator(r)).toEqual({ arbetsloshet: 9 });
    expect(find(r, { region: '17', period: '2021' }).map((o) => o.value)).toEqual([8.1]);
    expect(r.labels).toEqual([
      { id: 'arbetsloshet', name: 'Arbetslöshet', unit: undefined, decimals: undefined, description },
    ]);
    const [said] = issuesWith(r, 'columns_constant_described');
    expect(said).toMatchObject({ severity: 'info', line: 1, column: 4 });
    expect(said?.message.sv).toBe(
      'Kolumnerna ”ålder” = ”20-64 år”, ”födelseregion” = ”totalt”, ”utbildning” = ”samtliga utbildningsnivåer” och ”Typ” = ”Registerbaserad” har samma värde på varje rad och lades till i indikatorns beskrivning.',
    );
    expect(said?.message.en).toContain("were added to the indicator's description");
    expect(issuesWith(r, 'header_unused_column')).toEqual([]);
  });

  it('the same from a workbook', async () => {
    const rows = text('arbetsloshet-konstanter.csv').trim().split('\n');
    const xml = rows
      .map((line, i) =>
        rowXml(
          i + 1,
          line.split(';').map((cell, c) => (i > 0 && c >= 7 ? Number(cell.replace(',', '.')) : cell)),
        ),
      )
      .join('');
    const book = await importFileAsync(
      'arbetsloshet.xlsx',
      xlsxBytes({ sheets: [{ name: 'Blad1', rows: xml }] }),
    );
    expect(book.format).toBe('xlsx-long');
    expect(counts(book)).toEqual([9, 9, 0, 0]);
    expect(find(book, { region: '20', period: '2022' }).map((o) => o.value)).toEqual([5.9]);
    expect(book.labels[0]?.description).toBe(description);
  });
});

describe('shape 4: a varying dimension column makes a series per value', () => {
  it('Grupp inrikes/utrikes födda: two series, none under the plain name, nothing rejected', () => {
    const r = load('arbetsloshet-grupp.csv');
    expect(counts(r)).toEqual([12, 12, 0, 0]);
    expect(perIndicator(r)).toEqual({ arbetsloshet_inrikes_fodda: 6, arbetsloshet_utrikes_fodda: 6 });
    expect(
      find(r, { indicator: 'arbetsloshet_utrikes_fodda', region: '20', period: '2022' }).map((o) => o.value),
    ).toEqual([19]);
    expect(r.labels.map((l) => [l.id, l.name, l.description])).toEqual([
      ['arbetsloshet_inrikes_fodda', 'Arbetslöshet – inrikes födda', 'ålder: 16-64 år'],
      ['arbetsloshet_utrikes_fodda', 'Arbetslöshet – utrikes födda', 'ålder: 16-64 år'],
    ]);
    expect(issuesWith(r, 'duplicate_conflict')).toEqual([]);
    const [split] = issuesWith(r, 'column_dimension_series');
    expect(split).toMatchObject({ severity: 'info', line: 1, column: 3 });
    expect(split?.message.sv).toBe(
      'Kolumnen ”Grupp” delar upp värdena: varje värde i den blev en egen serie (2 serier): ”Arbetslöshet – inrikes födda” (arbetsloshet_inrikes_fodda) och ”Arbetslöshet – utrikes födda” (arbetsloshet_utrikes_fodda).',
    );
  });

  it('an SNI code with its branch name: one series per branch, named by both', () => {
    const r = load('sni-bransch.csv');
    expect(counts(r)).toEqual([12, 12, 0, 0]);
    expect(perIndicator(r)).toEqual({ antal_c: 4, antal_f: 4, antal_j: 4 });
    expect(find(r, { indicator: 'antal_j', region: '17', period: '2023' }).map((o) => o.value)).toEqual([
      177,
    ]);
    expect(r.labels.find((l) => l.id === 'antal_c')?.name).toBe('Antal – C Tillverkning');
    expect(issuesWith(r, 'columns_left_out')).toEqual([]);
  });

  it('a dimension the first rows show constant splits every row once it varies (sorted by Grupp)', () => {
    const lines = ['region;år;Grupp;värde;indikator'];
    for (const group of ['inrikes födda', 'utrikes födda'])
      for (const region of ['17', '20', '21'])
        for (let year = 2000; year < 2020; year++) lines.push(`${region};${year};${group};${year - 1990};x`);
    const r = importText('sorterad.csv', lines.join('\n'));
    expect(counts(r)).toEqual([120, 120, 0, 0]);
    expect(perIndicator(r)).toEqual({ x_inrikes_fodda: 60, x_utrikes_fodda: 60 });
    expect(issuesWith(r, 'columns_constant_described')).toEqual([]);
    expect(issuesWith(r, 'column_dimension_series')).toHaveLength(1);
  });

  it('tabellinnehåll names the indicators when no column does', () => {
    const r = importText(
      'innehall.csv',
      'region;år;tabellinnehåll;värde\n20;2022;Påbörjade lägenheter;10\n20;2022;Färdigställda lägenheter;12\n20;2023;Påbörjade lägenheter;11\n',
    );
    expect(counts(r)).toEqual([3, 3, 0, 0]);
    expect(perIndicator(r)).toEqual({ paborjade_lagenheter: 2, fardigstallda_lagenheter: 1 });
    expect(r.labels.map((l) => l.name)).toEqual(['Påbörjade lägenheter', 'Färdigställda lägenheter']);
  });
});

describe('shape 5: several measure columns, and wide by category', () => {
  it('Påbörjade and Färdigställda: one indicator each, one record per cell', () => {
    const r = load('bostader-paborjade-fardigstallda.csv');
    expect(accountingBalances(r)).toBe(true);
    expect(counts(r)).toEqual([18, 18, 0, 0]);
    expect(perIndicator(r)).toEqual({ paborjade: 9, fardigstallda: 9 });
    expect(find(r, { indicator: 'fardigstallda', region: '20', period: '2023' }).map((o) => o.value)).toEqual(
      [1000],
    );
    expect(find(r, { indicator: 'paborjade', region: '17', period: '2023' })).toMatchObject([
      { value: null, marker: '..' },
    ]);
    expect(issuesWith(r, 'measure_columns_read')[0]?.message.sv).toBe(
      'Tabellen har 2 kolumner med tal; var och en lästes som en egen indikator: ”Påbörjade” (paborjade) och ”Färdigställda” (fardigstallda).',
    );
  });

  it('one column per company form under a PxWeb title: one series per column, named after the title', () => {
    const r = load('nystartade-foretagsform.csv');
    expect(counts(r)).toEqual([11, 9, 0, 2]);
    expect(perIndicator(r)).toEqual({
      nystartade_foretag_aktiebolag: 3,
      nystartade_foretag_enskild_firma: 3,
      nystartade_foretag_handelsbolag: 3,
    });
    expect(
      find(r, { indicator: 'nystartade_foretag_enskild_firma', region: '20' }).map((o) => o.value),
    ).toEqual([640]);
    expect(r.labels.map((l) => l.name)).toContain('Nystartade företag – Enskild firma');
  });

  it('a bad cell rejects that cell only, not the row’s other measures', () => {
    const r = importText(
      'fel.csv',
      'region;år;Antal;Belopp tkr\n20;2021;4;100\n20;2022;5;tolv\n20;2023;6;300\n',
    );
    expect(counts(r)).toEqual([6, 5, 1, 0]);
    expect(perIndicator(r)).toEqual({ antal: 3, belopp_tkr: 2 });
    expect(issuesWith(r, 'value_invalid').map((i) => [i.line, i.column])).toEqual([[3, 4]]);
  });
});

describe('shape 7: short and bare region names, kommuner by name only', () => {
  it('Kommunnamn resolves to codes, and 2021 and 2023 stay years', () => {
    const r = load('kommunnamn.csv');
    expect(counts(r)).toEqual([24, 24, 0, 0]);
    expect([...new Set(storedRows(r).map((o) => o.region))]).toEqual([
      '0114',
      '2418',
      '0305',
      '1256',
      '00',
      '17',
    ]);
    expect([...new Set(storedRows(r).map((o) => o.period))]).toEqual(['2014', '2021', '2023', '2024']);
    expect(find(r, { region: '2418', period: '2024' }).map((o) => o.value)).toEqual([73.5]);
    expect(find(r, { region: '1256', period: '2021' }).map((o) => o.value)).toEqual([76.5]);
    expect(r.labels.map((l) => l.name)).toEqual(['Andel sysselsatta']);
  });
});
