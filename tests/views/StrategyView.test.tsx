import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { WorkspaceContext } from '../../src/components/workspace-context';
import type { Strategy } from '../../src/domain/strategy';
import type { Workspace } from '../../src/data/workspace/workspace';
import type { Dataset } from '../../src/data/dataset/dataset';
import { StrategyView } from '../../src/views/StrategyView';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { fakeWorkspaceApi } from '../components/fake-workspace-api';
import { workspaceOf } from '../support/workspace-builder';

const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': 'region;indikator;period;värde\n20;nyforetagande;2024;8\n20;fran_fil;2024;2',
});

/** The view with a workspace that keeps what the view sets, as the app's does. */
function Harness({ data, saved }: { data: Dataset; saved: Strategy[] }): ReactElement {
  const [workspace, setWorkspace] = useState<Workspace>(workspaceOf({}));
  const api = {
    ...fakeWorkspaceApi(workspace),
    setStrategy: (strategy: Strategy | undefined) => {
      if (strategy) saved.push(strategy);
      setWorkspace((w) => ({ ...w, strategy }));
    },
  };
  return (
    <I18nProvider lang="sv">
      <WorkspaceContext.Provider value={api}>
        <StrategyView dataset={data} />
      </WorkspaceContext.Provider>
    </I18nProvider>
  );
}

const press = (element: HTMLElement): void => {
  // A native button's Enter and Space are its click; what the test checks is where focus is.
  act(() => element.focus());
  fireEvent.click(element);
};
const card = (id: string): HTMLElement => screen.getByTestId(`strategy-card-${id}`);

describe('StrategyView (Strategi)', () => {
  it('shows the catalogue’s chain read-only until the user starts a strategy of their own', () => {
    render(<Harness data={dataset} saved={[]} />);
    expect(within(card('nyforetagande')).getByText('har data')).toBeTruthy();
    expect(within(card('arbetsloshet')).getByText('inga data ännu')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Redigera/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Börja en egen strategi från exemplet' })).toBeTruthy();
  });

  it('edits an indicator by keyboard: the form opens on its name, errors are tied to their fields, Escape cancels', () => {
    const saved: Strategy[] = [];
    render(<Harness data={dataset} saved={saved} />);
    press(screen.getByRole('button', { name: 'Börja en egen strategi från exemplet' }));
    press(screen.getByRole('button', { name: 'Redigera Nyföretagande' }));
    const name = screen.getByLabelText('Namn');
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.change(screen.getByLabelText('Decimaler'), { target: { value: '2,5' } });
    fireEvent.submit(name.closest('form') as HTMLFormElement);
    // Each error describes its field; focus goes to the first.
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Ange ett namn.',
    );
    const decimals = screen.getByLabelText('Decimaler');
    expect(decimals.getAttribute('aria-describedby')).toContain('error');
    expect(screen.getByRole('alert').textContent).toBe('Rätta fälten som är markerade: 2.');
    // Escape cancels, and focus goes back to the card's edit button.
    fireEvent.keyDown(name, { key: 'Escape' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Redigera Nyföretagande' }));

    press(screen.getByRole('button', { name: 'Redigera Nyföretagande' }));
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Nya företag' } });
    fireEvent.change(screen.getByLabelText('Nivå i effektkedjan'), { target: { value: 'utfall' } });
    fireEvent.change(screen.getByLabelText('Typ av utvärderingsfråga'), { target: { value: 'process' } });
    fireEvent.change(screen.getByLabelText('Utvärderingsfråga'), { target: { value: 'Startar fler?' } });
    fireEvent.submit(screen.getByLabelText('Namn').closest('form') as HTMLFormElement);
    const last = saved[saved.length - 1];
    expect(last?.indicators.find((i) => i.id === 'nyforetagande')).toMatchObject({
      name: 'Nya företag',
      chainLevel: 'utfall',
      question: { kind: 'process', text: 'Startar fler?' },
    });
    // The card is on its new level, and focus is on its edit button there.
    const moved = screen.getByRole('button', { name: 'Redigera Nya företag' });
    expect(document.activeElement).toBe(moved);
    expect(moved.closest('section')?.getAttribute('data-level')).toBe('utfall');
  });

  it('adds an indicator without data in a goal area, reorders and removes by keyboard, and adopts one from the data', () => {
    const saved: Strategy[] = [];
    render(<Harness data={dataset} saved={saved} />);
    press(screen.getByRole('button', { name: 'Börja från tom' }));
    fireEvent.change(screen.getByLabelText('Nytt målområde'), { target: { value: 'Klimatsmart' } });
    fireEvent.submit(screen.getByLabelText('Nytt målområde').closest('form') as HTMLFormElement);
    press(screen.getByRole('button', { name: 'Lägg till indikator: Utfall, Klimatsmart' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Id (som i datafilerna)'));
    fireEvent.change(screen.getByLabelText('Id (som i datafilerna)'), { target: { value: 'utslapp' } });
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Utsläpp' } });
    fireEvent.submit(screen.getByLabelText('Namn').closest('form') as HTMLFormElement);
    const cell = screen.getByRole('group', { name: 'Utfall, Klimatsmart' });
    expect(
      within(within(cell).getByTestId('strategy-card-utslapp')).getByText('inga data ännu'),
    ).toBeTruthy();

    press(screen.getByRole('button', { name: 'Lägg till fran_fil (saknas i katalogen) i strategin' }));
    expect(saved[saved.length - 1]?.indicators.map((i) => i.id)).toEqual(['utslapp', 'fran_fil']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Redigera fran_fil' }));
    expect(within(card('fran_fil')).getByText('har data')).toBeTruthy();

    // Both in utfall; fran_fil without a goal area. Into Klimatsmart, then up before utslapp.
    press(screen.getByRole('button', { name: 'Redigera fran_fil' }));
    fireEvent.click(screen.getByLabelText('Klimatsmart'));
    fireEvent.submit(screen.getByLabelText('Namn').closest('form') as HTMLFormElement);
    press(screen.getByRole('button', { name: 'Flytta upp fran_fil' }));
    expect(saved[saved.length - 1]?.indicators.map((i) => i.id)).toEqual(['fran_fil', 'utslapp']);
    const up = screen.getByRole('button', { name: 'Flytta upp fran_fil' });
    expect(document.activeElement).toBe(up);
    expect(up.getAttribute('aria-disabled')).toBe('true');
    press(screen.getByRole('button', { name: 'Ta bort Utsläpp ur strategin' }));
    expect(saved[saved.length - 1]?.indicators.map((i) => i.id)).toEqual(['fran_fil']);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Lägg till indikator: Utfall, Klimatsmart' }),
    );
  });
});
