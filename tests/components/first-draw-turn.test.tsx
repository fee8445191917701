import { describe, expect, it } from 'vitest';
import { firstDrawInTurn, inTurn } from '../../src/components/chart-turns';

/** Resolves once every job queued so far has had its turn. */
const drained = (): Promise<void> => new Promise((resolve) => inTurn(resolve));
/** Waits a few tasks: long enough for a queue that does not hold to have run its jobs. */
const aFewTasks = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('firstDrawInTurn', () => {
  it('holds the queue after a chart starts until that chart is drawn, so charts draw one after another', async () => {
    const log: string[] = [];
    const first = firstDrawInTurn(() => log.push('start A'));
    const second = firstDrawInTurn(() => log.push('start B'));
    inTurn(() => log.push('update C'));
    await aFewTasks();
    // A has started; B and C wait for A's drawing (its next animation frame, in the browser).
    expect(log).toEqual(['start A']);
    first.done();
    await aFewTasks();
    expect(log).toEqual(['start A', 'start B']);
    second.done();
    await drained();
    expect(log).toEqual(['start A', 'start B', 'update C']);
  });

  it('a chart removed before its turn never starts; one removed while drawing gives its turn up', async () => {
    const log: string[] = [];
    const drawing = firstDrawInTurn(() => log.push('start A'));
    const removed = firstDrawInTurn(() => log.push('start B'));
    firstDrawInTurn(() => log.push('start C'));
    await aFewTasks();
    removed.cancel();
    // A is removed from the page while drawing: its hold ends, C starts.
    drawing.cancel();
    await aFewTasks();
    expect(log).toEqual(['start A', 'start C']);
  });
});
