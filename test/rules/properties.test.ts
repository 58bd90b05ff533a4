import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report, TemplateVersion } from "../../src/index.js";
import { identitiesOf, tableLayout, toJSON, validate } from "../../src/index.js";
import { consistentReport } from "../support/arbitraries.js";
import { getAt, setAt } from "../support/findings.js";

type Path = readonly (string | number)[];
const same = (a: Path, b: Path) => a.length === b.length && a.every((p, i) => p === b[i]);

/** Every cell of tables 三 and 四 of a template, from the layout. */
function countCells(version: TemplateVersion): Path[] {
  return tableLayout(version)
    .filter((t) => t.key !== "activeDisclosure")
    .flatMap((t) => t.rows.flatMap((r) => r.columns.map((c) => [t.key, r.key, c.key] as Path)));
}

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
    const identities = identitiesOf(version);
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
          const holding = identities.filter((i) =>
            [...i.left, ...i.right].some((p) => same(p, cell)),
          );
          expect(ok).toBe(false);
          expect(findings).toHaveLength(holding.length);
          for (const finding of findings) {
            const identity = holding.find((i) => {
              const operands = [...i.left, ...i.right];
              return (
                i.code === finding.code &&
                operands.some((p) => same(p, finding.path)) &&
                finding.related!.length === operands.length - 1 &&
                finding.related!.every((r) => operands.some((p) => same(p, r)))
              );
            });
            expect(identity, `${finding.code} at ${finding.path.join(".")}`).toBeDefined();
            expect([finding.path, ...finding.related!].some((p) => same(p, cell))).toBe(true);
          }
          // One finding per identity instance: no identity reported twice.
          const keys = findings.map((f) => `${f.code}:${f.path.join(".")}`);
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
