import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { admitFiles, refusedFiles } from '../../src/app/file-limit';
import { pageLinkConsent } from '../../src/app/link-consent';
import { RefusedFiles } from '../../src/components/LoadNotices';
import { I18nProvider } from '../../src/components/i18n-context';
import { LinkField } from '../../src/components/LinkField';
import { LinkStatusBar } from '../../src/components/LinkStatus';
import type { LinkLoad } from '../../src/components/use-link-loads';
import type { Lang } from '../../src/domain/language';

const asking = (url: string): LinkLoad => ({ url, name: url, phase: 'ask', result: undefined, at: 0 });

function bar(loads: readonly LinkLoad[], lang: Lang = 'sv') {
  const actions = { onAllow: vi.fn(), onDecline: vi.fn(), onRetry: vi.fn() };
  render(
    <I18nProvider lang={lang}>
      <LinkStatusBar loads={loads} {...actions} />
    </I18nProvider>,
  );
  return actions;
}

describe('the question before a shared link is fetched', () => {
  it('names the host as text, and says when it is the visitor’s own machine or network', () => {
    bar([
      asking('https://data.example.se/a.csv'),
      asking('http://127.0.0.1:9000/b.csv'),
      asking('http://192.168.1.20/c.csv'),
    ]);
    const lines = screen.getAllByTestId('link-status').map((li) => li.textContent ?? '');
    expect(lines[0]).toContain('Länken hämtar data från värd data.example.se — hämta?');
    expect(lines[0]).not.toContain('Obs');
    expect(lines[1]).toContain('värd 127.0.0.1:9000');
    expect(lines[1]).toContain('Obs: värden är din egen dator.');
    expect(lines[2]).toContain('Obs: värden finns i ditt eget nätverk');
  });

  it('in English too, with Fetch and Skip', () => {
    bar([asking('http://[::1]:8080/a.csv')], 'en');
    expect(screen.getByTestId('link-status').textContent).toContain(
      'The link fetches data from host [::1]:8080 — fetch it?',
    );
    expect(screen.getByTestId('link-status').textContent).toContain('Note: the host is your own computer.');
    expect(screen.getByTestId('link-allow').textContent).toBe('Fetch');
    expect(screen.getByTestId('link-decline').textContent).toBe('Skip');
  });

  it('"Hämta" and "Avstå" answer for that link', () => {
    const actions = bar([asking('https://a.example.se/1.csv'), asking('https://b.example.se/2.csv')]);
    fireEvent.click(screen.getAllByTestId('link-allow')[1] as HTMLElement);
    fireEvent.click(screen.getAllByTestId('link-decline')[0] as HTMLElement);
    expect(actions.onAllow).toHaveBeenCalledWith('https://b.example.se/2.csv');
    expect(actions.onDecline).toHaveBeenCalledWith('https://a.example.se/1.csv');
  });

  it('a link that has come is not in the bar', () => {
    bar([{ ...asking('https://a.example.se/1.csv'), phase: 'done' }]);
    expect(screen.queryByTestId('link-status-bar')).toBeNull();
  });
});

describe('the link field', () => {
  it('a typed link is the user’s own: it is added with consent already given', () => {
    const onAdd = vi.fn();
    render(
      <I18nProvider lang="sv">
        <LinkField onAdd={onAdd} />
      </I18nProvider>,
    );
    const url = 'http://10.0.0.7/egen.csv';
    expect(pageLinkConsent.has(url)).toBe(false);
    fireEvent.change(screen.getByTestId('link-input'), { target: { value: ` ${url} ` } });
    fireEvent.click(screen.getByTestId('link-add'));
    expect(onAdd).toHaveBeenCalledWith(url);
    expect(pageLinkConsent.has(url)).toBe(true);
  });

  it('refuses what is no http(s) link, says so at the field, and adds nothing', () => {
    const onAdd = vi.fn();
    render(
      <I18nProvider lang="sv">
        <LinkField onAdd={onAdd} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByTestId('link-input'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByTestId('link-add'));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('https://');
    expect(screen.getByTestId('link-input').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('link-input'));
  });
});

describe('a file over the size limit', () => {
  it('is named with its size and the limit, the others go on, and the message can be dismissed', () => {
    refusedFiles.clear();
    render(
      <I18nProvider lang="sv">
        <RefusedFiles />
      </I18nProvider>,
    );
    expect(screen.queryByTestId('refused-files')).toBeNull();
    let kept: { name: string; size: number }[] = [];
    act(() => {
      kept = admitFiles([
        { name: 'liten.csv', size: 2048 },
        { name: 'jätte.csv', size: 600 * 1024 * 1024 },
      ]);
    });
    expect(kept.map((f) => f.name)).toEqual(['liten.csv']);
    expect(screen.getByTestId('refused-files').textContent).toContain(
      'jätte.csv är 600 MB — större än gränsen 500 MB — och lästes inte in. Inget annat påverkades.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stäng meddelandet' }));
    expect(screen.queryByTestId('refused-files')).toBeNull();
  });
});
