import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAN_SCOPE } from '../../../src/domain/region-scope';
import { translator } from '../../../src/i18n/dictionary';
import { buildChainPanel } from '../../../src/views/panels/chain-panel';
import { buildCofinancingPanel } from '../../../src/views/panels/cofinancing-panel';
import { buildCohortPanel } from '../../../src/views/panels/cohort-panel';
import { buildFinanceFigures } from '../../../src/views/panels/finance-figures-panel';
import { resolveLedgerSelection, type LedgerChoice } from '../../../src/views/panels/ledger-selection';
import { buildLeveragePanel } from '../../../src/views/panels/leverage-panel';
import type { PanelContext } from '../../../src/views/panels/panel-context';
import { buildPressurePanel } from '../../../src/views/panels/pressure-panel';
import { buildRusPanel } from '../../../src/views/panels/rus-panel';
import { datasetFrom } from '../../support/dataset-builder';

const catalogue = readFileSync(
  resolve(import.meta.dirname, '../../fixtures/ledger/indikatorer-med-formler.json'),
  'utf8',
);
const HEADER =
  'ärende;län;stödtyp;beslutsår;status;sökt_belopp;beviljat_belopp;utbetalt_belopp;eu_medel;' +
  'statlig_medfinansiering;regional_medfinansiering;kommunal_medfinansiering;privat_medfinansiering;' +
  'rus_prioritering;resultatkedja;nationellt_strategiområde;projektägare;startdatum;slutdatum;vd_kön';

/** Two counties' cases: amounts in whole millions, so every figure can be checked by hand. */
const dataset = datasetFrom({
  'indikatorer.json': catalogue,
  'arendelista.csv': [
    HEADER,
    '20-1;20;projektstöd;2023;beviljad;3000000;2000000;1000000;1000000;0;500000;500000;0;Innovation;Prestationer;;Projekt A;;;',
    '20-2;20;företagsstöd;2023;beviljad;1000000;1000000;1000000;0;0;0;0;2000000;Kompetens;Utfall;;Bolaget B AB;;;K',
    '20-3;20;projektstöd;2024;beviljad;2000000;2000000;500000;0;0;0;0;2000000;Innovation;Prestationer;;Projekt C;;;',
    '20-4;20;projektstöd;2024;avslagen;1000000;;;;;;;;Kompetens;;;Projekt D;;;',
    '03-1;03;projektstöd;2023;beviljad;4000000;2000000;2000000;0;0;0;0;6000000;Innovation;Utfall;;Projekt E;;;',
  ].join('\n'),
  'ramar.csv': ['län;år;ram', '20;2023;2000000', '20;2024;4000000', '03;2023;4000000'].join('\n'),
  'rus-andelar.csv': [
    'län;år;rus_prioritering;planerad_andel',
    '20;2023;Innovation;60',
    '20;2023;Kompetens;40',
  ].join('\n'),
});
const t = translator('sv');
const context: PanelContext = { dataset, scope: LAN_SCOPE, lang: 'sv', t };
const DEFAULT_CHOICE: LedgerChoice = { region: '20', supportType: undefined, at: undefined };

function selection(choice: Partial<LedgerChoice> = {}) {
  const s = resolveLedgerSelection(context, {
    region: '20',
    supportType: undefined,
    at: undefined,
    ...choice,
  });
  if (!s) throw new Error('no ledger');
  return s;
}

const values = (input: { series: readonly { name: string; values: readonly (number | null)[] }[] }) =>
  input.series.map((s) => [s.name, s.values.map((v) => (v === null ? null : Math.round(v * 100) / 100))]);

describe('resolveLedgerSelection', () => {
  it('the ledger’s regions; the chosen region, its decision years, the latest by default', () => {
    const s = selection();
    expect(s.regions).toEqual(['03', '20']);
    expect([s.region, s.place, s.years, s.year]).toEqual(['20', 'Dalarnas län', [2023, 2024], 2024]);
    expect(s.cases.map((c) => c.id)).toEqual(['20-1', '20-2', '20-3', '20-4']);
  });

  it('a region the ledger lacks falls back to its first; a year without cases to the latest', () => {
    expect(selection({ region: '01' }).region).toBe('03');
    expect(selection({ at: '2023' }).year).toBe(2023);
    expect(selection({ at: '2019' }).year).toBe(2024);
  });

  it('a support type narrows the cases, not the years', () => {
    const s = selection({ supportType: 'foretagsstod' });
    expect(s.cases.map((c) => c.id)).toEqual(['20-2']);
    expect(s.years).toEqual([2023, 2024]);
  });

  it('no ledger, no selection', () => {
    expect(resolveLedgerSelection({ ...context, dataset: datasetFrom({}) }, DEFAULT_CHOICE)).toBeUndefined();
  });
});

describe('buildPressurePanel', () => {
  it('available, applied and granted (mnkr) by year; the pressure ratio applied ÷ frame in a chart of its own', () => {
    const { amounts, ratio } = buildPressurePanel(context, selection());
    expect(amounts.categories).toEqual(['2023', '2024']);
    expect(amounts.unit).toBe('mnkr');
    expect(values(amounts)).toEqual([
      ['Tillgängliga medel (ram)', [2, 4]],
      ['Sökta medel', [4, 3]],
      ['Beviljade medel', [3, 2]],
    ]);
    expect(ratio.categories).toEqual(['2023', '2024']);
    expect(values(ratio)).toEqual([['Ansökningstryck (sökt ÷ ram)', [2, 0.75]]]);
    expect(ratio.description).toBe('Ansökningstryck (sökt ÷ ram), Dalarnas län');
  });
});

describe('buildCofinancingPanel', () => {
  it('granted 1:1 funds and co-financing by source, stacked, by decision year (granted cases only)', () => {
    const input = buildCofinancingPanel(context, selection());
    expect(input.categories).toEqual(['2023', '2024']);
    expect(input.series.every((s) => s.stack === 'total' && s.kind === 'bar')).toBe(true);
    const byName = new Map(values(input).map(([name, v]) => [name, v]));
    expect(byName.get('1:1-medel (beviljat)')).toEqual([3, 2]);
    expect(byName.get('EU:s strukturfonder')).toEqual([1, 0]);
    expect(byName.get('Region')).toEqual([0.5, 0]);
    expect(byName.get('Privat')).toEqual([2, 2]);
  });
});

describe('buildCohortPanel', () => {
  it('granted and paid by decision year (mnkr), and the payment rate (%) in a chart of its own', () => {
    const { amounts, share } = buildCohortPanel(context, selection());
    expect(values(amounts)).toEqual([
      ['Beviljat', [3, 2]],
      ['Utbetalt hittills', [2, 0.5]],
    ]);
    expect(share.unit).toBe('%');
    expect(values(share)).toEqual([['Utbetalningsgrad (%)', [66.67, 25]]]);
  });

  it('under a support-type filter only that type’s cases', () => {
    const { amounts } = buildCohortPanel(context, selection({ supportType: 'foretagsstod' }));
    expect(amounts.categories).toEqual(['2023']);
    expect(values(amounts)).toEqual([
      ['Beviljat', [1]],
      ['Utbetalt hittills', [1]],
    ]);
  });
});

describe('buildRusPanel and buildChainPanel', () => {
  it('RUS: the year’s granted shares beside the planned shares, planned areas first', () => {
    const input = buildRusPanel(context, selection({ at: '2023' }));
    expect(input.categories).toEqual(['Innovation', 'Kompetens']);
    expect(values(input)).toEqual([
      ['Andel av beviljade medel (%)', [66.67, 33.33]],
      ['Planerad andel (%)', [60, 40]],
    ]);
    expect(input.horizontal).toBe(true);
  });

  it('RUS under a support-type filter: the filtered shares, no plan', () => {
    const input = buildRusPanel(context, selection({ at: '2023', supportType: 'foretagsstod' }));
    expect(input.series.map((s) => s.name)).toEqual(['Andel av beviljade medel (%)']);
    expect(input.description).not.toContain('planerad');
  });

  it('the effect chain: granted funds (mnkr) by tag in the year', () => {
    const input = buildChainPanel(context, selection({ at: '2023' }));
    expect(values(input)).toEqual([['Beviljade medel', expect.any(Array)]]);
    const granted = new Map(input.categories.map((c, i) => [c, input.series[0]?.values[i]]));
    expect(Object.fromEntries(granted)).toEqual({ Prestationer: 2, Utfall: 1 });
  });
});

describe('buildFinanceFigures', () => {
  it('the catalogue’s key figures for the region in the year, in the view’s order, each with its formula', () => {
    const figures = buildFinanceFigures(context, selection({ at: '2023' }));
    expect(figures.map((f) => f.id)).toEqual([
      'ansokningstryck',
      'beslutandegrad',
      'uppvaxling',
      'medfinansiering_per_krona',
      'utbetalningsgrad',
      'andel_foretagsstod_kvinnor',
      'andel_medel_rus',
    ]);
    const value = (id: string) => figures.find((f) => f.id === id)?.value;
    // Applied 4 ÷ frame 2; granted 3 of frame 2; (3 + co-financing 4) ÷ 3; paid 2 of 3; women's 1 of 1.
    expect(value('ansokningstryck')).toBeCloseTo(2);
    expect(value('beslutandegrad')).toBeCloseTo(150);
    expect(value('uppvaxling')).toBeCloseTo(7 / 3);
    expect(value('medfinansiering_per_krona')).toBeCloseTo(4 / 3);
    expect(value('utbetalningsgrad')).toBeCloseTo(200 / 3);
    expect(value('andel_foretagsstod_kvinnor')).toBeCloseTo(100);
    expect(figures.find((f) => f.id === 'uppvaxling')?.formula).toContain('÷');
  });
});

describe('buildLeveragePanel: the indicator panels, composed without a URL state', () => {
  it('the län with a value ranked in the year; the region’s trend', () => {
    const leverage = buildLeveragePanel(context, selection({ at: '2023' }));
    expect(leverage).toBeDefined();
    if (!leverage) return;
    const ranked = leverage.ranking.entries.filter((e) => e.value !== null);
    // Dalarna (3 + 4) ÷ 3; Uppsala (2 + 6) ÷ 2.
    expect(ranked.map((e) => [e.code, Math.round((e.value ?? 0) * 100) / 100])).toEqual([
      ['03', 4],
      ['20', 2.33],
    ]);
    // The user's own ledger is ranked alone: only its two counties, never beside counties without data.
    expect(leverage.ranking.entries.map((e) => e.code)).toEqual(['03', '20']);
    expect(leverage.ranking.selected).toEqual(['20']);
    expect(leverage.trend.lines[0]?.name).toBe('Dalarnas län');
    expect(leverage.trend.lines[0]?.points.map((p) => [p.period.year, p.value])).toEqual([
      [2023, 7 / 3],
      [2024, 2],
    ]);
  });

  it('without the catalogue’s uppväxling there is no leverage panel', () => {
    const bare = datasetFrom({ 'ramar.csv': 'län;år;ram\n20;2023;2000000' });
    expect(buildLeveragePanel({ ...context, dataset: bare }, selection())).toBeUndefined();
  });
});
