import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ApplicantKey,
  type ApplicationOutcome,
  type ReviewGroupKey,
  type ReviewOutcomeKey,
  reportBuilder,
  type TemplateVersion,
} from "../../src/index.js";
import { built, complete } from "../support/built.js";
import {
  APPLICANT_COLUMNS,
  brokenEquations,
  CARRIED_FORWARD_ROW,
  INTAKE_ROWS,
  RESULT_LEAVES,
  REVIEW_GROUPS,
  REVIEW_OUTCOMES,
} from "../support/oracle.js";
import { buildCaseByCase } from "./examples/seed.js";

const start = { template: "2021", year: 2023, agency: "某县司法局" } as const;

describe("reportBuilder", () => {
  it("builds a consistent report case by case (the guide's example)", () => {
    const result = buildCaseByCase();
    expect(result.ok).toBe(true);
    const { report, findings } = complete(result);
    expect(findings).toEqual([]);
    expect(brokenEquations(report)).toEqual([]);
    expect(report.applications.newlyReceived).toMatchObject({ naturalPerson: 2, total: 2 });
    expect(report.applications.carriedOver).toMatchObject({ commercialEnterprise: 1, total: 1 });
    expect(report.applications.totalHandled).toMatchObject({ naturalPerson: 2, total: 2 });
    expect(report.applications.carriedForward.total).toBe(1);
    expect(report.reviewsAndLitigation.administrativeReview).toMatchObject({
      upheld: 1,
      total: 1,
    });
    expect(report.activeDisclosure.licensing.decisions).toBe(120);
    expect(report.activeDisclosure.fees.amount.toString()).toBe("0.35");
    expect(report.otherMatters).toBe("本年度收取信息处理费0.35万元。");
  });

  it("returns a new frozen builder at every step; assigning to one throws", () => {
    const empty = reportBuilder(start);
    const one = empty.receive({ applicant: "naturalPerson" });
    expect(one).not.toBe(empty);
    expect(Object.isFrozen(empty)).toBe(true);
    expect(Object.isFrozen(one.init)).toBe(true);
    expect(() => {
      (one as unknown as { init: unknown }).init = {};
    }).toThrow(TypeError);
    expect(() => {
      (one as unknown as { receive: unknown }).receive = () => one;
    }).toThrow(TypeError);
    expect(empty.init.applications).toBeUndefined();
    expect(one.init.applications?.newlyReceived?.naturalPerson).toBe(1);
    const two = one.receive({ applicant: "naturalPerson" });
    expect(one.init.applications?.newlyReceived?.naturalPerson).toBe(1);
    expect(two.init.applications?.newlyReceived?.naturalPerson).toBe(2);
  });

  it("reports T3_BALANCE when an application was received but never counted at year end", () => {
    const { ok, report, findings } = reportBuilder(start)
      .receive({ applicant: "researchInstitution" })
      .receive({ applicant: "researchInstitution" })
      .countApplication({ applicant: "researchInstitution", outcome: "disclosed" })
      .build({ locale: "en" });
    expect(ok).toBe(false);
    expect(report).toBeDefined();
    expect(findings.map((f) => [f.code, f.path, f.expected, f.actual])).toEqual([
      ["T3_BALANCE", ["applications", "carriedForward", "researchInstitution"], 2, 1],
      ["T3_BALANCE", ["applications", "carriedForward", "total"], 2, 1],
    ]);
  });

  it("leaves out steps with rows and keys of the wrong kind and reports them at build time (untyped callers)", () => {
    const counted = reportBuilder(start).receive({ applicant: "naturalPerson" });
    const outcome = "totalHandled" as unknown as ApplicationOutcome<"2021">;
    const applicant = "total" as unknown as ApplicantKey;
    const review = "total" as unknown as ReviewOutcomeKey;
    const section = "applications" as unknown as "overview";
    let builder = counted;
    expect(() => {
      builder = builder
        .countApplication({ applicant: "naturalPerson", outcome })
        .receive({ applicant })
        .countReview("administrativeReview", review)
        .withText(section, "x")
        .receive(null as unknown as { applicant: ApplicantKey });
    }).not.toThrow();
    expect(builder.init).toEqual(counted.init);
    const result = builder.build({ locale: "en" });
    expect(result.ok).toBe(false);
    const { report, findings } = built(result);
    expect(findings.slice(0, 5).map((f) => [f.code, f.path, f.expected, f.actual])).toEqual([
      [
        "CELL_TYPE",
        ["applications", "totalHandled", "naturalPerson"],
        "result row or carriedForward",
        "totalHandled",
      ],
      ["CELL_TYPE", ["applications", "newlyReceived", "total"], "applicant column", "total"],
      [
        "CELL_TYPE",
        ["reviewsAndLitigation", "administrativeReview", "total"],
        "table-四 outcome",
        "total",
      ],
      ["CELL_TYPE", ["applications"], "text section", "applications"],
      [
        "CELL_TYPE",
        ["applications", "newlyReceived", "undefined"],
        "applicant column",
        "undefined",
      ],
    ]);
    // The steps that were taken are in the report as before.
    expect(report.applications?.newlyReceived.naturalPerson).toBe(1);
  });

  it("builds nothing, without throwing, from an init with an unknown template", () => {
    const init = { ...start, template: "2030" } as unknown as typeof start;
    const builder = reportBuilder(init).receive({ applicant: "naturalPerson" });
    const { ok, report, findings } = builder.build();
    expect(ok).toBe(false);
    expect(report).toBeUndefined();
    expect(findings.map((f) => [f.code, f.path])).toEqual([["CELL_TYPE", ["template"]]]);
  });

  it("keeps invalid values out with CELL_TYPE at build time", () => {
    const result = reportBuilder(start).setDisclosure("fees", "amount", -1).build();
    expect(result.ok).toBe(false);
    const { report, findings } = built(result);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ["CELL_TYPE", ["activeDisclosure", "fees", "amount"]],
    ]);
    expect(report.activeDisclosure?.fees).toEqual({});
  });

  it("any sequence of received and concluded cases builds a consistent report (property)", () => {
    // Rows, columns and outcomes from the spec (test/support/oracle.ts), not from the registry.
    const cases = fc.constantFrom<TemplateVersion>("2019", "2021").chain((template) => {
      const outcomes = [...RESULT_LEAVES[template], CARRIED_FORWARD_ROW];
      return fc.record({
        template: fc.constant(template),
        applications: fc.array(
          fc.record({
            applicant: fc.constantFrom(...APPLICANT_COLUMNS),
            outcome: fc.constantFrom(...outcomes),
            carriedOver: fc.boolean(),
          }),
          { maxLength: 30 },
        ),
        reviews: fc.array(
          fc.tuple(fc.constantFrom(...REVIEW_GROUPS), fc.constantFrom(...REVIEW_OUTCOMES)),
          { maxLength: 10 },
        ),
      });
    });
    fc.assert(
      fc.property(cases, ({ template, applications, reviews }) => {
        let builder = reportBuilder({ template, year: 2020, agency: "某局" });
        for (const { applicant, outcome, carriedOver } of applications) {
          builder = builder
            .receive({ applicant: applicant as ApplicantKey, carriedOver })
            .countApplication({
              applicant: applicant as ApplicantKey,
              outcome: outcome as ApplicationOutcome<typeof template>,
            });
        }
        for (const [group, outcome] of reviews) {
          builder = builder.countReview(group as ReviewGroupKey, outcome as ReviewOutcomeKey);
        }
        const result = builder.build();
        expect(result.ok).toBe(true);
        const { report, findings } = complete(result);
        expect(findings).toEqual([]);
        expect(brokenEquations(report)).toEqual([]);
        const table = report.applications as Record<string, Record<string, number>>;
        expect(INTAKE_ROWS.reduce((sum, row) => sum + table[row]!["total"]!, 0)).toBe(
          applications.length,
        );
        // Every case lands in its own cell: each outcome × applicant cell counts its cases.
        for (const outcome of [...RESULT_LEAVES[template], CARRIED_FORWARD_ROW]) {
          for (const applicant of APPLICANT_COLUMNS) {
            const cases = applications.filter(
              (a) => a.outcome === outcome && a.applicant === applicant,
            ).length;
            expect(table[outcome]![applicant], `${outcome}.${applicant}`).toBe(cases);
          }
        }
        const four = report.reviewsAndLitigation as Record<string, Record<string, number>>;
        for (const group of REVIEW_GROUPS) {
          for (const outcome of REVIEW_OUTCOMES) {
            const cases = reviews.filter(([g, o]) => g === group && o === outcome).length;
            expect(four[group]![outcome], `${group}.${outcome}`).toBe(cases);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
