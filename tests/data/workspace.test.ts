import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/data/pipeline/import-file';
import { datasetQuery } from '../../src/app/queries';
import {
  serializeWorkspace,
  withReplacedSource,
  USER_FILE_NAME,
  userFile,
  type Workspace,
} from '../../src/data/workspace/workspace';
import { readWorkspaceFile } from '../../src/data/workspace/workspace-read';
import { EMPTY_WORKSPACE } from '../../src/data/workspace/workspace';
import { WORKSPACE_VERSION } from '../../src/data/workspace/workspace-migrations';
import {
  ALL_BYTES,
  bytesOf,
  INDICATOR_A,
  INDICATOR_B,
  sourceOf,
  TARGET_WITH_BASELINE,
  TARGET_WITHOUT_BASELINE,
  workspaceOf,
} from '../support/workspace-builder';

// Version 1: every file the tests build here is also a file of the first version, opened through the migrations.
const HEAD = { format: 'regionala-resultat-arbetsyta', version: 1, savedAt: '2024-05-02T08:00:00.000Z' };

/** A workspace file with the right header and the given parts. */
function fileWith(parts: Record<string, unknown>): string {
  return JSON.stringify({ ...HEAD, ...parts });
}

/** The workspace a file gives, for files that can be read. */
function parseWorkspace(text: string): Workspace {
  const read = readWorkspaceFile(text);
  if (!read.ok) throw new Error(`refused: ${read.refusal.code}`);
  return read.workspace;
}

async function roundTrip(workspace: Workspace): Promise<Workspace> {
  return parseWorkspace(await serializeWorkspace(workspace, HEAD.savedAt));
}

describe('serializeWorkspace → parseWorkspace', () => {
  // Longer than one 0x8000-byte base64 chunk, so the chunk joins are crossed.
  const long = Uint8Array.from({ length: 70_001 }, (_, i) => (i * 7 + (i >> 8)) & 0xff);
  const text = 'region;värde\nSkåne län;1,5\nVästra Götalands län;−2\n€ “citat” 😀\n';
  const workspace = workspaceOf({
    sources: [
      sourceOf('s1', text, {
        name: 'Län och värden.csv',
        addedAt: '2024-03-01T09:00:00.000Z',
        options: {
          columns: { region: 0, period: 1, value: 2, indicator: 3, gender: 4 },
          indicator: 'antal',
          sheet: 'Blad 2',
        },
      }),
      sourceOf('s2', ALL_BYTES, {
        name: 'bytes.xlsx',
        addedAt: '2024-03-02T09:00:00.000Z',
        options: { columns: { region: 0, periods: [1, 2, 3] } },
      }),
      sourceOf('s3', long, { name: 'lång.bin', addedAt: '2024-03-03T09:00:00.000Z' }),
    ],
    indicators: [INDICATOR_A, INDICATOR_B],
    targets: [TARGET_WITH_BASELINE, TARGET_WITHOUT_BASELINE],
    mappings: [
      {
        shape: 'kod|tid|antal',
        options: { columns: { region: 0, period: 1, value: 2 }, indicator: 'antal' },
      },
      { shape: 'omr|2022|2023', options: { columns: { region: 0, periods: [1, 2] } } },
    ],
  });

  it('writes the format, the latest version and the time it was saved', async () => {
    const doc = JSON.parse(await serializeWorkspace(workspace, HEAD.savedAt)) as Record<string, unknown>;
    expect([doc['format'], doc['version'], doc['savedAt']]).toEqual([
      'regionala-resultat-arbetsyta',
      WORKSPACE_VERSION,
      '2024-05-02T08:00:00.000Z',
    ]);
  });

  it('keeps every source’s id, name, time added and options', async () => {
    const back = await roundTrip(workspace);
    expect(back.sources.map((s) => [s.id, s.name, s.addedAt])).toEqual([
      ['s1', 'Län och värden.csv', '2024-03-01T09:00:00.000Z'],
      ['s2', 'bytes.xlsx', '2024-03-02T09:00:00.000Z'],
      ['s3', 'lång.bin', '2024-03-03T09:00:00.000Z'],
    ]);
    expect(back.sources[0]?.options).toEqual({
      columns: { region: 0, period: 1, value: 2, indicator: 3, gender: 4 },
      indicator: 'antal',
      sheet: 'Blad 2',
    });
    expect(back.sources[1]?.options).toEqual({ columns: { region: 0, periods: [1, 2, 3] } });
    expect(back.sources[2]?.options).toBeUndefined();
  });

  it('keeps the exact bytes of every file: UTF-8 text, all 256 byte values, a long file', async () => {
    const back = await roundTrip(workspace);
    expect(await bytesOf(back.sources[0]?.content ?? new Blob())).toEqual(new TextEncoder().encode(text));
    const binary = await bytesOf(back.sources[1]?.content ?? new Blob());
    expect(binary.length).toBe(256);
    expect([...binary]).toEqual([...ALL_BYTES]);
    const longBack = await bytesOf(back.sources[2]?.content ?? new Blob());
    expect(longBack.length).toBe(70_001);
    expect(longBack).toEqual(long);
  });

  it('keeps indicators, targets with and without baseline, and mappings', async () => {
    const back = await roundTrip(workspace);
    expect(back.indicators).toEqual([INDICATOR_A, INDICATOR_B]);
    expect(back.targets).toEqual([
      {
        region: '20',
        indicator: 'egen_sysselsattning',
        period: '2030',
        value: 82.5,
        baseline: { period: '2020', value: 76 },
      },
      { region: '01', indicator: 'egen_kostnad', period: '2026', value: 1200, baseline: undefined },
    ]);
    expect(back.mappings).toEqual(workspace.mappings);
  });

  it('an empty workspace comes back empty', async () => {
    expect(await roundTrip(EMPTY_WORKSPACE)).toEqual(EMPTY_WORKSPACE);
  });
});

describe('readWorkspaceFile: what it refuses whole', () => {
  it.each([
    ['not JSON', 'arbetsyta {', 'workspace_not_json'],
    ['an empty text', '', 'workspace_not_json'],
    ['a JSON array', '[]', 'workspace_not_workspace'],
    ['JSON null', 'null', 'workspace_not_workspace'],
    ['no format', JSON.stringify({ version: 1, sources: [] }), 'workspace_not_workspace'],
    [
      'another format',
      JSON.stringify({ format: 'regionala-resultat', version: 1 }),
      'workspace_not_workspace',
    ],
    [
      'a version newer than the app',
      JSON.stringify({ format: 'regionala-resultat-arbetsyta', version: WORKSPACE_VERSION + 1 }),
      'workspace_newer_version',
    ],
    [
      'version 0',
      JSON.stringify({ format: 'regionala-resultat-arbetsyta', version: 0 }),
      'workspace_not_workspace',
    ],
    [
      'version "1" as text',
      JSON.stringify({ format: 'regionala-resultat-arbetsyta', version: '1' }),
      'workspace_not_workspace',
    ],
    ['no version', JSON.stringify({ format: 'regionala-resultat-arbetsyta' }), 'workspace_not_workspace'],
    ['"sources": "x"', fileWith({ sources: 'x' }), 'workspace_sources_not_list'],
    ['"sources": {}', fileWith({ sources: {} }), 'workspace_sources_not_list'],
  ])('%s → refused with a reason, nothing read', (_, text, code) => {
    const read = readWorkspaceFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.refusal.code).toBe(code);
  });
});

describe('parseWorkspace: what it leaves out', () => {
  it('drops indicators with a bad id, an unknown chain level or direction, or that are not objects', () => {
    const valid = {
      id: 'ok_1',
      name: 'OK',
      unit: 'st',
      chainLevel: 'utfall',
      direction: 'neutral',
      decimals: 2,
    };
    const back = parseWorkspace(
      fileWith({
        indicators: [
          { ...valid, id: 'Versaler' },
          { ...valid, id: '1_borjar_med_siffra' },
          { ...valid, id: 'med mellanslag' },
          { ...valid, id: 'ö' },
          { ...valid, id: undefined },
          { ...valid, chainLevel: 'effekter' },
          { ...valid, chainLevel: undefined },
          { ...valid, direction: 'up' },
          { ...valid, direction: undefined },
          42,
          null,
          'ok_1',
          valid,
        ],
      }),
    );
    expect(back.indicators).toEqual([
      { id: 'ok_1', name: 'OK', unit: 'st', chainLevel: 'utfall', direction: 'neutral', decimals: 2 },
    ]);
  });

  it('fills an indicator’s missing name and unit and keeps its decimals within 0–6', () => {
    const base = { chainLevel: 'resurser', direction: 'higher_is_better' };
    const back = parseWorkspace(
      fileWith({
        indicators: [
          { ...base, id: 'a' },
          { ...base, id: 'b', decimals: 9 },
          { ...base, id: 'c', decimals: -3 },
          { ...base, id: 'd', decimals: 1.6 },
        ],
      }),
    );
    expect(back.indicators.map((i) => [i.id, i.name, i.unit, i.decimals])).toEqual([
      ['a', 'a', '', 1],
      ['b', 'b', '', 6],
      ['c', 'c', '', 0],
      ['d', 'd', '', 2],
    ]);
  });

  it('drops targets that lack region, indicator, a period as text or a numeric value', () => {
    const valid = { region: '20', indicator: 'a', period: '2030', value: 5 };
    const back = parseWorkspace(
      fileWith({
        targets: [
          { ...valid, region: undefined },
          { ...valid, indicator: undefined },
          { ...valid, period: 2030 },
          { ...valid, value: '5' },
          { ...valid, value: null },
          'mål',
          null,
          valid,
        ],
      }),
    );
    expect(back.targets).toEqual([
      { region: '20', indicator: 'a', period: '2030', value: 5, baseline: undefined },
    ]);
  });

  it('keeps a target whose baseline is incomplete, without the baseline', () => {
    const back = parseWorkspace(
      fileWith({
        targets: [
          { region: '20', indicator: 'a', period: '2030', value: 5, baseline: { period: '2020' } },
          { region: '20', indicator: 'a', period: '2031', value: 6, baseline: { value: 3 } },
        ],
      }),
    );
    expect(back.targets.map((t) => [t.period, t.baseline])).toEqual([
      ['2030', undefined],
      ['2031', undefined],
    ]);
  });

  it('drops mappings without a shape and column indexes that are not whole non-negative numbers', () => {
    const back = parseWorkspace(
      fileWith({
        mappings: [
          { options: { columns: { region: 0, period: 1, value: 2 } } },
          {
            shape: 'a|b|c',
            options: { columns: { region: 0, period: -1, value: 1.5, periods: [2, -1, 'x', 3] } },
          },
        ],
      }),
    );
    expect(back.mappings).toEqual([{ shape: 'a|b|c', options: { columns: { region: 0, periods: [2, 3] } } }]);
  });
});

describe('parseWorkspace: __proto__ in a file', () => {
  it('pollutes nothing, wherever the key appears, and still reads the rest', () => {
    const evil = '{"polluted": "ja", "isAdmin": true}';
    const text = `{
      "__proto__": ${evil},
      "constructor": {"prototype": ${evil}},
      "format": "regionala-resultat-arbetsyta", "version": 1,
      "sources": [{"__proto__": ${evil}, "id": "s", "name": "a.csv", "addedAt": "2024-01-01", "base64": "AAE=",
        "options": {"__proto__": ${evil}, "columns": {"__proto__": ${evil}, "region": 0, "period": 1, "value": 2}, "indicator": "x"}}],
      "indicators": [{"__proto__": ${evil}, "id": "ok", "chainLevel": "utfall", "direction": "neutral"}],
      "targets": [{"__proto__": ${evil}, "region": "20", "indicator": "ok", "period": "2030", "value": 1,
        "baseline": {"__proto__": ${evil}, "period": "2020", "value": 0}}],
      "mappings": [{"__proto__": ${evil}, "shape": "a", "options": {"constructor": {"prototype": ${evil}}, "columns": {"region": 0, "periods": [1]}}}]
    }`;
    const back = parseWorkspace(text);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(back.sources.map((s) => [s.name, s.options])).toEqual([
      ['a.csv', { columns: { region: 0, period: 1, value: 2 }, indicator: 'x' }],
    ]);
    expect(back.indicators.map((i) => i.id)).toEqual(['ok']);
    expect(back.targets[0]?.baseline).toEqual({ period: '2020', value: 0 });
    expect(back.mappings).toEqual([{ shape: 'a', options: { columns: { region: 0, periods: [1] } } }]);
    for (const item of [
      back.sources[0],
      back.sources[0]?.options,
      back.indicators[0],
      back.targets[0],
      back.mappings[0],
    ]) {
      expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
      expect((item as Record<string, unknown>)['polluted']).toBeUndefined();
    }
  });
});

describe('userFile', () => {
  it('is undefined when there are no indicators and no targets, even with sources and mappings', () => {
    expect(userFile(EMPTY_WORKSPACE)).toBeUndefined();
    expect(
      userFile(workspaceOf({ sources: [sourceOf('s', 'x')], mappings: [{ shape: 'a', options: {} }] })),
    ).toBeUndefined();
  });

  it('is canonical JSON that importFile reads back as the same indicators and targets', () => {
    const bytes = userFile(
      workspaceOf({
        indicators: [INDICATOR_A, INDICATOR_B],
        targets: [TARGET_WITH_BASELINE, TARGET_WITHOUT_BASELINE],
      }),
    );
    expect(bytes).toBeInstanceOf(Uint8Array);
    const result = importFile(USER_FILE_NAME, bytes ?? new Uint8Array());
    expect(result.format).toBe('canonical-json');
    expect(result.issues).toEqual([]);
    // Two indicator definitions and two targets.
    expect([result.records, result.accepted, result.rejected, result.skipped]).toEqual([4, 4, 0, 0]);
    expect(
      result.indicators.map((i) => [i.id, i.name.sv, i.unit.sv, i.chainLevel, i.direction, i.decimals]),
    ).toEqual([
      [
        'egen_sysselsattning',
        'Egen sysselsättning',
        'procent',
        'kortsiktiga_effekter',
        'higher_is_better',
        1,
      ],
      ['egen_kostnad', 'Kostnad per deltagare', 'kr', 'resurser', 'lower_is_better', 0],
    ]);
    expect(
      result.targets.map((t) => [t.region, t.indicator, t.period.granularity, t.period.year, t.value]),
    ).toEqual([
      ['20', 'egen_sysselsattning', 'year', 2030, 82.5],
      ['01', 'egen_kostnad', 'year', 2026, 1200],
    ]);
    expect(result.targets[0]?.baseline).toEqual({
      period: { granularity: 'year', year: 2020, sub: 0 },
      value: 76,
    });
    expect(result.targets[1]?.baseline).toBeUndefined();
  });

  it('carries targets alone, without indicators', () => {
    const result = importFile(
      USER_FILE_NAME,
      userFile(workspaceOf({ targets: [TARGET_WITHOUT_BASELINE] })) ?? new Uint8Array(),
    );
    expect(result.indicators).toEqual([]);
    expect(result.targets.map((t) => [t.region, t.indicator, t.value])).toEqual([
      ['01', 'egen_kostnad', 1200],
    ]);
  });
});

describe('withReplacedSource', () => {
  const workspace = workspaceOf({
    sources: [
      sourceOf('s1', 'a', {
        name: 'först.csv',
        addedAt: '2024-03-01T09:00:00.000Z',
        options: { sheet: 'Data' },
      }),
      sourceOf('s2', 'b', { name: 'sist.csv', addedAt: '2024-03-02T09:00:00.000Z' }),
    ],
  });

  it('puts the new content in the old place, under a new id, so the dataset is read again', () => {
    const content = new Blob(['ny']);
    const { workspace: next, replaced } = withReplacedSource(
      workspace,
      's1',
      { name: 'ny.csv', content },
      'n1',
    );
    expect(next.sources.map((s) => [s.id, s.name, s.addedAt])).toEqual([
      ['n1', 'ny.csv', '2024-03-01T09:00:00.000Z'],
      ['s2', 'sist.csv', '2024-03-02T09:00:00.000Z'],
    ]);
    expect(replaced?.content).toBe(content);
    expect(replaced?.options).toEqual({ sheet: 'Data' });
    // The dataset query is keyed by source ids: a replaced file must change the key, or it is never read.
    expect(datasetQuery(next, []).queryKey).not.toEqual(datasetQuery(workspace, []).queryKey);
  });

  it('leaves the workspace as it was when the source is gone', () => {
    const result = withReplacedSource(workspace, 'x', { name: 'ny.csv', content: new Blob(['ny']) }, 'n1');
    expect(result.replaced).toBeUndefined();
    expect(result.workspace).toBe(workspace);
  });
});
