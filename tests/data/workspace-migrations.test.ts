import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeWorkspace, type Workspace } from '../../src/data/workspace/workspace';
import { readWorkspaceFile, type WorkspaceRefusal } from '../../src/data/workspace/workspace-read';
import {
  migrateWorkspace,
  WORKSPACE_MIGRATIONS,
  WORKSPACE_VERSION,
  type StoredWorkspace,
} from '../../src/data/workspace/workspace-migrations';
import { bytesOf } from '../support/workspace-builder';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/workspace');
/** A workspace file as the first version of the app saved it (two files, an indicator, two targets, a mapping). */
const V1_FILE = readFileSync(resolve(FIXTURES, 'arbetsyta-v1.json'), 'utf8');

function refusalOf(text: string): WorkspaceRefusal {
  const read = readWorkspaceFile(text);
  if (read.ok) throw new Error('the file was not refused');
  return read.refusal;
}

function parseWorkspace(text: string): Workspace {
  const read = readWorkspaceFile(text);
  if (!read.ok) throw new Error(`refused: ${read.refusal.code}`);
  return read.workspace;
}

describe('WORKSPACE_MIGRATIONS', () => {
  it('is one step per version, from 1 on, and the app writes the version after the last', () => {
    expect(WORKSPACE_MIGRATIONS.map((m) => m.from)).toEqual(WORKSPACE_MIGRATIONS.map((_, i) => i + 1));
    expect(WORKSPACE_VERSION).toBe(WORKSPACE_MIGRATIONS.length + 1);
    expect(WORKSPACE_VERSION).toBe(4);
  });

  it('runs every step from the file’s version on, in order, each setting the version it gives', () => {
    const seen: string[] = [];
    const steps = [1, 2, 3].map((from) => ({
      from,
      name: `step ${from}`,
      apply: (doc: StoredWorkspace): StoredWorkspace => {
        seen.push(`${from}@${String(doc['version'])}`);
        return { ...doc, [`by${from}`]: true };
      },
    }));
    const result = migrateWorkspace({ version: 2, a: 1 }, steps);
    expect(seen).toEqual(['2@2', '3@3']);
    expect(result).toEqual({ ok: true, from: 2, doc: { version: 4, a: 1, by2: true, by3: true } });
    expect(migrateWorkspace({ version: 4 }, steps)).toEqual({ ok: true, from: 4, doc: { version: 4 } });
    expect(migrateWorkspace({ version: 5 }, steps)).toEqual({ ok: false, problem: 'newer', version: 5 });
    for (const version of [0, -1, 1.5, '1', null, undefined])
      expect(migrateWorkspace({ version }, steps)).toEqual({ ok: false, problem: 'no_version' });
  });

  describe('1 → 2: every source has a time added, in the file’s order', () => {
    const step = WORKSPACE_MIGRATIONS[0];
    const doc: StoredWorkspace = {
      version: 1,
      sources: [
        { name: 'utan-tid.csv' },
        { name: 'trasig-tid.csv', addedAt: 'igår' },
        { name: 'med-tid.csv', addedAt: '2024-03-01T09:00:00.000Z' },
        { name: 'efter.csv', addedAt: '' },
        'inte en källa',
      ],
      targets: [{ region: '20' }],
    };

    it('gives a missing or unreadable time one millisecond after the file before (1970 for the first)', () => {
      const migrated = step?.apply(doc);
      expect((migrated?.['sources'] as { addedAt?: string }[]).map((s) => s.addedAt)).toEqual([
        '1970-01-01T00:00:00.000Z',
        '1970-01-01T00:00:00.001Z',
        '2024-03-01T09:00:00.000Z',
        '2024-03-01T09:00:00.001Z',
        undefined,
      ]);
      expect(migrated?.['targets']).toBe(doc['targets']);
    });

    it('is pure, and leaves sources that have their time as they are', () => {
      const copy = structuredClone(doc);
      const migrated = step?.apply(doc);
      expect(doc).toEqual(copy);
      expect(step?.apply(migrated ?? {})).toEqual(migrated);
      const timed = { version: 1, sources: [{ name: 'a', addedAt: '2024-01-01T00:00:00.000Z' }] };
      expect((step?.apply(timed)['sources'] as unknown[])[0]).toBe(timed.sources[0]);
    });
  });
});

describe('a workspace file of the first version (arbetsyta-v1.json)', () => {
  it('opens: its files with their bytes and options, indicators, targets and mappings', async () => {
    const workspace = parseWorkspace(V1_FILE);
    expect(workspace.sources.map((s) => [s.id, s.name, s.addedAt, s.options])).toEqual([
      ['3f6c1f0e-9a51-4c1e-8d0a-51c0a4a3e001', 'projekt_2020.csv', '2025-10-20T08:30:00.000Z', undefined],
      [
        '3f6c1f0e-9a51-4c1e-8d0a-51c0a4a3e002',
        'projekt_2021.csv',
        '2025-10-20T08:30:00.001Z',
        { columns: { region: 0, indicator: 1, period: 2, value: 3, gender: undefined } },
      ],
    ]);
    expect(await bytesOf(workspace.sources[0]?.content ?? new Blob())).toEqual(
      new Uint8Array(readFileSync(resolve(FIXTURES, 'projekt_2020.csv'))),
    );
    expect(await bytesOf(workspace.sources[1]?.content ?? new Blob())).toEqual(
      new Uint8Array(readFileSync(resolve(FIXTURES, 'projekt_2021.csv'))),
    );
    expect(workspace.indicators).toEqual([
      {
        id: 'antal_projekt',
        name: 'Antal projekt',
        unit: 'st',
        chainLevel: 'prestationer',
        direction: 'higher_is_better',
        decimals: 1,
      },
    ]);
    expect(workspace.targets).toEqual([
      {
        region: '20',
        indicator: 'antal_projekt',
        period: '2030',
        value: 12.5,
        baseline: { period: '2020', value: 87 },
      },
      { region: '01', indicator: 'antal_projekt', period: '2026', value: 1500, baseline: undefined },
    ]);
    expect(workspace.mappings.map((m) => m.shape)).toEqual(['region|indikator|period|värde']);
  });

  it('is saved again as the latest version, which opens to the same workspace', async () => {
    const workspace = parseWorkspace(V1_FILE);
    const saved = await serializeWorkspace(workspace, '2026-01-01T00:00:00.000Z');
    expect(JSON.parse(saved)).toMatchObject({ format: 'regionala-resultat-arbetsyta', version: 4 });
    const again: Workspace = parseWorkspace(saved);
    expect(again.sources.map((s) => [s.id, s.name, s.addedAt, s.options])).toEqual(
      workspace.sources.map((s) => [s.id, s.name, s.addedAt, s.options]),
    );
    expect([again.indicators, again.targets, again.mappings]).toEqual([
      workspace.indicators,
      workspace.targets,
      workspace.mappings,
    ]);
  });

  it('keeps the file’s order where sources lack a time, and shows no 1970 ties', () => {
    const doc = JSON.parse(V1_FILE) as { sources: Record<string, unknown>[] };
    for (const source of doc.sources) delete source['addedAt'];
    const workspace = parseWorkspace(JSON.stringify(doc));
    expect(workspace.sources.map((s) => [s.name, s.addedAt])).toEqual([
      ['projekt_2020.csv', '1970-01-01T00:00:00.000Z'],
      ['projekt_2021.csv', '1970-01-01T00:00:00.001Z'],
    ]);
  });
});

describe('files the app cannot open: a clear reason in Swedish and English', () => {
  it('a file saved by a newer version of the app', () => {
    const error = refusalOf(
      JSON.stringify({ format: 'regionala-resultat-arbetsyta', version: WORKSPACE_VERSION + 1, sources: [] }),
    );
    expect(error.code).toBe('workspace_newer_version');
    expect(error.text).toEqual({
      sv: 'den sparades av en nyare version av appen: arbetsytan har version 5, den här versionen läser till och med version 4. Ladda om sidan för att få den senaste versionen',
      en: 'it was saved by a newer version of the app: the workspace is version 5, this version reads up to version 4. Reload the page to get the latest version',
    });
  });

  it('keeps the English words of the first version’s refusals, and says them in Swedish too', () => {
    const head = { format: 'regionala-resultat-arbetsyta', version: 1 };
    const cases: [string, string, string, string][] = [
      ['arbetsyta {', 'workspace_not_json', 'inte JSON', 'not JSON'],
      [
        JSON.stringify({ ...head, version: '1' }),
        'workspace_not_workspace',
        'ingen arbetsytefil',
        'not a workspace file',
      ],
    ];
    for (const [text, code, sv, en] of cases) {
      const error = refusalOf(text);
      expect([error.code, error.text.sv, error.text.en]).toEqual([code, sv, en]);
    }
  });

  it('a version 2 file whose source has no time added: read, placed after the file before it, and said', () => {
    const source = { name: 'a.csv', base64: 'AAE=' };
    const v2 = { format: 'regionala-resultat-arbetsyta', version: 2 };
    for (const addedAt of [undefined, 'igår', 42]) {
      const read = readWorkspaceFile(
        JSON.stringify({
          ...v2,
          sources: [
            { ...source, addedAt: '2024-01-01T00:00:00.000Z' },
            { ...source, name: 'b.csv', addedAt },
          ],
        }),
      );
      if (!read.ok) throw new Error('refused');
      expect(read.workspace.sources.map((s) => [s.name, s.addedAt])).toEqual([
        ['a.csv', '2024-01-01T00:00:00.000Z'],
        ['b.csv', '2024-01-01T00:00:00.001Z'],
      ]);
      expect(read.problems.map((p) => [p.part, p.label, p.code, p.text.en])).toEqual([
        [
          'sources[1]',
          'b.csv',
          'workspace_source_time',
          'the time the file was added is not a point in time; it is placed after the file before it',
        ],
      ]);
    }
  });
});
