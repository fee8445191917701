import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { WorkspaceContext } from '../../src/components/workspace-context';
import type { UserTarget, Workspace } from '../../src/data/workspace/workspace';
import { strategyFromCatalogue } from '../../src/domain/strategy-edit';
import { DEFAULT_URL_STATE } from '../../src/state/url-state';
import { IndicatorView } from '../../src/views/IndicatorView';
import { StrategyFilePreview } from '../../src/views/StrategyFilePreview';
import { StrategyView } from '../../src/views/StrategyView';
import { fakeWorkspaceApi } from '../components/fake-workspace-api';
import { datasetFrom, SMALL_CATALOGUE } from '../support/dataset-builder';
import { workspaceOf } from '../support/workspace-builder';

// Nyföretagande has data; Arbetslöshet, in the chain, has none.
const dataset = datasetFrom({
  'indicators.json': SMALL_CATALOGUE,
  'observations.csv': 'region;indikator;period;värde\n20;nyforetagande;2023;8\n20;nyforetagande;2024;9',
});
const own = strategyFromCatalogue(dataset.indicators);

/** The view with a workspace that keeps the targets the view adds, as the app's does. */
function Harness({ view }: { view: 'strategy' | 'indicator' }): ReactElement {
  const [workspace, setWorkspace] = useState<Workspace>({ ...workspaceOf({}), strategy: own });
  const api = {
    ...fakeWorkspaceApi(workspace),
    addTargets: (targets: readonly UserTarget[]) =>
      setWorkspace((w) => ({ ...w, targets: [...w.targets, ...targets] })),
  };
  return (
    <I18nProvider lang="sv">
      <WorkspaceContext.Provider value={api}>
        {view === 'strategy' ? (
          <StrategyView dataset={dataset} />
        ) : (
          <IndicatorView
            dataset={dataset}
            state={{ ...DEFAULT_URL_STATE, region: '20', indicator: 'arbetsloshet' }}
            onChange={() => undefined}
          />
        )}
      </WorkspaceContext.Provider>
    </I18nProvider>
  );
}

const pasteThreeYears = (): void => {
  const text = screen.getByLabelText('Rader kopierade från Excel');
  fireEvent.change(text, {
    target: {
      value: 'Region\tÅr\tMål\nDalarnas län\t2026\t6\nDalarnas län\t2028\t5,5\nDalarnas län\t2030\t5\n',
    },
  });
  fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
};

describe('targets for an indicator of the chain', () => {
  it('opens the targets table from a card without data, by its "Mål …" button, and counts the targets set', () => {
    render(<Harness view="strategy" />);
    const card = screen.getByTestId('strategy-card-arbetsloshet');
    expect(within(card).getByText('inga data ännu')).toBeTruthy();
    expect(within(card).getByTestId('strategy-target-count').textContent).toBe('Inga mål satta');
    const open = within(card).getByRole('button', { name: 'Mål för Arbetslöshet' });
    expect(open.textContent).toBe('Mål …');
    expect(open.getAttribute('aria-expanded')).toBe('false');
    act(() => open.focus());
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const table = within(card).getByTestId('target-table');
    expect(open.getAttribute('aria-controls')).toBe(table.parentElement?.id);
    expect(within(table).getByRole('heading', { level: 3 }).textContent).toContain('Arbetslöshet');
    pasteThreeYears();
    expect(within(card).getByTestId('strategy-target-count').textContent).toBe('3 mål satta');
    // The other cards' counts are their own.
    const other = screen.getByTestId('strategy-card-nyforetagande');
    expect(within(other).getByTestId('strategy-target-count').textContent).toBe('Inga mål satta');
  });

  it('Indikator for an indicator of the chain without data: its name and "inga data ännu", never another', () => {
    render(<Harness view="indicator" />);
    const view = screen.getByTestId('chain-no-data');
    expect(view.dataset.indicator).toBe('arbetsloshet');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Arbetslöshet: inga data ännu');
    expect(screen.queryByText('Nyföretagande')).toBeNull();
    pasteThreeYears();
    expect(within(view).getAllByTestId('target-table-row')).toHaveLength(3);
  });
});

describe('an indicator list’s title as the strategy’s name, in the preview', () => {
  it('says the name comes from the title line, and only then', () => {
    const file = { strategy: { ...own, name: 'Uppföljning av Dalastrategin 2030' }, targets: [] };
    const preview = (nameFromTitle: boolean): ReactElement => (
      <I18nProvider lang="sv">
        <StrategyFilePreview
          name="lista.xlsx"
          file={file}
          problems={[]}
          fromList
          nameFromTitle={nameFromTitle}
          ownCount={undefined}
          onReplace={() => undefined}
          onCancel={() => undefined}
        />
      </I18nProvider>
    );
    const { rerender } = render(preview(true));
    expect(screen.getByTestId('strategy-file-title-name').textContent).toBe(
      'Strategin får namnet ”Uppföljning av Dalastrategin 2030” från listans rubrikrad (går att ändra).',
    );
    rerender(preview(false));
    expect(screen.queryByTestId('strategy-file-title-name')).toBeNull();
  });
});
