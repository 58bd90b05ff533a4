import { describe, expect, it } from "vitest";
import { validate } from "../../src/index.js";
import { textSimilarity } from "../../src/rules/similarity.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { edited, expectFinding, expectNoFinding, setAt } from "../support/findings.js";

/** Last year's seed report: the same numbers, other texts (so that only the edited rule fires). */
function seedLastYear(change: (json: Record<string, unknown>) => void = () => {}) {
  return edited(seedReport, (j) => {
    setAt(j, ["year"], seedReport.year! - 1);
    setAt(j, ["overview"], shanghai2019Report.overview);
    setAt(j, ["problemsAndImprovements"], shanghai2019Report.problemsAndImprovements);
    change(j);
  });
}

/** Shanghai 2019 as if it were the 2020 report, with last year's (the fixture) as previous. */
function shanghaiNextYear(change: (json: Record<string, unknown>) => void = () => {}) {
  return edited(shanghai2019Report, (j) => {
    setAt(j, ["year"], 2020);
    setAt(j, ["meta", "publishedOn"], "2021-01-20");
    setAt(j, ["overview"], seedReport.overview);
    setAt(j, ["problemsAndImprovements"], seedReport.problemsAndImprovements);
    setAt(j, ["applications", "carriedOver", "naturalPerson"], 72);
    setAt(j, ["applications", "carriedOver", "total"], 72);
    change(j);
  });
}

describe("cross-year rules with a consistent previous report", () => {
  it("give no finding (2021 template)", () => {
    expect(validate(seedReport, { previous: seedLastYear() }).findings).toEqual([]);
  });

  it("give no cross-year finding (2019 template)", () => {
    const { findings } = validate(shanghaiNextYear(), { previous: shanghai2019Report });
    for (const code of ["CARRY_OVER", "ITEM_COUNT_FLOW", "REPEATED_TEXT"] as const) {
      expectNoFinding(findings, code);
    }
  });
});

describe("CARRY_OVER", () => {
  it("reports 二 of a column that differs from last year's 四", () => {
    const previous = seedLastYear((j) => {
      setAt(j, ["applications", "carriedForward", "naturalPerson"], 2);
      setAt(j, ["applications", "carriedForward", "total"], 2);
    });
    const { ok, findings } = validate(seedReport, { previous });
    expect(ok).toBe(true);
    const finding = expectFinding(
      findings,
      "CARRY_OVER",
      ["applications", "carriedOver", "naturalPerson"],
      { severity: "warning", expected: 2, actual: 0 },
    );
    expect(finding.related).toEqual([
      ["previous", "applications", "carriedForward", "naturalPerson"],
    ]);
    expectFinding(findings, "CARRY_OVER", ["applications", "carriedOver", "total"]);
  });

  it("works from a 2019-template previous report (2020 → 2021)", () => {
    const previous = edited(shanghai2019Report, (j) => setAt(j, ["year"], 2021));
    const { findings } = validate(seedReport, { previous });
    expectFinding(findings, "CARRY_OVER", ["applications", "carriedOver", "total"], {
      expected: 72,
      actual: 0,
    });
    // Blank cells last year are not compared.
    expectNoFinding(findings, "CARRY_OVER", ["applications", "carriedOver", "researchInstitution"]);
    // STOCK_FLOW needs 2021 fields on both sides.
    expectNoFinding(findings, "STOCK_FLOW");
  });

  // Skipped, and said (a review of the command line, 2026-12-06: `--previous` with the wrong
  // year's file gave no cross-year finding and no word why).
  it("is skipped when previous is not last year's report, with OPTION_INVALID saying so", () => {
    const previous = seedLastYear((j) => {
      setAt(j, ["year"], 2019);
      setAt(j, ["applications", "carriedForward", "total"], 2);
    });
    const { ok, findings } = validate(seedReport, { previous });
    expectNoFinding(findings, "CARRY_OVER");
    expect(ok).toBe(true);
    expect(findings.map((f) => [f.code, f.severity, f.path, f.expected, f.actual])).toEqual([
      [
        "OPTION_INVALID",
        "warning",
        ["options", "previous"],
        String((seedReport.year ?? 0) - 1),
        "2019",
      ],
    ]);
  });

  it("is skipped when previous is not a report, with OPTION_INVALID saying so", () => {
    for (const previous of [{ nonsense: true }, "not json"]) {
      const { findings } = validate(seedReport, { previous });
      expect(findings.map((f) => [f.code, f.path, f.expected])).toEqual([
        ["OPTION_INVALID", ["options", "previous"], "report"],
      ]);
    }
    // Absent (undefined or null): nothing to say.
    expect(validate(seedReport, { previous: null }).findings).toEqual([]);
  });
});

describe("STOCK_FLOW", () => {
  it("accepts 现行有效 = last year's + 制发 − 废止", () => {
    const current = edited(seedReport, (j) => {
      setAt(j, ["activeDisclosure", "normativeDocuments", "issued"], 5);
      setAt(j, ["activeDisclosure", "normativeDocuments", "repealed"], 2);
      setAt(j, ["activeDisclosure", "normativeDocuments", "inForce"], 13);
    });
    const previous = seedLastYear((j) =>
      setAt(j, ["activeDisclosure", "normativeDocuments", "inForce"], 10),
    );
    expectNoFinding(validate(current, { previous }).findings, "STOCK_FLOW");
  });

  it("reports 现行有效 that does not follow, with the operands as related", () => {
    const previous = seedLastYear((j) =>
      setAt(j, ["activeDisclosure", "regulations", "inForce"], 4),
    );
    const finding = expectFinding(
      validate(seedReport, { previous }).findings,
      "STOCK_FLOW",
      ["activeDisclosure", "regulations", "inForce"],
      { expected: 4, actual: 0 },
    );
    expect(finding.related).toEqual([
      ["previous", "activeDisclosure", "regulations", "inForce"],
      ["activeDisclosure", "regulations", "issued"],
      ["activeDisclosure", "regulations", "repealed"],
    ]);
  });

  it("takes a severity override", () => {
    const previous = seedLastYear((j) =>
      setAt(j, ["activeDisclosure", "regulations", "inForce"], 4),
    );
    const { findings } = validate(seedReport, { previous, severity: { STOCK_FLOW: "info" } });
    expectFinding(findings, "STOCK_FLOW", ["activeDisclosure", "regulations", "inForce"], {
      severity: "info",
    });
  });
});

describe("ITEM_COUNT_FLOW", () => {
  it("reports 上一年项目数量 that is not last year's plus its 本年增/减", () => {
    const previous = edited(shanghai2019Report, (j) => {
      setAt(j, ["activeDisclosure", "punishment", "previousItems"], 10);
      setAt(j, ["activeDisclosure", "punishment", "change"], -3);
      setAt(j, ["activeDisclosure", "licensing", "previousItems"], 5);
      setAt(j, ["activeDisclosure", "licensing", "change"], -5);
    });
    const current = shanghaiNextYear((j) =>
      setAt(j, ["activeDisclosure", "punishment", "previousItems"], 9),
    );
    const { findings } = validate(current, { previous });
    const finding = expectFinding(
      findings,
      "ITEM_COUNT_FLOW",
      ["activeDisclosure", "punishment", "previousItems"],
      { expected: 7, actual: 9 },
    );
    expect(finding.related).toEqual([
      ["previous", "activeDisclosure", "punishment", "previousItems"],
      ["previous", "activeDisclosure", "punishment", "change"],
    ]);
    // 5 − 5 = 0 = this year's 0: no finding.
    expectNoFinding(findings, "ITEM_COUNT_FLOW", [
      "activeDisclosure",
      "licensing",
      "previousItems",
    ]);
  });
});

describe("REPEATED_TEXT", () => {
  it("accepts texts rewritten from last year's", () => {
    expectNoFinding(validate(seedReport, { previous: seedLastYear() }).findings, "REPEATED_TEXT");
  });

  it("reports a section copied from last year's, even with its years changed", () => {
    const previous = seedLastYear((j) =>
      setAt(j, ["overview"], seedReport.overview!.replaceAll("2022", "2021")),
    );
    const finding = expectFinding(
      validate(seedReport, { previous }).findings,
      "REPEATED_TEXT",
      ["overview"],
      { expected: 0.5, actual: 1, related: [["previous", "overview"]] },
    );
    expect(finding.message).toContain("1");
  });

  it("does not compare texts too short to mean anything (无。)", () => {
    const previous = seedLastYear((j) => setAt(j, ["otherMatters"], seedReport.otherMatters));
    expectNoFinding(validate(seedReport, { previous }).findings, "REPEATED_TEXT", ["otherMatters"]);
  });

  it("measures similarity by shared 8-character shingles, half copied ≈ 0.5", () => {
    const a = shanghai2019Report.overview!;
    const b = seedReport.overview!;
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity(a, b)!).toBeLessThan(0.2);
    const half = a.slice(0, Math.floor(a.length / 2));
    const mixed = half + b.slice(0, Math.min(b.length, a.length - half.length));
    expect(textSimilarity(a, mixed)!).toBeGreaterThan(0.3);
    expect(textSimilarity("无。", "无。")).toBeUndefined();
  });
});
