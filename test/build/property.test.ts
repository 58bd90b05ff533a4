import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createReport,
  type Report,
  type ReportInit,
  type TemplateVersion,
  tableLayout,
  validate,
} from "../../src/index.js";
import { consistentReport } from "../support/arbitraries.js";
import { built, complete } from "../support/built.js";
// Which cells are totals of which, from the spec (test/support/oracle.ts), not from identitiesOf.
import {
  brokenEquations,
  countCells,
  equationsOf,
  type OraclePath,
  samePath as same,
  totalCells,
} from "../support/oracle.js";

type Tables = Record<string, Record<string, Record<string, unknown>>>;

const isTotalIdentity = (code: string) => code !== "T3_BALANCE";

/** The report as createReport input, with every total removed. */
function leavesOf(report: Report): ReportInit<TemplateVersion> {
  const { formatVersion: _, ...rest } = report;
  const tables: Tables = {};
  for (const table of tableLayout(report.template)) {
    const rows = report[table.key] as unknown as Tables[string];
    tables[table.key] = Object.fromEntries(
      Object.entries(rows).map(([row, cells]) => [row, { ...cells }]),
    );
  }
  for (const [table, row, column] of totalCells(report.template))
    delete tables[table]![row]![column];
  return { ...rest, ...tables } as unknown as ReportInit<TemplateVersion>;
}

const versions = fc.constantFrom<TemplateVersion>("2019", "2021");

describe("createReport (properties)", () => {
  it("rebuilds any consistent report from its leaves: equal, every identity holds, no finding", () => {
    fc.assert(
      fc.property(consistentReport(), (report) => {
        const result = createReport(leavesOf(report));
        expect(result.ok).toBe(true);
        const { report: rebuilt, findings } = complete(result);
        expect(findings).toEqual([]);
        expect(rebuilt).toEqual(report);
        expect(brokenEquations(rebuilt)).toEqual([]);
        expect(validate(rebuilt).findings).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("derives every total from random leaves; only the balance can fail, and then it is reported", () => {
    const leaves = versions.chain((version) => {
      const total = totalCells(version);
      // Table 二 from the layout (no identity there); tables 三 and 四 from the spec.
      const paths = [
        ...tableLayout(version)
          .filter((table) => table.key === "activeDisclosure")
          .flatMap((table) =>
            table.rows.flatMap((row) =>
              row.columns.map((column) => ({
                path: [table.key, row.key, column.key] as OraclePath,
                kind: column.kind as string,
              })),
            ),
          ),
        ...countCells(version).map((path) => ({ path, kind: "count" })),
      ].filter(({ path }) => !total.some((t) => same(t, path)));
      const value = (kind: string): fc.Arbitrary<number | Decimal> =>
        kind === "money"
          ? fc.integer({ min: 0, max: 10 ** 9 }).map((n) => new Decimal(n).div(10 ** 6))
          : kind === "signedCount"
            ? fc.integer({ min: -1000, max: 1000 })
            : fc.nat({ max: 1000 });
      return fc
        .tuple(...paths.map(({ kind }) => fc.option(value(kind), { nil: undefined })))
        .map((values) => ({ version, paths, values }));
    });
    fc.assert(
      fc.property(leaves, ({ version, paths, values }) => {
        const tables: Tables = {};
        paths.forEach(({ path: [table, row, column] }, i) => {
          if (values[i] === undefined) return;
          tables[table] ??= {};
          tables[table][row] ??= {};
          tables[table][row][column] = values[i];
        });
        const init = { template: version, year: 2020, agency: "某局", ...tables };
        const result = createReport(init as ReportInit<TemplateVersion>);
        const { report, findings } = built(result);
        // Every cell is a number, so only a finding (an unbalanced column) makes the result not ok.
        expect(result.ok).toBe(findings.length === 0);
        const cells = report as unknown as Tables;
        paths.forEach(({ path: [table, row, column], kind }, i) => {
          const zero = kind === "money" ? new Decimal(0) : 0;
          expect(cells[table]![row]![column]).toEqual(values[i] ?? zero);
        });
        const broken = brokenEquations(report);
        expect(broken.every((identity) => identity.code === "T3_BALANCE")).toBe(true);
        expect(findings.map((f) => [f.code, f.path])).toEqual(
          broken.map((identity) => [identity.code, identity.right.at(-1)]),
        );
        // validate agrees with the builder on the arithmetic (texts are absent, so other rules fire).
        const arithmetic = validate(report).findings.filter(
          (f) => f.code.startsWith("T3_") || f.code.startsWith("T4_"),
        );
        expect(arithmetic.map((f) => [f.code, f.path])).toEqual(
          findings.map((f) => [f.code, f.path]),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("drops a wrong given total and reports each identity it breaks, at the given cell", () => {
    const cases = consistentReport().chain((report) =>
      fc.record({
        report: fc.constant(report),
        target: fc.constantFrom(...totalCells(report.template)),
        delta: fc.integer({ min: 1, max: 50 }),
      }),
    );
    fc.assert(
      fc.property(cases, ({ report, target, delta }) => {
        const [table, row, column] = target;
        const derived = (report as unknown as Tables)[table]![row]![column] as number;
        const given = derived + delta;
        const init = leavesOf(report) as unknown as Tables;
        (init[table]![row] as Record<string, unknown>)[column] = given;
        const result = createReport(init as unknown as ReportInit<TemplateVersion>);
        expect(result.ok).toBe(false);
        const { report: rebuilt, findings } = built(result);
        expect(rebuilt).toEqual(report);
        const broken = equationsOf(report.template).filter(
          (i) => isTotalIdentity(i.code) && same(i.left[0]!, target),
        );
        expect(broken.length).toBeGreaterThan(0);
        expect(findings.map((f) => [f.code, f.path, f.expected, f.actual])).toEqual(
          broken.map((i) => [i.code, [...target], derived, given]),
        );
      }),
      { numRuns: 500 },
    );
  });
});
