import { describe, expect, it } from 'vitest';
import { linkConsent } from '../../src/app/link-consent';
import type { KeyValueStorage } from '../../src/app/session-list';

function memoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('consent to fetch a link', () => {
  it('is asked per URL: agreeing to one is not agreeing to another on the same host', () => {
    const consent = linkConsent(memoryStorage());
    expect(consent.has('http://127.0.0.1:9/a.csv')).toBe(false);
    consent.grant('http://127.0.0.1:9/a.csv');
    expect(consent.has('http://127.0.0.1:9/a.csv')).toBe(true);
    expect(consent.has('http://127.0.0.1:9/b.csv')).toBe(false);
  });

  it('is kept for the session (a reload reads it back) and tells its listeners', () => {
    const session = memoryStorage();
    const first = linkConsent(session);
    let told = 0;
    first.subscribe(() => told++);
    const before = first.version();
    first.grant('https://example.se/a.csv');
    first.grant('https://example.se/a.csv');
    expect([told, first.version() - before]).toEqual([1, 1]);
    expect(linkConsent(session).has('https://example.se/a.csv')).toBe(true);
    // A new session (another tab, the browser restarted) asks again.
    expect(linkConsent(memoryStorage()).has('https://example.se/a.csv')).toBe(false);
  });

  it('works, for the page only, where the browser keeps nothing', () => {
    const consent = linkConsent(undefined);
    consent.grant('https://example.se/a.csv');
    expect(consent.has('https://example.se/a.csv')).toBe(true);
  });
});
