import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { TargetTable } from '../../src/components/TargetTable';
import type { WorkspaceApi } from '../../src/components/use-workspace';
import { WorkspaceContext } from '../../src/components/workspace-context';
import { EMPTY_WORKSPACE, type UserTarget } from '../../src/data/workspace/workspace';
import { fakeWorkspaceApi } from './fake-workspace-api';

const DALARNA_2030: UserTarget = {
  region: '20',
  indicator: 'nyforetagande',
  period: '2030',
  value: 10,
  baseline: { period: '2020', value: 8 },
};
const FALUN_2030: UserTarget = { ...DALARNA_2030, region: '2080', value: 12, baseline: undefined };
const OTHER_INDICATOR: UserTarget = { ...DALARNA_2030, indicator: 'sysselsattningsgrad', value: 80 };

function table(api: WorkspaceApi): ReactElement {
  return (
    <I18nProvider lang="sv">
      <WorkspaceContext.Provider value={api}>
        <TargetTable indicator="nyforetagande" indicatorName="Nyföretagande" decimals={1} region="20" />
      </WorkspaceContext.Provider>
    </I18nProvider>
  );
}

const withTargets = (targets: UserTarget[]): WorkspaceApi =>
  fakeWorkspaceApi({ ...EMPTY_WORKSPACE, targets });

describe('TargetTable', () => {
  it('shows the indicator’s own targets for every region, as labelled cells; other indicators’ targets stay out', () => {
    render(table(withTargets([FALUN_2030, OTHER_INDICATOR, DALARNA_2030])));
    const rows = screen.getAllByTestId('target-table-row');
    // Counties before kommuner.
    expect(rows.map((r) => r.dataset.region)).toEqual(['20', '2080']);
    expect(screen.getByLabelText('Målvärde, Dalarnas län, rad 1')).toHaveProperty('value', '10');
    expect(screen.getByLabelText('Utgångsår, Dalarnas län, rad 1')).toHaveProperty('value', '2020');
    expect(screen.getByLabelText('Målvärde, Falun, rad 2')).toHaveProperty('value', '12');
    expect(screen.getByRole('button', { name: 'Ta bort raden för Falun, rad 2' })).toBeTruthy();
  });

  it('previews a paste — new, replacing, and every line not read — and adds it by Ctrl+Enter in one action, then focuses the result', () => {
    const api = withTargets([DALARNA_2030]);
    render(table(api));
    const text = screen.getByLabelText('Rader kopierade från Excel');
    text.focus();
    fireEvent.change(text, {
      target: {
        value: 'Region\tÅr\tMål\r\nDalarnas län\t2030\t10,5\r\nFalun\t2030\t12\r\nOkänd ort\t2030\t9\r\n',
      },
    });
    const preview = screen.getByTestId('target-paste-preview');
    const cells = within(preview)
      .getAllByTestId('target-paste-row')
      .map((r) => [...r.querySelectorAll('td, th')].map((c) => c.textContent));
    expect(cells).toEqual([
      ['2', 'Dalarnas län', '2030', '10,5', '', '', 'Ersätter 10,0'],
      ['3', 'Falun', '2030', '12,0', '', '', 'Nytt'],
    ]);
    expect(screen.getByTestId('target-paste-summary').textContent).toBe(
      '3 rader inklistrade. Nya mål: 1. Ersätter ett mål: 1. Oförändrade: 0. Lästes inte: 1.',
    );
    expect(within(preview).getByTestId('target-paste-rejected').textContent).toContain(
      'Rad 4, kolumn 1: Okänd region ”Okänd ort”',
    );

    expect(screen.getByTestId('target-paste-apply').textContent).toBe('Lägg till 2 mål');
    // Enter alone is a new line in the paste; Ctrl+Enter adds.
    fireEvent.keyDown(text, { key: 'Enter' });
    expect(api.addTargets).not.toHaveBeenCalled();
    fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
    expect(api.addTargets).toHaveBeenCalledTimes(1);
    expect(api.addTargets).toHaveBeenCalledWith([
      { region: '20', indicator: 'nyforetagande', period: '2030', value: 10.5, baseline: undefined },
      { region: '2080', indicator: 'nyforetagande', period: '2030', value: 12, baseline: undefined },
    ]);
    const status = screen.getByTestId('target-table-status');
    expect(status.textContent).toBe('1 mål lades till och 1 ersattes för Nyföretagande.');
    expect(document.activeElement).toBe(status);
    expect(text).toHaveProperty('value', '');
  });

  it('nothing to add: the add button is disabled while no row can be read', () => {
    render(table(withTargets([DALARNA_2030])));
    fireEvent.change(screen.getByTestId('target-paste-text'), {
      target: { value: '20\t2030\t10\t2020\t8\n' },
    });
    expect(screen.getByTestId('target-paste-summary').textContent).toContain('Oförändrade: 1.');
    expect(screen.getByTestId('target-paste-apply')).toHaveProperty('disabled', true);
  });

  it('a wrong cell puts focus on it, marks it invalid and describes it by the error; a right one saves in one action', () => {
    const api = withTargets([DALARNA_2030]);
    render(table(api));
    const value = screen.getByLabelText('Målvärde, Dalarnas län, rad 1');
    fireEvent.change(value, { target: { value: 'mycket' } });
    // Enter in a cell submits the table's form, as the save button does.
    fireEvent.submit(screen.getByTestId('target-table-form'));
    expect(document.activeElement).toBe(value);
    expect(value.getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByTestId('target-table-error');
    expect(value.getAttribute('aria-describedby')).toBe(error.id);
    expect(error.textContent).toContain('Rad 1 (Dalarnas län)');
    expect(api.addTargets).not.toHaveBeenCalled();

    fireEvent.change(value, { target: { value: '11,5' } });
    fireEvent.change(screen.getByLabelText('Målår, Dalarnas län, rad 1'), { target: { value: '2028' } });
    fireEvent.click(screen.getByTestId('target-table-save'));
    // The year changed: the old target goes in the same save.
    expect(api.addTargets).toHaveBeenCalledWith(
      [{ ...DALARNA_2030, period: '2028', value: 11.5 }],
      [DALARNA_2030],
    );
    expect(document.activeElement).toBe(screen.getByTestId('target-table-status'));
  });

  it('adds a row for a kommun chosen in the region list: its year cell takes focus; two rows of one region and year are refused', () => {
    const api = withTargets([DALARNA_2030]);
    render(table(api));
    const adder = screen.getByTestId('target-row-adder');
    fireEvent.change(within(adder).getByTestId('target-region-select'), { target: { value: '2080' } });
    fireEvent.click(screen.getByTestId('target-add-row'));
    const year = screen.getByLabelText('Målår, Falun, rad 2');
    expect(document.activeElement).toBe(year);
    fireEvent.change(year, { target: { value: '2030' } });
    fireEvent.change(screen.getByLabelText('Målvärde, Falun, rad 2'), { target: { value: '12' } });

    // A second new row for Dalarna 2030 clashes with row 1.
    fireEvent.change(within(adder).getByTestId('target-region-select'), { target: { value: '20' } });
    fireEvent.click(screen.getByTestId('target-add-row'));
    fireEvent.change(screen.getByLabelText('Målår, Dalarnas län, rad 3'), { target: { value: '2030' } });
    fireEvent.change(screen.getByLabelText('Målvärde, Dalarnas län, rad 3'), { target: { value: '9' } });
    fireEvent.click(screen.getByTestId('target-table-save'));
    expect(document.activeElement).toBe(screen.getByLabelText('Målår, Dalarnas län, rad 3'));
    expect(screen.getByTestId('target-table-error').textContent).toContain('samma region och målår');
    expect(api.addTargets).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Ta bort raden för Dalarnas län, rad 3' }));
    fireEvent.click(screen.getByTestId('target-table-save'));
    expect(api.addTargets).toHaveBeenCalledWith([FALUN_2030], []);
  });

  it('removes a saved row through the workspace and says so, with focus on the saying', () => {
    const api = withTargets([DALARNA_2030]);
    const removeTarget = vi.mocked(api.removeTarget);
    render(table(api));
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort raden för Dalarnas län, rad 1' }));
    expect(removeTarget).toHaveBeenCalledWith(DALARNA_2030);
    const status = screen.getByTestId('target-table-status');
    expect(status.textContent).toBe('Målet för Dalarnas län år 2030 togs bort.');
    expect(document.activeElement).toBe(status);
  });
});
