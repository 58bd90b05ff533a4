/**
 * The one place the tests' independent oracle (test/support/oracle.ts, written from the format
 * spec) meets the library's identity list (`identitiesOf`): both must describe the same
 * equations, so a drift in either is caught here, and the property tests that use the oracle
 * cannot silently agree with a wrong library.
 */
import { describe, expect, it } from "vitest";
import { identitiesOf } from "../../src/index.js";
import {
  applicationRows,
  countCells,
  type Equation,
  equationsOf,
  type OracleVersion,
  RESULT_LEAVES,
} from "../support/oracle.js";

/** An equation as one comparable string: its code, then each side as a sorted set of cells. */
// The library's codes are a wider set (its subtotal identities, not among identitiesOf's).
function canonical(
  e: Omit<Pick<Equation, "code" | "left" | "right">, "code"> & { code: string },
): string {
  const side = (paths: readonly (readonly string[])[]) =>
    paths
      .map((p) => p.join("."))
      .sort()
      .join(" + ");
  return `${e.code}: ${side(e.left)} = ${side(e.right)}`;
}

const versions: OracleVersion[] = ["2019", "2021"];

describe("the independent oracle, against the spec's counts", () => {
  it.each([
    ["2019", 19, 23],
    ["2021", 21, 25],
  ] as const)("%s: %i result leaves, %i data rows, 7 columns, 3 groups of 5", (v, leaves, rows) => {
    expect(RESULT_LEAVES[v]).toHaveLength(leaves);
    expect(new Set(RESULT_LEAVES[v]).size).toBe(leaves);
    expect(applicationRows(v)).toHaveLength(rows);
    expect(countCells(v)).toHaveLength(rows * 7 + 15);
    // One row total per data row, one result total and one balance per column, one per group.
    const count = (code: string) => equationsOf(v).filter((e) => e.code === code).length;
    expect([
      count("T3_ROW_TOTAL"),
      count("T3_RESULT_TOTAL"),
      count("T3_BALANCE"),
      count("T4_GROUP_TOTAL"),
    ]).toEqual([rows, 7, 7, 3]);
  });
});

describe.each(versions)("oracle and identitiesOf describe the same equations (%s)", (version) => {
  it("as sets of (code, left cells, right cells), one for one", () => {
    const library = identitiesOf(version).map(canonical).sort();
    const oracle = equationsOf(version).map(canonical).sort();
    expect(library).toEqual(oracle);
    // No equation listed twice on either side (a duplicate would hide a missing one above).
    expect(new Set(oracle).size).toBe(oracle.length);
  });
});
