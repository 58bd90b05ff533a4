import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batches } from "../../src/cli/batch.js";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe("batches", () => {
  it("gives every item once, in order, each batch as full as its size allows", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer(), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }),
        async (items, sizes) => {
          const size = (index: number) => sizes[index % sizes.length]!;
          const got = await collect(batches(from(items), size, 1_000));
          expect(got.flat()).toEqual(items);
          // A source that never pauses fills every batch but the last (a size of 0 counts as 1).
          for (const [index, batch] of got.entries()) {
            const most = Math.max(1, size(index));
            if (index < got.length - 1) expect(batch).toHaveLength(most);
            else expect(batch.length).toBeGreaterThan(0);
            expect(batch.length).toBeLessThanOrEqual(most);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("fills a batch by the items' weights: a heavy item fills one alone", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        async (weights, most) => {
          const got = await collect(
            batches(
              from(weights),
              () => most,
              1_000,
              (w) => w,
            ),
          );
          expect(got.flat()).toEqual(weights);
          for (const [index, batch] of got.entries()) {
            const sum = batch.reduce((a, b) => a + b, 0);
            // Under the size until its last item; full, unless it is the last batch.
            expect(sum - batch[batch.length - 1]!).toBeLessThan(most);
            if (index < got.length - 1) expect(sum).toBeGreaterThanOrEqual(most);
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(
      await collect(
        batches(
          from([1, 8, 1, 1, 8]),
          () => 8,
          1_000,
          (w) => w,
        ),
      ),
    ).toEqual([
      [1, 8],
      [1, 1, 8],
    ]);
  });

  it("sends a batch that is not full when the source pauses (no wait for the next item)", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    async function* paused(): AsyncGenerator<number> {
      yield 1;
      yield 2;
      await gate; // e.g. a program that writes the next path only after reading these records
      yield 3;
    }
    const iterator = batches(paused(), () => 8, 5)[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: [1, 2], done: false });
    release();
    expect(await iterator.next()).toEqual({ value: [3], done: false });
    expect((await iterator.next()).done).toBe(true);
  });

  it("keeps the item that came after a batch went out for the next batch", async () => {
    async function* slow(): AsyncGenerator<number> {
      yield 1;
      await tick(30);
      yield 2;
      yield 3;
    }
    expect(await collect(batches(slow(), () => 8, 5))).toEqual([[1], [2, 3]]);
  });

  it("rethrows a failing source after the batches before it", async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      yield 2;
      throw new Error("listing failed");
    }
    const seen: number[][] = [];
    await expect(
      (async () => {
        for await (const batch of batches(failing(), () => 1, 5)) seen.push(batch);
      })(),
    ).rejects.toThrow("listing failed");
    expect(seen).toEqual([[1], [2]]);
  });

  it("closes the source when the consumer stops early", async () => {
    let closed = false;
    async function* endless(): AsyncGenerator<number> {
      try {
        for (let i = 0; ; i += 1) yield i;
      } finally {
        closed = true;
      }
    }
    for await (const batch of batches(endless(), () => 3, 5)) {
      expect(batch).toEqual([0, 1, 2]);
      break;
    }
    expect(closed).toBe(true);
  });
});
