import { describe, expect, it } from 'vitest';
import { listTitle } from '../../../src/data/strategy/list-title';
import type { StrategyFileRead } from '../../../src/data/strategy/strategy-file';
import { readStrategyFile } from '../../../src/data/strategy/strategy-open';
import { rowXml, xlsxBytes } from '../../support/xlsx-bytes';

const list = (rows: readonly (readonly string[])[]): Uint8Array =>
  xlsxBytes({ sheets: [{ name: 'Blad1', rows: rows.map((cells, i) => rowXml(i + 1, cells)).join('') }] });

function ok(read: StrategyFileRead): Extract<StrategyFileRead, { ok: true }> {
  if (!read.ok) throw new Error(read.text.sv);
  return read;
}

describe('an indicator list’s title line as the strategy’s name', () => {
  it('names the strategy from the title line above the header, and says so', () => {
    const read = ok(
      readStrategyFile(
        list([
          ['Uppföljning av Dalastrategin 2030'],
          [],
          ['Indikator', 'Målområde'],
          ['BRP per invånare', 'Konkurrenskraftigt'],
        ]),
      ),
    );
    expect(read.fromList).toBe(true);
    expect(read.nameFromTitle).toBe(true);
    expect(read.file.strategy.name).toBe('Uppföljning av Dalastrategin 2030');
    expect(read.file.strategy.indicators.map((i) => i.name)).toEqual(['BRP per invånare']);
  });

  it('leaves the name blank when the header is the first row', () => {
    const read = ok(readStrategyFile(list([['Indikator'], ['BRP per invånare']])));
    expect(read.nameFromTitle).toBe(false);
    expect(read.file.strategy.name).toBe('');
  });

  it('takes only a lone text above the header, never a row of several cells', () => {
    const sheet = (rows: string[][]) => ({ name: 'Blad1', rows });
    expect(listTitle(sheet([['', '  Dalastrategin  ', ''], ['Indikator']]), 1)).toBe('Dalastrategin');
    expect(listTitle(sheet([['Region', 'Dalarna'], ['Indikator']]), 1)).toBeUndefined();
    expect(listTitle(sheet([['Indikator']]), 0)).toBeUndefined();
    expect(listTitle(sheet([['x'.repeat(121)], ['Indikator']]), 1)).toBeUndefined();
  });
});
