import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkspaceContext } from '../../src/components/workspace-context';
import { AssessmentForm } from '../../src/views/learning-log/AssessmentForm';
import { fakeWorkspaceApi } from './fake-workspace-api';
import { EMPTY_WORKSPACE } from '../../src/data/workspace/workspace';

const INDICATORS = Array.from({ length: 300 }, (_, i) => ({ id: `mangd_${i}`, name: `Mängdindikator ${i}` }));

describe('AssessmentForm with hundreds of indicators', () => {
  it('makes its fields only while open, and keeps what was typed when closed and opened again', () => {
    render(
      <WorkspaceContext.Provider value={fakeWorkspaceApi()}>
        <AssessmentForm
          question={{ kind: 'summative', text: 'Fråga 1?' }}
          region="20"
          regionName="Dalarnas län"
          indicators={INDICATORS}
        />
      </WorkspaceContext.Provider>,
    );
    // Closed (as Utvärderingsfrågor shows every question): no checkbox per indicator in the page.
    expect(screen.queryAllByRole('checkbox', { hidden: true })).toHaveLength(0);
    expect(screen.getByTestId('assessment-saved').textContent).toBe('Ingen bedömning ännu.');
    const summary = screen.getByTestId('assessment-open');
    const details = summary.closest('details') as HTMLDetailsElement;
    const toggle = (open: boolean): void => {
      details.open = open;
      fireEvent(details, new Event('toggle'));
    };
    toggle(true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(300);
    fireEvent.change(screen.getByRole('textbox', { name: 'Motivering' }), { target: { value: 'Delvis' } });
    fireEvent.click(screen.getAllByRole('checkbox')[2] as HTMLElement);
    toggle(false);
    expect(screen.queryAllByRole('checkbox', { hidden: true })).toHaveLength(0);
    toggle(true);
    expect((screen.getByRole('textbox', { name: 'Motivering' }) as HTMLTextAreaElement).value).toBe('Delvis');
    expect((screen.getAllByRole('checkbox')[2] as HTMLInputElement).checked).toBe(true);
  });
});

describe('AssessmentForm and the saved assessment', () => {
  it('starts again from an assessment saved after it was made (the workspace read later, a workspace file opened)', () => {
    const question = { kind: 'summative', text: 'Fråga 1?' } as const;
    const form = (api: ReturnType<typeof fakeWorkspaceApi>) => (
      <WorkspaceContext.Provider value={api}>
        <AssessmentForm question={question} region="20" regionName="Dalarnas län" indicators={INDICATORS} />
      </WorkspaceContext.Provider>
    );
    const { rerender } = render(form(fakeWorkspaceApi()));
    const details = screen.getByTestId('assessment-open').closest('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect((screen.getByRole('radio', { name: 'Delvis' }) as HTMLInputElement).checked).toBe(false);
    const saved = {
      id: 'a1',
      question,
      region: '20',
      answer: 'delvis' as const,
      motivation: 'Ökar, men långsamt',
      indicators: ['mangd_3'],
      author: 'Karin',
      savedAt: '2026-11-30T10:00:00.000Z',
    };
    rerender(form(fakeWorkspaceApi({ ...EMPTY_WORKSPACE, assessments: [saved] })));
    expect((screen.getByRole('radio', { name: 'Delvis' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Motivering' }) as HTMLTextAreaElement).value).toBe(
      'Ökar, men långsamt',
    );
    expect((screen.getAllByRole('checkbox')[3] as HTMLInputElement).checked).toBe(true);
  });
});
