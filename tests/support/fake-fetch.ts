/** A stand-in for `fetch` that answers from a function and records what it was asked. */
export interface FakeFetch {
  readonly fetch: typeof fetch;
  readonly calls: { readonly url: string; readonly init: RequestInit | undefined }[];
}

export function fakeFetch(
  answer: (url: string, init: RequestInit | undefined) => Response | Promise<Response>,
): FakeFetch {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return Promise.resolve().then(() => answer(url, init));
  };
  return { fetch: impl, calls };
}

/** A body that hands out `chunk` on every read, without end, and notes reads and cancellation. */
export function endlessBody(chunk: Uint8Array): {
  readonly stream: ReadableStream<Uint8Array>;
  readonly state: { pulls: number; cancelled: boolean };
} {
  const state = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls++;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}
