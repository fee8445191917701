import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CompareChooser } from '../../src/components/CompareChooser';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { I18nProvider } from '../../src/components/i18n-context';
import { MappingForm } from '../../src/components/MappingForm';
import { TargetEditor } from '../../src/components/TargetEditor';
import type { WorkspaceApi } from '../../src/components/use-workspace';
import { WorkspaceContext } from '../../src/components/workspace-context';
import { OverviewView } from '../../src/views/OverviewView';
import { fakeWorkspaceApi } from './fake-workspace-api';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { renderView } from '../support/render-view';

const sv = (ui: ReactElement): void => {
  render(<I18nProvider lang="sv">{ui}</I18nProvider>);
};

/** The field's error: what its aria-describedby points at. */
const errorOf = (field: HTMLElement): HTMLElement | null =>
  document.getElementById(field.getAttribute('aria-describedby') ?? '');

describe('CompareChooser: Escape', () => {
  it('closes the open panel and returns focus to the toggle', () => {
    sv(<CompareChooser scope={LAN_SCOPE} focus="20" chosen={[]} onChange={vi.fn()} />);
    const toggle = screen.getByTestId('compare-toggle');
    fireEvent.click(toggle);
    const panel = screen.getByTestId('compare-panel');
    expect(panel.hidden).toBe(false);
    const box = screen.getByLabelText('Stockholms län');
    box.focus();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('MappingForm: an error is tied to its field', () => {
  const preview = {
    header: ['län', 'år', 'antal anställda', 'antal företag'],
    headerLine: 0,
    rows: [['20', '2023', '100', '5']],
    shape: 'x',
  };

  it('puts focus on the name field, invalid and described by the error, when the new indicator has no name', () => {
    const onSave = vi.fn();
    sv(<MappingForm preview={preview} initial={undefined} onSave={onSave} onCancel={vi.fn()} />);
    fireEvent.change(screen.getByTestId('map-value'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('map-save'));
    const name = screen.getByTestId('map-name');
    expect(onSave).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(name)?.textContent).toBe(screen.getByTestId('mapping-error').textContent);
    expect(screen.getByTestId('map-value').getAttribute('aria-invalid')).toBeNull();
  });

  it('puts focus on the missing value column', () => {
    sv(<MappingForm preview={preview} initial={undefined} onSave={vi.fn()} onCancel={vi.fn()} />);
    fireEvent.change(screen.getByTestId('map-name'), { target: { value: 'Antal anställda' } });
    fireEvent.change(screen.getByTestId('map-value'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('map-save'));
    const value = screen.getByTestId('map-value');
    expect(document.activeElement).toBe(value);
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(value)?.textContent).toBe(screen.getByTestId('mapping-error').textContent);
    expect(screen.getByTestId('map-name').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('TargetEditor: an error is tied to its field', () => {
  const api: WorkspaceApi = fakeWorkspaceApi();

  it('puts focus on the field that is wrong, invalid and described by the error', () => {
    sv(
      <WorkspaceContext.Provider value={api}>
        <TargetEditor region="20" regionName="Dalarnas län" indicator="nyforetagande" decimals={1} />
      </WorkspaceContext.Provider>,
    );
    fireEvent.click(screen.getByTestId('target-editor-toggle'));
    fireEvent.change(screen.getByTestId('target-value'), { target: { value: 'mycket' } });
    fireEvent.click(screen.getByTestId('target-save'));
    const value = screen.getByTestId('target-value');
    expect(api.addTarget).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(value);
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(value)?.getAttribute('data-testid')).toBe('target-error');
    expect(screen.getByTestId('target-period').getAttribute('aria-invalid')).toBeNull();

    // A wrong period: the error moves to that field.
    fireEvent.change(screen.getByTestId('target-period'), { target: { value: 'snart' } });
    fireEvent.change(value, { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('target-save'));
    expect(document.activeElement).toBe(screen.getByTestId('target-period'));
    expect(screen.getByTestId('target-period').getAttribute('aria-invalid')).toBe('true');
    expect(value.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('OverviewView: Escape dismisses the evaluation question (WCAG 1.4.13)', () => {
  const dataset = datasetFrom({
    'indicators.json': SMALL_CATALOGUE,
    'observations.csv': 'region;indikator;period;värde\n20;nyforetagande;2024;8,6',
  });

  it('hides the tooltip on Escape while focus stays, and shows it again on the next focus', () => {
    renderView(OverviewView, dataset, { region: '20' });
    const button = screen.getByRole('button', { name: 'Visa utvärderingsfrågan för Nyföretagande' });
    const wrapper = button.parentElement;
    act(() => button.focus());
    expect(wrapper?.classList.contains('tip-dismissed')).toBe(false);
    fireEvent.keyDown(button, { key: 'Escape' });
    expect(wrapper?.classList.contains('tip-dismissed')).toBe(true);
    expect(document.activeElement).toBe(button);
    act(() => button.blur());
    expect(wrapper?.classList.contains('tip-dismissed')).toBe(false);
    // Shown by hover alone, Escape dismisses it too.
    fireEvent.mouseEnter(wrapper ?? document.body);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(wrapper?.classList.contains('tip-dismissed')).toBe(true);
  });
});
