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

describe('inTurn with endsTask', () => {
  /**
   * The order of two jobs and the end of a chain of microtasks the first starts: a job chained on
   * in the same task runs inside the chain (after its first link), one in a later task after it.
   */
  async function order(endsTask: boolean): Promise<string[]> {
    const log: string[] = [];
    const chain = (links: number): void =>
      queueMicrotask(() => (links > 0 ? chain(links - 1) : log.push('microtasks drained')));
    inTurn(
      () => {
        log.push('first');
        chain(20);
      },
      { endsTask },
    );
    inTurn(() => log.push('second'));
    await drained();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return log;
  }

  it('runs the next job in a task of its own; without it, a short job shares the task', async () => {
    expect(await order(true)).toEqual(['first', 'microtasks drained', 'second']);
    expect(await order(false)).toEqual(['first', 'second', 'microtasks drained']);
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
