/**
 * `promise`, or `onLate()`'s error when it has not settled within `ms`: for a store or a worker that
 * may never answer. `onLate` may also clean up (end the worker); the promise itself is left to settle.
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, onLate: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onLate()), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error || error instanceof DOMException ? error : new Error(String(error)));
      },
    );
  });
}
