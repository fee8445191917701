import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState, type ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/components/i18n-context';
import { PanelBoundary } from '../../src/components/PanelBoundary';
import { SourcesOpener } from '../../src/components/sources-opener';
import type { Lang } from '../../src/domain/language';
import { ChangeText } from '../../src/views/ChangeText';

// React and the boundary log a caught error to the console; the tests look at the page instead.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

let broken = true;
function Fragile(): ReactElement {
  // What a bad value in a file did: Intl.NumberFormat throws on maximumFractionDigits 101.
  if (broken) new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 101 });
  return <p>kartan ritad</p>;
}

function Panels({ lang = 'sv', onOpen }: { lang?: Lang; onOpen?: () => void }): ReactElement {
  const [region, setRegion] = useState('20');
  return (
    <I18nProvider lang={lang}>
      <SourcesOpener.Provider value={onOpen}>
        <button type="button" onClick={() => setRegion('01')}>
          byt län
        </button>
        <PanelBoundary name="kartan" files={() => ['trasig.json']} resetKeys={[region]}>
          <Fragile />
        </PanelBoundary>
        <PanelBoundary name="tabellen" resetKeys={[region]}>
          <p>tabellen ritad för {region}</p>
        </PanelBoundary>
      </SourcesOpener.Provider>
    </I18nProvider>
  );
}

describe('PanelBoundary', () => {
  beforeEach(() => {
    broken = true;
  });

  it('shows what failed, the error and the file in the panel’s place; the sibling panel still renders', () => {
    render(<Panels onOpen={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-panel')).toBe('kartan');
    expect(within(alert).getByText('Det gick inte att visa kartan.')).toBeTruthy();
    expect(within(alert).getByTestId('panel-failure-error').textContent).toMatch(
      /^Felet: .*maximumFractionDigits/,
    );
    expect(alert.textContent).toContain('Värdena kommer från trasig.json.');
    expect(screen.getByText('tabellen ritad för 20')).toBeTruthy();
    expect(screen.queryByText('kartan ritad')).toBeNull();
  });

  it('"Försök igen" draws the panel again; it stays drawn once it no longer throws', () => {
    render(<Panels />);
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('kartan ritad')).toBeTruthy();
  });

  it('draws the panel again when the selection changes (a reset key)', () => {
    render(<Panels />);
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'byt län' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('tabellen ritad för 01')).toBeTruthy();
  });

  it('offers to open Källor where the app provides it, and speaks English in the English UI', () => {
    const onOpen = vi.fn();
    render(<Panels lang="en" onOpen={onOpen} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Could not show kartan.')).toBeTruthy();
    expect(alert.textContent).toContain('The values come from trasig.json.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Open Sources' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('without an opener there is no Källor button, only the words', () => {
    render(<Panels />);
    expect(screen.queryByTestId('panel-open-sources')).toBeNull();
  });
});

describe('a bad decimals value that slipped past the import', () => {
  it('draws the change with at most 10 decimals instead of throwing (toFixed throws past 100)', () => {
    const change = { value: 0.125, from: { granularity: 'year', year: 2022, sub: 0 } } as const;
    render(
      <I18nProvider lang="sv">
        <p data-testid="many">
          <ChangeText change={change} decimals={101} />
        </p>
        <p data-testid="none">
          <ChangeText change={change} decimals={-1} />
        </p>
      </I18nProvider>,
    );
    expect(screen.getByTestId('many').textContent).toBe('↑ +0,1250000000 sedan 2022');
    expect(screen.getByTestId('none').textContent).toBe('→ ±0 sedan 2022');
  });
});
