import type { Decimal } from "decimal.js";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ActiveDisclosure,
  ColumnKey,
  CountCell,
  MoneyCell,
  Report,
  Report2019,
  Report2021,
  ReviewGroupKey,
  RowKey,
} from "../../src/index.js";

describe("report types derived from the registries", () => {
  it("row keys are literal unions per template", () => {
    expectTypeOf<"otherHandling">().toMatchTypeOf<RowKey<"2019">>();
    expectTypeOf<"otherOverdueFee">().toMatchTypeOf<RowKey<"2021">>();
    expectTypeOf<"otherHandling">().not.toMatchTypeOf<RowKey<"2021">>();
    expectTypeOf<"otherOverdueFee">().not.toMatchTypeOf<RowKey<"2019">>();
    // group and heading rows hold no numbers, so they are not row keys
    expectTypeOf<"withheld">().not.toMatchTypeOf<RowKey<"2021">>();
    expectTypeOf<"results">().not.toMatchTypeOf<RowKey<"2019">>();
  });

  it("column keys are the seven applicant columns", () => {
    expectTypeOf<ColumnKey>().toEqualTypeOf<
      | "naturalPerson"
      | "commercialEnterprise"
      | "researchInstitution"
      | "socialWelfareOrganization"
      | "legalServiceInstitution"
      | "otherOrganization"
      | "total"
    >();
    expectTypeOf<ReviewGroupKey>().toEqualTypeOf<
      "administrativeReview" | "litigationWithoutReview" | "litigationAfterReview"
    >();
  });

  it("table 二 has each template's own fields", () => {
    expectTypeOf<ActiveDisclosure<"2021">["fees"]>().toEqualTypeOf<{
      readonly amount?: MoneyCell;
    }>();
    expectTypeOf<ActiveDisclosure<"2019">["fees"]>().toEqualTypeOf<{
      readonly previousItems?: CountCell;
      readonly change?: CountCell;
    }>();
    expectTypeOf<ActiveDisclosure<"2019">>().toHaveProperty("procurement");
    expectTypeOf<ActiveDisclosure<"2021">>().not.toHaveProperty("procurement");
    expectTypeOf<ActiveDisclosure<"2021">["regulations"]>().toHaveProperty("inForce");
    expectTypeOf<ActiveDisclosure<"2019">["regulations"]>().toHaveProperty("totalPublished");
  });

  it("Report narrows on template", () => {
    const narrow = (report: Report) => {
      if (report.template === "2019") {
        expectTypeOf(report).toEqualTypeOf<Report2019>();
        expectTypeOf(report.activeDisclosure).toEqualTypeOf<ActiveDisclosure<"2019"> | undefined>();
      } else {
        expectTypeOf(report).toEqualTypeOf<Report2021>();
      }
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it("a wrong key is a compile error", () => {
    const check = (report: Report2021) => {
      // @ts-expect-error otherHandling is a 2019 row
      void report.applications?.otherHandling;
      // @ts-expect-error no such column
      void report.applications?.newlyReceived.company;
      // @ts-expect-error procurement (第二十条第（九）项) was removed in 2021
      void report.activeDisclosure?.procurement;
      const amount: MoneyCell | undefined = report.activeDisclosure?.fees.amount;
      expectTypeOf(amount).toEqualTypeOf<Decimal | null | { readonly mark: string } | undefined>();
    };
    expectTypeOf(check).toBeFunction();
  });
});
