import { describe, expect, it } from 'vitest';
import { importTextFiles } from '../../src/data/pipeline/import-files';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

function catalogue(id: string, name: string, decimals: number): string {
  return JSON.stringify({
    indicators: [
      {
        id,
        name: { sv: name, en: name },
        unit: { sv: 'st', en: 'count' },
        chainLevel: 'prestationer',
        direction: 'higher_is_better',
        question: { kind: 'summative', sv: '', en: '' },
        source: 'test',
        decimals,
      },
    ],
    observations: [],
    targets: [],
  });
}

describe('an indicator defined by two files', () => {
  it('keeps the first definition and says so in the later file, naming the earlier one', () => {
    const dataset = importTextFiles([
      { name: 'katalog.json', bytes: enc(catalogue('antal_projekt', 'Beviljade projekt', 0)) },
      { name: 'egna.json', bytes: enc(catalogue('antal_projekt', 'Antal projekt', 1)) },
    ]);
    const kept = dataset.indicators.filter((i) => i.id === 'antal_projekt');
    expect(kept.map((i) => [i.name.sv, i.decimals])).toEqual([['Beviljade projekt', 0]]);
    const later = dataset.reports.find((r) => r.file === 'egna.json');
    const issue = later?.issues.find((i) => i.code === 'indicator_defined_earlier');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message.sv).toContain('”katalog.json”');
    expect(issue?.message.en).toContain('decimals');
    const first = dataset.reports.find((r) => r.file === 'katalog.json');
    expect(first?.issues.map((i) => i.code)).not.toContain('indicator_defined_earlier');
  });

  it('says nothing when the later definition is the same', () => {
    const dataset = importTextFiles([
      { name: 'a.json', bytes: enc(catalogue('antal_projekt', 'Antal projekt', 1)) },
      { name: 'b.json', bytes: enc(catalogue('antal_projekt', 'Antal projekt', 1)) },
    ]);
    const codes = dataset.reports.flatMap((r) => r.issues.map((i) => i.code));
    expect(codes).not.toContain('indicator_defined_earlier');
  });
});
