import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { Report2019, Report2021 } from "../../src/index.js";
import { validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import {
  deleteAt,
  edited,
  expectFinding,
  expectNoFinding,
  findingsOf,
  setAt,
} from "../support/findings.js";

describe("CELL_TYPE", () => {
  it("accepts the domains of cellSchema: counts, amounts, signed 本年增/减", () => {
    const json = edited(shanghai2019Report, (j) =>
      setAt(j, ["activeDisclosure", "licensing", "change"], -8),
    );
    expectNoFinding(validate(json).findings, "CELL_TYPE");
  });

  it.each([
    [["applications", "disclosed", "naturalPerson"], -1],
    [["applications", "disclosed", "naturalPerson"], 1.5],
    [["reviewsAndLitigation", "administrativeReview", "upheld"], "3"],
    [["activeDisclosure", "fees", "amount"], "-0.5"],
    [["activeDisclosure", "licensing", "decisions"], -2],
  ])("reports %j = %j and does not use the value", (path, value) => {
    const json = edited(seedReport, (j) => setAt(j, path, value));
    const { ok, findings } = validate(json);
    expect(ok).toBe(false);
    expectFinding(findings, "CELL_TYPE", path, { severity: "error" });
    // The dropped value is not reported a second time as an absent cell.
    expectNoFinding(findings, "CELL_BLANK", path);
  });

  it("reads a model Report with Decimal amounts like its canonical JSON", () => {
    const negative: Report2021 = {
      ...seedReport,
      activeDisclosure: { ...seedReport.activeDisclosure!, fees: { amount: new Decimal("-1") } },
    };
    expectFinding(validate(negative).findings, "CELL_TYPE", ["activeDisclosure", "fees", "amount"]);
    const good: Report2021 = {
      ...seedReport,
      activeDisclosure: { ...seedReport.activeDisclosure!, fees: { amount: new Decimal("0.35") } },
    };
    expect(validate(good).findings).toEqual([]);
  });

  it("reports a count of the 2019 本年增/减 kind only when it is not an integer", () => {
    const json = edited(shanghai2019Report, (j) =>
      setAt(j, ["activeDisclosure", "licensing", "change"], 0.5),
    );
    expectFinding(validate(json).findings, "CELL_TYPE", [
      "activeDisclosure",
      "licensing",
      "change",
    ]);
  });
});

describe("SECTION_MISSING", () => {
  it("accepts a report with every section", () => {
    expectNoFinding(validate(seedReport).findings, "SECTION_MISSING");
  });

  it.each([
    "overview",
    "activeDisclosure",
    "applications",
    "reviewsAndLitigation",
    "problemsAndImprovements",
    "otherMatters",
  ])("reports a missing %s exactly once", (section) => {
    const json = edited(seedReport, (j) => deleteAt(j, [section]));
    const { ok, findings } = validate(json);
    expect(ok).toBe(false);
    expect(findingsOf(findings, "SECTION_MISSING")).toHaveLength(1);
    expectFinding(findings, "SECTION_MISSING", [section]);
    // No CELL_BLANK for the cells of an absent table.
    expect(findingsOf(findings, "CELL_BLANK")).toEqual([]);
  });

  it("reports a text section that is only whitespace", () => {
    const json = edited(seedReport, (j) => setAt(j, ["problemsAndImprovements"], "  \n "));
    expectFinding(validate(json).findings, "SECTION_MISSING", ["problemsAndImprovements"]);
  });

  it("reports an absent row at the row, not each of its cells", () => {
    const json = edited(seedReport, (j) => deleteAt(j, ["applications", "carriedOver"]));
    const { findings } = validate(json);
    expectFinding(findings, "SECTION_MISSING", ["applications", "carriedOver"]);
    expect(findingsOf(findings, "CELL_BLANK")).toEqual([]);
  });
});

describe("TEMPLATE_YEAR", () => {
  it("accepts the template of the year", () => {
    expectNoFinding(validate(seedReport).findings, "TEMPLATE_YEAR");
    expectNoFinding(validate(shanghai2019Report).findings, "TEMPLATE_YEAR");
  });

  it("reports a 2021-template report for 2020", () => {
    const json = edited(seedReport, (j) => setAt(j, ["year"], 2020));
    const finding = expectFinding(validate(json).findings, "TEMPLATE_YEAR", ["template"], {
      expected: "2019",
      actual: "2021",
    });
    expect(finding.message).toContain("2020");
  });

  it("reports a 2019-template report for 2022, and a year before any template", () => {
    const late = edited(shanghai2019Report, (j) => setAt(j, ["year"], 2022));
    expectFinding(validate(late).findings, "TEMPLATE_YEAR", ["template"], { expected: "2021" });
    const early = edited(shanghai2019Report, (j) => setAt(j, ["year"], 2017));
    const finding = expectFinding(validate(early, { locale: "en" }).findings, "TEMPLATE_YEAR", [
      "template",
    ]);
    expect(finding.expected).toBeUndefined();
    expect(finding.message).toContain("2017");
  });

  it("does not check a report whose year is unknown", () => {
    const json = edited(seedReport, (j) => setAt(j, ["year"], null));
    expectNoFinding(validate(json).findings, "TEMPLATE_YEAR");
  });
});

describe("T2_STOCK_BELOW_FLOW", () => {
  it("accepts a stock at least this year's flow (Shanghai 2019)", () => {
    expectNoFinding(validate(shanghai2019Report).findings, "T2_STOCK_BELOW_FLOW");
  });

  it("reports 对外公开总数量 below 本年新公开数量", () => {
    const report: Report2019 = {
      ...shanghai2019Report,
      activeDisclosure: {
        ...shanghai2019Report.activeDisclosure!,
        regulations: { newlyMade: 13, newlyPublished: 13, totalPublished: 12 },
      },
    };
    const finding = expectFinding(
      validate(report).findings,
      "T2_STOCK_BELOW_FLOW",
      ["activeDisclosure", "regulations", "totalPublished"],
      { severity: "warning", expected: 13, actual: 12 },
    );
    expect(finding.related).toEqual([["activeDisclosure", "regulations", "newlyPublished"]]);
  });
});
