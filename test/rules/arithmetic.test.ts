import { describe, expect, it } from "vitest";
import type { RuleCode } from "../../src/index.js";
import { applicationDataRows, parseText, toHTML, toJSON, validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { edited, expectFinding, expectNoFinding, findingsOf, setAt } from "../support/findings.js";
import { valueCell, withCell } from "../support/htmlCells.js";
import { REVIEW_GROUPS } from "../support/oracle.js";

const ARITHMETIC: RuleCode[] = ["T3_ROW_TOTAL", "T3_RESULT_TOTAL", "T3_BALANCE", "T4_GROUP_TOTAL"];

describe("T3_ROW_TOTAL", () => {
  it("accepts a row whose 总计 is the sum of the applicants", () => {
    expectNoFinding(validate(seedReport).findings, "T3_ROW_TOTAL");
  });

  it("reports the 总计 cell of a row that does not add up, with the parts as related", () => {
    const json = edited(seedReport, (j) => {
      setAt(j, ["applications", "disclosed", "naturalPerson"], 2);
      setAt(j, ["applications", "disclosed", "total"], 3);
    });
    const finding = expectFinding(
      validate(json).findings,
      "T3_ROW_TOTAL",
      ["applications", "disclosed", "total"],
      { severity: "error", expected: 2, actual: 3 },
    );
    expect(finding.related).toContainEqual(["applications", "disclosed", "naturalPerson"]);
    expect(finding.related).toHaveLength(6);
  });
});

describe("T3_RESULT_TOTAL", () => {
  it("accepts columns whose （七）总计 is the sum of the leaves", () => {
    expectNoFinding(validate(seedReport).findings, "T3_RESULT_TOTAL");
  });

  it("reports the （七）总计 cell of the column", () => {
    const json = edited(seedReport, (j) =>
      setAt(j, ["applications", "totalHandled", "otherOrganization"], 1),
    );
    const { findings } = validate(json);
    expectFinding(
      findings,
      "T3_RESULT_TOTAL",
      ["applications", "totalHandled", "otherOrganization"],
      {
        expected: 0,
        actual: 1,
      },
    );
    // The same cell breaks its row total and the balance of its column: one finding each.
    expectFinding(findings, "T3_ROW_TOTAL", ["applications", "totalHandled", "total"]);
    expectFinding(findings, "T3_BALANCE", ["applications", "carriedForward", "otherOrganization"]);
  });

  it("finds the real 平潭 2020 inconsistency: result rows add up to 27 but （七）总计 = 21", () => {
    // Table 三 of the 平潭综合实验区 2020 report (corpus github-013), rows in registry order.
    const published = [
      [20, 0, 0, 0, 0, 1, 21], // 一
      [0, 0, 0, 0, 0, 0, 0], // 二
      [6, 0, 0, 0, 0, 1, 7], // （一）
      [6, 0, 0, 0, 0, 0, 6], // （二）
      ...Array.from({ length: 8 }, () => [0, 0, 0, 0, 0, 0, 0]), // （三）1–8
      [4, 0, 0, 0, 0, 0, 4], // （四）1
      [0, 0, 0, 0, 0, 0, 0], // （四）2
      [3, 0, 0, 0, 0, 0, 3], // （四）3
      [0, 0, 0, 0, 0, 0, 0], // （五）1
      [3, 0, 0, 0, 0, 0, 3], // （五）2
      [0, 0, 0, 0, 0, 0, 0], // （五）3
      [0, 0, 0, 0, 0, 0, 0], // （五）4
      [0, 0, 0, 0, 0, 0, 0], // （五）5
      [4, 0, 0, 0, 0, 0, 4], // （六）
      [20, 0, 0, 0, 0, 1, 21], // （七）
      [0, 0, 0, 0, 0, 0, 0], // 四
    ];
    const rows = applicationDataRows("2019");
    expect(rows).toHaveLength(published.length);
    const columns = Object.keys(shanghai2019Report.applications!.newlyReceived);
    const applications = Object.fromEntries(
      rows.map((row, i) => [row, Object.fromEntries(columns.map((c, j) => [c, published[i]![j]]))]),
    );
    const { ok, findings } = validate({
      formatVersion: 1,
      template: "2019",
      year: 2020,
      agency: { name: "平潭综合实验区管委会" },
      applications,
    });
    expect(ok).toBe(false);
    const arithmetic = findings.filter((f) => ARITHMETIC.includes(f.code));
    expect(arithmetic.map((f) => [f.code, f.path])).toEqual([
      ["T3_RESULT_TOTAL", ["applications", "totalHandled", "naturalPerson"]],
      ["T3_RESULT_TOTAL", ["applications", "totalHandled", "total"]],
    ]);
    expect(arithmetic.map((f) => [f.expected, f.actual])).toEqual([
      [26, 20],
      [27, 21],
    ]);
  });
});

describe("T3_BALANCE", () => {
  it("accepts 一 + 二 = （七） + 四", () => {
    expectNoFinding(validate(seedReport).findings, "T3_BALANCE");
  });

  it("reports the 四 cell of the column, listing every other operand", () => {
    const json = edited(seedReport, (j) => {
      setAt(j, ["applications", "newlyReceived", "naturalPerson"], 5);
      setAt(j, ["applications", "newlyReceived", "total"], 5);
    });
    const { findings } = validate(json);
    const finding = expectFinding(
      findings,
      "T3_BALANCE",
      ["applications", "carriedForward", "naturalPerson"],
      { expected: 5, actual: 0 },
    );
    expect(finding.related).toEqual([
      ["applications", "newlyReceived", "naturalPerson"],
      ["applications", "carriedOver", "naturalPerson"],
      ["applications", "totalHandled", "naturalPerson"],
    ]);
    expectFinding(findings, "T3_BALANCE", ["applications", "carriedForward", "total"]);
    expectNoFinding(findings, "T3_ROW_TOTAL");
  });
});

describe("T4_GROUP_TOTAL", () => {
  it("accepts groups whose 总计 is the sum of the outcomes", () => {
    expectNoFinding(validate(seedReport).findings, "T4_GROUP_TOTAL");
  });

  it("reports the 总计 cell of the group", () => {
    const json = edited(seedReport, (j) =>
      setAt(j, ["reviewsAndLitigation", "litigationAfterReview", "pending"], 2),
    );
    const finding = expectFinding(
      validate(json).findings,
      "T4_GROUP_TOTAL",
      ["reviewsAndLitigation", "litigationAfterReview", "total"],
      { expected: 2, actual: 0 },
    );
    expect(finding.related).toHaveLength(4);
  });
});

describe("blank, marked and absent operands", () => {
  it("Shanghai 2019 (总计 blank on every leaf row): one CELL_BLANK per row, no arithmetic finding", () => {
    const { ok, findings } = validate(shanghai2019Report);
    expect(ok).toBe(true);
    for (const code of ARITHMETIC) expectNoFinding(findings, code);
    // （一）予以公开: 科研机构, 社会公益组织 and 总计 are blank; one finding at the first of them.
    const disclosed = expectFinding(
      findings,
      "CELL_BLANK",
      ["applications", "disclosed", "researchInstitution"],
      { severity: "warning" },
    );
    expect(disclosed.related).toEqual([
      ["applications", "disclosed", "researchInstitution"],
      ["applications", "disclosed", "socialWelfareOrganization"],
      ["applications", "disclosed", "total"],
    ]);
    expect(disclosed.message).toContain("本行共 3 个单元格");
    expectNoFinding(findings, "CELL_BLANK", ["applications", "disclosed", "total"]);
    expectFinding(findings, "CELL_BLANK", [
      "reviewsAndLitigation",
      "administrativeReview",
      "corrected",
    ]);
    const blanks = findingsOf(findings, "CELL_BLANK");
    expect(findings.length).toBe(blanks.length);
    // One finding per row with a blank or marked cell, naming every such cell of the row.
    const json = toJSON(shanghai2019Report) as unknown as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const rows = (["applications", "reviewsAndLitigation"] as const).flatMap((table) =>
      Object.entries(json[table]!).flatMap(([row, cells]) => {
        const blank = Object.entries(cells).filter(([, v]) => v === null || typeof v === "object");
        return blank.length === 0 ? [] : [blank.map(([column]) => [table, row, column])];
      }),
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(blanks.map((f) => f.related)).toEqual(rows);
    expect(blanks.map((f) => f.path)).toEqual(rows.map((cells) => cells[0]));
  });

  it("gives a blank cell the value an identity implies when it is that identity's only unknown", () => {
    const json = edited(seedReport, (j) => {
      setAt(j, ["applications", "disclosed", "naturalPerson"], 2);
      setAt(j, ["applications", "disclosed", "total"], null);
    });
    const { findings } = validate(json);
    const finding = expectFinding(findings, "CELL_BLANK", ["applications", "disclosed", "total"], {
      expected: 2,
    });
    expect(finding.related).toEqual([["applications", "disclosed", "total"]]);
    expect(finding.message).toContain("按勾稽关系应为 2");
    expect(finding.message).not.toContain("本行共");
    expectNoFinding(findings, "T3_ROW_TOTAL");
    // The blank leaf total makes T3_RESULT_TOTAL of the 总计 column undecidable (0 known on the
    // leaves' side), while the 自然人 column, all known, is broken by the edit.
    expectNoFinding(findings, "T3_RESULT_TOTAL", ["applications", "totalHandled", "total"]);
    expectFinding(findings, "T3_RESULT_TOTAL", ["applications", "totalHandled", "naturalPerson"]);
  });

  it("reports a known total below its known parts even when another part is blank", () => {
    const json = edited(seedReport, (j) => {
      setAt(j, ["applications", "disclosed", "naturalPerson"], 4);
      setAt(j, ["applications", "disclosed", "commercialEnterprise"], { mark: "/" });
      setAt(j, ["applications", "disclosed", "total"], 3);
    });
    const { findings } = validate(json);
    expectFinding(findings, "T3_ROW_TOTAL", ["applications", "disclosed", "total"], {
      expected: "≥ 4",
      actual: 3,
    });
    const blank = expectFinding(
      findings,
      "CELL_BLANK",
      ["applications", "disclosed", "commercialEnterprise"],
      { actual: "/" },
    );
    expect(blank.message).toContain("/");
    // The row identity is broken whatever the mark stands for; the column identity implies 0.
    expect(blank.expected).toBe(0);
    expect(blank.related).toEqual([["applications", "disclosed", "commercialEnterprise"]]);
  });

  it("does not decide an identity with unknowns on both sides; one CELL_BLANK for the row", () => {
    const json = edited(seedReport, (j) => {
      setAt(j, ["reviewsAndLitigation", "administrativeReview", "upheld"], 3);
      setAt(j, ["reviewsAndLitigation", "administrativeReview", "pending"], null);
      setAt(j, ["reviewsAndLitigation", "administrativeReview", "total"], { mark: "—" });
    });
    const { findings } = validate(json);
    expectNoFinding(findings, "T4_GROUP_TOTAL");
    expect(findingsOf(findings, "CELL_BLANK")).toHaveLength(1);
    const pending = ["reviewsAndLitigation", "administrativeReview", "pending"];
    const finding = expectFinding(findings, "CELL_BLANK", pending);
    expect(finding.expected).toBeUndefined();
    expect(finding.actual).toBeUndefined();
    expect(finding.related).toEqual([
      pending,
      ["reviewsAndLitigation", "administrativeReview", "total"],
    ]);
    expect(finding.message).toContain("本行共 2 个单元格");
    const en = validate(json, { locale: "en" }).findings;
    expect(expectFinding(en, "CELL_BLANK", pending).message).toContain("2 cells of this row");
  });

  it("does not report an absent (unread) cell as blank: it is unknown, not blank", () => {
    const json = edited(seedReport, (j) => {
      delete (j["applications"] as Record<string, Record<string, unknown>>)["carriedOver"]![
        "total"
      ];
    });
    const { ok, findings } = validate(json);
    expect(findings).toEqual([]);
    expect(ok).toBe(true);
  });

  it("still judges the identities of an absent cell, as an unknown count", () => {
    // 一、本年新收: 总计 absent, 自然人 raised by 1: the balance of 自然人 is broken, and the row
    // total, with its only unknown absent, implies a value without a finding.
    const json = edited(seedReport, (j) => {
      const row = (j["applications"] as Record<string, Record<string, number>>)["newlyReceived"]!;
      row["naturalPerson"]! += 1;
      delete row["total"];
    });
    const { findings } = validate(json);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["T3_BALANCE", ["applications", "carriedForward", "naturalPerson"]],
    ]);
  });

  it("a cell the parser could not read is reported once, as unreadable, not again as blank", () => {
    const html = toHTML(seedReport);
    const path = ["activeDisclosure", "licensing", "decisions"];
    expect(valueCell(html, path.join("."))).toMatch(
      `>${seedReport.activeDisclosure!.licensing.decisions}<`,
    );
    const parsed = parseText(withCell(html, path.join("."), "404 元"));
    expectFinding(parsed.findings, "PARSE_CELL_UNREADABLE", path);
    expect(validate(parsed.report).findings).toEqual([]);
  });

  it("checks every group of table 四: one finding per broken instance", () => {
    // Break every 总计 of table 四: one T4_GROUP_TOTAL per group of the spec, at that 总计.
    const json = edited(seedReport, (j) => {
      for (const group of REVIEW_GROUPS) setAt(j, ["reviewsAndLitigation", group, "total"], 9);
    });
    expect(findingsOf(validate(json).findings, "T4_GROUP_TOTAL").map((f) => f.path)).toEqual(
      REVIEW_GROUPS.map((group) => ["reviewsAndLitigation", group, "total"]),
    );
  });
});
