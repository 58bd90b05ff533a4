import { describe, expect, it } from "vitest";
import { expandGrid } from "../../src/read/gridmap/expand.js";
import { valuesFill } from "../../src/read/gridmap/fill.js";

/** A grid of one-cell texts, its columns inferred from where the values stand (a PDF without lines). */
const inferred = (...rows: string[][]) =>
  expandGrid({ rows: rows.map((row) => row.map((text) => ({ text }))), inferred: true });

describe("valuesFill", () => {
  it("a mark fills its column as a number does (before: a column of `无` alone was not filled)", () => {
    expect(valuesFill(inferred(["行政规范性文件", "4", "5", "无"]), 0, 1)).toBe(true);
    expect(valuesFill(inferred(["行政规范性文件", "4", "—", "6"]), 0, 1)).toBe(true);
  });

  it("a column no row prints a value in is not filled", () => {
    expect(valuesFill(inferred(["规章", "4", "", "6"]), 0, 1)).toBe(false);
  });

  it("a number before the value columns says they start elsewhere; a mark there does not", () => {
    expect(valuesFill(inferred(["3", "4", "5", "6"]), 0, 1)).toBe(false);
    expect(valuesFill(inferred(["无", "4", "5", "6"]), 0, 1)).toBe(true);
  });

  it("words where values stand say the columns were not drawn from the values alone", () => {
    expect(valuesFill(inferred(["规章", "4", "总计", "6"]), 0, 1)).toBe(false);
  });
});
