/**
 * The README's tour is `examples/tour.ts`, verbatim but for the import path: it type-checks with
 * the project (`npm run typecheck` covers examples/), runs here, and prints what its comments say.
 * The consumer check (`npm run check:consumer`) compiles the same block against the packed package.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const tour = read("../../examples/tour.ts");

describe("README tour", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is examples/tour.ts, imported from the package", () => {
    const shown = tour.replace('"../src/index.js"', '"zfxxgk-annual-report"');
    expect(shown).not.toBe(tour);
    expect(read("../../README.md")).toContain("```ts\n" + shown + "```");
  });

  it("runs without throwing and prints what its comments say", async () => {
    const printed: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
    });
    await import("../../examples/tour.js");
    // Every `console.log(…); // value` line of the tour, in order.
    const promised = [...tour.matchAll(/^console\.log\(.*\); \/\/ (.+)$/gm)].map((m) => m[1]);
    expect(promised.length).toBeGreaterThan(3);
    expect(printed).toEqual(promised);
  });
});
