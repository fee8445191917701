import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import type { WorkspaceApi } from '../../src/components/use-workspace';
import { WorkspaceFileActions } from '../../src/components/WorkspaceFileActions';
import type { Workspace } from '../../src/data/workspace/workspace';
import { SMALL_STRATEGY } from '../support/strategy-builder';
import { INDICATOR_A, sourceOf, workspaceOf } from '../support/workspace-builder';
import { fakeWorkspaceApi } from './fake-workspace-api';

const HEAD = { format: 'regionala-resultat-arbetsyta', version: 2 };
const T = '2024-01-01T00:00:00.000Z';
const GOOD = JSON.stringify({
  ...HEAD,
  sources: [
    { id: 'f1', name: 'fran-filen.csv', addedAt: T, base64: 'AAE=' },
    { id: 'f2', name: 'utan-innehall.csv', addedAt: T },
  ],
  indicators: [{ id: 'x', chainLevel: 'okänd', direction: 'neutral' }, INDICATOR_A],
  targets: 'inte en lista',
  mappings: [],
});

const mine = workspaceOf({
  sources: [sourceOf('m1', 'a;1', { name: 'mina.csv' })],
});

function renderActions(api: WorkspaceApi): void {
  render(
    <I18nProvider lang="sv">
      <WorkspaceFileActions api={api} />
    </I18nProvider>,
  );
}

function open(text: string, name = 'arbetsyta.json'): void {
  const input = screen.getByTestId('workspace-input');
  // jsdom's File has no text(): the browser's does.
  const file = Object.assign(new File([text], name, { type: 'application/json' }), {
    text: () => Promise.resolve(text),
  });
  fireEvent.change(input, { target: { files: [file] } });
}

const applied = (api: WorkspaceApi): Workspace | undefined => vi.mocked(api.replaceAll).mock.calls[0]?.[0];

describe('WorkspaceFileActions: opening a workspace file', () => {
  it('a file that cannot be read says why, shows no preview and changes nothing', async () => {
    const api = fakeWorkspaceApi(mine);
    renderActions(api);
    open(JSON.stringify({ ...HEAD, sources: 'x' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Filen är ingen arbetsyta från Regionala resultat (filerna (sources) är inte en lista). Din arbetsyta är oförändrad.',
    );
    expect(screen.queryByTestId('workspace-preview')).toBeNull();
    expect(api.replaceAll).not.toHaveBeenCalled();
  });

  it('shows what the file holds and every part it could not read, focused, before anything is applied', async () => {
    const api = fakeWorkspaceApi(mine);
    renderActions(api);
    open(GOOD);
    const dialog = await screen.findByRole('dialog', { name: 'Arbetsytan i arbetsyta.json' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Arbetsytan i arbetsyta.json' }));
    expect(screen.getByTestId('workspace-preview-holds').textContent).toContain('Filer: 1: fran-filen.csv');
    expect(screen.getByTestId('workspace-preview-holds').textContent).toContain('Egna indikatorer: 1');
    expect(
      [...screen.getByTestId('workspace-unread').querySelectorAll('li')].map((li) => li.textContent),
    ).toEqual([
      'sources[1] ”utan-innehall.csv”: saknar innehåll; filen lästes inte',
      'indicators[0] ”x”: ogiltig nivå i effektkedjan ”okänd”; lästes inte',
      'targets: inte en lista; ingen del av den lästes',
    ]);
    expect(screen.getByTestId('workspace-replace-note').textContent).toContain('”mina.csv”');
    await waitFor(() => expect(screen.getByTestId('workspace-merge')).toHaveProperty('disabled', false));
    expect(dialog.textContent).toContain('Lägg till i min arbetsyta');
    expect(api.replaceAll).not.toHaveBeenCalled();
  });

  it('Escape cancels: nothing applied, focus back on the file input', async () => {
    const api = fakeWorkspaceApi(mine);
    renderActions(api);
    open(GOOD);
    const dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('workspace-preview')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('workspace-input'));
    expect(screen.getByTestId('workspace-notice').textContent).toContain('Din arbetsyta är oförändrad');
    expect(api.replaceAll).not.toHaveBeenCalled();
  });

  it('"Lägg till" keeps the user’s files and adds the file’s', async () => {
    const api = fakeWorkspaceApi(mine);
    renderActions(api);
    open(GOOD);
    const merge = await screen.findByTestId('workspace-merge');
    await waitFor(() => expect(merge).toHaveProperty('disabled', false));
    fireEvent.click(merge);
    expect(applied(api)?.sources.map((s) => s.name)).toEqual(['mina.csv', 'fran-filen.csv']);
    expect(applied(api)?.indicators).toEqual([INDICATOR_A]);
    expect(screen.queryByTestId('workspace-preview')).toBeNull();
  });

  it('"Ersätt" puts the file’s workspace in place of the user’s', async () => {
    const api = fakeWorkspaceApi(mine);
    renderActions(api);
    open(GOOD);
    fireEvent.click(await screen.findByTestId('workspace-replace'));
    expect(applied(api)?.sources.map((s) => s.name)).toEqual(['fran-filen.csv']);
  });

  it('a file that holds only a strategy can be applied: it has something to apply', async () => {
    const api = fakeWorkspaceApi(mine);
    renderActions(api);
    open(JSON.stringify({ format: HEAD.format, version: 3, sources: [], strategy: SMALL_STRATEGY }));
    await screen.findByRole('dialog');
    expect(screen.getByTestId('workspace-preview-holds').textContent).toContain('Teststrategin 2030');
    fireEvent.click(screen.getByTestId('workspace-replace'));
    expect(applied(api)?.strategy?.indicators.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a file with nothing readable offers no way to apply it', async () => {
    const api = fakeWorkspaceApi(mine);
    renderActions(api);
    open(JSON.stringify({ ...HEAD, sources: [{ id: 'a' }] }));
    await screen.findByRole('dialog');
    expect(screen.queryByTestId('workspace-merge')).toBeNull();
    expect(screen.queryByTestId('workspace-replace')).toBeNull();
    expect(screen.getByRole('dialog').textContent).toContain('Filen innehåller inget som kunde läsas');
  });
});
