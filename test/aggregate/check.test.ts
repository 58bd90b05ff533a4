import { describe, expect, it } from "vitest";
import { aggregate, checkAggregate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { at, named, withCells } from "./helpers.js";

const cell = ["applications", "newlyReceived", "naturalPerson"] as const;
// Received 1, 2 and 3 (the seed's table 三 is all zero); totals follow through aggregate.
const members = ["甲镇人民政府", "乙镇人民政府", "丙镇人民政府"].map((name, i) =>
  withCells(named(seedReport, name), [[cell, i + 1]]),
);
const { report: county } = aggregate(members, { agency: "某县人民政府" });

describe("checkAggregate", () => {
  it("is empty for the exact sum", () => {
    expect(checkAggregate(county, members)).toEqual({ ok: true, findings: [] });
  });

  it("reports a wrong cell with the sum, the published value and the members' cells", () => {
    const sum = at(county, cell) as number;
    const published = withCells(county, [[cell, sum + 1]]);
    const findings = checkAggregate(published, members, { locale: "en" }).findings;
    expect(findings).toEqual([
      {
        code: "AGGREGATE_MISMATCH",
        severity: "error",
        path: cell,
        expected: sum,
        actual: sum + 1,
        related: members.map((_, i) => ["members", i, ...cell]),
        message: expect.stringContaining(`add up to ${sum}`),
      },
    ]);
    const [zh] = checkAggregate(published, members).findings;
    expect(zh!.message).toContain("所辖各报告之和");
  });

  it("reports a blank consolidated cell whose members sum to more than 0, not one that sums to 0", () => {
    const zero = ["reviewsAndLitigation", "administrativeReview", "upheld"] as const;
    expect(at(county, zero)).toBe(0);
    const blank = withCells(county, [
      [cell, null],
      [zero, null],
    ]);
    expect(checkAggregate(blank, members).findings.map((f) => [f.path, f.actual])).toEqual([
      [cell, "null"],
    ]);
  });

  it("does not judge a cell some member does not give as a number", () => {
    const unknown = [withCells(members[0]!, [[cell, null]]), members[1]!, members[2]!];
    const published = withCells(county, [[cell, 999]]);
    expect(checkAggregate(published, unknown).findings).toEqual([]);
  });

  it("reports each expected member that is missing, by name", () => {
    const findings = checkAggregate(county, members, {
      expectedMembers: ["甲镇人民政府", "乙镇人民政府", "丙镇人民政府", "丁镇人民政府"],
      locale: "en",
    }).findings;
    expect(findings).toEqual([
      expect.objectContaining({
        code: "AGGREGATE_MISMATCH",
        path: ["members"],
        message: expect.stringContaining("丁镇人民政府"),
      }),
    ]);
  });

  it("tells apart expected names with no letter or digit, by their own characters", () => {
    // Both names' matching keys are empty: compared by those keys alone, each found the other.
    const dashed = [named(seedReport, "（—）")];
    const { report } = aggregate(dashed, { agency: { name: "某县" } });
    const check = (expectedMembers: string[]) =>
      checkAggregate(report, dashed, { expectedMembers }).findings.map((f) => [
        f.path,
        f.message.includes("（＋）"),
      ]);
    expect(check(["（ — ）"])).toEqual([]);
    expect(check(["（＋）"])).toEqual([[["members"], true]]);
  });

  it("reports a refused member and judges the cells without it", () => {
    const findings = checkAggregate(county, [...members, shanghai2019Report]).findings;
    expect(findings).toEqual([
      expect.objectContaining({ code: "AGGREGATE_MISMATCH", path: ["members", 3, "template"] }),
    ]);
  });

  it("never throws", () => {
    for (const input of [null, 3, {}, { template: "2021" }]) {
      expect(() => checkAggregate(input as never, input as never, input as never)).not.toThrow();
    }
    expect(checkAggregate(null as never, members).findings[0]).toMatchObject({
      code: "AGGREGATE_MISMATCH",
    });
  });
});
