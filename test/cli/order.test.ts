import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderedMap } from "../../src/cli/order.js";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe("orderedMap", () => {
  it("yields results in the source's order, whatever order the work finishes in", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        async (delays, window) => {
          const results = await collect(
            orderedMap(
              from(delays.map((delay, index) => ({ delay, index }))),
              async ({ delay, index }) => {
                await tick(delay);
                return index;
              },
              window,
            ),
          );
          expect(results).toEqual(delays.map((_, index) => index));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("never has more than `window` items taken and not handed on", async () => {
    let taken = 0;
    let handed = 0;
    let most = 0;
    async function* counted(): AsyncGenerator<number> {
      for (let i = 0; i < 50; i += 1) {
        taken += 1;
        most = Math.max(most, taken - handed);
        yield i;
      }
    }
    // The first item is the slowest: the others wait in the reorder buffer.
    for await (const _ of orderedMap(counted(), (i) => tick(i === 0 ? 20 : 0), 4)) handed += 1;
    expect(handed).toBe(50);
    expect(most).toBe(4);
  });

  it("hands a result on while the source is still waiting for its next item", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    async function* slow(): AsyncGenerator<number> {
      yield 1;
      await gate; // e.g. a program that writes the next path only after reading this result
      yield 2;
    }
    const iterator = orderedMap(slow(), async (n) => n * 10, 8)[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ value: 10, done: false });
    release();
    expect(await iterator.next()).toEqual({ value: 20, done: false });
    expect((await iterator.next()).done).toBe(true);
  });

  it("rethrows a failing source after the results taken before it", async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      throw new Error("listing failed");
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of orderedMap(failing(), async (x) => x, 2)) seen.push(n);
      })(),
    ).rejects.toThrow("listing failed");
    expect(seen).toEqual([1]);
  });
});
