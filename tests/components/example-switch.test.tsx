import { fireEvent, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ExampleDataBanner } from '../../src/components/ExampleDataBanner';
import { ExampleSwitch } from '../../src/components/ExampleSwitch';
import { I18nProvider } from '../../src/components/i18n-context';
import { useExampleChoice } from '../../src/components/use-example-choice';
import type { Dataset } from '../../src/data/dataset/dataset';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { EMPTY_STRATEGY } from '../../src/domain/strategy';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { fakeWorkspaceApi } from './fake-workspace-api';
import { workspaceOf } from '../support/workspace-builder';

const OWN = { 'egen.csv': 'region;indikator;period;värde\n20;nyforetagande;2024;8' };
/** The user's file beside one of the app's example files (flagged as the app flags them). */
const withExample = (): Dataset =>
  importTextFiles([
    { name: 'indicators.json', bytes: new TextEncoder().encode(SMALL_CATALOGUE) },
    { name: 'egen.csv', bytes: new TextEncoder().encode(OWN['egen.csv']) },
    {
      name: 'exempel-observationer.csv',
      bytes: new TextEncoder().encode('region;indikator;period;värde\n01;nyforetagande;2024;7'),
      example: true,
    },
  ]);

describe('ExampleSwitch ("Visa exempeldata")', () => {
  it('is a toggle button that says its state, and asks for the other one', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <I18nProvider lang="sv">
        <ExampleSwitch on onChange={onChange} />
      </I18nProvider>,
    );
    const button = screen.getByRole('button', { name: /Visa exempeldata/ });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.textContent).toContain('på');
    fireEvent.click(button);
    expect(onChange).toHaveBeenLastCalledWith(false);
    rerender(
      <I18nProvider lang="en">
        <ExampleSwitch on={false} onChange={onChange} />
      </I18nProvider>,
    );
    const off = screen.getByRole('button', { name: /Show example data/ });
    expect(off.getAttribute('aria-pressed')).toBe('false');
    expect(off.textContent).toContain('off');
    fireEvent.click(off);
    expect(onChange).toHaveBeenLastCalledWith(true);
  });
});

describe('useExampleChoice', () => {
  it('puts the choice in the link and in the workspace', () => {
    const update = vi.fn();
    const api = fakeWorkspaceApi(workspaceOf({}));
    const { result } = renderHook(() => useExampleChoice({ showExample: undefined }, update, api));
    expect(result.current.show).toBe(true);
    result.current.choose(false);
    expect(update).toHaveBeenCalledWith({ showExample: false });
    expect(api.setShowExample).toHaveBeenCalledWith(false);
  });

  it('is off for a workspace with its own strategy, unless the link says on', () => {
    const strategy = {
      ...EMPTY_STRATEGY,
      goalAreas: [{ id: 'klimat', name: 'Klimat', description: '', rusAreas: [] }],
    };
    const api = fakeWorkspaceApi(workspaceOf({ strategy }));
    expect(
      renderHook(() => useExampleChoice({ showExample: undefined }, vi.fn(), api)).result.current.show,
    ).toBe(false);
    expect(renderHook(() => useExampleChoice({ showExample: true }, vi.fn(), api)).result.current.show).toBe(
      true,
    );
  });
});

describe('ExampleDataBanner', () => {
  const show = (dataset: Dataset | undefined): void => {
    render(
      <I18nProvider lang="sv">
        <ExampleDataBanner dataset={dataset} />
      </I18nProvider>,
    );
  };

  it('says "påhittade värden" while the data shown holds the example data', () => {
    show(withExample());
    expect(screen.getByTestId('example-banner').textContent).toContain('påhittade värden');
  });

  it('says nothing of invented values when only the user’s data is shown, or before any data', () => {
    show(datasetFrom({ 'indicators.json': SMALL_CATALOGUE, ...OWN }));
    expect(screen.queryByTestId('example-banner')).toBeNull();
    expect(screen.queryByTestId('no-data-notice')).toBeNull();
    show(undefined);
    expect(screen.queryByTestId('example-banner')).toBeNull();
  });

  it('says what to do when there is no data at all', () => {
    show(datasetFrom({}));
    expect(screen.queryByTestId('example-banner')).toBeNull();
    const notice = screen.getByTestId('no-data-notice');
    expect(screen.getByRole('heading', { name: 'Inga data att visa ännu' })).toBeTruthy();
    expect(notice.textContent).toContain('Lägg till filer …');
    expect(notice.textContent).toContain('Visa exempeldata');
  });
});
