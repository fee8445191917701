import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CompareChooser } from '../../src/components/CompareChooser';
import { I18nProvider } from '../../src/components/i18n-context';
import { ImportSummaryPanel } from '../../src/components/ImportSummary';
import { RegionSelect } from '../../src/components/RegionSelect';
import type { Lang } from '../../src/domain/language';
import { kommunScope, LAN_SCOPE } from '../../src/domain/region-scope';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { observationsCsv } from '../support/view-catalogue';

const renderIn = (lang: Lang, ui: ReactElement): void => {
  render(<I18nProvider lang={lang}>{ui}</I18nProvider>);
};

const optionTexts = (select: HTMLElement): string[] =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent ?? '');

describe('RegionSelect and CompareChooser take their regions from the scope', () => {
  it('the län scope: Riket, then the 21 län', () => {
    renderIn('sv', <RegionSelect scope={LAN_SCOPE} value="20" onChange={vi.fn()} />);
    const options = optionTexts(screen.getByRole('combobox'));
    expect(options).toHaveLength(22);
    expect(options.slice(0, 3)).toEqual(['Riket', 'Stockholms län', 'Uppsala län']);
    expect(options[21]).toBe('Norrbottens län');
  });

  it('the kommun scope within Dalarna: the county, then its 15 kommuner; the focus is not offered to compare', () => {
    renderIn('sv', <RegionSelect scope={kommunScope('20')} value="2080" onChange={vi.fn()} />);
    const options = optionTexts(screen.getByRole('combobox'));
    expect(options).toHaveLength(16);
    expect(options.slice(0, 3)).toEqual(['Dalarnas län', 'Vansbro', 'Malung-Sälen']);
    renderIn('sv', <CompareChooser scope={kommunScope('20')} focus="2080" chosen={[]} onChange={vi.fn()} />);
    // Among kommuner: the county and Riket, then every kommun of every county (see compare-chooser.test).
    fireEvent.click(screen.getByTestId('compare-toggle'));
    const boxes = within(screen.getByTestId('compare-panel')).getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).value)).toHaveLength(2 + 289);
    expect(boxes.map((b) => (b as HTMLInputElement).value)).not.toContain('2080');
    expect((boxes[0] as HTMLInputElement).value).toBe('20');
  });
});

describe('ImportSummaryPanel names formats in words, not by the reader’s id', () => {
  const dataset = datasetFrom({
    'indicators.json': SMALL_CATALOGUE,
    'obs.csv': observationsCsv(['20;nyforetagande;2023;8']),
  });
  const formats = (): string[] =>
    screen
      .getAllByRole('row')
      .slice(1, 3)
      .map((row) => row.querySelectorAll('td')[0]?.textContent ?? '');

  it('in Swedish', () => {
    renderIn('sv', <ImportSummaryPanel reports={dataset.reports} id="summary" onClose={vi.fn()} />);
    expect(formats()).toEqual(['JSON (verktygets format)', 'CSV, lång form']);
  });

  it('in English', () => {
    renderIn('en', <ImportSummaryPanel reports={dataset.reports} id="summary" onClose={vi.fn()} />);
    expect(formats()).toEqual(["JSON (the tool's format)", 'CSV, long form']);
  });
});
