/**
 * Chart updates, one per task. When a new dataset or a new county changes several charts at once,
 * each is drawn in a task of its own (10–15 ms), so the page answers input between them instead of
 * drawing them all in one long task.
 */
const queue: (() => void)[] = [];
let channel: MessageChannel | undefined;

function runNext(): void {
  const job = queue.shift();
  job?.();
  if (queue.length > 0) channel?.port2.postMessage(0);
}

/** Queues a job after those already queued; returns a function that takes it off the queue. */
export function inTurn(job: () => void): () => void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runNext;
  }
  queue.push(job);
  if (queue.length === 1) channel.port2.postMessage(0);
  return () => {
    const at = queue.indexOf(job);
    if (at >= 0) queue.splice(at, 1);
  };
}
