/**
 * The glued-digit search judges a row's total identities with `quickVerdict`, falling back to the
 * evaluator for cells it does not read: its verdicts must be the evaluator's (`evaluateIndexed`)
 * on every row of cells, numbers safe or not, absent cells, blanks, marks and decimals.
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mark } from "../../src/model/cell.js";
import { evaluateIndexed } from "../../src/model/identities.js";
import {
  HOLDS,
  IMPLIES,
  OTHER,
  quickVerdict,
  rowIdentity,
  UNJUDGED,
} from "../../src/read/glued.js";
import { identitiesOf } from "../../src/templates/identities.js";
import { templateDefinition } from "../../src/templates/registry.js";

// Table 三's and table 四's identities within one row, as the table readers make them.
const rows = (["2019", "2021"] as const).flatMap((version) => {
  const definition = templateDefinition(version);
  return identitiesOf(version)
    .filter((identity) => {
      const paths = [...identity.left, ...identity.right];
      return paths.every((p) => p[0] === paths[0]![0] && p[1] === paths[0]![1] && p.length === 3);
    })
    .map((identity) => {
      const table = identity.left[0]![0];
      const columns =
        table === "applications"
          ? definition.applications.columns
          : definition.reviewsAndLitigation.columns;
      return {
        width: columns.length,
        row: rowIdentity(identity, (path) => columns.findIndex((c) => c.key === path[2])),
      };
    })
    .filter(({ row }) => [row.total, ...row.left, ...row.right].every((i) => i >= 0));
});

const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }) },
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      -3,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER - 1,
      2 ** 60,
      1.5,
      null,
      mark("/"),
      new Decimal("2.5"),
    ),
  },
);

describe("quickVerdict", () => {
  it("finds row identities to judge", () => {
    expect(rows.length).toBeGreaterThan(2);
  });

  it("gives the evaluator's verdict wherever it judges (property)", () => {
    let judged = 0;
    fc.assert(
      fc.property(
        fc.nat(rows.length - 1),
        fc.array(cell, { minLength: 15, maxLength: 15 }),
        (which, cells) => {
          const { row, width } = rows[which]!;
          const read = cells.slice(0, width);
          const implied = [Number.NaN];
          const quick = quickVerdict(row, read, implied);
          const verdict = evaluateIndexed(row.identity, row.left, row.right, (i) => read[i]);
          if (quick === UNJUDGED) return;
          judged++;
          if (verdict.verdict === "implies") {
            expect(quick).toBe(IMPLIES);
            expect(implied[0]).toBe(verdict.value);
          } else expect(quick).toBe(verdict.verdict === "holds" ? HOLDS : OTHER);
        },
      ),
      { numRuns: 3000 },
    );
    // Most rows of cells are numbers and absent cells only: the quick path is what runs.
    expect(judged).toBeGreaterThan(1000);
  });
});
