import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { SourcesPanel } from '../../src/components/SourcesPanel';
import { sourceOf, workspaceOf } from '../support/workspace-builder';
import { fakeWorkspaceApi } from './fake-workspace-api';

describe('Källor with a stored file whose time cannot be read (a tampered store)', () => {
  it('opens, says the time is unknown, and the file can be removed', () => {
    const api = fakeWorkspaceApi(
      workspaceOf({
        sources: [
          sourceOf('bad', 'a;1', { name: 'konstig.csv', addedAt: 'inte en tid' }),
          sourceOf('ok', 'a;1', { name: 'bra.csv' }),
        ],
      }),
    );
    render(
      <I18nProvider lang="sv">
        <SourcesPanel api={api} reports={[]} links={[]} onRemoveLink={() => {}} onClose={() => {}} id="k" />
      </I18nProvider>,
    );
    const rows = screen.getAllByTestId('source');
    expect(rows).toHaveLength(2);
    const bad = rows.find((r) => r.textContent?.includes('konstig.csv'));
    expect(bad?.textContent).toContain('okänd tid');
    fireEvent.click(within(bad as HTMLElement).getByRole('button', { name: /Ta bort/ }));
    expect(api.removeSource).toHaveBeenCalledWith('bad');
  });
});
