import { describe, expect, it } from 'vitest';
import { LAN_SCOPE } from '../../../src/domain/region-scope';
import { translator } from '../../../src/i18n/dictionary';
import { DEFAULT_URL_STATE, type UrlState } from '../../../src/state/url-state';
import { indicatorsWithData } from '../../../src/views/indicator-list';
import { buildCrossSection } from '../../../src/views/panels/cross-section';
import { resolveIndicatorSelection } from '../../../src/views/panels/indicator-selection';
import type { PanelContext } from '../../../src/views/panels/panel-context';
import { datasetFrom } from '../../support/dataset-builder';
import { catalogueEntry, catalogueJson, observationsCsv } from '../../support/view-catalogue';

const t = translator('sv');

function datasetOf(rows: readonly string[]) {
  return datasetFrom({
    'indicators.json': catalogueJson([
      catalogueEntry('nyforetagande', { chainLevel: 'kortsiktiga_effekter' }),
    ]),
    'obs.csv': observationsCsv(rows),
  });
}

function section(context: PanelContext, choice: Partial<UrlState>) {
  const listed = indicatorsWithData(context.dataset, t)[0];
  if (!listed) throw new Error('no indicator');
  const selection = resolveIndicatorSelection(context, listed, { ...DEFAULT_URL_STATE, ...choice });
  return { selection, section: buildCrossSection(context, selection, undefined, []) };
}

describe('a change of focus reads the series of the scope once', () => {
  const rows = ['00;nyforetagande;2023;11', '20;nyforetagande;2023;8', '01;nyforetagande;2023;14'];
  const dataset = datasetOf(rows);
  const context: PanelContext = { dataset, scope: LAN_SCOPE, lang: 'sv', t };

  it("keeps every region's series and the coverage across a county change, with the same values", () => {
    const dalarna = section(context, { region: '20' });
    const stockholm = section(context, { region: '01' });
    expect(stockholm.selection.focus.code).toBe('01');
    // The same objects: not read again from the observations.
    expect(stockholm.section.byRegion).toBe(dalarna.section.byRegion);
    expect(stockholm.selection.granularities).toBe(dalarna.selection.granularities);
    expect(stockholm.section.pointAt('01')?.value).toBe(14);
    expect(stockholm.section.referenceAt?.value).toBe(11);
  });

  it('reads again for another dataset', () => {
    const other = datasetOf([...rows.slice(0, 2), '01;nyforetagande;2023;15']);
    const before = section(context, { region: '01' });
    const after = section({ ...context, dataset: other }, { region: '01' });
    expect(after.section.byRegion).not.toBe(before.section.byRegion);
    expect(after.section.pointAt('01')?.value).toBe(15);
  });
});
