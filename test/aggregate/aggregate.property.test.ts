import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AggregateInit, Report, TemplateVersion } from "../../src/index.js";
import {
  aggregate,
  checkAggregate,
  tableLayout,
  templateVersions,
  toJSON,
  validate,
} from "../../src/index.js";
import { consistentReport } from "../support/arbitraries.js";
import { brokenEquations } from "../support/oracle.js";
import { at, withCells } from "./helpers.js";

/** 1–4 consistent members of one template and year, with distinct agency names. */
function members(version: TemplateVersion) {
  return fc.array(consistentReport(version), { minLength: 1, maxLength: 4 }).map((reports) =>
    reports.map((r, i) => ({
      ...r,
      year: reports[0]!.year,
      agency: { name: `成员单位${i + 1}` },
    })),
  ) as fc.Arbitrary<Report[]>;
}

function cellsOf(version: TemplateVersion) {
  return tableLayout(version).flatMap((table) =>
    table.rows.flatMap((row) =>
      row.columns.map((column) => ({ path: [table.key, row.key, column.key], kind: column.kind })),
    ),
  );
}

const sumOf = (values: readonly unknown[]) =>
  values.every((v) => typeof v === "number")
    ? (values as number[]).reduce((a, b) => a + b, 0)
    : (values as Decimal[]).reduce((a, b) => a.plus(b), new Decimal(0));

describe.each(templateVersions)("aggregate of consistent %s members (property)", (version) => {
  it("sums every cell, keeps every identity, and checks clean against its members", () => {
    fc.assert(
      fc.property(members(version), (list) => {
        // The texts come from the consolidating office; a member's stand in for them here.
        const { overview, problemsAndImprovements, otherMatters, meta } = list[0]!;
        const { report, findings } = aggregate(list, {
          agency: "某县人民政府",
          ...{ overview, problemsAndImprovements, otherMatters, meta },
        } as AggregateInit);
        expect(findings).toEqual([]);
        expect(report.template).toBe(version);
        expect(report.year).toBe(list[0]!.year);
        for (const { path } of cellsOf(version)) {
          const expected = sumOf(list.map((m) => at(m, path)));
          const actual = at(report, path);
          if (Decimal.isDecimal(expected)) expect((actual as Decimal).equals(expected)).toBe(true);
          else expect(actual).toBe(expected);
        }
        // Every identity of the spec holds in the sum (the oracle, not the library's list).
        expect(brokenEquations(report)).toEqual([]);
        expect(checkAggregate(report, list).findings).toEqual([]);
        expect(validate(report).findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("finds exactly one AGGREGATE_MISMATCH for one perturbed cell, at that cell", () => {
    const cells = cellsOf(version);
    fc.assert(
      fc.property(
        members(version),
        fc.nat({ max: cells.length - 1 }),
        fc.integer({ min: 1, max: 9 }),
        (list, index, delta) => {
          const { report } = aggregate(list, { agency: "某县人民政府" });
          const { path, kind } = cells[index]!;
          const json = at(toJSON(report), path);
          const perturbed =
            kind === "money"
              ? new Decimal(json as string).plus(delta).toFixed()
              : (json as number) + delta;
          const published = withCells(report, [[path, perturbed]]);
          const findings = checkAggregate(published, list).findings;
          expect(findings).toHaveLength(1);
          expect(findings[0]).toMatchObject({
            code: "AGGREGATE_MISMATCH",
            severity: "error",
            path,
            expected: json,
            actual: perturbed,
          });
          expect(findings[0]!.related).toEqual(list.map((_, i) => ["members", i, ...path]));
        },
      ),
      { numRuns: 100 },
    );
  });
});
