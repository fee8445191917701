import { describe, expect, it } from 'vitest';
import { inTurn } from '../../src/components/chart-turns';

/** Resolves once every job queued so far has had its turn. */
const drained = (): Promise<void> => new Promise((resolve) => inTurn(resolve));

describe('inTurn', () => {
  it('runs jobs later, in order, each in a task of its own', async () => {
    const log: string[] = [];
    inTurn(() => {
      log.push('a');
      // A microtask queued by one job runs before the next job: they are not in the same task.
      queueMicrotask(() => log.push('a: microtask'));
    });
    inTurn(() => log.push('b'));
    inTurn(() => log.push('c'));
    expect(log).toEqual([]);
    await drained();
    expect(log).toEqual(['a', 'a: microtask', 'b', 'c']);
  });

  it('a job taken off the queue never runs; one queued by a job runs after the rest', async () => {
    const log: string[] = [];
    inTurn(() => {
      log.push('first');
      inTurn(() => log.push('queued by first'));
    });
    const cancel = inTurn(() => log.push('cancelled'));
    inTurn(() => log.push('last'));
    cancel();
    await drained();
    await drained();
    expect(log).toEqual(['first', 'last', 'queued by first']);
  });
});
