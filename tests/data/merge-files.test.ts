import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/build-dataset';
import { importFile } from '../../src/data/import-file';
import { querySeries } from '../../src/data/store-query';
import { datasetFrom } from '../support/dataset-builder';

describe('merging files', () => {
  const dataset = datasetFrom({
    'exempel.csv': ['region;indikator;period;värde', '20;a;2022;1', '20;a;2023;2', '01;a;2023;5'].join('\n'),
    'egna.csv': ['region;indikator;period;värde', '20;a;2023;2,5', '03;a;2023;7'].join('\n'),
  });

  it('uses the later file’s value where files give the same observation', () => {
    expect(querySeries(dataset, { indicator: 'a', region: '20', gender: 'T', granularity: 'year' }).map((p) => p.value)).toEqual([1, 2.5]);
    expect(dataset.observations.length).toBe(4);
  });

  it('counts the replaced row as skipped in the earlier file and says which file and line replaced it', () => {
    const earlier = dataset.reports.find((r) => r.file === 'exempel.csv');
    expect(earlier && [earlier.records, earlier.accepted, earlier.rejected, earlier.skipped]).toEqual([3, 2, 0, 1]);
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
