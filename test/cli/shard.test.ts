import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseShard, UsageError } from "../../src/cli/args.js";
import { fnv1a, inShard } from "../../src/cli/shard.js";

describe("--shard", () => {
  it("FNV-1a is the published function (test vectors)", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("every path is in exactly one part, whatever the number of parts", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 50 }), (path, count) => {
        const parts = Array.from({ length: count }, (_, i) =>
          inShard(path, { index: i + 1, count }),
        );
        expect(parts.filter(Boolean)).toHaveLength(1);
      }),
    );
    expect(inShard("any", undefined)).toBe(true);
  });

  it("spreads real-looking paths over the parts", () => {
    const paths = Array.from({ length: 4000 }, (_, i) => `reports/2022/县${i}/年度报告.pdf`);
    const sizes = [1, 2, 3, 4].map(
      (index) => paths.filter((p) => inShard(p, { index, count: 4 })).length,
    );
    for (const size of sizes) expect(Math.abs(size - 1000)).toBeLessThan(150);
  });

  it("takes i/n with 1 ≤ i ≤ n", () => {
    expect(parseShard("2/8")).toEqual({ index: 2, count: 8 });
    for (const bad of ["0/2", "3/2", "1", "a/b", "1/0", "-1/2", "1/2/3"]) {
      expect(() => parseShard(bad)).toThrow(UsageError);
    }
  });
});
