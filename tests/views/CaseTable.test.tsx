import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { importTextFiles } from '../../src/data/pipeline/import-files';
import { LAN_SCOPE } from '../../src/domain/region-scope';
import { translator } from '../../src/i18n/dictionary';
import { DEFAULT_URL_STATE, type UrlState } from '../../src/state/url-state';
import { CASES_STEP, CaseTable, MAX_SHOWN_CASES } from '../../src/views/CaseTable';
import { buildFinanceModel, type FinanceModel } from '../../src/views/finance-model';

const DATA = resolve(import.meta.dirname, '../../data');
const dataset = importTextFiles(
  ['arendelista.csv', 'ramar.csv'].map((name) => ({
    name: `exempel-${name}`,
    example: true,
    bytes: readFileSync(resolve(DATA, name)),
  })),
);
const state: UrlState = { ...DEFAULT_URL_STATE, view: 'finansiering', region: '20' };

function financeModel(change: Partial<UrlState> = {}): FinanceModel {
  const model = buildFinanceModel(dataset, LAN_SCOPE, { ...state, ...change }, 'sv', translator('sv'));
  if (!model) throw new Error('the example ledger has no cases');
  return model;
}

function show(model: FinanceModel): { rerender: (next: FinanceModel) => void } {
  const tree = (m: FinanceModel) => (
    <I18nProvider lang="sv">
      <CaseTable model={m} state={state} onChange={vi.fn()} />
    </I18nProvider>
  );
  const { rerender } = render(tree(model));
  return { rerender: (next) => rerender(tree(next)) };
}

const rows = (): number => screen.getByTestId('cases').querySelectorAll('tbody tr').length;

describe('CaseTable', () => {
  it('lists one step of rows when the view opens (the layout of 200 rows held the page), more on request up to the cap', () => {
    const model = financeModel();
    // Dalarna's cases in the example ledger: more than the cap, so every step is taken.
    expect(model.cases.length).toBeGreaterThan(MAX_SHOWN_CASES);
    show(model);
    expect(rows()).toBe(CASES_STEP);
    expect(screen.getByTestId('case-count').textContent).toContain(
      `Visar de ${CASES_STEP} senaste av ${model.cases.length} ärenden`,
    );
    for (let listed = CASES_STEP; listed < MAX_SHOWN_CASES; listed += CASES_STEP) {
      fireEvent.click(screen.getByTestId('cases-more'));
      expect(rows()).toBe(listed + CASES_STEP);
    }
    expect(screen.queryByTestId('cases-more')).toBeNull();
    // The last step took the button away: focus is on the count, which says how many are listed.
    expect(document.activeElement).toBe(screen.getByTestId('case-count'));
    expect(screen.getByTestId('case-count').textContent).toContain(`Visar de ${MAX_SHOWN_CASES} senaste`);
  });

  it('a new selection of cases starts again at one step; a short one is listed whole, without the button', () => {
    const { rerender } = show(financeModel());
    fireEvent.click(screen.getByTestId('cases-more'));
    expect(rows()).toBe(2 * CASES_STEP);
    const few = financeModel({ caseQuery: '20-2024' });
    expect(few.cases.length).toBeGreaterThan(0);
    expect(few.cases.length).toBeLessThan(CASES_STEP);
    rerender(few);
    expect(rows()).toBe(few.cases.length);
    expect(screen.queryByTestId('cases-more')).toBeNull();
    rerender(financeModel({ caseStatus: 'beviljad' }));
    expect(rows()).toBe(CASES_STEP);
  });
});
