/**
 * Edge cases of aggregate, checkAggregate and compare: hostile or ill-typed inputs and options,
 * money cells, and the 2021 → 2019 direction of the template change.
 */
import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { ApplicationRowDefinition, Report } from "../../src/index.js";
import { aggregate, checkAggregate, compare, mark, templates } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { at, named, withCells } from "./helpers.js";

const townA = named(seedReport, "甲镇人民政府");
const townB = named(seedReport, "乙镇人民政府");
const county = { agency: "某县人民政府" };
const fee = ["activeDisclosure", "fees", "amount"] as const;
const received = ["applications", "newlyReceived", "naturalPerson"] as const;
const disclosedTotal = ["applications", "disclosed", "total"] as const;

/** A shallow copy of a report with one cell set to any value (bypassing fromJSON's checks). */
function withRaw(report: Report, [table, row, column]: readonly string[], value: unknown): Report {
  const source = report as unknown as Record<string, Record<string, Record<string, unknown>>>;
  return {
    ...report,
    [table!]: { ...source[table!], [row!]: { ...source[table!]![row!], [column!]: value } },
  } as unknown as Report;
}

describe("aggregate, options and init read defensively", () => {
  const broken = withCells(townB, [[disclosedTotal, (at(townB, disclosedTotal) as number) + 5]]);

  it("applies valid severity overrides and ignores unknown codes and levels", () => {
    const plain = aggregate([townA, broken], county).findings;
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((f) => f.severity === "error")).toBe(true);
    const code = plain[0]!.code;
    const options = { severity: { [code]: "info", NOT_A_RULE: "error" }, locale: "fr" };
    const all = aggregate([townA, broken], county, options as never).findings;
    // The bad options are ignored, each reported once, before the findings about the report.
    const optionPaths = (findings: readonly { code: string; path: readonly unknown[] }[]) =>
      findings.filter((f) => f.code === "OPTION_INVALID").map((f) => f.path.join("."));
    expect(optionPaths(all)).toEqual(["options.locale", "options.severity.NOT_A_RULE"]);
    const overridden = all.filter((f) => f.code !== "OPTION_INVALID");
    expect(overridden.map((f) => [f.code, f.path, f.message])).toEqual(
      plain.map((f) => [f.code, f.path, f.message]),
    );
    expect(overridden.map((f) => f.severity)).toEqual(
      plain.map((f) => (f.code === code ? "info" : "error")),
    );
    const wrongLevel = { severity: { [code]: "fatal" } };
    const withWrongLevel = aggregate([townA, broken], county, wrongLevel as never).findings;
    expect(optionPaths(withWrongLevel)).toEqual([`options.severity.${code}`]);
    expect(withWrongLevel.slice(1)).toEqual(plain);
    const notAnObject = { severity: "info" };
    const withNotAnObject = aggregate([townA, broken], county, notAnObject as never).findings;
    expect(optionPaths(withNotAnObject)).toEqual(["options.severity"]);
    expect(withNotAnObject.slice(1)).toEqual(plain);
    const off = aggregate([townA, broken], county, { severity: { [code]: "off" } });
    expect(off.findings).toEqual(plain.filter((f) => f.code !== code));
  });

  it("takes the agency from an Agency object, and null for a name that is not a string", () => {
    expect(aggregate([townA], { agency: { name: "某县" } }).report.agency).toEqual({
      name: "某县",
    });
    expect(aggregate([townA], { agency: { name: 7 } } as never).report.agency).toEqual({
      name: null,
    });
    expect(aggregate([townA], { agency: 7 } as never).report.agency).toEqual({ name: null });
  });

  it("keeps only the string and null meta fields, and drops a meta that is not an object", () => {
    const meta = { title: "汇总", publisher: 3, documentNumber: null };
    expect(aggregate([townA], { ...county, meta } as never).report.meta).toEqual({
      title: "汇总",
      documentNumber: null,
    });
    expect(aggregate([townA], { ...county, meta: "x" } as never).report.meta).toBeUndefined();
    expect(aggregate([townA], { ...county, overview: 5 } as never).report.overview).toBeUndefined();
  });
});

describe("aggregate, hostile members", () => {
  it("refuses null and non-object members, naming the type", () => {
    const { findings } = aggregate([townA, null, 5] as never, county);
    expect(findings.map((f) => [f.code, f.path, f.actual, f.expected])).toEqual([
      ["AGGREGATE_MISMATCH", ["members", 1], "null", "Report"],
      ["AGGREGATE_MISMATCH", ["members", 2], "number", "Report"],
    ]);
  });

  it("refuses a member whose properties throw when read, as one without a template", () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error("no");
        },
      },
    );
    const { report, findings } = aggregate([townA, hostile] as never, county);
    expect(findings.map((f) => [f.code, f.path, f.actual])).toEqual([
      ["AGGREGATE_MISMATCH", ["members", 1, "template"], "undefined"],
    ]);
    expect(at(report, received)).toBe(at(townA, received));
  });

  it("accepts two members without a name (no duplicate check) and sums both", () => {
    const a = { ...townA, agency: { name: null } } as Report;
    const b = { ...townB, agency: { name: null } } as Report;
    const a1 = withCells(a, [[received, 2]]);
    const b1 = withCells(b, [[received, 3]]);
    const { report, findings } = aggregate([a1, b1], county);
    // Each member's own totals are off (only the leaf was edited), but neither is refused.
    expect(findings.filter((f) => f.code === "AGGREGATE_MISMATCH")).toEqual([]);
    expect(new Set(findings.map((f) => f.path[1]))).toEqual(new Set([0, 1]));
    expect(at(report, received)).toBe(5);
  });

  it("does not sum an ill-typed leaf: CELL_TYPE at the cell naming the member's cell", () => {
    const feeA = withCells(townA, [[fee, "1.5"]]);
    const wrongMoney = withRaw(townB, fee, 2);
    const hostileToString = {
      toString() {
        throw new Error("no");
      },
    };
    const wrongCount = withRaw(townB, received, hostileToString);
    const withString = withRaw(townB, received, "3");
    const money = aggregate([feeA, wrongMoney], county);
    expect((at(money.report, fee) as Decimal).toFixed()).toBe("1.5");
    expect(money.findings.map((f) => [f.code, f.path, f.actual, f.related])).toEqual([
      ["CELL_TYPE", fee, "2", [["members", 1, ...fee]]],
    ]);
    const counts = aggregate([townA, wrongCount], county).findings;
    expect(counts.map((f) => [f.code, f.path, f.actual])).toEqual([
      ["CELL_TYPE", received, "object"],
    ]);
    const strings = aggregate([townA, withString], county).findings;
    expect(strings.map((f) => [f.code, f.actual])).toEqual([["CELL_TYPE", "3"]]);
  });

  it("refuses a negative amount and a negative count outside 本年增/减", () => {
    const negative = withRaw(townB, fee, new Decimal(-1));
    const negativeCount = withRaw(townB, received, -1);
    expect(aggregate([townA, negative], county).findings.map((f) => [f.code, f.actual])).toEqual([
      ["CELL_TYPE", "-1"],
    ]);
    expect(
      aggregate([townA, negativeCount], county).findings.map((f) => [f.code, f.actual]),
    ).toEqual([["CELL_TYPE", "-1"]]);
  });
});

describe("checkAggregate, edge cases", () => {
  const members = [withCells(townA, [[received, 1]]), withCells(townB, [[received, 2]])];
  const { report: sum } = aggregate(members, county);

  it("reports a marked cell whose members sum to more than 0, with the mark as actual", () => {
    const marked = withCells(sum, [[received, { mark: "/" }]]);
    expect(
      checkAggregate(marked, members).findings.map((f) => [f.code, f.path, f.expected, f.actual]),
    ).toEqual([["AGGREGATE_MISMATCH", received, 3, "/"]]);
  });

  it("does not judge a cell the consolidated report leaves out", () => {
    const wrong = withCells(sum, [[received, 99]]);
    expect(checkAggregate(wrong, members).findings).toHaveLength(1);
    expect(checkAggregate(withCells(sum, [[received, undefined]]), members).findings).toEqual([]);
  });

  it("reports an ill-typed consolidated cell with its raw value", () => {
    const wrong = withRaw(sum, received, "3");
    expect(
      checkAggregate(wrong, members).findings.map((f) => [f.path, f.expected, f.actual]),
    ).toEqual([[received, 3, "3"]]);
  });

  it("compares amounts exactly, shown as decimal strings", () => {
    const feeMembers = [withCells(townA, [[fee, "0.1"]]), withCells(townB, [[fee, "0.2"]])];
    const { report } = aggregate(feeMembers, county);
    expect(checkAggregate(report, feeMembers).findings).toEqual([]);
    const off = withCells(report, [[fee, "0.31"]]);
    expect(
      checkAggregate(off, feeMembers).findings.map((f) => [f.path, f.expected, f.actual]),
    ).toEqual([[fee, "0.3", "0.31"]]);
  });

  it("accepts a blank or marked amount whose members sum to 0, not one that sums to more", () => {
    const zeroMembers = [withCells(townA, [[fee, "0"]]), withCells(townB, [[fee, "0"]])];
    const { report } = aggregate(zeroMembers, county);
    expect(checkAggregate(withCells(report, [[fee, null]]), zeroMembers).findings).toEqual([]);
    expect(checkAggregate(withCells(report, [[fee, mark("/")]]), zeroMembers).findings).toEqual([]);
    const paid = [withCells(townA, [[fee, "2.5"]]), townB];
    const blank = withCells(aggregate(paid, county).report, [[fee, null]]);
    expect(checkAggregate(blank, paid).findings.map((f) => [f.path, f.expected, f.actual])).toEqual(
      [[fee, at(aggregate(paid, county).report, fee)!.toString(), "null"]],
    );
  });

  it("ignores members without a string name and non-string expected names", () => {
    const nameless = members.map((m) => ({ ...m, agency: { name: null } }) as Report);
    const findings = checkAggregate(sum, nameless, {
      expectedMembers: ["甲镇人民政府", 5 as never],
    }).findings;
    expect(findings.map((f) => [f.code, f.path])).toEqual([["AGGREGATE_MISMATCH", ["members"]]]);
    expect(findings[0]!.message).toContain("甲镇人民政府");
  });

  it("reports members that are not an array once, at members", () => {
    const findings = checkAggregate(sum, "x" as never, {
      expectedMembers: ["甲镇人民政府"],
    }).findings;
    expect(findings.map((f) => [f.code, f.path, f.actual, f.expected])).toEqual([
      ["AGGREGATE_MISMATCH", ["members"], "string", "Report[]"],
      ["AGGREGATE_MISMATCH", ["members"], undefined, undefined],
    ]);
  });
});

describe("compare, 2021 → 2019", () => {
  it("pairs the 2021 （六） group's leaves, summed, with the 2019 （六） leaf", () => {
    const v2019: readonly ApplicationRowDefinition[] = templates["2019"].applications.rows;
    const v2021: readonly ApplicationRowDefinition[] = templates["2021"].applications.rows;
    const group = v2021.find(
      (r) =>
        r.role === "group" &&
        v2019.some((o) => o.label === r.label && o.role !== "group" && o.role !== "heading"),
    )!;
    const leaf = v2019.find((r) => r.label === group.label)!;
    const children = v2021.filter((r) => r.parent === group.key && r.role !== "group");
    expect(children.length).toBeGreaterThan(1);
    const lastYear = withCells(
      seedReport,
      children.map((c, i) => [["applications", c.key, "naturalPerson"], i + 1] as const),
      { year: 2020 },
    );
    const thisYear = withCells(
      shanghai2019Report,
      [[["applications", leaf.key, "naturalPerson"], 10]],
      { year: 2021 },
    );
    const { cells } = compare(lastYear, thisYear);
    const cell = cells.find(
      (c) => c.table === "applications" && c.row === leaf.key && c.column === "naturalPerson",
    )!;
    const sum = children.reduce((s, _, i) => s + i + 1, 0);
    expect(cell).toMatchObject({
      previous: sum,
      current: 10,
      change: 10 - sum,
      previousPaths: children.map((c) => ["applications", c.key, "naturalPerson"]),
      currentPaths: [["applications", leaf.key, "naturalPerson"]],
    });
  });
});
