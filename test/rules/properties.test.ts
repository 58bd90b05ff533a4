import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { toJSON, validate } from "../../src/index.js";
import { consistentReport } from "../support/arbitraries.js";
import { getAt, setAt } from "../support/findings.js";
// The cells and identities of tables 三/四 come from the spec, not from the library's registry.
import {
  countCells,
  type Equation,
  equationsOf,
  operandsOf,
  samePath as same,
} from "../support/oracle.js";

describe.each(["2019", "2021"] as const)("generated consistent reports, %s template", (version) => {
  it("have no finding at all", () => {
    fc.assert(
      fc.property(consistentReport(version), (report) => {
        expect(validate(report).findings).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("perturbed in one cell of 三/四, break exactly the identities holding that cell", () => {
    const cells = countCells(version);
    const identities = equationsOf(version);
    fc.assert(
      fc.property(
        consistentReport(version),
        fc.constantFrom(...cells),
        fc.integer({ min: 1, max: 50 }),
        fc.boolean(),
        (report: Report, cell, size, down) => {
          const json = JSON.parse(JSON.stringify(toJSON(report)));
          const value = getAt(json, cell) as number;
          // A non-zero change that keeps the cell a non-negative integer.
          const delta = down && value > 0 ? -Math.min(size, value) : size;
          setAt(json, cell, value + delta);
          const { ok, findings } = validate(json);
          const holding = identities.filter((i) => operandsOf(i).some((p) => same(p, cell)));
          expect(ok).toBe(false);
          expect(findings).toHaveLength(holding.length);
          const matched = new Set<Equation>();
          for (const finding of findings) {
            const identity = holding.find((i) => {
              const operands = operandsOf(i);
              return (
                i.code === finding.code &&
                operands.some((p) => same(p, finding.path)) &&
                finding.related!.length === operands.length - 1 &&
                finding.related!.every((r) => operands.some((p) => same(p, r)))
              );
            });
            expect(identity, `${finding.code} at ${finding.path.join(".")}`).toBeDefined();
            expect([finding.path, ...finding.related!].some((p) => same(p, cell))).toBe(true);
            matched.add(identity!);
          }
          // One finding per identity instance: every identity holding the cell is reported, none twice.
          expect(matched.size).toBe(holding.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
