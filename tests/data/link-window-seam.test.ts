import { afterEach, describe, expect, it } from 'vitest';
import { LINK_WINDOW_MS, linkWindowMs } from '../../src/app/link-limits';

const seam = globalThis as { __rrTestLinkWindowMs?: unknown };

describe('the link window and its test seam', () => {
  afterEach(() => {
    delete seam.__rrTestLinkWindowMs;
  });

  it('is the stated LINK_WINDOW_MS when the page carries no seam', () => {
    expect(linkWindowMs()).toBe(LINK_WINDOW_MS);
  });

  it('takes a positive number of milliseconds from window.__rrTestLinkWindowMs, read at each call', () => {
    seam.__rrTestLinkWindowMs = 8000;
    expect(linkWindowMs()).toBe(8000);
    seam.__rrTestLinkWindowMs = 600_000;
    expect(linkWindowMs()).toBe(600_000);
  });

  it('ignores a seam that is not a positive finite number', () => {
    for (const value of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, '8000', null]) {
      seam.__rrTestLinkWindowMs = value;
      expect(linkWindowMs()).toBe(LINK_WINDOW_MS);
    }
  });
});
