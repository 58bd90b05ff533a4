import type { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { aggregate, tableLayout, toJSON } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { brokenEquations, totalCells } from "../support/oracle.js";
import { at, named, withCells } from "./helpers.js";

const townA = named(seedReport, "甲镇人民政府");
const townB = named(seedReport, "乙镇人民政府");
const county = { agency: "某县人民政府" };

const leafCells = (report: Report) =>
  tableLayout(report.template).flatMap((table) =>
    table.rows.flatMap((row) => row.columns.map((c) => [table.key, row.key, c.key] as const)),
  );

describe("aggregate", () => {
  it("returns a frozen report for the consolidating agency, of the members' template and year", () => {
    const { report, findings } = aggregate([townA, townB], {
      ...county,
      overview: "全县汇总。",
      meta: { title: "某县2022年政府信息公开工作年度报告" },
    });
    expect(findings).toEqual([]);
    expect(report).toMatchObject({
      formatVersion: 1,
      template: seedReport.template,
      year: seedReport.year,
      agency: { name: county.agency },
      overview: "全县汇总。",
      meta: { title: "某县2022年政府信息公开工作年度报告" },
    });
    expect(report.problemsAndImprovements).toBeUndefined();
    expect(Object.isFrozen(report)).toBe(true);
    expect(Object.isFrozen(report.applications?.newlyReceived)).toBe(true);
  });

  it("sums every cell, amounts exactly and 本年增/减 signed", () => {
    const feeA = withCells(townA, [[["activeDisclosure", "fees", "amount"], "0.1"]]);
    const feeB = withCells(townB, [[["activeDisclosure", "fees", "amount"], "0.2"]]);
    const { report } = aggregate([feeA, feeB], county);
    expect((report.activeDisclosure as { fees: { amount: Decimal } }).fees.amount.toFixed()).toBe(
      "0.3",
    );
    for (const path of leafCells(seedReport)) {
      if (path[2] === "amount") continue;
      expect(at(report, path)).toBe((at(feeA, path) as number) + (at(feeB, path) as number));
    }
    const change = ["activeDisclosure", "licensing", "change"] as const;
    const down = withCells(shanghai2019Report, [[change, -7]]);
    const up = withCells(named(shanghai2019Report, "某局"), [[change, 3]]);
    expect(at(aggregate([down, up], county).report, change)).toBe(-4);
  });

  it("recomputes totals from the summed leaves and reports a member's own broken total", () => {
    const total = ["applications", "disclosed", "total"] as const;
    const wrong = (at(townB, total) as number) + 5;
    const broken = withCells(townB, [[total, wrong]]);
    const { report, findings } = aggregate([townA, broken], county);
    expect(at(report, total)).toBe((at(townA, total) as number) * 2);
    const rowTotal = findings.find((f) => f.code === "T3_ROW_TOTAL");
    expect(rowTotal).toMatchObject({
      path: ["members", 1, ...total],
      actual: wrong,
      expected: at(townB, total),
    });
    expect(rowTotal!.related).toContainEqual([
      "members",
      1,
      "applications",
      "disclosed",
      "naturalPerson",
    ]);
    // The same broken cell also breaks the result total of the column, named by its own code.
    expect(findings.map((f) => f.code).sort()).toEqual(["T3_RESULT_TOTAL", "T3_ROW_TOTAL"]);
    expect(brokenEquations(report)).toEqual([]);
  });

  // Fixed in session 29: names were compared by their matching key alone (letters and digits),
  // and a name with none was skipped, so one report given twice was summed twice.
  it("refuses a duplicate whose agency name has no letter or digit", () => {
    const nameless = named(seedReport, "（—）");
    const { findings } = aggregate([nameless, nameless], county);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["AGGREGATE_MISMATCH", ["members", 1, "agency", "name"]],
    ]);
  });

  it("refuses members of another template or year, duplicates and non-reports, and does not sum them", () => {
    const otherYear = withCells(named(seedReport, "丙镇人民政府"), [], { year: 2021 });
    const { report: alone } = aggregate([townA], county);
    const { report, findings } = aggregate(
      [townA, shanghai2019Report, otherYear, named(seedReport, "甲镇人民政府"), null as never],
      county,
    );
    expect(toJSON(report)).toEqual(toJSON(alone));
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["AGGREGATE_MISMATCH", ["members", 1, "template"]],
      ["AGGREGATE_MISMATCH", ["members", 2, "year"]],
      ["AGGREGATE_MISMATCH", ["members", 3, "agency", "name"]],
      ["AGGREGATE_MISMATCH", ["members", 4]],
    ]);
    expect(findings[0]).toMatchObject({ expected: "2021", actual: "2019" });
    expect(findings[0]!.message).toContain(shanghai2019Report.agency.name);
    expect(findings[1]).toMatchObject({ expected: "2022", actual: "2021" });
    expect(findings[2]!.related).toEqual([["members", 0, "agency", "name"]]);
    expect(findings[2]!.message).toContain("甲镇人民政府");
  });

  it("takes the template and year from init over the members'", () => {
    const { report, findings } = aggregate([townA], { ...county, year: 2023 });
    expect(report.year).toBe(2023);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.path).toEqual(["members", 0, "year"]);
  });

  it("carries blank, marked and absent member cells as findings and sums the known values", () => {
    const cell = ["applications", "newlyReceived", "researchInstitution"] as const;
    const marked = withCells(townA, [[cell, { mark: "/" }]]);
    const absent = withCells(townB, [[cell, undefined]]);
    const third = named(seedReport, "丙镇人民政府");
    const { report, findings } = aggregate([marked, absent, third], county);
    expect(at(report, cell)).toBe(at(third, cell));
    expect(findings).toHaveLength(2);
    expect(findings[0]).toMatchObject({
      code: "CELL_BLANK",
      path: cell,
      actual: "/",
      related: [["members", 0, ...cell]],
    });
    expect(findings[1]).toMatchObject({
      code: "CELL_BLANK",
      path: cell,
      related: [["members", 1, ...cell]],
    });
    // A mark is worded as the mark it is, an absent cell as missing.
    expect(findings[0]!.message).toContain("非数字符号「/」");
    expect(findings[1]!.message).toContain("缺失");
  });

  it("reports a member's blank leaves but not its blank totals, which are recomputed (2019, D7)", () => {
    const other = named(shanghai2019Report, "上海市某局");
    const { report, findings } = aggregate([shanghai2019Report, other], county);
    const totals = totalCells("2019").map((path) => path.join("/"));
    const blankLeaves = leafCells(shanghai2019Report).filter(
      (path) => at(shanghai2019Report, path) === null && !totals.includes(path.join("/")),
    );
    expect(blankLeaves.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.code === "CELL_BLANK")).toBe(true);
    expect(findings).toHaveLength(blankLeaves.length * 2);
    const disclosedTotal = ["applications", "disclosed", "total"] as const;
    expect(at(shanghai2019Report, disclosedTotal)).toBeNull();
    const applicantSum = tableLayout("2019")
      .find((t) => t.key === "applications")!
      .rows[0]!.columns.filter((c) => c.key !== "total")
      .reduce(
        (sum, c) =>
          sum +
          ((at(shanghai2019Report, ["applications", "disclosed", c.key]) as number | null) ?? 0),
        0,
      );
    expect(at(report, disclosedTotal)).toBe(applicantSum * 2);
  });

  it("reports a member without a table and sums the table over the others", () => {
    const noReviews = withCells(townB, [[["reviewsAndLitigation"], undefined]]);
    const { report, findings } = aggregate([townA, noReviews], county);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "SECTION_MISSING",
        path: ["reviewsAndLitigation"],
        related: [["members", 1, "reviewsAndLitigation"]],
      }),
    ]);
    expect(report.reviewsAndLitigation).toEqual(townA.reviewsAndLitigation);
    const { report: none } = aggregate([noReviews], county);
    expect(none.reviewsAndLitigation).toBeUndefined();
  });

  it("words findings in the requested locale", () => {
    const cell = ["applications", "disclosed", "naturalPerson"] as const;
    const blank = withCells(townA, [[cell, null]]);
    const [zh] = aggregate([blank], county).findings;
    const [en] = aggregate([blank], county, { locale: "en" }).findings;
    expect(zh!.message).not.toBe(en!.message);
    expect(en!.message).toContain("not counted as zero");
  });

  it("never throws and never changes its inputs", () => {
    const before = JSON.stringify(toJSON(townA));
    for (const input of [null, undefined, 3, "x", {}, [null], [{}], [{ template: "2021" }]]) {
      const { report, findings } = aggregate(input as never, null as never);
      expect(report.formatVersion).toBe(1);
      expect(findings.length).toBeGreaterThan(0);
    }
    expect(aggregate(null as never, county).findings[0]).toMatchObject({
      code: "AGGREGATE_MISMATCH",
      path: ["members"],
    });
    aggregate([townA, townB], county);
    expect(JSON.stringify(toJSON(townA))).toBe(before);
  });
});
