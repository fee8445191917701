import { fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import type { WorkspaceApi } from '../../src/components/use-workspace';
import { EMPTY_STRATEGY } from '../../src/domain/strategy';
import { EMPTY_WORKSPACE } from '../../src/data/workspace/workspace';
import { StrategyFilePanel } from '../../src/views/StrategyFilePanel';
import { fakeWorkspaceApi } from '../components/fake-workspace-api';
import { rowXml, xlsxBytes } from '../support/xlsx-bytes';

function renderPanel(api: WorkspaceApi): void {
  render(
    <I18nProvider lang="sv">
      <StrategyFilePanel api={api} strategy={EMPTY_STRATEGY} />
    </I18nProvider>,
  );
}

function open(bytes: Uint8Array, name: string): void {
  // jsdom's File may lack arrayBuffer(): the browser's has it.
  const copy = new Uint8Array(bytes);
  const file = Object.assign(new File([copy], name), { arrayBuffer: () => Promise.resolve(copy.buffer) });
  fireEvent.change(screen.getByTestId('strategy-file-input'), { target: { files: [file] } });
}

const LIST = xlsxBytes({
  sheets: [
    {
      name: 'Indikatorlista',
      rows: [
        ['Indikator', 'Målområde', 'Källa', 'Nivå'],
        ['Nyföretagande', 'Konkurrenskraftigt', 'SCB', 'Kortsiktiga effekter'],
        ['', 'Klimatsmart', 'SCB', 'utfall'],
        ['BRP per invånare', 'Konkurrenskraftigt', 'SCB', 'okänd nivå'],
      ]
        .map((cells, i) => rowXml(i + 1, cells))
        .join(''),
    },
  ],
});

describe('StrategyFilePanel: opening a strategy file', () => {
  it('shows what an indicator list holds and every row it could not place, focused, before anything is applied', async () => {
    const api = fakeWorkspaceApi(EMPTY_WORKSPACE);
    renderPanel(api);
    open(LIST, 'lista.xlsx');
    const preview = await screen.findByTestId('strategy-file-preview');
    expect(document.activeElement?.textContent).toBe('Strategifilen lista.xlsx');
    expect(within(preview).getByTestId('strategy-file-holds').textContent).toContain(
      '1 indikatorer (Kortsiktiga effekter: 1)',
    );
    expect(within(preview).getByTestId('strategy-file-holds').textContent).toContain(
      '1 målområden: Konkurrenskraftigt',
    );
    const unread = within(preview).getByTestId('strategy-file-unread').textContent ?? '';
    expect(unread).toContain('Indikatorlista, rad 3, kolumn A (Indikator): raden har värden men inget namn');
    expect(unread).toContain(
      'Indikatorlista, rad 4, kolumn D (Nivå) ”BRP per invånare”: okänd nivå i effektkedjan ”okänd nivå”',
    );
    expect(api.setStrategy).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('strategy-file-replace'));
    const applied = vi.mocked(api.setStrategy).mock.calls[0]?.[0];
    expect(applied?.indicators.map((i) => [i.id, i.chainLevel, i.goalAreas])).toEqual([
      ['nyforetagande', 'kortsiktiga_effekter', ['konkurrenskraftigt']],
    ]);
    expect(screen.queryByTestId('strategy-file-preview')).toBeNull();
    expect(screen.getByTestId('strategy-file-notice').textContent).toBe(
      'Strategin från lista.xlsx används nu.',
    );
  });

  it('applies the file’s targets too, and Avbryt applies nothing', async () => {
    const api = fakeWorkspaceApi(EMPTY_WORKSPACE);
    renderPanel(api);
    const json = readFileSync('tests/fixtures/strategy/dalarna.json');
    open(json, 'dalarna.json');
    await screen.findByTestId('strategy-file-preview');
    fireEvent.click(screen.getByTestId('strategy-file-cancel'));
    expect(api.setStrategy).not.toHaveBeenCalled();
    expect(screen.getByTestId('strategy-file-notice').textContent).toBe(
      'Strategifilen dalarna.json lästes inte in.',
    );
    open(json, 'dalarna.json');
    await screen.findByTestId('strategy-file-preview');
    fireEvent.click(screen.getByTestId('strategy-file-replace'));
    expect(vi.mocked(api.setStrategy).mock.calls[0]?.[0]?.name).toBe('Dalastrategin 2030');
    expect(vi.mocked(api.addTargets).mock.calls[0]?.[0]).toHaveLength(2);
  });

  it('a file that is no strategy says why and changes nothing', async () => {
    const api = fakeWorkspaceApi(EMPTY_WORKSPACE);
    renderPanel(api);
    open(new TextEncoder().encode('{"format":"något annat"}'), 'annat.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Filen annat.json kunde inte öppnas: ingen strategifil');
    expect(screen.queryByTestId('strategy-file-preview')).toBeNull();
    expect(api.setStrategy).not.toHaveBeenCalled();
  });
});
