import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { isLedgerPreview } from '../../src/components/ledger-mapping';
import { LedgerMappingForm } from '../../src/components/LedgerMappingForm';
import type { TablePreview } from '../../src/data/import/import-result';

/** A ledger without a county column whose support-type column has a name the reader does not know. */
const preview: TablePreview = {
  header: ['Dnr', 'Insatstyp', 'Beslutsår', 'Beviljat'],
  headerLine: 1,
  rows: [['A-1', 'PROJ', '2023', '100']],
  shape: '["dnr","insatstyp","beslutsar","beviljat"]',
};

function renderForm(onSave = vi.fn()) {
  render(
    <I18nProvider lang="sv">
      <LedgerMappingForm preview={preview} initial={{ sheet: 'Blad1' }} onSave={onSave} onCancel={vi.fn()} />
    </I18nProvider>,
  );
  return onSave;
}

describe('LedgerMappingForm: Välj kolumner for a case ledger', () => {
  it('is offered for a ledger the reader could not read, not for an indicator table', () => {
    expect(isLedgerPreview(preview, undefined)).toBe(true);
    expect(isLedgerPreview({ ...preview, header: ['Region', 'År', 'Antal'] }, undefined)).toBe(false);
  });

  it('pre-filled with what the reader found; asks for what is missing, with focus on it', () => {
    const onSave = renderForm();
    expect((screen.getByLabelText('Ärende (id)') as HTMLSelectElement).value).toBe('0');
    expect((screen.getByLabelText('Beviljat belopp') as HTMLSelectElement).value).toBe('3');
    expect((screen.getByLabelText('Stödtyp') as HTMLSelectElement).value).toBe('');
    fireEvent.click(screen.getByTestId('ledger-map-save'));
    expect(screen.getByRole('alert').textContent).toBe(
      'Välj kolumn för ärende, stödtyp, beslutsår och beviljat belopp.',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Stödtyp'));
    fireEvent.change(screen.getByLabelText('Stödtyp'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('ledger-map-save'));
    // No county column: the county must be stated.
    expect(screen.getByRole('alert').textContent).toBe('Välj kolumnen för län, eller ange länet för filen.');
    expect(document.activeElement).toBe(screen.getByLabelText('Län för ärendelistan'));
    fireEvent.change(screen.getByLabelText('Län för ärendelistan'), { target: { value: '20' } });
    fireEvent.click(screen.getByTestId('ledger-map-save'));
    expect(onSave).toHaveBeenCalledWith({
      sheet: 'Blad1',
      ledgerColumns: { id: 0, supportType: 1, year: 2, granted: 3 },
      county: '20',
    });
  });

  it('one column is never two fields', () => {
    const onSave = renderForm();
    fireEvent.change(screen.getByLabelText('Län'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Stödtyp'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('ledger-map-save'));
    expect(screen.getByRole('alert').textContent).toBe(
      'En kolumn kan bara vara en sak: välj olika kolumner.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });
});
