/**
 * A cell that printed a little more than its value (`22*`, `22注`, `22（1）`, `1余`): a word
 * among a row's values in text. The text reader took it for the end of the row's values: the
 * values after it were dropped and quoted nowhere, the row was read as a short one (on the seed,
 * `18 19 20 21` under seven columns was split 1/8/1/9/2/0/21, which the total happened to allow),
 * and the cell's own number was quoted nowhere either. It is now a cell of the row: unreadable,
 * its finding quoting what it printed, as parseHTML reads the same page.
 */
import { describe, expect, it } from "vitest";
import { fromJSON, parseHTML, parseText, type Report, toHTML } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf } from "../support/cells.js";
import { distinctValues } from "../system/support.js";
import { innerText } from "./innerText.js";

const seed = fromJSON(distinctValues(seedReport, { fillNulls: true })).report!;
// Shanghai's page keeps its blank cells (tabs between them): rows with blanks after the cell.
const shanghai = fromJSON(distinctValues(shanghai2019Report)).report!;

/** The page with one value cell printed with more, and that cell's path and printed text. */
function marked(report: Report, suffix: string) {
  const html = toHTML(report);
  return [...html.matchAll(/data-path="([^"]+)">(\d+)</g)].map(([cell, path, value]) => ({
    path: path!,
    printed: `${value}${suffix}`,
    html: html.replace(cell!, `data-path="${path}">${value}${suffix}<`),
  }));
}

/** Cells read other than printed (the marked one aside), and whether the marked one is quoted. */
function check(report: Report, read: ReturnType<typeof parseText>, path: string, printed: string) {
  const expected = cellsOf(report);
  const got = cellsOf(read.report);
  const wrong = [...expected].filter(([p, v]) => p !== path && got.get(p) !== v).map(([p]) => p);
  const finding = read.findings.find(
    (f) => f.code === "PARSE_CELL_UNREADABLE" && f.path.join(".") === path,
  );
  // The printed text is the finding's detail, which the message quotes (原文「…」); the text
  // reader quotes its word without the punctuation at its ends (`1（1）` as `1（1`).
  const word = printed.replace(/[）)]+$/, "");
  const quoted = finding?.message.includes(`原文「${word}」`) ? printed : undefined;
  return { wrong, marked: got.get(path), detail: quoted, printed };
}

describe("a cell that printed more than its value, in text", () => {
  for (const [name, report] of [
    ["seed, every cell printed", seed],
    ["Shanghai 2019, blank cells kept", shanghai],
  ] as const) {
    for (const suffix of ["*", "注", "（1）"]) {
      it(`${name}: \`N${suffix}\` in each cell in turn, cells set apart by tabs`, () => {
        const pages = marked(report, suffix);
        expect(pages.length).toBeGreaterThan(60);
        for (const { path, printed, html } of pages) {
          const result = check(report, parseText(innerText(html)), path, printed);
          expect(result, path).toEqual({ wrong: [], marked: undefined, detail: printed, printed });
        }
      });
    }
  }

  // Without tabs the blank cells of Shanghai's page cannot be told: the seed prints every cell.
  it.each(["*", "（1）"])(
    "seed: `N%s` in each cell in turn, cells set apart by spaces",
    (suffix) => {
      for (const { path, printed, html } of marked(seed, suffix)) {
        const text = innerText(html).replace(/\t/g, "  ");
        const result = check(seed, parseText(text), path, printed);
        expect(result, path).toEqual({ wrong: [], marked: undefined, detail: printed, printed });
      }
    },
  );

  it("parseHTML reads the same pages alike (the behaviour the text reader now shares)", () => {
    for (const { path, printed, html } of marked(seed, "*")) {
      const result = check(seed, parseHTML(html), path, printed);
      expect(result, path).toEqual({ wrong: [], marked: undefined, detail: printed, printed });
    }
  });

  // A word of two letters or fewer glued to a value, a value after it: one cell (`2注  3`). Set
  // apart, `注` ended the row. At the end of its line it is still set apart (`7注`: 7 is read).
  it("keeps `2注` whole between values set apart by spaces; reads `7注` ending its line as 7", () => {
    const page = marked(seed, "注");
    const between = page.find((p) => p.path === "activeDisclosure.regulations.repealed")!;
    const text = innerText(between.html).replace(/\t/g, "  ");
    expect(text).toContain("规章  1  2注  3");
    expect(check(seed, parseText(text), between.path, between.printed)).toEqual({
      wrong: [],
      marked: undefined,
      detail: "2注",
      printed: "2注",
    });
    const last = page.find((p) => p.path === "activeDisclosure.licensing.decisions")!;
    const read = parseText(innerText(last.html).replace(/\t/g, "  "));
    expect(read.report?.activeDisclosure?.licensing?.decisions).toBe(7);
  });

  it("does not take a running header's year or a row's ordinal for a cell", () => {
    const text = [
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "信息内容  本年制发件数  本年废止件数  现行有效件数",
      "规章  1  2  3",
      "行政规范性文件  4  5  6  2022年度报告",
    ].join("\n");
    const read = parseText(text);
    expect(read.report?.activeDisclosure?.normativeDocuments).toEqual({
      issued: 4,
      repealed: 5,
      inForce: 6,
    });
  });
});
