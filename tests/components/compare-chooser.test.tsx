import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CompareChooser } from '../../src/components/CompareChooser';
import { I18nProvider } from '../../src/components/i18n-context';
import { kommunScope, LAN_SCOPE } from '../../src/domain/region-scope';

function open(ui: Parameters<typeof CompareChooser>[0]): HTMLElement {
  render(
    <I18nProvider lang="sv">
      <CompareChooser {...ui} />
    </I18nProvider>,
  );
  fireEvent.click(screen.getByTestId('compare-toggle'));
  return screen.getByTestId('compare-panel');
}
// Queried by selector: by role, three hundred boxes take jsdom seconds.
const groupNames = (panel: HTMLElement): string[] =>
  [...panel.querySelectorAll('fieldset.chooser-group > legend')].map((l) => l.textContent ?? '');
const boxNames = (element: Element): string[] =>
  [...element.querySelectorAll('input[type="checkbox"]')].map((b) => b.parentElement?.textContent ?? '');

describe('CompareChooser among a county’s kommuner: every county’s kommuner, grouped and searchable', () => {
  it('the county and Riket first (the focus not offered), then the county’s own kommuner, then the other counties’ in code order', () => {
    const panel = open({ scope: kommunScope('20'), focus: '2080', chosen: [], onChange: vi.fn() });
    const groups = groupNames(panel);
    expect(groups).toHaveLength(22);
    expect(groups.slice(0, 4)).toEqual([
      'Länet och riket',
      'Kommuner i Dalarnas län',
      'Kommuner i Stockholms län',
      'Kommuner i Uppsala län',
    ]);
    const [references, dalarna] = [...panel.querySelectorAll('fieldset.chooser-group')];
    expect(references && boxNames(references)).toEqual(['Dalarnas län', 'Riket']);
    expect(dalarna && boxNames(dalarna)).toHaveLength(14);
    expect(dalarna && boxNames(dalarna)).not.toContain('Falun');
    expect(boxNames(panel)).toHaveLength(2 + 289);
  });

  it('the search keeps the regions whose name holds the words, diacritics aside; none says so', () => {
    const panel = open({ scope: kommunScope('20'), focus: '2080', chosen: [], onChange: vi.fn() });
    const search = within(panel).getByLabelText('Sök kommun');
    fireEvent.change(search, { target: { value: 'fal' } });
    expect(boxNames(panel)).toEqual(['Falkenberg', 'Falköping']);
    expect(groupNames(panel)).toEqual(['Kommuner i Hallands län', 'Kommuner i Västra Götalands län']);
    fireEvent.change(search, { target: { value: 'salen' } });
    expect(boxNames(panel)).toEqual(['Malung-Sälen']);
    fireEvent.change(search, { target: { value: 'xyz' } });
    expect(boxNames(panel)).toHaveLength(0);
    expect(within(panel).getByRole('status').textContent).toBe(
      'Ingen kommun eller inget län med det namnet.',
    );
  });

  it('a kommun of another county is chosen like any other, up to six', () => {
    const onChange = vi.fn();
    const panel = open({ scope: kommunScope('20'), focus: '2080', chosen: ['2062'], onChange });
    fireEvent.change(within(panel).getByLabelText('Sök kommun'), { target: { value: 'Umeå' } });
    fireEvent.click(within(panel).getByLabelText('Umeå'));
    expect(onChange).toHaveBeenCalledWith(['2062', '2480']);
  });

  it('among the län it stays Riket and the 21 län, ungrouped, without a search field', () => {
    const panel = open({ scope: LAN_SCOPE, focus: '20', chosen: [], onChange: vi.fn() });
    expect(within(panel).getAllByRole('checkbox')).toHaveLength(21);
    expect(within(panel).queryByLabelText('Sök kommun')).toBeNull();
    expect(panel.querySelectorAll('fieldset.chooser-group')).toHaveLength(0);
  });
});
