import { describe, expect, it } from "vitest";
import { publicationDeadline, validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { edited, expectFinding, expectNoFinding, setAt } from "../support/findings.js";

const PUBLISHED = ["meta", "publishedOn"];
const publishedOn = (date: string) => edited(seedReport, (j) => setAt(j, PUBLISHED, date));

describe("PUBLISHED_LATE", () => {
  it("accepts the seed (2022 report published 2023-01-19) at every agency level", () => {
    for (const agencyLevel of ["department", "government", undefined] as const) {
      expectNoFinding(validate(seedReport, { agencyLevel }).findings, "PUBLISHED_LATE");
    }
  });

  it("accepts publication on the deadline day itself", () => {
    const { findings } = validate(publishedOn("2023-01-31"), { agencyLevel: "department" });
    expectNoFinding(findings, "PUBLISHED_LATE");
  });

  it("reports a department publishing after 31 January", () => {
    const { ok, findings } = validate(publishedOn("2023-02-01"), { agencyLevel: "department" });
    expect(ok).toBe(true);
    expectFinding(findings, "PUBLISHED_LATE", PUBLISHED, {
      severity: "warning",
      expected: "2023-01-31",
      actual: "2023-02-01",
    });
  });

  it("gives governments, and agencies of unknown level, until 31 March", () => {
    expectNoFinding(
      validate(publishedOn("2023-03-31"), { agencyLevel: "government" }).findings,
      "PUBLISHED_LATE",
    );
    expectNoFinding(validate(publishedOn("2023-03-31")).findings, "PUBLISHED_LATE");
    expectFinding(validate(publishedOn("2023-04-01")).findings, "PUBLISHED_LATE", PUBLISHED, {
      expected: "2023-03-31",
    });
  });

  it("takes options.publishedOn over meta.publishedOn", () => {
    const { findings } = validate(seedReport, { publishedOn: "2023-06-30" });
    expectFinding(findings, "PUBLISHED_LATE", PUBLISHED, { actual: "2023-06-30" });
  });

  it("skips a report without a date or a year", () => {
    const undated = edited(seedReport, (j) => setAt(j, PUBLISHED, null));
    expectNoFinding(validate(undated, { publishedOn: "garbage" }).findings, "PUBLISHED_LATE");
    const noYear = edited(seedReport, (j) => setAt(j, ["year"], null));
    expectNoFinding(validate(noYear, { publishedOn: "2030-01-01" }).findings, "PUBLISHED_LATE");
  });

  it("computes the statutory deadline (条例 art. 49)", () => {
    expect(publicationDeadline(2022, "department")).toBe("2023-01-31");
    expect(publicationDeadline(2022, "government")).toBe("2023-03-31");
    expect(publicationDeadline(2022, undefined)).toBe("2023-03-31");
  });
});
