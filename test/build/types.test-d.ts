import { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ApplicationsInit,
  type BuildResult,
  createReport,
  type Finding,
  type Report,
  type ReportBuilder,
  type ReportInit,
  type ReportOf,
  reportBuilder,
} from "../../src/index.js";
// CompleteReportOf is not exported from the package root (yet).
import type { CompleteReportOf } from "../../src/model/report.js";

const base = { year: 2022, agency: "某镇人民政府" } as const;

describe("createReport types", () => {
  it("returns a BuildResult<T> for the literal template: a maybe incomplete or absent report", () => {
    const result = createReport({ ...base, template: "2021" });
    expectTypeOf(result).toEqualTypeOf<BuildResult<"2021">>();
    expectTypeOf(result.ok).toEqualTypeOf<boolean>();
    expectTypeOf(result.report).toEqualTypeOf<
      ReportOf<"2021"> | CompleteReportOf<"2021"> | undefined
    >();
    expectTypeOf(createReport({ ...base, template: "2019" }).report).toEqualTypeOf<
      ReportOf<"2019"> | CompleteReportOf<"2019"> | undefined
    >();
    expectTypeOf(result.findings).toEqualTypeOf<readonly Finding[]>();
  });

  it("narrows on ok: a CompleteReportOf<T> whose cells need no ?., else a maybe absent ReportOf<T>", () => {
    const result = createReport({ ...base, template: "2021" });
    if (result.ok) {
      expectTypeOf(result.report).toEqualTypeOf<CompleteReportOf<"2021">>();
      expectTypeOf(result.report.applications.newlyReceived.total).toEqualTypeOf<number>();
      expectTypeOf(result.report.activeDisclosure.fees.amount).toEqualTypeOf<Decimal>();
      expectTypeOf(
        result.report.reviewsAndLitigation.administrativeReview.total,
      ).toEqualTypeOf<number>();
      // Texts stay optional: a complete report is one whose tables are complete.
      expectTypeOf(result.report.overview).toEqualTypeOf<string | undefined>();
      // A row the template does not have is still a compile error.
      // @ts-expect-error otherHandling is a 2019 row
      result.report.applications.otherHandling;
    } else {
      expectTypeOf(result.report).toEqualTypeOf<ReportOf<"2021"> | undefined>();
    }
    const old = createReport({ ...base, template: "2019" });
    if (old.ok) {
      expectTypeOf(old.report).toEqualTypeOf<CompleteReportOf<"2019">>();
      expectTypeOf(old.report.applications.otherHandling.total).toEqualTypeOf<number>();
      expectTypeOf(old.report.activeDisclosure.procurement.totalAmount).toEqualTypeOf<Decimal>();
      // @ts-expect-error otherReasons is a 2021 row
      old.report.applications.otherReasons;
    }
  });

  it("gives a complete report that every function taking a report takes", () => {
    expectTypeOf<CompleteReportOf<"2021">>().toExtend<ReportOf<"2021">>();
    expectTypeOf<CompleteReportOf<"2019">>().toExtend<Report>();
  });

  it("takes the rows, columns and fields of the template", () => {
    createReport({
      ...base,
      template: "2021",
      applications: { otherOverdueFee: { naturalPerson: 1 }, totalHandled: { total: 1 } },
      activeDisclosure: { fees: { amount: "0.35" }, licensing: { decisions: 3 } },
      reviewsAndLitigation: { administrativeReview: { upheld: 1 } },
    });
    createReport({
      ...base,
      template: "2019",
      applications: { otherHandling: { otherOrganization: 2 } },
      activeDisclosure: {
        procurement: { projects: 1, totalAmount: new Decimal(10) },
        licensing: { change: -2 },
      },
    });
    expectTypeOf<ApplicationsInit<"2021">>().toHaveProperty("otherReasons");
    expectTypeOf<ApplicationsInit<"2019">>().toHaveProperty("otherHandling");
  });

  it("rejects a row of the other template", () => {
    createReport({
      ...base,
      template: "2021",
      // @ts-expect-error otherHandling is a 2019 row
      applications: { otherHandling: { naturalPerson: 1 } },
    });
    createReport({
      ...base,
      template: "2019",
      // @ts-expect-error otherReasons is a 2021 row
      applications: { otherReasons: { naturalPerson: 1 } },
    });
  });

  it("rejects an unknown column, table-二 row or field", () => {
    createReport({
      ...base,
      template: "2021",
      // @ts-expect-error no such applicant column
      applications: { disclosed: { nobody: 1 } },
    });
    createReport({
      ...base,
      template: "2021",
      // @ts-expect-error procurement is a 2019 table-二 row
      activeDisclosure: { procurement: { projects: 1 } },
    });
    createReport({
      ...base,
      template: "2021",
      // @ts-expect-error 2021 regulations have no newlyMade field
      activeDisclosure: { regulations: { newlyMade: 1 } },
    });
    createReport({
      ...base,
      template: "2021",
      // @ts-expect-error no such table-四 group
      reviewsAndLitigation: { arbitration: { upheld: 1 } },
    });
  });

  it("takes amounts as Decimal, string or number, counts as numbers only", () => {
    createReport({ ...base, template: "2021", activeDisclosure: { fees: { amount: 0.35 } } });
    createReport({
      ...base,
      template: "2021",
      // @ts-expect-error a count is a number, not a string
      activeDisclosure: { licensing: { decisions: "3" } },
    });
  });

  it("needs a known template", () => {
    // @ts-expect-error there is no 2020 template
    createReport({ ...base, template: "2020" });
    expectTypeOf<ReportInit<"2021">["agency"]>().toEqualTypeOf<
      string | { readonly name: string | null }
    >();
  });
});

describe("reportBuilder types", () => {
  it("keeps the template through every step", () => {
    const builder = reportBuilder({ ...base, template: "2019" })
      .receive({ applicant: "naturalPerson", carriedOver: true })
      .countApplication({ applicant: "naturalPerson", outcome: "otherHandling" });
    expectTypeOf(builder).toEqualTypeOf<ReportBuilder<"2019">>();
    const result = builder.build();
    expectTypeOf(result).toEqualTypeOf<BuildResult<"2019">>();
    expectTypeOf(result.report).toEqualTypeOf<
      ReportOf<"2019"> | CompleteReportOf<"2019"> | undefined
    >();
    if (result.ok) {
      expectTypeOf(result.report).toEqualTypeOf<CompleteReportOf<"2019">>();
      expectTypeOf(result.report.applications.otherHandling.naturalPerson).toEqualTypeOf<number>();
    } else {
      expectTypeOf(result.report).toEqualTypeOf<ReportOf<"2019"> | undefined>();
    }
  });

  it("accepts result leaves and carriedForward as outcomes, nothing else", () => {
    const builder = reportBuilder({ ...base, template: "2021" });
    builder.countApplication({ applicant: "naturalPerson", outcome: "carriedForward" });
    // @ts-expect-error otherHandling is a 2019 row
    builder.countApplication({ applicant: "naturalPerson", outcome: "otherHandling" });
    // @ts-expect-error （七）总计 is derived, not counted
    builder.countApplication({ applicant: "naturalPerson", outcome: "totalHandled" });
    // @ts-expect-error 总计 is not an applicant
    builder.receive({ applicant: "total" });
    // @ts-expect-error 总计 of table 四 is derived
    builder.countReview("administrativeReview", "total");
  });

  it("types table-二 fields and values per row", () => {
    const builder = reportBuilder({ ...base, template: "2021" });
    builder.setDisclosure("fees", "amount", new Decimal("0.5"));
    builder.setDisclosure("regulations", "inForce", 3);
    // @ts-expect-error fees has no decisions field
    builder.setDisclosure("fees", "decisions", 3);
    // @ts-expect-error a count takes a number
    builder.setDisclosure("licensing", "decisions", "3");
    // @ts-expect-error procurement is a 2019 row
    builder.setDisclosure("procurement", "projects", 1);
    // @ts-expect-error applications is a table, not a text
    builder.withText("applications", "…");
  });
});
