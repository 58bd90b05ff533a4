/**
 * Numbers printed as marks (src/text/marks.ts): a footnote's reference after a value (`11①`,
 * `12¹`, `11<sup>1</sup>`) was made a digit by NFKC and read as more of the number (111).
 */
import { describe, expect, it } from "vitest";
import { fromJSON, parseHTML, parseText, toHTML, toText } from "../../src/index.js";
import {
  asMarks,
  endsInDigit,
  hasMark,
  isReferenceText,
  nfkcOfMarked,
} from "../../src/text/marks.js";
import { nfkcOfValue } from "../../src/text/normalize.js";
import { seedReport } from "../fixtures/seed-report.js";
import { distinctValues } from "../system/support.js";

describe("nfkcOfMarked and nfkcOfValue", () => {
  it("drops marks after a digit (a footnote's reference) and normalises the rest", () => {
    // Before the value too (`①11`; review: read as a word, it broke the row and lost values).
    for (const marked of ["11①", "11⑴", "11⒈", "11¹", "11₂", "１１①", "11¹²", "①11", "① 11"]) {
      expect(nfkcOfValue(marked).trim()).toBe("11");
    }
  });

  it("keeps a mark elsewhere as printed, so that no digit is made of it", () => {
    expect(nfkcOfValue("①")).toBe("①");
    expect(nfkcOfValue("注①：１２")).toBe("注①:12");
    expect(nfkcOfMarked("⑵ 注")).toBe("⑵ 注");
  });

  it("normalises text without marks as NFKC does", () => {
    expect(nfkcOfValue("１２")).toBe("12");
    expect(hasMark("１２")).toBe(false);
    expect(hasMark("12³")).toBe(true);
  });

  it("asMarks raises digits; endsInDigit tells a digit last", () => {
    expect(asMarks("注12")).toBe("注¹²");
    // Full-width digits too (`１２<sup>１</sup>` read １２１).
    expect(asMarks("１２")).toBe("¹²");
    expect(endsInDigit("11")).toBe(true);
    expect(endsInDigit("１")).toBe(true);
    expect(endsInDigit("11 ")).toBe(false);
    expect(endsInDigit("")).toBe(false);
  });

  it("asMarks takes a bracketed number alone as the reference whole (Word's HTML: `[1]`)", () => {
    expect(asMarks("[1]")).toBe("¹");
    expect(asMarks("［12］")).toBe("¹²");
    expect(asMarks(" [ 3 ] ")).toBe(" ³ ");
    // Anything more in the brackets keeps them.
    expect(asMarks("[注1]")).toBe("[注¹]");
    expect(asMarks("[1] [2]")).toBe("[¹] [²]");
    expect(isReferenceText("12")).toBe(true);
    expect(isReferenceText("[1]")).toBe(true);
    expect(isReferenceText("[1234]")).toBe(false);
    expect(isReferenceText("2024年")).toBe(false);
    expect(isReferenceText("(1)")).toBe(false);
  });
});

const report = fromJSON(distinctValues(seedReport)).report!;
const CELL = 'data-path="applications.newlyReceived.naturalPerson">11<';

describe("a value with a footnote's mark is read as the value", () => {
  it.each([
    "11①",
    "11⑴",
    "11¹",
    "11<sup>1</sup>",
    "11<sub>2</sub>",
    "<sup>1</sup>11",
    // Set off the line by a style (Google Docs, Word's HTML): before, read 111 and 112.
    '11<span style="vertical-align:super;font-size:8pt">1</span>',
    "11<span style='position:relative;top:3.0pt;mso-text-raise:-3.0pt'>2</span>",
    '<span style="position:relative;top:-4px">1</span>11',
  ])("parseHTML: %s", (cell) => {
    const html = toHTML(report).replace(CELL, CELL.replace("11<", `${cell}<`));
    expect(html).toContain(cell);
    const result = parseHTML(html);
    expect(result.report?.applications?.newlyReceived).toEqual(report.applications?.newlyReceived);
    expect(result.findings).toEqual([]);
  });

  // Raised by its class in the page's style sheet (an editor's class, Word's footnote reference
  // style): before, read 111.
  it.each([
    ["<style>.sup{vertical-align:super;font-size:smaller}</style>", '11<span class="sup">1</span>'],
    [
      "<style><!--\nspan.MsoFootnoteReference\n\t{mso-style-priority:99;\n\tvertical-align:super;}\n--></style>",
      '11<span class="MsoFootnoteReference">1</span>',
    ],
    // Word's HTML for a footnote's reference: its number in brackets, raised by the class. Before,
    // the cell was unreadable (`11[1]`).
    [
      "<style><!--\nspan.MsoFootnoteReference\n\t{mso-style-priority:99;\n\tvertical-align:super;}\n--></style>",
      "11<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:10.5pt'>[1]</span></span><![endif]></span></span></a>",
    ],
    ["", "11<sup>[2]</sup>"],
    ["", "11<sup>［12］</sup>"],
  ])("parseHTML: %s then %s", (sheet, cell) => {
    const html = sheet + toHTML(report).replace(CELL, CELL.replace("11<", `${cell}<`));
    expect(html).toContain(cell);
    const result = parseHTML(html);
    expect(result.report?.applications?.newlyReceived).toEqual(report.applications?.newlyReceived);
    expect(result.findings).toEqual([]);
  });

  it.each(["11①", "11¹", "11₂"])("parseText: %s", (cell) => {
    const text = toText(report);
    const row = text.slice(
      text.indexOf("一、本年新收"),
      text.indexOf("\n", text.indexOf("一、本年新收")),
    );
    const marked = text.replace(row, row.replace(/(?<!\d)11(?!\d)/, cell));
    expect(marked).toContain(cell);
    const result = parseText(marked);
    expect(result.report?.applications?.newlyReceived).toEqual(report.applications?.newlyReceived);
  });

  // A mark set a space apart from its value (review): read as a word, it broke the row, and the
  // values after it were quoted nowhere (`25 ① 26 …`) or the cell unreadable (`| 25 ① |`).
  it.each([
    ["a space after the value, cells set apart by spaces", true, "11 ①"],
    ["a space after the value, pipes", false, "11 ①"],
    ["glued before the value, pipes", false, "①11"],
    ["glued before the value, cells set apart by spaces", true, "①11"],
  ])("parseText: a mark %s", (_, apart, printed) => {
    const piped = toText(report);
    const text = apart ? piped.replace(/[ \t]*\|[ \t]*/g, " ") : piped;
    const start = text.indexOf("一、本年新收");
    const row = text.slice(start, text.indexOf("\n", start));
    const marked = text.replace(row, row.replace(/(?<!\d)11(?!\d)/, printed));
    expect(marked).toContain(printed);
    expect(parseText(text).report?.applications?.newlyReceived).toEqual(
      report.applications?.newlyReceived,
    );
    expect(parseText(marked).report?.applications?.newlyReceived).toEqual(
      report.applications?.newlyReceived,
    );
  });

  it("parseHTML: brackets raised with more than a number in them stay as printed", () => {
    // Not a reference's number alone: the cell quotes what was printed.
    for (const printed of ["11<sup>[注1]</sup>", "11<sup>[1234]</sup>"]) {
      const html = toHTML(report).replace(CELL, CELL.replace("11<", `${printed}<`));
      const result = parseHTML(html);
      expect(result.report?.applications?.newlyReceived?.naturalPerson).toBeUndefined();
      expect(result.findings.map((f) => f.code)).toContain("PARSE_CELL_UNREADABLE");
    }
  });

  it("parseHTML: digits set raised with no number before them are the value (`<sup>11</sup>`)", () => {
    const html = toHTML(report).replace(CELL, CELL.replace("11<", "<sup>11</sup><"));
    expect(parseHTML(html).report?.applications?.newlyReceived?.naturalPerson).toBe(11);
  });
});
