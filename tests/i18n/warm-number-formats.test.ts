import { afterEach, describe, expect, it, vi } from 'vitest';

describe('warmNumberFormats: the first view’s number formats made before it asks', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('makes the formats of 0–2 decimals and the axes’, so that the view’s first numbers make none', async () => {
    // A module of its own: its formats are made here, not by another test file before.
    vi.resetModules();
    const format = await import('../../src/i18n/format');
    const Made = Intl.NumberFormat;
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function made(
      ...args: ConstructorParameters<typeof Intl.NumberFormat>
    ) {
      return new Made(...args);
    });
    format.warmNumberFormats('sv');
    expect(made).toHaveBeenCalledTimes(4);
    expect(format.formatNumber(1234.5, 1, 'sv')).toBe('1\u00a0234,5');
    expect(format.formatNumber(3, 0, 'sv')).toBe('3');
    expect(format.formatNumber(3.256, 2, 'sv')).toBe('3,26');
    expect(format.formatAxisNumber(0.5, 'sv')).toBe('0,5');
    expect(made).toHaveBeenCalledTimes(4);
    // Another count of decimals is made when first asked for, as before.
    expect(format.formatNumber(1, 3, 'sv')).toBe('1,000');
    expect(made).toHaveBeenCalledTimes(5);
    // English has formats of its own.
    format.warmNumberFormats('en');
    expect(made).toHaveBeenCalledTimes(9);
    expect(format.formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
  });
});
