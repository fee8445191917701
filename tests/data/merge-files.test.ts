import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/dataset/build-dataset';
import { importFile } from '../../src/data/pipeline/import-file';
import { querySeries } from '../../src/data/dataset/store-query';
import { datasetFrom } from '../support/dataset-builder';

describe('merging files', () => {
  const dataset = datasetFrom({
    'exempel.csv': ['region;indikator;period;värde', '20;a;2022;1', '20;a;2023;2', '01;a;2023;5'].join('\n'),
    'egna.csv': ['region;indikator;period;värde', '20;a;2023;2,5', '03;a;2023;7'].join('\n'),
  });

  it('uses the later file’s value where files give the same observation', () => {
    expect(
      querySeries(dataset, { indicator: 'a', region: '20', gender: 'T', granularity: 'year' }).map(
        (p) => p.value,
      ),
    ).toEqual([1, 2.5]);
    expect(dataset.observations.length).toBe(4);
  });

  it('counts the replaced row as skipped in the earlier file and says which file and line replaced it', () => {
    const earlier = dataset.reports.find((r) => r.file === 'exempel.csv');
    expect(earlier && [earlier.records, earlier.accepted, earlier.rejected, earlier.skipped]).toEqual([
      3, 2, 0, 1,
    ]);
    const note = earlier?.issues.find((i) => i.code === 'replaced_by_later_file');
    expect(note?.line).toBe(3);
    expect(note?.message.sv).toContain('”egna.csv” rad 2');
    const later = dataset.reports.find((r) => r.file === 'egna.csv');
    expect(later?.accepted).toBe(2);
  });

  it('keeps two files of the same name apart', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const twice = buildDataset([
      importFile('data.csv', bytes('region;indikator;period;värde\n20;a;2023;1')),
      importFile('data.csv', bytes('region;indikator;period;värde\n20;a;2023;3')),
    ]);
    expect(twice.reports.map((r) => r.file)).toEqual(['data.csv', 'data.csv (2)']);
    expect(twice.reports[0]?.issues[0]?.message.sv).toContain('”data.csv (2)” rad 2');
    expect(twice.observations.files[twice.observations.file[0] ?? 0]).toBe('data.csv (2)');
  });
});

describe('the example data gives way, series by series, to the user’s own', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const head = 'region;indikator;period;kön;värde\n';
  const example = (name: string, text: string) => ({ ...importFile(name, bytes(text)), example: true });
  const built = buildDataset([
    example(
      'exempel-observationer.csv',
      `${head}20;a;2021;T;1\n20;a;2022;T;2\n20;a;2023;T;3\n20;a;2023;K;3,5\n01;a;2023;T;5\n20;b;2023;T;9\n`,
    ),
    example('exempel-mal.csv', 'region;indikator;period;mål\n20;a;2030;10\n01;a;2030;8\n20;c;2030;4\n'),
    importFile('egna.csv', bytes(`${head}20;a;2022;T;2,5\n20;a;2023;T;2,8\n`)),
    importFile('egna-mal.csv', bytes('region;indikator;period;mål\n20;c;2030;6\n')),
  ]);
  const series = (region: string, indicator: string, gender: 'T' | 'K' = 'T') =>
    querySeries(built, { indicator, region, gender, granularity: 'year' }).map((p) => [
      p.period.year,
      p.value,
    ]);

  it('a series the user gives is the user’s alone: no invented year or kön is spliced in', () => {
    expect(series('20', 'a')).toEqual([
      [2022, 2.5],
      [2023, 2.8],
    ]);
    expect(series('20', 'a', 'K')).toEqual([]);
    // Other series of the example stay: another county, another indicator.
    expect(series('01', 'a')).toEqual([[2023, 5]]);
    expect(series('20', 'b')).toEqual([[2023, 9]]);
  });

  it('no invented target judges the user’s series; the user’s own target replaces the invented one', () => {
    const targets = built.targets.map((t) => [t.region, t.indicator, t.value]);
    expect(targets).toEqual([
      ['01', 'a', 8],
      ['20', 'c', 6],
    ]);
  });

  it('each example file counts what gave way as skipped and says so; nothing is counted twice', () => {
    const obs = built.reports.find((r) => r.file === 'exempel-observationer.csv');
    expect(obs && [obs.records, obs.accepted, obs.rejected, obs.skipped]).toEqual([6, 2, 0, 4]);
    expect(obs?.issues.map((i) => i.code)).toEqual(['example_series_replaced']);
    expect(obs?.issues[0]?.message.sv).toMatch(/^4 rader av exempeldatan användes inte/);
    const goals = built.reports.find((r) => r.file === 'exempel-mal.csv');
    expect(goals && [goals.records, goals.accepted, goals.skipped]).toEqual([3, 1, 2]);
  });

  it('without example files, files merge value by value as before', () => {
    const plain = buildDataset([
      importFile('a.csv', bytes(`${head}20;a;2021;T;1\n20;a;2022;T;2\n`)),
      importFile('b.csv', bytes(`${head}20;a;2022;T;2,5\n`)),
    ]);
    expect(
      querySeries(plain, { indicator: 'a', region: '20', gender: 'T', granularity: 'year' }).map(
        (p) => p.value,
      ),
    ).toEqual([1, 2.5]);
  });
});
