/**
 * LibreOffice opens every .docx toDocx writes and converts it to PDF; in `pdftotext -layout` of
 * that PDF every table label appears, each row's label and its values sit on one line, the rows
 * come in the registry's order, the column header of table 三 is on every page the table is on,
 * and the text is set in a CJK face (on a machine without the official fonts).
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toDocx } from "../../src/docx/write/index.js";
import { type Report, templates } from "../../src/index.js";
import { expectedRows } from "../serialize/renderSupport.js";
import {
  ARTIFACTS,
  findLabel,
  findRowWords,
  type PdfPlace,
  type PdfWord,
  pagesWithTableThree,
  pdfPageTexts,
  pdfText,
  pdfWords,
  publishedReports,
  soffice,
  tableLabels,
} from "./support.js";

const reports = publishedReports();
const pdfOf = (name: string) => join(ARTIFACTS, `${name}.pdf`);

/** The text of each page of a report's converted .docx that holds rows of table 三. */
const pagesWithTableThreeOf = (name: string, report: Report) =>
  pagesWithTableThree(pdfPageTexts(pdfOf(name)), report.template);

beforeAll(async () => {
  const files: string[] = [];
  for (const { name, report, findings } of reports) {
    const file = join(ARTIFACTS, `${name}.docx`);
    writeFileSync(file, await toDocx(report, findings === undefined ? {} : { findings }));
    files.push(file);
  }
  soffice("pdf", files, ARTIFACTS);
}, 600_000);

describe.each(reports)("the .docx of $name, converted by LibreOffice", ({ name, report }) => {
  it("has every table label", () => {
    const lines = pdfText(pdfOf(name)).split("\n");
    const missing = tableLabels(report.template).filter((label) => findLabel(lines, label) === -1);
    expect(missing).toEqual([]);
  });

  it("prints each row's label and values on one line, in the registry's order", () => {
    const words = pdfWords(pdfOf(name));
    let at: PdfPlace = { page: 0, y: 0 };
    for (const row of expectedRows(report)) {
      const place = findRowWords(words, row, at);
      expect(place, `${row.label ?? row.table}: ${row.tokens.join(" ")}`).toBeDefined();
      at = place!;
    }
  });

  it("repeats the column header of table 三 on every page the table is on", () => {
    const { applications } = templates[report.template];
    const pages = pagesWithTableThreeOf(name, report);
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) {
      const lines = text.split("\n");
      expect(findLabel(lines, applications.applicantHeader.label)).toBeGreaterThan(-1);
      expect(findLabel(lines, applications.note)).toBeGreaterThan(-1);
    }
  });

  it("is set in a CJK face the machine has", () => {
    const fonts = execFileSync("pdffonts", [pdfOf(name)], { encoding: "utf8" });
    expect(fonts).toMatch(/CJK/);
  });
});

it("has table 三 cross a page in some of them, so that the header check means something", () => {
  expect(reports.some(({ name, report }) => pagesWithTableThreeOf(name, report).length > 1)).toBe(
    true,
  );
});

it("the checks find a row printed out of order or with other values, and a lost label", () => {
  const word = (text: string, x: number, y: number, page = 1): PdfWord => ({
    page,
    text,
    xMin: x,
    xMax: x + 10 * text.length,
    yMin: y,
    yMax: y + 10,
  });
  // 予以公开 with two values (a blank between), its digits 2 points off the label's baseline.
  const words = [word("（一）予以公开", 0, 100), word("1", 200, 102), word("3", 260, 102)];
  const row = { table: "applications", label: "（一）予以公开", tokens: ["1", "", "3"] };
  expect(findRowWords(words, row, { page: 0, y: 0 })).toEqual({ page: 1, y: 100 });
  expect(findRowWords(words, row, { page: 1, y: 100 })).toBeUndefined();
  expect(findRowWords(words, { ...row, tokens: ["1", "4"] }, { page: 0, y: 0 })).toBeUndefined();
  // A value a line below is not on the label's line.
  const lower = [word("（一）予以公开", 0, 100), word("1", 200, 107), word("3", 260, 102)];
  expect(findRowWords(lower, row, { page: 0, y: 0 })).toBeUndefined();
  expect(findLabel(["三、  x", "本年 y", "度办", "理结", "果"], "三、本年度办理结果")).toBe(0);
  expect(findLabel(["三、  x", "本年 y"], "三、本年度办理结果")).toBe(-1);
});
