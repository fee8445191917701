import { describe, expect, it } from 'vitest';
import { importTextFiles, readFiles } from '../../src/data/pipeline/import-files';
import { buildDataset } from '../../src/data/dataset/build-dataset';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const ONE_ROW = 'region;indikator;period;värde\n01;egen;2020;1\n';
const THREE_ROWS = 'region;indikator;period;värde\n01;egen;2021;1\n20;egen;2021;2\n03;egen;2021;x\n';

describe('reports carry the workspace source they are of', () => {
  it('two files of one name: each report has its own source id and its own counts', async () => {
    const files = [
      { name: 'data.csv', bytes: bytes(ONE_ROW), sourceId: 'first' },
      { name: 'data.csv', bytes: bytes(THREE_ROWS), sourceId: 'second' },
    ];
    const dataset = buildDataset(await readFiles(files));
    expect(dataset.reports.map((r) => [r.sourceId, r.file, r.records, r.accepted, r.rejected])).toEqual([
      ['first', 'data.csv', 1, 1, 0],
      ['second', 'data.csv (2)', 3, 3, 0],
    ]);
  });

  it('files that are no workspace source (example data, links) have none', () => {
    const dataset = importTextFiles([{ name: 'exempel.csv', bytes: bytes(ONE_ROW), example: true }]);
    expect(dataset.reports.map((r) => [r.file, r.sourceId, r.example])).toEqual([
      ['exempel.csv', undefined, true],
    ]);
  });
});
