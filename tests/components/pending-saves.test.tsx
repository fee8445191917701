import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createBusyFlag } from '../../src/components/busy-flag';
import { trackSave } from '../../src/components/pending-saves';
import { MainRegion } from '../../src/components/view-busy';

/** A save the test ends by hand. */
function pendingSave(): { promise: Promise<void>; keep: () => void; fail: (e: Error) => void } {
  let keep = (): void => undefined;
  let fail = (_: Error): void => undefined;
  const promise = new Promise<void>((resolve, reject) => {
    keep = () => resolve();
    fail = reject;
  });
  return { promise, keep, fail };
}

const saving = (): string | null => screen.getByRole('main').getAttribute('data-saving');

describe('a workspace save on its way to the store', () => {
  it('main says saving from the first save begun to the last one ended, kept or failed; a failure still reaches its caller', async () => {
    render(
      <MainRegion flag={createBusyFlag()} busy={false}>
        <p>view</p>
      </MainRegion>,
    );
    expect(saving()).toBe('false');

    const first = pendingSave();
    const second = pendingSave();
    let firstTracked: Promise<void> = Promise.resolve();
    let secondTracked: Promise<void> = Promise.resolve();
    act(() => {
      firstTracked = trackSave(first.promise);
      secondTracked = trackSave(second.promise);
    });
    expect(saving()).toBe('true');

    await act(async () => {
      first.keep();
      await firstTracked;
    });
    expect(saving()).toBe('true');

    await act(async () => {
      second.fail(new Error('quota'));
      await expect(secondTracked).rejects.toThrow('quota');
    });
    expect(saving()).toBe('false');
  });
});
