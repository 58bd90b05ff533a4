import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { localizeFindings } from "../../src/findings/finding.js";
import { createReport, fromJSON, toJSON, validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { built, complete, reportOf } from "../support/built.js";
import { brokenEquations, equationsOf, samePath } from "../support/oracle.js";
import { buildSeedReport } from "./examples/seed.js";

const texts = {
  preamble: seedReport.preamble!,
  overview: seedReport.overview!,
  problemsAndImprovements: seedReport.problemsAndImprovements!,
  otherMatters: seedReport.otherMatters!,
};

const base = { template: "2021", year: 2023, agency: "某县某镇人民政府" } as const;

describe("createReport: the seed report from its leaf numbers", () => {
  it("equals the hand-transcribed seed and has no finding", () => {
    const result = buildSeedReport(texts);
    expect(result.ok).toBe(true);
    const { report, findings } = complete(result);
    expect(findings).toEqual([]);
    expect(report).toEqual(seedReport);
    expect(brokenEquations(report)).toEqual([]);
    expect(validate(report)).toEqual({ ok: true, findings: [] });
  });

  it("round-trips through canonical JSON", () => {
    const { report } = complete(buildSeedReport(texts));
    const back = fromJSON(toJSON(report));
    expect(back.findings).toEqual([]);
    expect(back.report).toEqual(report);
  });

  it("returns a deeply frozen report", () => {
    const result = buildSeedReport(texts);
    const { report, findings } = complete(result);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(report)).toBe(true);
    expect(Object.isFrozen(report.applications.newlyReceived)).toBe(true);
    expect(Object.isFrozen(findings)).toBe(true);
  });
});

describe("createReport: derived totals", () => {
  it("derives the 总计 column, （七）总计 and the table-四 totals from the leaves", () => {
    const { report, findings } = complete(
      createReport({
        ...base,
        applications: {
          newlyReceived: { naturalPerson: 4, legalServiceInstitution: 1 },
          carriedOver: { naturalPerson: 1 },
          disclosed: { naturalPerson: 2, legalServiceInstitution: 1 },
          otherOverdueFee: { naturalPerson: 1 },
          carriedForward: { naturalPerson: 2 },
        },
        reviewsAndLitigation: { administrativeReview: { upheld: 2, pending: 1 } },
      }),
    );
    expect(findings).toEqual([]);
    expect(report.applications.newlyReceived.total).toBe(5);
    expect(report.applications.disclosed.total).toBe(3);
    expect(report.applications.totalHandled).toMatchObject({
      naturalPerson: 3,
      legalServiceInstitution: 1,
      commercialEnterprise: 0,
      total: 4,
    });
    expect(report.reviewsAndLitigation.administrativeReview.total).toBe(3);
    expect(report.reviewsAndLitigation.litigationAfterReview.total).toBe(0);
    expect(brokenEquations(report)).toEqual([]);
  });

  it("keeps a given total that agrees, without a finding", () => {
    const { report, findings } = complete(
      createReport({
        ...base,
        applications: {
          newlyReceived: { naturalPerson: 2, total: 2 },
          disclosed: { naturalPerson: 2, total: 2 },
          totalHandled: { naturalPerson: 2, total: 2 },
        },
        reviewsAndLitigation: { administrativeReview: { corrected: 1, total: 1 } },
      }),
    );
    expect(findings).toEqual([]);
    expect(report.applications.totalHandled.total).toBe(2);
  });

  it.each([
    ["T3_ROW_TOTAL", ["applications", "disclosed", "total"], 7, 3],
    ["T3_RESULT_TOTAL", ["applications", "totalHandled", "naturalPerson"], 9, 2],
    ["T4_GROUP_TOTAL", ["reviewsAndLitigation", "litigationWithoutReview", "total"], 4, 1],
  ] as const)("drops a wrong given total and reports %s at it", (code, path, given, derived) => {
    const [table, row, column] = path;
    const init = {
      ...base,
      applications: {
        newlyReceived: { naturalPerson: 2, commercialEnterprise: 1 },
        disclosed: { naturalPerson: 2, commercialEnterprise: 1 },
      },
      reviewsAndLitigation: { litigationWithoutReview: { corrected: 1 } },
    };
    const tableInit = init[table] as Record<string, Record<string, number>>;
    const withTotal = {
      ...init,
      [table]: { ...tableInit, [row]: { ...tableInit[row], [column]: given } },
    };
    const result = createReport(withTotal, { locale: "en" });
    expect(result.ok).toBe(false);
    const { report, findings } = built(result);
    const cells = report[table] as unknown as Record<string, Record<string, number>>;
    expect(cells[row]![column]).toBe(derived);
    const identity = equationsOf("2021").find(
      (i) => i.code === code && samePath(i.left[0]!, path),
    )!;
    expect(findings).toEqual(
      localizeFindings(
        [{ code, path, expected: derived, actual: given, related: identity.right }],
        { locale: "en", template: "2021" },
      ),
    );
  });

  it("reports a wrong （七）总计 of the 总计 column against both identities it breaks", () => {
    const result = createReport({
      ...base,
      applications: {
        newlyReceived: { naturalPerson: 1 },
        disclosed: { naturalPerson: 1 },
        totalHandled: { total: 5 },
      },
    });
    expect(result.ok).toBe(false);
    const { report, findings } = built(result);
    expect(report.applications?.totalHandled.total).toBe(1);
    expect(findings.map((f) => [f.code, f.path, f.expected, f.actual])).toEqual([
      ["T3_ROW_TOTAL", ["applications", "totalHandled", "total"], 1, 5],
      ["T3_RESULT_TOTAL", ["applications", "totalHandled", "total"], 1, 5],
    ]);
  });

  it("reports leaves that do not balance with T3_BALANCE, per column", () => {
    const result = createReport({
      ...base,
      applications: { newlyReceived: { naturalPerson: 3 }, disclosed: { naturalPerson: 1 } },
    });
    expect(result.ok).toBe(false);
    const { report, findings } = built(result);
    expect(findings.map((f) => [f.code, f.path, f.expected, f.actual])).toEqual([
      ["T3_BALANCE", ["applications", "carriedForward", "naturalPerson"], 3, 1],
      ["T3_BALANCE", ["applications", "carriedForward", "total"], 3, 1],
    ]);
    expect(brokenEquations(report).map((i) => [i.code, i.right.at(-1)])).toEqual([
      ["T3_BALANCE", ["applications", "carriedForward", "naturalPerson"]],
      ["T3_BALANCE", ["applications", "carriedForward", "total"]],
    ]);
  });
});

describe("createReport: omitted and given values", () => {
  it("fills every omitted cell of all three tables with 0, amounts with Decimal(0)", () => {
    for (const template of ["2019", "2021"] as const) {
      const result = createReport({ template, year: 2020, agency: "某局" });
      expect(result.ok).toBe(true);
      const { report, findings } = complete(result);
      expect(findings).toEqual([]);
      const json = toJSON(report);
      const values = ["activeDisclosure", "applications", "reviewsAndLitigation"].flatMap((table) =>
        Object.values(json[table] as Record<string, Record<string, unknown>>).flatMap((row) =>
          Object.values(row),
        ),
      );
      expect(values.length).toBeGreaterThan(100);
      expect(new Set(values)).toEqual(new Set([0, "0"]));
      expect(report.preamble).toBeUndefined();
      expect(report.overview).toBeUndefined();
      expect(report.meta).toBeUndefined();
    }
  });

  it("accepts the agency as a string or as { name }", () => {
    expect(complete(createReport({ ...base, agency: "甲局" })).report.agency).toEqual({
      name: "甲局",
    });
    expect(complete(createReport({ ...base, agency: { name: "乙局" } })).report.agency).toEqual({
      name: "乙局",
    });
  });

  it("stores texts in canonical form and leaves empty ones absent", () => {
    const { report } = complete(
      createReport({
        ...base,
        overview: "  第一段。\r\n\n   第二段。  \n",
        otherMatters: " \n ",
      }),
    );
    expect(report.overview).toBe("第一段。\n第二段。");
    expect("otherMatters" in report).toBe(false);
  });

  it("takes amounts as Decimal, decimal string or number, stored as Decimal", () => {
    for (const amount of [new Decimal("0.35"), "0.35", 0.35, " 0.350 "]) {
      const { report, findings } = complete(
        createReport({
          ...base,
          activeDisclosure: { fees: { amount } },
        }),
      );
      expect(findings).toEqual([]);
      expect(Decimal.isDecimal(report.activeDisclosure.fees.amount)).toBe(true);
      expect(toJSON(report)["activeDisclosure"]).toMatchObject({ fees: { amount: "0.35" } });
    }
    const procurement = complete(
      createReport({
        template: "2019",
        year: 2020,
        agency: "某局",
        activeDisclosure: { procurement: { projects: 2, totalAmount: "251000" } },
      }),
    );
    expect(procurement.findings).toEqual([]);
    expect(procurement.report.activeDisclosure.procurement.totalAmount).toEqual(
      new Decimal(251000),
    );
  });

  it.each([
    ["-1", "negative"],
    ["0.0000001", "seven decimal places"],
    [0.1 + 0.2, "float noise"],
    ["1e3", "exponent"],
    ["abc", "not a number"],
    [Number.NaN, "NaN"],
  ])("rejects the amount %s (%s): absent with CELL_TYPE", (amount, _why) => {
    const result = createReport({ ...base, activeDisclosure: { fees: { amount } } });
    expect(result.ok).toBe(false);
    const { report, findings } = built(result);
    expect(report.activeDisclosure?.fees).toEqual({});
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["CELL_TYPE", ["activeDisclosure", "fees", "amount"]],
    ]);
  });

  it.each([[-1], [1.5], [Number.POSITIVE_INFINITY], ["3" as unknown as number]])(
    "rejects the count %s: absent, with the totals that need it, and CELL_TYPE",
    (count) => {
      const result = createReport({
        ...base,
        applications: {
          newlyReceived: { naturalPerson: count, otherOrganization: 2 },
          carriedForward: { otherOrganization: 2 },
        },
      });
      expect(result.ok).toBe(false);
      const { report, findings } = built(result);
      expect(findings.map((f) => [f.code, f.path])).toEqual([
        ["CELL_TYPE", ["applications", "newlyReceived", "naturalPerson"]],
      ]);
      const row = report.applications?.newlyReceived;
      expect(row).not.toHaveProperty("naturalPerson");
      expect(row).not.toHaveProperty("total");
      expect(row?.otherOrganization).toBe(2);
    },
  );

  it("takes a negative 2019 本年增/减 but not a fractional one", () => {
    const ok = complete(
      createReport({
        template: "2019",
        year: 2020,
        agency: "某局",
        activeDisclosure: { licensing: { previousItems: 10, change: -3, decisions: 5 } },
      }),
    );
    expect(ok.findings).toEqual([]);
    expect(ok.report.activeDisclosure.licensing.change).toBe(-3);
    const bad = createReport({
      template: "2019",
      year: 2020,
      agency: "某局",
      activeDisclosure: { licensing: { change: -1.5 } },
    });
    expect(bad.ok).toBe(false);
    expect(reportOf(bad).activeDisclosure?.licensing).not.toHaveProperty("change");
    expect(bad.findings.map((f) => [f.code, f.path])).toEqual([
      ["CELL_TYPE", ["activeDisclosure", "licensing", "change"]],
    ]);
  });

  it("reports keys the template does not have (from untyped callers) and ignores them", () => {
    const init = {
      ...base,
      applications: { otherHandling: { naturalPerson: 1 }, disclosed: { nobody: 1 } },
      activeDisclosure: { procurement: { projects: 1 } },
    } as unknown as Parameters<typeof createReport<"2021">>[0];
    const result = createReport(init);
    expect(result.ok).toBe(false);
    const { report, findings } = built(result);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["CELL_TYPE", ["activeDisclosure", "procurement"]],
      ["CELL_TYPE", ["applications", "otherHandling"]],
      ["CELL_TYPE", ["applications", "disclosed", "nobody"]],
    ]);
    expect(report.applications).not.toHaveProperty("otherHandling");
    expect(brokenEquations(report)).toEqual([]);
  });

  it("does not change its input", () => {
    const applications = { newlyReceived: { naturalPerson: 1 }, disclosed: { naturalPerson: 1 } };
    const copy = structuredClone(applications);
    createReport({ ...base, applications });
    expect(applications).toEqual(copy);
  });

  it("builds nothing, without throwing, for a template that does not exist", () => {
    const init = { ...base, template: "2020" } as unknown as Parameters<typeof createReport>[0];
    const { ok, report, findings } = createReport(init, { locale: "en" });
    expect(ok).toBe(false);
    expect(report).toBeUndefined();
    expect(findings.map((f) => [f.code, f.path, f.expected, f.actual])).toEqual([
      ["CELL_TYPE", ["template"], '"2019" | "2021"', "2020"],
    ]);
    expect(Object.isFrozen(findings)).toBe(true);
  });

  it.each([
    ["null", null],
    ["a string", "2021"],
    ["an array", [{ template: "2021" }]],
  ])("builds nothing, without throwing, when init is %s", (_name, init) => {
    const { ok, report, findings } = createReport(
      init as unknown as Parameters<typeof createReport>[0],
    );
    expect(ok).toBe(false);
    expect(report).toBeUndefined();
    expect(findings.map((f) => [f.code, f.path])).toEqual([["CELL_TYPE", []]]);
    expect(findings[0]!.message).not.toBe("");
  });
});
