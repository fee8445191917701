import { describe, expect, it } from 'vitest';
import { inTurn, mayRunAnother } from '../../src/components/chart-turns';

/** Resolves once every job queued so far has had its turn. */
const drained = (): Promise<void> => new Promise((resolve) => inTurn(resolve));

describe('inTurn', () => {
  it('runs jobs later, in order, the microtasks of each before the next job', async () => {
    const log: string[] = [];
    inTurn(() => {
      log.push('a');
      // A microtask queued by one job runs before the next job (short jobs may share a task).
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

describe('mayRunAnother', () => {
  it('lets a task start another drawing only while it and the longest recent drawing stay under 40 ms', () => {
    // A county change on an idle machine: three drawings of 10–15 ms share one task (one frame).
    expect(mayRunAnother(0, [])).toBe(true);
    expect(mayRunAnother(10, [9, 14, 10])).toBe(true);
    expect(mayRunAnother(25, [9, 14, 10])).toBe(true);
    // The map took 16 ms last time: after 25 ms it waits for a task of its own.
    expect(mayRunAnother(25, [9, 16, 10])).toBe(false);
    // On a loaded machine, or after a heavy first drawing: each in a task of its own.
    expect(mayRunAnother(0, [45])).toBe(false);
  });
});
