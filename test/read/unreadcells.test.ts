/**
 * One cause, one finding (src/read/unreadcells.ts): a row of several cells none of which could be
 * read is one PARSE_CELL_UNREADABLE at the row, a table none of whose cells could be read one at
 * the table; anything less keeps a finding per cell.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { FindingDraft } from "../../src/findings/finding.js";
import { parseText } from "../../src/index.js";
import { withUnreadCellsMerged } from "../../src/read/unreadcells.js";
import { tableLayout } from "../../src/templates/layout.js";
import { reportText } from "../support/reporttext.js";

const layout = tableLayout("2021");
const table = (key: string) => layout.find((t) => t.key === key)!;
const columnsOf = (key: string, row: string) =>
  table(key)
    .rows.find((r) => r.key === row)!
    .columns.map((c) => c.key);
const cell = (key: string, row: string, column: string): FindingDraft => ({
  code: "PARSE_CELL_UNREADABLE",
  path: [key, row, column],
});
const wholeRow = (key: string, row: string) =>
  columnsOf(key, row).map((column) => cell(key, row, column));
const paths = (drafts: readonly FindingDraft[]) => drafts.map((d) => d.path.join("."));
const truncated: FindingDraft = { code: "PARSE_TRUNCATED", path: ["applications"] };

describe("withUnreadCellsMerged", () => {
  it("says a row of seven unread cells once, at the row, where its first cell's was", () => {
    const drafts = [truncated, ...wholeRow("applications", "disclosed")];
    const report = { applications: { newlyReceived: { total: 3 }, disclosed: {} } };
    expect(paths(withUnreadCellsMerged(drafts, "2021", report))).toEqual([
      "applications",
      "applications.disclosed",
    ]);
  });

  it("keeps a finding per cell when some cells of the row were read", () => {
    const drafts = wholeRow("applications", "disclosed").slice(1);
    const report = { applications: { disclosed: { naturalPerson: 3 } } };
    expect(withUnreadCellsMerged(drafts, "2021", report)).toEqual(drafts);
  });

  it("keeps the cell's finding for a row of one cell", () => {
    // 2021's 行政许可 row has one cell, 处理决定数量: its finding names it.
    const drafts = wholeRow("activeDisclosure", "licensing");
    expect(drafts).toHaveLength(1);
    expect(withUnreadCellsMerged(drafts, "2021", { activeDisclosure: {} })).toEqual(drafts);
  });

  it("keeps a cell's finding that quotes the source", () => {
    const quoted: FindingDraft = { ...cell("applications", "disclosed", "total"), actual: "3元" };
    const drafts = [...wholeRow("applications", "disclosed").slice(0, 6), quoted];
    expect(withUnreadCellsMerged(drafts, "2021", { applications: {} })).toEqual(drafts);
  });

  it("says a table with no cell read once, at the table, when its unread rows are whole", () => {
    const drafts = [
      ...wholeRow("applications", "newlyReceived"),
      ...wholeRow("applications", "carriedOver"),
      truncated,
    ];
    const report = { applications: { newlyReceived: {}, carriedOver: {} } };
    expect(paths(withUnreadCellsMerged(drafts, "2021", report))).toEqual([
      "applications",
      "applications",
    ]);
    expect(withUnreadCellsMerged(drafts, "2021", report)[0]!.code).toBe("PARSE_CELL_UNREADABLE");
  });

  it("keeps the rows' findings when a cell of the table was read, or only one row is unread", () => {
    const drafts = [
      ...wholeRow("applications", "newlyReceived"),
      ...wholeRow("applications", "carriedOver"),
    ];
    const read = { applications: { newlyReceived: {}, carriedOver: {}, disclosed: { total: 0 } } };
    expect(paths(withUnreadCellsMerged(drafts, "2021", read))).toEqual([
      "applications.newlyReceived",
      "applications.carriedOver",
    ]);
    const one = wholeRow("applications", "newlyReceived");
    expect(paths(withUnreadCellsMerged(one, "2021", { applications: {} }))).toEqual([
      "applications.newlyReceived",
    ]);
  });
});

describe("jiaxian-xi-2022 (held-out set 2): tables printed with their labels and no value", () => {
  const raw = readFileSync(
    new URL("../fixtures/heldout2/jiaxian-xi-2022.txt", import.meta.url),
    "utf8",
  );
  const { findings } = parseText(reportText(raw));

  it("says once per table that none of its cells could be read (101 findings before)", () => {
    expect(
      findings.filter((f) => f.code === "PARSE_CELL_UNREADABLE").map((f) => f.path.join(".")),
    ).toEqual(["activeDisclosure", "applications"]);
  });
});

// A cell under its header printing a number the reader cannot take (`11注`): before, the
// finding named the cell only, and the number in it was quoted nowhere.
describe("grid readers quote the number an unreadable cell printed", () => {
  it("in the cell's own finding; text with no digit is not quoted", async () => {
    const { parseHTML, toHTML } = await import("../../src/index.js");
    const { seedReport } = await import("../fixtures/seed-report.js");
    const at = (column: string) => `data-path="applications.newlyReceived.${column}">`;
    const html = toHTML(seedReport)
      .replace(new RegExp(`(${at("naturalPerson")})\\d+<`), "$111注<")
      .replace(new RegExp(`(${at("commercialEnterprise")})\\d+<`), "$1不详<");
    expect(html).toContain("11注<");
    const row = parseHTML(html).findings.filter((f) =>
      f.path.join(".").startsWith("applications.newlyReceived"),
    );
    expect(row.map((f) => [f.code, f.path.join("."), f.message.includes("原文")])).toEqual([
      ["PARSE_CELL_UNREADABLE", "applications.newlyReceived.naturalPerson", true],
      ["PARSE_CELL_UNREADABLE", "applications.newlyReceived.commercialEnterprise", false],
    ]);
    expect(row[0]!.message).toContain("「11注」");
  });

  it("quotes full-width digits too", async () => {
    const { parseHTML, toHTML } = await import("../../src/index.js");
    const { seedReport } = await import("../fixtures/seed-report.js");
    const html = toHTML(seedReport).replace(
      /(data-path="applications\.newlyReceived\.naturalPerson">)\d+</,
      "$1２５注<",
    );
    const finding = parseHTML(html).findings.find(
      (f) => f.path.join(".") === "applications.newlyReceived.naturalPerson",
    );
    expect(finding?.message).toContain("「２５注」");
  });
});
