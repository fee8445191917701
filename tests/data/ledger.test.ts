import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/data/text/amount-parse';
import { importFile, importFileAsync } from '../../src/data/pipeline/import-file';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import type { ImportResult } from '../../src/data/import/import-result';
import { ledgerTableKind } from '../../src/data/table/ledger/ledger-header';
import { EMPTY_LEDGER } from '../../src/domain/ledger';
import { ledgerMeasures } from '../../src/domain/ledger-measures';
import { catalogueEntry, catalogueJson } from '../support/view-catalogue';

const DIR = resolve(import.meta.dirname, '../fixtures/ledger');
const load = (name: string): ImportResult =>
  importFile(name, new Uint8Array(readFileSync(resolve(DIR, name))));
const text = (name: string, content: string): ImportResult =>
  importFile(name, new TextEncoder().encode(content));
const counts = (r: ImportResult) => [r.records, r.accepted, r.rejected, r.skipped];
const where = (r: ImportResult) => r.issues.map((i) => [i.code, i.line, i.column]);

describe('parseAmount', () => {
  it('reads kronor as a case system or a spreadsheet writes them', () => {
    expect(parseAmount('1234567', ',')).toEqual({ kind: 'amount', kronor: 1234567 });
    expect(parseAmount('1 234 567', ',')).toEqual({ kind: 'amount', kronor: 1234567 });
    expect(parseAmount('1\u00a0234\u00a0567 kr', ',')).toEqual({ kind: 'amount', kronor: 1234567 });
    expect(parseAmount('1,2 mnkr', ',')).toEqual({ kind: 'amount', kronor: 1200000 });
    expect(parseAmount('1,2 Mkr', ',')).toEqual({ kind: 'amount', kronor: 1200000 });
    expect(parseAmount('850 tkr', ',')).toEqual({ kind: 'amount', kronor: 850000 });
    expect(parseAmount('3,5 miljoner', ',')).toEqual({ kind: 'amount', kronor: 3500000 });
    expect(parseAmount('0', ',')).toEqual({ kind: 'amount', kronor: 0 });
  });

  it('empty is "not given"; text, negative amounts and unknown units are invalid', () => {
    expect(parseAmount('  ', ',')).toEqual({ kind: 'empty' });
    expect(parseAmount('tolv', ',')).toEqual({ kind: 'invalid', reason: 'not_a_number' });
    expect(parseAmount('-5 000', ',')).toEqual({ kind: 'invalid', reason: 'negative' });
    expect(parseAmount('12 euro', ',').kind).toBe('invalid');
  });
});

describe('ledgerTableKind', () => {
  it('tells a ledger, a frames table and a shares table from an indicator table', () => {
    expect(
      ledgerTableKind(['ärende', 'län', 'stödtyp', 'beslutsår', 'status', 'sökt_belopp', 'beviljat_belopp']),
    ).toBe('ledger');
    expect(
      ledgerTableKind([
        'Ärendenummer',
        'Län',
        'Stödform',
        'Beslutsår',
        'Status',
        'Sökt belopp (kr)',
        'Beviljat belopp (kr)',
      ]),
    ).toBe('ledger');
    expect(ledgerTableKind(['län', 'år', 'ram'])).toBe('frames');
    expect(ledgerTableKind(['län', 'år', 'rus_prioritering', 'planerad_andel'])).toBe('shares');
    expect(ledgerTableKind(['region', 'indikator', 'period', 'värde'])).toBeUndefined();
  });
});

describe('a case ledger', () => {
  it('reads every case, pending ones without a year, "1,2 mnkr" as 1 200 000, "2023-001" as it is', () => {
    const r = load('arendelista_liten.csv');
    expect(r.format).toBe('ledger-csv');
    expect(counts(r)).toEqual([7, 7, 0, 0]);
    const cases = r.ledger?.cases ?? [];
    expect(cases.map((c) => c.id)).toEqual([
      '2023-001',
      '2023-002',
      '2023-003',
      '2023-004',
      '2023-005',
      '2024-001',
      '2024-002',
    ]);
    expect(cases[2]?.region).toBe('20');
    expect(cases[5]?.applied).toBe(1200000);
    expect(cases[6]).toMatchObject({ year: undefined, status: 'under_handlaggning' });
    expect(cases[0]).toMatchObject({
      cofinancing: [1000000, 0, 500000, 500000, 0],
      start: '2023-03-01',
      end: '2025-02-28',
      rus: 'Innovation',
    });
    expect(cases[1]).toMatchObject({
      supportType: 'foretagsstod',
      ceoGender: 'K',
      owner: 'Exempelbolaget B AB',
    });
    expect(cases[4]?.status).toBe('atertagen');
  });

  it('bad rows are rejected with line and column; granted above applied is a warning; nothing is lost', () => {
    const r = load('arendelista_fel.csv');
    expect(counts(r)).toEqual([6, 2, 4, 0]);
    expect(where(r).filter(([code]) => code !== 'file_rejected_rows')).toEqual([
      ['ledger_amount_invalid', 2, 6],
      ['region_unknown', 3, 2],
      ['ledger_granted_exceeds_applied', 4, 7],
      ['ledger_region_not_county', 5, 2],
      ['ledger_support_type_unknown', 6, 3],
    ]);
    const tolv = r.issues[0];
    expect(tolv?.message.sv).toBe(
      'Beloppet ”tolv” i ”sökt_belopp” kan inte läsas: inga siffror att läsa. Raden avvisades.',
    );
    expect(tolv?.message.en).toContain('cannot be read');
    expect(r.issues.find((i) => i.code === 'ledger_granted_exceeds_applied')?.message.sv).toBe(
      'Beviljat belopp (150 000 kr) är större än sökt belopp (100 000 kr). Kontrollera ärendet; raden lästes in.',
    );
    expect(r.ledger?.cases.map((c) => c.id)).toEqual(['2023-103', '2023-106']);
  });

  it('a case repeated is skipped; the same id with other content is rejected, naming the first line', () => {
    const head = 'ärende;län;stödtyp;beslutsår;status;sökt_belopp;beviljat_belopp\n';
    const r = text(
      'dubbel.csv',
      `${head}A-1;20;projektstöd;2023;beviljad;100;100\nA-1;20;projektstöd;2023;beviljad;100;100\nA-1;20;projektstöd;2023;beviljad;100;90\nA-1;01;projektstöd;2023;beviljad;100;90\n`,
    );
    expect(counts(r)).toEqual([4, 2, 1, 1]);
    expect(where(r).filter(([code]) => code !== 'file_rejected_rows')).toEqual([
      ['ledger_case_repeated', 3, null],
      ['ledger_case_conflict', 4, 1],
    ]);
  });

  it('a missing required column is named; a header in tkr scales the amounts', () => {
    const missing = text(
      'saknar.csv',
      'ärende;län;beslutsår;status;sökt_belopp;beviljat_belopp\nA;20;2023;beviljad;1;1\n',
    );
    expect(missing.issues.map((i) => [i.code, i.message.sv])).toContainEqual([
      'header_missing_column',
      'Kolumn saknas: stödtyp (missing column: stödtyp). Godtagna namn: stödtyp.',
    ]);
    expect(counts(missing)).toEqual([1, 0, 1, 0]);
    const tkr = text(
      'tkr.csv',
      'Ärende;Län;Stödtyp;Beslutsår;Status;Sökt belopp (tkr);Beviljat belopp (tkr)\nA;20;projektstöd;2023;beviljad;1 200;850\n',
    );
    expect(tkr.ledger?.cases[0]).toMatchObject({ applied: 1200000, granted: 850000 });
  });

  it('a decided case without a year, an unknown status and a bad date are said', () => {
    const head = 'ärende;län;stödtyp;beslutsår;status;sökt_belopp;beviljat_belopp;startdatum\n';
    const r = text(
      'x.csv',
      `${head}A;20;projektstöd;;beviljad;100;100;\nB;20;projektstöd;2023;kanske;100;100;\nC;20;projektstöd;2023;beviljad;100;100;31/12/2023\n`,
    );
    expect(counts(r)).toEqual([3, 1, 2, 0]);
    expect(where(r).filter(([code]) => code !== 'file_rejected_rows')).toEqual([
      ['ledger_year_missing', 2, 4],
      ['ledger_status_unknown', 3, 5],
      ['ledger_date_invalid', 4, 8],
    ]);
  });
});

describe('a case ledger exported to Excel (arendelista_export.xlsx, written by LibreOffice Calc)', () => {
  it("reads number and date cells, amounts in tkr by the header, the system's own column names", async () => {
    const r = await importFileAsync(
      'arendelista_export.xlsx',
      new Uint8Array(readFileSync(resolve(DIR, 'arendelista_export.xlsx'))),
    );
    expect(r.format).toBe('xlsx-ledger');
    expect(counts(r)).toEqual([5, 4, 1, 0]);
    expect(where(r).filter(([code]) => code !== 'file_rejected_rows')).toEqual([
      ['ledger_amount_invalid', 6, 6],
    ]);
    const cases = r.ledger?.cases ?? [];
    expect(cases.map((c) => c.id)).toEqual([
      'RUN 2022-0101',
      'RUN 2022-0102',
      'RUN 2022-0103',
      'RUN 2023-0001',
    ]);
    expect(cases[0]).toMatchObject({
      region: '24',
      year: 2022,
      status: 'beviljad',
      applied: 4000000,
      granted: 2500000,
      start: '2022-02-01',
      end: '2024-01-31',
    });
    expect(cases[1]).toMatchObject({
      supportType: 'foretagsstod',
      cofinancing: [0, 0, 0, 0, 2100000],
      inKind: [0, 0, 0, 0, 300000],
      ceoGender: 'K',
    });
    expect(cases[2]?.status).toBe('avslagen');
    expect(cases[3]?.supportType).toBe('kommersiell_service');
    // 2022: granted 2 500 + 900 tkr; co-financing 1 500 + 1 000 + 2 100 tkr (the 300 in kind is part of the 2 100).
    const m = ledgerMeasures(r.ledger ?? EMPTY_LEDGER);
    const of = (measure: string, year: number) =>
      m.find((x) => x.region === '24' && x.year === year && x.measure === measure)?.value;
    expect(of('beviljade_medel', 2022)).toBe(3.4);
    expect(of('medfinansiering', 2022)).toBe(4.6);
    expect(of('sokta_medel', 2022)).toBe(6);
  });
});

describe('frames and planned shares', () => {
  it('a frame per county and year; a conflicting repeat is rejected', () => {
    const r = text('ramar.csv', 'län;år;ram\n20;2023;4 000 000\n01;2023;12,5 mnkr\n20;2023;3 000 000\n');
    expect(r.format).toBe('frames-csv');
    expect(counts(r)).toEqual([3, 2, 1, 0]);
    expect(r.ledger?.frames.map((f) => [f.region, f.year, f.amount])).toEqual([
      ['20', 2023, 4000000],
      ['01', 2023, 12500000],
    ]);
    expect(where(r)[0]).toEqual(['frame_conflict', 4, null]);
  });

  it('planned shares in per cent; a sum that is not 100 % is a warning', () => {
    const r = text(
      'andelar.csv',
      'län;år;rus_prioritering;planerad_andel\n20;2023;Innovation;60 %\n20;2023;Kompetens;30\n20;2023;Tillgänglighet;120\n',
    );
    expect(r.format).toBe('shares-csv');
    expect(counts(r)).toEqual([3, 2, 1, 0]);
    expect(where(r).filter(([code]) => code !== 'file_rejected_rows')).toEqual([
      ['shares_sum', 2, null],
      ['share_invalid', 4, 4],
    ]);
    expect(r.issues.find((i) => i.code === 'shares_sum')?.message.sv).toBe(
      'De planerade andelarna för Dalarnas län 2023 summerar till 90 %, inte 100 %.',
    );
  });
});

describe('ledgerMeasures (hand-computed from arendelista_liten.csv and ramar_liten.csv)', () => {
  const ledger = {
    cases: load('arendelista_liten.csv').ledger?.cases ?? [],
    frames: load('ramar_liten.csv').ledger?.frames ?? [],
    shares: [],
  };
  const measure = (year: number, m: string) =>
    ledgerMeasures(ledger).find((r) => r.region === '20' && r.year === year && r.measure === m)?.value;

  it('sums 2023 for Dalarna in mnkr', () => {
    expect(measure(2023, 'ram_medel')).toBe(4);
    expect(measure(2023, 'sokta_medel')).toBeCloseTo(5.3, 10);
    expect(measure(2023, 'antal_ansokningar')).toBe(5);
    expect(measure(2023, 'beviljade_medel')).toBeCloseTo(2.7, 10);
    expect(measure(2023, 'antal_beviljade_arenden')).toBe(3);
    expect(measure(2023, 'utbetalda_medel')).toBeCloseTo(1.5, 10);
    expect(measure(2023, 'medfinansiering')).toBeCloseTo(3.8, 10);
    expect(measure(2023, 'foretagsstod_vd_kand_medel')).toBeCloseTo(1.2, 10);
    expect(measure(2023, 'foretagsstod_vd_kvinna_medel')).toBeCloseTo(0.8, 10);
    expect(measure(2023, 'beviljade_medel_rus')).toBeCloseTo(2.3, 10);
  });

  it('2024: a zero frame is kept as 0; the pending case has no year and counts nowhere', () => {
    expect(measure(2024, 'ram_medel')).toBe(0);
    expect(measure(2024, 'sokta_medel')).toBeCloseTo(1.2, 10);
    expect(measure(2024, 'antal_ansokningar')).toBe(1);
  });

  it('one county is not Riket', () => {
    expect(ledgerMeasures(ledger).some((r) => r.region === '00')).toBe(false);
  });
});

describe('several ledger files (mergeLedgers): the later file wins', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const build = (files: Record<string, string>) =>
    importTextFiles(Object.entries(files).map(([name, content]) => ({ name, bytes: enc(content) })));
  const reportOf = (d: ReturnType<typeof build>, file: string) => d.reports.find((r) => r.file === file);

  it('a case or a frame given again by a later file replaces the earlier row, which is counted as skipped and named', () => {
    const head = 'ärende;län;stödtyp;beslutsår;status;sökt_belopp;beviljat_belopp\n';
    const d = build({
      'jan.csv': `${head}A-1;20;projektstöd;2023;beviljad;100;100\nA-2;20;projektstöd;2023;avslagen;50;0\n`,
      'feb.csv': `${head}A-1;20;projektstöd;2023;beviljad;100;80\n`,
      'ram1.csv': 'län;år;ram\n20;2023;1000\n',
      'ram2.csv': 'län;år;ram\n20;2023;1200\n',
    });
    expect(d.ledger.cases.map((c) => [c.id, c.granted, c.file])).toEqual([
      ['A-2', 0, 'jan.csv'],
      ['A-1', 80, 'feb.csv'],
    ]);
    expect(d.ledger.frames.map((f) => f.amount)).toEqual([1200]);
    const jan = reportOf(d, 'jan.csv');
    expect([jan?.records, jan?.accepted, jan?.rejected, jan?.skipped]).toEqual([2, 1, 0, 1]);
    expect(jan?.issues.map((i) => [i.code, i.line, i.message.sv])).toEqual([
      ['ledger_row_replaced', 2, 'Raden ersattes av ”feb.csv” rad 2, som lästes in senare.'],
    ]);
    expect(reportOf(d, 'ram1.csv')?.issues.map((i) => [i.code, i.line])).toEqual([
      ['ledger_row_replaced', 2],
    ]);
  });

  it('a later plan for a county-year replaces the earlier plan whole: areas it dropped do not linger', () => {
    const head = 'län;år;rus_prioritering;planerad_andel\n';
    const d = build({
      'plan-v1.csv': `${head}20;2024;Innovation;50\n20;2024;Kompetens;50\n20;2025;Innovation;100\n`,
      'plan-v2.csv': `${head}20;2024;Innovation;40\n20;2024;Tillgänglighet;60\n`,
    });
    const plan = (year: number) =>
      d.ledger.shares.filter((s) => s.year === year).map((s) => [s.area, s.share, s.file]);
    expect(plan(2024)).toEqual([
      ['Innovation', 40, 'plan-v2.csv'],
      ['Tillgänglighet', 60, 'plan-v2.csv'],
    ]);
    expect(plan(2025)).toEqual([['Innovation', 100, 'plan-v1.csv']]);
    expect(reportOf(d, 'plan-v1.csv')?.issues.map((i) => [i.code, i.line])).toEqual([
      ['share_plan_replaced', 2],
      ['share_plan_replaced', 3],
    ]);
    expect(reportOf(d, 'plan-v1.csv')?.issues[0]?.message.sv).toBe(
      'Den planerade fördelningen för Dalarnas län 2024 ersattes i sin helhet av den i ”plan-v2.csv” (från rad 2), som lästes in senare.',
    );
    expect(reportOf(d, 'plan-v1.csv')?.skipped).toBe(2);
  });
});

describe("the example ledger gives way whole to the user's own: invented money is never beside real", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const head = 'ärende;län;stödtyp;beslutsår;status;sökt_belopp;beviljat_belopp\n';
  const example = [
    {
      name: 'exempel-arendelista.csv',
      example: true,
      bytes: enc(
        `${head}E-1;20;projektstöd;2023;beviljad;900;900\nE-2;20;projektstöd;2023;beviljad;900;900\nE-3;01;projektstöd;2023;beviljad;500;400\n`,
      ),
    },
    {
      name: 'exempel-ramar.csv',
      example: true,
      bytes: enc('län;år;ram\n20;2022;5000\n20;2023;5000\n01;2023;3000\n'),
    },
  ];

  it('once the user gives a ledger for one county, no invented case or frame is used for any county', () => {
    const d = importTextFiles([
      ...example,
      { name: 'dalarna.csv', bytes: enc(`${head}D-1;20;projektstöd;2023;beviljad;200;150\n`) },
    ]);
    // Stockholm's invented case E-3 would be ranked beside Dalarna's real one: it goes too.
    expect(d.ledger.cases.map((c) => c.id)).toEqual(['D-1']);
    // Every invented frame goes, also Stockholm's and Dalarna's for years the user's files do not cover.
    expect(d.ledger.frames).toEqual([]);
    const cases = d.reports.find((r) => r.file === 'exempel-arendelista.csv');
    expect([cases?.records, cases?.accepted, cases?.skipped]).toEqual([3, 0, 3]);
    expect(cases?.issues.map((i) => [i.code, i.message.sv])).toEqual([
      [
        'example_ledger_replaced',
        '3 rader av exempeldatan användes inte: dina egna filer ger ärendelistan, ramarna eller de planerade andelarna för Dalarnas län. Påhittade belopp visas aldrig bredvid verkliga, så exempeldatans 1:1-uppgifter används inte för något län.',
      ],
    ]);
    expect(d.reports.find((r) => r.file === 'exempel-ramar.csv')?.issues[0]?.message.en).toMatch(
      /^3 rows of the example data were not used/,
    );
  });

  it("no invented target judges what the user's ledger computes to, in the user's counties only", () => {
    const catalogue = catalogueJson([
      catalogueEntry('sokta_medel', { chainLevel: 'aktiviteter' }),
      catalogueEntry('ram_medel', { chainLevel: 'resurser' }),
      catalogueEntry('ansokningstryck', {
        chainLevel: 'aktiviteter',
        formula: { kind: 'ratio', of: ['sokta_medel', 'ram_medel'] },
      }),
      catalogueEntry('nyforetagande', { chainLevel: 'utfall' }),
    ]);
    const d = importTextFiles([
      { name: 'exempel-indikatorer.json', example: true, bytes: enc(catalogue) },
      ...example,
      {
        name: 'exempel-mal.csv',
        example: true,
        bytes: enc(
          'region;indikator;period;mål\n20;ansokningstryck;2030;1,5\n20;sokta_medel;2030;9\n20;nyforetagande;2030;12\n01;ansokningstryck;2030;1,4\n',
        ),
      },
      { name: 'dalarna.csv', bytes: enc(`${head}D-1;20;projektstöd;2023;beviljad;200;150\n`) },
    ]);
    expect(d.targets.map((t) => `${t.region} ${t.indicator}`)).toEqual([
      '20 nyforetagande',
      '01 ansokningstryck',
    ]);
    expect(d.reports.find((r) => r.file === 'exempel-mal.csv')?.skipped).toBe(2);
  });

  it('a file not marked as example data is never dropped for another', () => {
    const d = importTextFiles([
      { name: 'jan.csv', bytes: enc(`${head}A-1;20;projektstöd;2023;beviljad;100;100\n`) },
      { name: 'feb.csv', bytes: enc(`${head}A-2;20;projektstöd;2023;beviljad;100;100\n`) },
    ]);
    expect(d.ledger.cases.map((c) => c.id)).toEqual(['A-1', 'A-2']);
  });
});
