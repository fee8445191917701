import { describe, expect, it } from 'vitest';
import { readWorkspaceFile, type WorkspaceFileRead } from '../../src/data/workspace/workspace-read';
import { WORKSPACE_VERSION } from '../../src/data/workspace/workspace-migrations';
import { bytesOf } from '../support/workspace-builder';

const HEAD = { format: 'regionala-resultat-arbetsyta', version: WORKSPACE_VERSION };
const fileWith = (parts: Record<string, unknown>): string => JSON.stringify({ ...HEAD, ...parts });
const T = '2024-01-01T00:00:00.000Z';
const SOURCE = { id: 's1', name: 'a.csv', addedAt: T, base64: 'AAE=' };
const INDICATOR = { id: 'ok', chainLevel: 'utfall', direction: 'neutral' };
const TARGET = { region: '20', indicator: 'ok', period: '2030', value: 5 };
const MAPPING = { shape: 'a|b', options: { columns: { region: 0, period: 1 } } };

/** A counter for new ids, so that tests see which part got one. */
function ids(): () => string {
  let n = 0;
  return () => `new-${++n}`;
}

function readable(read: WorkspaceFileRead): Extract<WorkspaceFileRead, { ok: true }> {
  if (!read.ok) throw new Error(`refused: ${read.refusal.code}`);
  return read;
}

/** Every problem as [part, label, code]. */
const named = (read: WorkspaceFileRead): (string | undefined)[][] =>
  readable(read).problems.map((p) => [p.part, p.label, p.code]);

describe('readWorkspaceFile: a part that cannot be read is named, and the rest is read', () => {
  it('a source without content, without a name, not an object, not base64', () => {
    const read = readWorkspaceFile(
      fileWith({
        sources: [
          SOURCE,
          { id: 's2', name: 'tom.csv', addedAt: T },
          { id: 's3', base64: 'AAE=', addedAt: T },
          'fil',
          { id: 's5', name: 'trasig.csv', addedAt: T, base64: '*** inte base64 ***' },
        ],
      }),
    );
    expect(readable(read).workspace.sources.map((s) => s.name)).toEqual(['a.csv']);
    expect(named(read)).toEqual([
      ['sources[1]', 'tom.csv', 'workspace_source_no_content'],
      ['sources[2]', undefined, 'workspace_source_no_name'],
      ['sources[3]', undefined, 'workspace_part_not_object'],
      ['sources[4]', 'trasig.csv', 'workspace_source_not_base64'],
    ]);
    const [noContent] = readable(read).problems;
    expect(noContent?.text).toEqual({
      sv: 'saknar innehåll; filen lästes inte',
      en: 'has no content; the file was not read',
    });
    expect(noContent?.severity).toBe('error');
  });

  it('invalid indicators: id, level, direction, not an object', () => {
    const read = readWorkspaceFile(
      fileWith({
        indicators: [
          INDICATOR,
          { ...INDICATOR, id: 'Versaler' },
          { ...INDICATOR, id: 'x', chainLevel: 'effekter' },
          { ...INDICATOR, id: 'y', direction: 'up' },
          42,
          { ...INDICATOR, id: undefined },
        ],
      }),
    );
    expect(readable(read).workspace.indicators.map((i) => i.id)).toEqual(['ok']);
    expect(named(read)).toEqual([
      ['indicators[1]', 'Versaler', 'workspace_indicator_id'],
      ['indicators[2]', 'x', 'workspace_indicator_level'],
      ['indicators[3]', 'y', 'workspace_indicator_direction'],
      ['indicators[4]', undefined, 'workspace_part_not_object'],
      ['indicators[5]', '—', 'workspace_indicator_id'],
    ]);
    expect(readable(read).problems[1]?.text.sv).toBe('ogiltig nivå i effektkedjan ”effekter”; lästes inte');
  });

  it('two indicators of one id: the later applies, and the earlier is named', () => {
    const read = readWorkspaceFile(
      fileWith({
        indicators: [
          { ...INDICATOR, name: 'Först' },
          { ...INDICATOR, name: 'Sist' },
        ],
      }),
    );
    expect(readable(read).workspace.indicators.map((i) => i.name)).toEqual(['Sist']);
    expect(named(read)).toEqual([['indicators[1]', 'ok', 'workspace_indicator_same_id']]);
  });

  it('invalid targets name the field; an incomplete baseline keeps the target without it', () => {
    const read = readWorkspaceFile(
      fileWith({
        targets: [
          TARGET,
          { ...TARGET, region: 20 },
          { ...TARGET, indicator: undefined },
          { ...TARGET, period: 2030 },
          { ...TARGET, value: '5' },
          null,
          { ...TARGET, period: '2031', baseline: { period: '2020' } },
        ],
      }),
    );
    expect(readable(read).workspace.targets.map((t) => [t.period, t.baseline])).toEqual([
      ['2030', undefined],
      ['2031', undefined],
    ]);
    expect(named(read)).toEqual([
      ['targets[1]', 'ok', 'workspace_target_field'],
      ['targets[2]', undefined, 'workspace_target_field'],
      ['targets[3]', 'ok', 'workspace_target_field'],
      ['targets[4]', 'ok', 'workspace_target_field'],
      ['targets[5]', undefined, 'workspace_part_not_object'],
      ['targets[6]', 'ok', 'workspace_target_baseline'],
    ]);
    expect(
      readable(read)
        .problems.slice(0, 4)
        .map((p) => p.text.en.split(' ')[2]),
    ).toEqual(['region', 'indicator', 'period', 'value']);
  });

  it('invalid mappings: no shape, no options, partly unreadable columns', () => {
    const read = readWorkspaceFile(
      fileWith({
        mappings: [
          MAPPING,
          { options: MAPPING.options },
          { shape: 'c|d' },
          { shape: 'e|f', options: { columns: { region: 0, period: -1, periods: [2, 'x'] } } },
        ],
      }),
    );
    expect(readable(read).workspace.mappings).toEqual([
      { shape: 'a|b', options: { columns: { region: 0, period: 1 } } },
      { shape: 'e|f', options: { columns: { region: 0, periods: [2] } } },
    ]);
    expect(named(read)).toEqual([
      ['mappings[1]', undefined, 'workspace_mapping_shape'],
      ['mappings[2]', 'c|d', 'workspace_mapping_options'],
      ['mappings[3]', 'e|f', 'workspace_options_partial'],
    ]);
  });

  it('indicators, targets or mappings that are not a list are named as a whole; the rest is read', () => {
    const read = readWorkspaceFile(
      fileWith({ sources: [SOURCE], indicators: 'x', targets: { a: 1 }, mappings: 3 }),
    );
    expect(readable(read).workspace.sources.map((s) => s.name)).toEqual(['a.csv']);
    expect(named(read)).toEqual([
      ['indicators', undefined, 'workspace_part_not_list'],
      ['targets', undefined, 'workspace_part_not_list'],
      ['mappings', undefined, 'workspace_part_not_list'],
    ]);
    expect(readable(read).problems[1]?.text.sv).toBe('inte en lista; ingen del av den lästes');
  });

  it('a source whose options cannot be read is kept without them, and said', () => {
    const read = readWorkspaceFile(fileWith({ sources: [{ ...SOURCE, options: 'alla kolumner' }] }));
    expect(readable(read).workspace.sources.map((s) => [s.name, s.options])).toEqual([['a.csv', undefined]]);
    expect(named(read)).toEqual([['sources[0]', 'a.csv', 'workspace_source_options']]);
  });

  it('a file that reads cleanly has no problems', () => {
    const read = readWorkspaceFile(
      fileWith({ sources: [SOURCE], indicators: [INDICATOR], targets: [TARGET], mappings: [MAPPING] }),
    );
    expect(readable(read).problems).toEqual([]);
  });
});

describe('readWorkspaceFile: sources with the same id are kept apart', () => {
  it('the second of two sources with one id gets a new id, keeps its bytes, and is named', async () => {
    const read = readWorkspaceFile(
      fileWith({
        sources: [SOURCE, { ...SOURCE, name: 'b.csv', base64: 'AgM=' }, { ...SOURCE, name: 'c.csv' }],
      }),
      ids(),
    );
    const { sources } = readable(read).workspace;
    expect(sources.map((s) => [s.id, s.name])).toEqual([
      ['s1', 'a.csv'],
      ['new-1', 'b.csv'],
      ['new-2', 'c.csv'],
    ]);
    expect([...(await bytesOf(sources[1]?.content ?? new Blob()))]).toEqual([2, 3]);
    expect(named(read)).toEqual([
      ['sources[1]', 'b.csv', 'workspace_source_same_id'],
      ['sources[2]', 'c.csv', 'workspace_source_same_id'],
    ]);
    expect(readable(read).problems[0]?.text.sv).toBe(
      'har samma id som sources[0]; de hålls isär och den här får ett nytt id',
    );
  });

  it('a source without an id gets a new one, without a word', () => {
    const read = readWorkspaceFile(fileWith({ sources: [{ ...SOURCE, id: undefined }] }), ids());
    expect(readable(read).workspace.sources.map((s) => s.id)).toEqual(['new-1']);
    expect(named(read)).toEqual([]);
  });
});

describe('readWorkspaceFile: files it refuses whole say why', () => {
  it.each([
    ['not JSON', '{"format":', 'workspace_not_json', 'not JSON'],
    [
      'sources not a list',
      fileWith({ sources: 'x' }),
      'workspace_sources_not_list',
      'the files (sources) are not a list',
    ],
    [
      'a newer version',
      JSON.stringify({ ...HEAD, version: WORKSPACE_VERSION + 1 }),
      'workspace_newer_version',
      `it was saved by a newer version of the app: the workspace is version ${WORKSPACE_VERSION + 1}, this version reads up to version ${WORKSPACE_VERSION}. Reload the page to get the latest version`,
    ],
  ])('%s', (_, text, code, en) => {
    const read = readWorkspaceFile(text);
    expect(read.ok ? undefined : [read.refusal.code, read.refusal.text.en]).toEqual([code, en]);
  });
});
