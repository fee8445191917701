import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkspaceContext } from '../../src/components/workspace-context';
import { AssessmentForm } from '../../src/views/learning-log/AssessmentForm';
import { fakeWorkspaceApi } from './fake-workspace-api';

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
