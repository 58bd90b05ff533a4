// Work on many items at once, results in input order, memory bounded: at most `window` items are
// taken from the source and not yet handed on (running, or done and waiting for an earlier one).
// The queue of promises is the reorder buffer. Taking from the source and handing results on run
// side by side: a result is handed on as soon as it is next, even while the source is waiting
// (a program that writes one path to --files-from - and waits for its line gets it).

/**
 * Maps `work` over `source` with up to `window` items in flight, yielding the results in the
 * source's order. `work` should not reject (a rejection is rethrown when its turn comes), and a
 * failing source is rethrown after the results taken before it.
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const queue: Promise<R>[] = [];
  let exhausted = false;
  let stopped = false;
  let failure: { readonly error: unknown } | undefined;
  // Wakes the consumer when the queue grows or the source ends; the producer when there is room.
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  const producer = (async () => {
    try {
      while (!stopped) {
        while (queue.length >= window && !stopped) {
          await new Promise<void>((resolve) => {
            wakeProducer = resolve;
          });
        }
        if (stopped) break;
        const next = await iterator.next();
        if (next.done) break;
        const promise = work(next.value);
        // Handled when its turn comes; this keeps an early rejection from being "unhandled".
        promise.catch(() => undefined);
        queue.push(promise);
        wakeConsumer?.();
      }
    } catch (error) {
      failure = { error };
    } finally {
      exhausted = true;
      wakeConsumer?.();
    }
  })();
  try {
    for (;;) {
      if (queue.length === 0) {
        if (exhausted) break;
        await new Promise<void>((resolve) => {
          wakeConsumer = resolve;
        });
        continue;
      }
      const result = await queue[0]!;
      yield result;
      // Room once the consumer is back for the next one: its result is then out of our hands.
      queue.shift();
      wakeProducer?.();
    }
  } finally {
    stopped = true;
    wakeProducer?.();
    if (!exhausted) await iterator.return?.();
  }
  await producer;
  if (failure !== undefined) throw failure.error;
}
