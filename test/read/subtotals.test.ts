/**
 * Subtotals printed on a group's own line of table 三 (format-spec R5, D9): quoted as
 * PARSE_EXTRA_ROW, and checked against the group's rows as read (T3_SUBTOTAL), by the text reader
 * and the grid mapper alike. The property's oracle finds a group's rows in the rendered text itself
 * (the data lines between the group's line and the next group or total) and adds them up per
 * column, without the registry or the readers' code.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Finding,
  type ParseResult,
  parseHTML,
  parseText,
  type Report,
  toMarkdown,
} from "../../src/index.js";
import { subtotalIdentities } from "../../src/templates/identities.js";
import { seedReport } from "../fixtures/seed-report.js";
import { consistentReport } from "../support/arbitraries.js";
import { pipeTextAsHTML, spaced } from "./support.js";

const RUNS = Number(process.env.SUBTOTAL_RUNS ?? 60);

/** The seed (2021) as pipe text, its lines. */
const seedLines = toMarkdown(seedReport).split("\n");

const cellsOf = (line: string) =>
  line
    .slice(1, -1)
    .split("|")
    .map((cell) => cell.trim());

/** The seed with the line of the group whose label starts `label` printing `values`. */
function withSubtotal(lines: readonly string[], label: string, values: readonly string[]): string {
  const at = lines.findIndex((line) => line.startsWith(`| ${label}`));
  expect(at).toBeGreaterThan(-1);
  const copy = [...lines];
  copy[at] = `| ${cellsOf(copy[at]!)[0]} | ${values.join(" | ")} |`;
  return copy.join("\n");
}

const codes = (result: ParseResult, code: string): Finding[] =>
  result.findings.filter((finding) => finding.code === code);

/** The seed's printed values of the rows right after the group line, summed per column. */
function seedSums(label: string, rows: number): string[] {
  const at = seedLines.findIndex((line) => line.startsWith(`| ${label}`));
  const sums = [0, 0, 0, 0, 0, 0, 0];
  for (const line of seedLines.slice(at + 1, at + 1 + rows)) {
    cellsOf(line)
      .slice(1)
      .forEach((cell, column) => {
        sums[column]! += Number(cell);
      });
  }
  return sums.map(String);
}

const readers: [string, (text: string) => ParseResult][] = [
  ["parseText", parseText],
  ["parseText (cells set apart by spaces, as pdftotext prints)", (text) => parseText(spaced(text))],
  ["parseHTML (flat tables)", (text) => parseHTML(pipeTextAsHTML(text))],
];

describe.each(readers)("a subtotal on a group's line, through %s", (_, read) => {
  it("that adds up: quoted once as PARSE_EXTRA_ROW, no T3_SUBTOTAL, every cell as without it", () => {
    const text = withSubtotal(seedLines, "（三）不予公开", seedSums("（三）不予公开", 8));
    const result = read(text);
    expect(codes(result, "PARSE_EXTRA_ROW")).toHaveLength(1);
    expect(codes(result, "T3_SUBTOTAL")).toEqual([]);
    expect(result.report?.applications).toEqual(read(seedLines.join("\n")).report?.applications);
  });

  it("that does not add up: T3_SUBTOTAL at each column it breaks, with the sum and the print", () => {
    const sums = seedSums("（三）不予公开", 8);
    const printed = [...sums];
    printed[0] = String(Number(sums[0]) + 3);
    printed[6] = String(Number(sums[6]) + 3);
    const found = codes(read(withSubtotal(seedLines, "（三）不予公开", printed)), "T3_SUBTOTAL");
    expect(found.map((f) => [f.path, f.expected, f.actual])).toEqual([
      [["applications", "withheld", "naturalPerson"], Number(sums[0]), Number(sums[0]) + 3],
      [["applications", "withheld", "total"], Number(sums[6]), Number(sums[6]) + 3],
    ]);
    expect(found[0]?.severity).toBe("error");
    expect(found[0]?.message).toContain("（三）不予公开");
    expect(found[0]?.related).toHaveLength(8);
  });

  it("2021's （六）其他处理 over its three rows is a subtotal, not the 2019 row", () => {
    const printed = ["1", "0", "0", "0", "0", "0", "1"];
    const result = read(withSubtotal(seedLines, "（六）其他处理", printed));
    expect(codes(result, "TEMPLATE_MIXED")).toEqual([]);
    expect(codes(result, "PARSE_EXTRA_ROW").map((f) => f.actual)).toEqual([printed.join(" | ")]);
    // The seed's three rows are 0: 自然人 and 总计 are broken.
    expect(codes(result, "T3_SUBTOTAL").map((f) => f.path[2])).toEqual(["naturalPerson", "total"]);
  });

  it("2021's （六）其他处理 printed as one row, without its three, stays the 2019 row", () => {
    const at = seedLines.findIndex((line) => line.startsWith("| （六）其他处理"));
    const lines = [...seedLines];
    lines.splice(at, 4, "| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |");
    const result = read(lines.join("\n"));
    expect(codes(result, "TEMPLATE_MIXED")).toHaveLength(1);
    expect(codes(result, "T3_SUBTOTAL")).toEqual([]);
  });

  it("a blank printed subtotal cell is not checked; a blank row leaves only a lower bound", () => {
    // （四）无法提供's three rows print 自然人 2, 3 and 4 (the seed's are 0: a subtotal of 0 would
    // hold however a blank were taken).
    const at = seedLines.findIndex((line) => line.startsWith("| （四）无法提供"));
    const row = (index: number, natural: string, total: number) => {
      const label = cellsOf(seedLines[at + index]!)[0];
      return `| ${label} | ${natural} | 0 | 0 | 0 | 0 | 0 | ${total} |`;
    };
    const lines = [...seedLines];
    lines[at + 1] = row(1, "2", 2);
    lines[at + 2] = row(2, "3", 3);
    lines[at + 3] = row(3, "4", 4);
    const subtotal = (natural: string, total: string) =>
      [natural, "0", "0", "0", "0", "0", total] as const;
    const found = (rows: readonly string[], printed: readonly string[]) =>
      codes(read(withSubtotal(rows, "（四）无法提供", printed)), "T3_SUBTOTAL").map((f) => [
        f.path[2],
        f.expected,
        f.actual,
      ]);
    // The rows read: a subtotal of 9 holds, 8 does not.
    expect(found(lines, subtotal("9", "9"))).toEqual([]);
    expect(found(lines, subtotal("8", "9"))).toEqual([["naturalPerson", 9, 8]]);
    // A blank printed cell is no 0: nothing is said of it.
    expect(found(lines, subtotal("", "9"))).toEqual([]);
    // Row 1's 自然人 blank: the rows add up to at least 7 there. A printed 8 may hold; a printed
    // 6 is broken whatever the blank holds.
    const blankRow = [...lines];
    blankRow[at + 1] = row(1, "", 2);
    expect(found(blankRow, subtotal("8", "9"))).toEqual([]);
    expect(found(blankRow, subtotal("6", "9"))).toEqual([["naturalPerson", "≥ 7", 6]]);
  });
});

describe("subtotalIdentities", () => {
  it("has one identity per column for each group, over the group's rows", () => {
    // Counted from the template's printed table: （三） 8 rows, （四） 3, （五） 5, 2021's （六） 3.
    const rows = (version: "2019" | "2021") =>
      [...subtotalIdentities(version)].map(([group, identities]) => [
        group,
        identities.length,
        identities[0]!.right.length,
      ]);
    expect(rows("2019")).toEqual([
      ["withheld", 7, 8],
      ["unavailable", 7, 3],
      ["notProcessed", 7, 5],
    ]);
    expect(rows("2021")).toEqual([
      ["withheld", 7, 8],
      ["unavailable", 7, 3],
      ["notProcessed", 7, 5],
      ["otherProcessing", 7, 3],
    ]);
  });
});

/** Group lines of table 三 as `toMarkdown` prints them (a label, no cells). */
const GROUP = /^\| （[三四五六]）(?:不予公开|无法提供|不予处理|其他处理) /;
const NUMBER = /^\d+$/;

/**
 * The oracle: the data lines after a group's line up to the next line with no number or a
 * bracketed ordinal (the next group, （七）总计), summed per column; a column with a cell that is
 * not a plain count has no sum.
 */
function groupSums(lines: readonly string[], at: number): (number | undefined)[] {
  const sums: (number | undefined)[] = [0, 0, 0, 0, 0, 0, 0];
  for (let next = at + 1; next < lines.length; next++) {
    const cells = cellsOf(lines[next]!);
    if (!/^\d/.test(cells[0]!)) break;
    cells.slice(1).forEach((cell, column) => {
      sums[column] =
        NUMBER.test(cell) && sums[column] !== undefined ? sums[column]! + Number(cell) : undefined;
    });
  }
  return sums;
}

describe("property: a printed subtotal is checked against its rows", () => {
  const pick = fc.record({
    group: fc.nat(),
    column: fc.nat(),
    by: fc.integer({ min: 1, max: 50 }),
  });
  it.each(readers)(
    "through %s, a consistent subtotal gives none, one cell off gives one",
    (_, read) => {
      fc.assert(
        fc.property(consistentReport(), pick, (report: Report, { group, column, by }) => {
          const lines = toMarkdown(report).split("\n");
          // A group's line prints no cells (2019's （六）其他处理 is a row of its own, with cells).
          const groups = lines.flatMap((line, index) =>
            GROUP.test(line) && cellsOf(line).slice(1).join("") === "" ? [index] : [],
          );
          const at = groups[group % groups.length]!;
          const sums = groupSums(lines, at);
          const label = cellsOf(lines[at]!)[0]!;
          const print = (values: readonly (number | undefined)[]) => {
            const copy = [...lines];
            copy[at] =
              `| ${label} | ${values.map((v) => (v === undefined ? "" : String(v))).join(" | ")} |`;
            return read(copy.join("\n"));
          };
          expect(codes(print(sums), "T3_SUBTOTAL")).toEqual([]);
          const c = column % 7;
          if (sums[c] === undefined) return;
          const off = [...sums];
          off[c] = sums[c]! + by;
          const found = codes(print(off), "T3_SUBTOTAL");
          expect(found.map((f) => [f.expected, f.actual])).toEqual([[sums[c], sums[c]! + by]]);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
