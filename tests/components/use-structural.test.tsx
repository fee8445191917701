import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { structuralKey, useStructural } from '../../src/components/use-structural';
import { syncRoot } from '../support/sync-root';

describe('structuralKey', () => {
  it('is the same for the same plain data and differs for any change of content', () => {
    const value = { lines: [{ name: 'Dalarnas län', points: [1.5, null, 3] }], lang: 'sv' };
    expect(structuralKey(value)).toBe(
      structuralKey({ lines: [{ name: 'Dalarnas län', points: [1.5, null, 3] }], lang: 'sv' }),
    );
    expect(structuralKey(value)).not.toBe(
      structuralKey({ lines: [{ name: 'Dalarnas län', points: [1.5, null, 3.1] }], lang: 'sv' }),
    );
  });

  it('tells apart what JSON would make alike: NaN, ±Infinity, null, undefined, and texts that look like its markers', () => {
    const keys = [NaN, Infinity, -Infinity, null, undefined, '\u0000NaN', '\u0000undefined', 'NaN'].map((v) =>
      structuralKey({ v, list: [v] }),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no key for what is not plain data: a function, a Map, a Date', () => {
    expect(structuralKey({ formatter: () => 'x' })).toBeUndefined();
    expect(structuralKey({ m: new Map([['a', 1]]) })).toBeUndefined();
    expect(structuralKey([new Date(0)])).toBeUndefined();
  });
});

describe('useStructural', () => {
  const { commit } = syncRoot();
  const seen: unknown[] = [];
  function Probe({ value }: { readonly value: unknown }): ReactElement {
    const kept = useStructural(value);
    seen.push(kept);
    return <p data-testid="probe">{seen.length}</p>;
  }
  const last = (): unknown => seen[seen.length - 1];

  it('hands back the first object while the content is the same, and the new one once it changes', () => {
    seen.length = 0;
    const a = { entries: [{ code: '20', value: 7.8 }] };
    commit(<Probe value={a} />);
    commit(<Probe value={{ entries: [{ code: '20', value: 7.8 }] }} />);
    expect(last()).toBe(a);
    const b = { entries: [{ code: '20', value: 9.1 }] };
    commit(<Probe value={b} />);
    expect(last()).toBe(b);
    expect(screen.getByTestId('probe').textContent).not.toBe('');
  });

  it('never keeps a value it cannot compare', () => {
    seen.length = 0;
    const f = { formatter: (): string => 'a' };
    commit(<Probe value={f} />);
    const g = { formatter: (): string => 'a' };
    commit(<Probe value={g} />);
    expect(last()).toBe(g);
  });
});
