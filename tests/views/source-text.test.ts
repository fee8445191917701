import { describe, expect, it } from 'vitest';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import type { Indicator } from '../../src/domain/indicator';
import type { Dataset } from '../../src/data/dataset/dataset';
import { ledgerSourceText, sourceText } from '../../src/views/source-text';
import { catalogueEntry, catalogueJson } from '../support/view-catalogue';

const enc = (s: string) => new TextEncoder().encode(s);
const head = 'region;indikator;period;värde\n';
const catalogue = catalogueJson([
  { ...catalogueEntry('a', { chainLevel: 'utfall' }), source: 'Exempeldata (påhittad)' },
  {
    ...catalogueEntry('sokta_medel', { chainLevel: 'aktiviteter' }),
    source: 'Exempeldata (påhittad), ärendelista',
  },
  {
    ...catalogueEntry('projekt', { chainLevel: 'prestationer', aggregation: 'sum' }),
    source: 'Exempeldata (påhittad)',
  },
]);
const ledgerHead = 'ärende;län;stödtyp;beslutsår;status;sökt_belopp;beviljat_belopp\n';

function build(own: Record<string, string>): Dataset {
  return importTextFiles([
    { name: 'exempel-indikatorer.json', example: true, bytes: enc(catalogue) },
    {
      name: 'exempel-observationer.csv',
      example: true,
      bytes: enc(`${head}20;a;2023;1\n01;a;2023;2\n00;a;2023;3\n`),
    },
    {
      name: 'exempel-arendelista.csv',
      example: true,
      bytes: enc(
        `${ledgerHead}E-1;20;projektstöd;2023;beviljad;900;900\nE-2;01;projektstöd;2023;beviljad;500;400\n`,
      ),
    },
    ...Object.entries(own).map(([name, content]) => ({ name, bytes: enc(content) })),
  ]);
}
const indicator = (d: Dataset, id: string): Indicator =>
  d.indicators.find((i) => i.id === id) ?? (undefined as never);

describe('sourceText', () => {
  it('rows from the example data keep the catalogue’s source, with its word that they are invented', () => {
    const d = build({});
    expect(sourceText(d, indicator(d, 'a'), ['20'])).toBe('Exempeldata (påhittad)');
    expect(sourceText(d, indicator(d, 'sokta_medel'), ['20'])).toBe('Exempeldata (påhittad), ärendelista');
  });

  it('rows from the user’s file are named by the file; a chart with both says both', () => {
    const d = build({ 'scb-dalarna.csv': `${head}20;a;2023;1,5\n` });
    expect(sourceText(d, indicator(d, 'a'), ['20'])).toBe('scb-dalarna.csv');
    expect(sourceText(d, indicator(d, 'a'), ['20', '00'])).toBe('scb-dalarna.csv; Exempeldata (påhittad)');
    expect(sourceText(d, indicator(d, 'a'), ['01'])).toBe('Exempeldata (påhittad)');
  });

  it('sums and formulas over the ledger name the ledger files behind the region', () => {
    const d = build({ 'dalarna-arenden.csv': `${ledgerHead}D-1;20;projektstöd;2023;beviljad;200;150\n` });
    expect(sourceText(d, indicator(d, 'sokta_medel'), ['20'])).toBe('dalarna-arenden.csv');
    expect(sourceText(d, indicator(d, 'sokta_medel'), ['01'])).toBe('Exempeldata (påhittad), ärendelista');
  });

  it('the Finansiering view’s source: the ledger files behind the region, the example said as such', () => {
    const d = build({ 'dalarna-arenden.csv': `${ledgerHead}D-1;20;projektstöd;2023;beviljad;200;150\n` });
    expect(ledgerSourceText(d, ['20'], 'påhittad')).toBe('dalarna-arenden.csv');
    expect(ledgerSourceText(build({}), ['01'], 'påhittad')).toBe('påhittad');
    // Beside the user's ledger the example ledger is not used at all: nothing invented to name.
    expect(ledgerSourceText(d, ['01'], 'påhittad')).toBe('–');
    expect(ledgerSourceText(d, undefined, 'påhittad')).toBe('dalarna-arenden.csv');
  });

  it('a county value made from its kommuner says so, with the source of the kommun values', () => {
    const blekinge = ['1060', '1080', '1081', '1082', '1083'];
    const d = build({
      'blekinge-projekt.csv': `${head}${blekinge.map((k, n) => `${k};projekt;2024;${n + 1}`).join('\n')}\n`,
    });
    const projekt = indicator(d, 'projekt');
    expect(sourceText(d, projekt, ['10'])).toBe('summa av kommunerna (blekinge-projekt.csv)');
    expect(sourceText(d, projekt, ['10'], 'en')).toBe('sum of the municipalities (blekinge-projekt.csv)');
    expect(sourceText(d, projekt, ['1060'])).toBe('blekinge-projekt.csv');
    expect(sourceText(d, projekt)).toBe('blekinge-projekt.csv; summa av kommunerna (blekinge-projekt.csv)');
    // Another county, without kommun values, is not said to be a sum.
    expect(sourceText(d, projekt, ['20'])).not.toContain('summa');
  });

  it('a sum of the example’s invented kommun values keeps the word that they are invented', () => {
    const blekinge = ['1060', '1080', '1081', '1082', '1083'];
    const d = importTextFiles([
      { name: 'exempel-indikatorer.json', example: true, bytes: enc(catalogue) },
      {
        name: 'exempel-kommuner.csv',
        example: true,
        bytes: enc(`${head}${blekinge.map((k) => `${k};projekt;2024;2`).join('\n')}\n`),
      },
    ]);
    expect(sourceText(d, indicator(d, 'projekt'), ['10'])).toBe(
      'summa av kommunerna (Exempeldata (påhittad))',
    );
  });
});
