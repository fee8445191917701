/**
 * Chart drawings, in turns. When a new dataset or a new county changes several charts at once, each
 * is drawn in its turn (10–15 ms), and a turn that would make the task long starts a task of its own,
 * so the page answers input between them instead of drawing them all in one long task.
 *
 * A chart's first drawing is not finished within its job: echarts-for-react makes an instance, waits
 * for its first (empty) frame, makes it again and only then draws the option, in the next animation
 * frame. Jobs that start charts therefore hold the queue (`firstDrawInTurn`) until the chart says it
 * is drawn; otherwise every chart of a view would draw its option in the same frame, one long task.
 */
interface Job {
  readonly run: () => void;
  /** The queue waits for `release` after this job (a chart's first drawing). */
  readonly holds: boolean;
  /** The next job runs in a task of its own (see inTurn's `endsTask`). */
  readonly endsTask: boolean;
}

/** A chart whose drawing never reports (an error inside ECharts) holds the queue no longer than this. */
const HOLD_LIMIT_MS = 2000;

const queue: Job[] = [];
let channel: MessageChannel | undefined;
let holding: { readonly job: Job; readonly timer: ReturnType<typeof setTimeout> } | undefined;

function post(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runNext;
  }
  channel.port2.postMessage(0);
}

/**
 * A task runs another job only while the task so far plus the longest of the recent jobs stays under
 * this: short drawings (a county change on an idle machine) share one task and one frame, long ones
 * (a loaded machine, a first drawing) get a task of their own.
 */
const TASK_BUDGET_MS = 40;
/** How many of the last jobs' durations predict the next one's (a county change draws three charts). */
const RECENT_JOBS = 6;

/** Whether a task that has run `elapsedMs` may start another job, the recent jobs having taken `recentMs`. */
export function mayRunAnother(elapsedMs: number, recentMs: readonly number[]): boolean {
  return elapsedMs + Math.max(0, ...recentMs) < TASK_BUDGET_MS;
}

const recentJobs: number[] = [];
let taskStart = 0;

function runNext(): void {
  taskStart = performance.now();
  runOne();
}

/** One job; the next in a microtask (after this job's own microtasks) while the budget allows, else in a new task. */
function runOne(): void {
  if (holding) return;
  const job = queue.shift();
  if (!job) return;
  if (job.holds) holding = { job, timer: setTimeout(() => release(job), HOLD_LIMIT_MS) };
  const started = performance.now();
  job.run();
  const now = performance.now();
  recentJobs.push(now - started);
  if (recentJobs.length > RECENT_JOBS) recentJobs.shift();
  if (holding || queue.length === 0) return;
  if (!job.endsTask && mayRunAnother(now - taskStart, recentJobs)) queueMicrotask(runOne);
  else post();
}

function release(job: Job): void {
  if (holding?.job !== job) return;
  clearTimeout(holding.timer);
  holding = undefined;
  if (queue.length > 0) post();
}

function enqueue(job: Job): () => void {
  queue.push(job);
  if (queue.length === 1 && !holding) post();
  return () => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
    release(job);
  };
}

/**
 * Queues a job after those already queued; returns a function that takes it off the queue. With
 * `endsTask`, no job runs after it in the same task: a job of another kind than the charts' (a step
 * of a long option list, 10–20 ms), whose cost says nothing of the drawing queued after it (which,
 * chained on, made one task of 50–70 ms when Indikator opened with two thousand indicators).
 */
export function inTurn(job: () => void, options?: { readonly endsTask?: boolean }): () => void {
  return enqueue({ run: job, holds: false, endsTask: options?.endsTask ?? false });
}

export interface FirstDrawTurn {
  /** The chart is drawn (or gone): the next job may run. */
  readonly done: () => void;
  /** Takes the job off the queue, or ends its hold if it has run. */
  readonly cancel: () => void;
}

/**
 * Queues a chart's first drawing: `start` runs in its turn, and no later job runs until `done` (the
 * chart is drawn), `cancel`, or HOLD_LIMIT_MS.
 */
export function firstDrawInTurn(start: () => void): FirstDrawTurn {
  const job: Job = { run: start, holds: true, endsTask: false };
  const cancel = enqueue(job);
  return { done: () => release(job), cancel };
}
