// Inputs go to the workers of --jobs in batches: one message (and one reply) per batch, not per
// file. A message costs the pool a structured clone each way and a memory probe in the worker
// (tinypool measures the heap after every task), about a millisecond, while checking a text
// report takes a few: per file that overhead made two workers slower than one.
// A batch goes out when it is full, or `lingerMs` after its first input if no more have come (a
// program that writes one path to --files-from - and waits for its record gets it). The first
// batches are small and grow, so that every worker has work at once and a short list is shared.
// An input may weigh more than one: a PDF costs a worker a hundred times what a text report does,
// so it fills a batch alone. Eight PDFs in one batch kept one worker busy for seconds after the
// other had run out of work, at the end of a run of whole reports.

/** A batch is out: full, or the source paused. */
const LATE = Symbol("late");

/**
 * Groups the source's items into arrays, in order: the `index`-th batch holds items until their
 * weights (1 each unless `weight` says otherwise) reach `size(index)`, at least one item, and goes
 * out early when `lingerMs` pass after its first item without the batch filling. A failing source
 * is rethrown after the batches before it.
 */
export async function* batches<T>(
  source: AsyncIterable<T>,
  size: (index: number) => number,
  lingerMs: number,
  weight: (item: T) => number = () => 1,
): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  // The source's next item when a batch went out while waiting for it (never asked for twice).
  let pending: Promise<IteratorResult<T>> | undefined;
  let done = false;
  try {
    for (let index = 0; ; index += 1) {
      const first = await (pending ?? iterator.next());
      pending = undefined;
      if (first.done) {
        done = true;
        return;
      }
      const batch = [first.value];
      const most = Math.max(1, size(index));
      let weighed = weight(first.value);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late =
        weighed < most
          ? new Promise<typeof LATE>((resolve) => {
              timer = setTimeout(() => resolve(LATE), lingerMs);
            })
          : undefined;
      try {
        while (weighed < most) {
          const next = iterator.next();
          const raced = await Promise.race([next, late!]);
          if (raced === LATE) {
            pending = next;
            break;
          }
          if (raced.done) {
            done = true;
            break;
          }
          batch.push(raced.value);
          weighed += weight(raced.value);
        }
      } finally {
        clearTimeout(timer);
      }
      yield batch;
      if (done) return;
    }
  } finally {
    // Stopped early (the output went away): let the source clean up, unless it is still busy
    // finding an item (standard input that never ends), which would hold this up forever.
    if (!done) {
      if (pending === undefined) await iterator.return?.();
      else void pending.then(() => iterator.return?.()).catch(() => undefined);
    }
  }
}
