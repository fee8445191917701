import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { LedgerCountyChoice } from '../../src/components/LedgerCountyChoice';
import type { FileReport } from '../../src/data/dataset/dataset';
import type { ImportIssue } from '../../src/data/issues/issue';
import type { Source } from '../../src/data/workspace/workspace';
import { fakeWorkspaceApi } from './fake-workspace-api';

const source = (options: Source['options']): Source => ({
  id: 's1',
  name: 'arenden.csv',
  addedAt: '2026-01-01T00:00:00Z',
  content: new Blob(['']),
  options,
});
const report = (code: ImportIssue['code'] | undefined): FileReport => ({
  file: 'arenden.csv',
  format: 'ledger-csv',
  encoding: 'utf-8',
  delimiter: ';',
  records: 1,
  accepted: 0,
  rejected: 1,
  skipped: 0,
  preview: undefined,
  issues: code
    ? [{ severity: 'error', code, file: 'arenden.csv', line: 1, column: null, message: { sv: '', en: '' } }]
    : [],
});

describe('LedgerCountyChoice: the county of a ledger without a county column, stated once', () => {
  it('a ledger whose county was not found asks for it; the choice is kept with the file', () => {
    const api = fakeWorkspaceApi();
    render(
      <I18nProvider lang="sv">
        <LedgerCountyChoice
          api={api}
          source={source({ sheet: 'Blad1' })}
          report={report('ledger_county_unknown')}
          prefix="p"
        />
      </I18nProvider>,
    );
    const select = screen.getByLabelText('Län för ärendelistan');
    expect((select as HTMLSelectElement).value).toBe('');
    fireEvent.change(select, { target: { value: '20' } });
    expect(api.setSourceOptions).toHaveBeenCalledWith('s1', { sheet: 'Blad1', county: '20' }, undefined);
  });

  it('a stated county can be taken back; a file that names its counties in rows gets no choice', () => {
    const api = fakeWorkspaceApi();
    const { rerender } = render(
      <I18nProvider lang="sv">
        <LedgerCountyChoice
          api={api}
          source={source({ county: '17' })}
          report={report(undefined)}
          prefix="p"
        />
      </I18nProvider>,
    );
    const select = screen.getByLabelText('Län för ärendelistan');
    expect((select as HTMLSelectElement).value).toBe('17');
    fireEvent.change(select, { target: { value: '' } });
    expect(api.setSourceOptions).toHaveBeenCalledWith('s1', {}, undefined);
    rerender(
      <I18nProvider lang="sv">
        <LedgerCountyChoice api={api} source={source(undefined)} report={report(undefined)} prefix="p" />
      </I18nProvider>,
    );
    expect(screen.queryByLabelText('Län för ärendelistan')).toBeNull();
  });
});
