import { afterEach, describe, expect, it, vi } from "vitest";

const setFlagsFromString = vi.fn();
vi.mock("node:v8", () => ({ setFlagsFromString }));

const { tuneTiering } = await import("../../src/cli/tiering.js");

afterEach(() => setFlagsFromString.mockClear());

describe("tuneTiering", () => {
  it("raises V8's interrupt budget above its default", () => {
    tuneTiering([]);
    expect(setFlagsFromString).toHaveBeenCalledTimes(1);
    const [flag] = setFlagsFromString.mock.calls[0] as [string];
    const budget = Number(/^--interrupt-budget=(\d+)$/.exec(flag)?.[1]);
    expect(budget).toBeGreaterThan(67_584);
  });

  it("leaves the budget alone when node was given one", () => {
    tuneTiering(["--max-old-space-size=4096", "--interrupt-budget=1000"]);
    tuneTiering(["--interrupt_budget=1000"]);
    expect(setFlagsFromString).not.toHaveBeenCalled();
  });
});
