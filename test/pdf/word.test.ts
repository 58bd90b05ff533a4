/**
 * A Word report saved as PDF (scripts/word-pdf-fixtures.ts): the 平潭 2021 Word fixture converted
 * by LibreOffice with its tables ruled, without ruling lines, and ruled but wider than the page.
 * The oracle is the Word reader's reading of the same .docx (itself checked cell for cell against
 * the published text in test/docx), compared cell by cell: a PDF cell is right, absent, or wrong,
 * and wrong is never allowed.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocx } from "../../src/docx.js";
import { parseText } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf, compareCells } from "../support/cells.js";
import { fixture } from "./support.js";

let word: Map<string, string>;
const pdfs = new Map<string, Awaited<ReturnType<typeof parsePdf>>>();
beforeAll(async () => {
  const docx = readFileSync(new URL("../fixtures/docx/pingtan-2021.docx", import.meta.url));
  word = cellsOf((await parseDocx(new Uint8Array(docx))).report);
  for (const form of ["ruled", "unruled", "clipped"]) {
    pdfs.set(form, await parsePdf(fixture(`pingtan-2021-word-${form}.pdf`)));
  }
  // pdf.js reads three PDFs: seconds, more on a loaded machine.
}, 120_000);

describe("a Word report saved as PDF (平潭 2021, LibreOffice)", () => {
  it("the oracle has every cell of the three tables", () => {
    // Table 二 (2021) has 10 cells, but the report prints 行政规范性文件 as `? ? ?` (absent: no
    // value to compare); 25 rows × 7 in 三; 15 in 四.
    expect(word.size).toBe(7 + 175 + 15);
  });

  it("ruled tables: every cell as the Word file has it, year and template", () => {
    const result = pdfs.get("ruled")!;
    expect(result.report?.year).toBe(2021);
    expect(result.report?.template).toBe("2021");
    const { wrong, absent } = compareCells(cellsOf(result.report), word);
    expect(wrong).toEqual([]);
    expect(absent).toEqual([]);
  });

  it("tables wider than the page: what the page cut off is absent, the rest right, none wrong", () => {
    const { right, wrong, absent } = compareCells(cellsOf(pdfs.get("clipped")!.report), word);
    expect(wrong).toEqual([]);
    // The last column of 三 (总计) and of 四 (复议后起诉's 总计) stand beyond the page's edge.
    expect(absent.every((path) => path.endsWith(".total"))).toBe(true);
    expect(absent.filter((path) => path.startsWith("applications."))).toHaveLength(25);
    expect(right.length).toBe(word.size - absent.length);
    expect(absent.length).toBeLessThanOrEqual(26);
  });

  it("tables without ruling lines: no number wrong, nine cells in ten read", () => {
    const { wrong, right } = compareCells(cellsOf(pdfs.get("unruled")!.report), word);
    expect(wrong).toEqual([]);
    // Table 三's header words broken over lines (`自然` / `人`) are read joined, and its rows
    // under them; table 二's sub-tables of one row each are read under headers naming each
    // value (规章 0 0 0 alone above 行政规范性文件's `? ? ?`).
    expect(right).toContain("applications.newlyReceived.naturalPerson");
    expect(right).toContain("reviewsAndLitigation.litigationAfterReview.total");
    expect(right).toContain("activeDisclosure.regulations.inForce");
    expect(right).toContain("activeDisclosure.licensing.decisions");
    expect(right.length).toBeGreaterThanOrEqual(word.size - 1);
  });
});

describe("a report's HTML saved as PDF by LibreOffice (scripts/word-hunt.ts --fixtures --box)", () => {
  it("reads a header's column where its text ends, not where pdf.js's space after it does", async () => {
    // Corpus github-001 as published, toHTML → soffice → PDF: no lines, values and headers set
    // left in their cells. pdf.js gave `商业企业 ` a space reaching to `科研` of the next column,
    // the header was read over both columns, and 科研机构's column was quoted in every row (25
    // cells absent).
    const corpus = readFileSync(
      new URL("../fixtures/corpus/github-001.txt", import.meta.url),
      "utf8",
    );
    const oracle = cellsOf(parseText(corpus).report);
    const result = await parsePdf(fixture("word-hunt-github-001-own-html.pdf"));
    const { wrong, absent } = compareCells(cellsOf(result.report), oracle);
    expect(wrong).toEqual([]);
    // (`1.属于国家秘密`'s row was quoted whole, its label wrapped past its values: read since its
    // lines are put back together.)
    expect(absent.filter((path) => path.endsWith(".researchInstitution"))).toEqual([]);
    expect(cellsOf(result.report).get("applications.newlyReceived.researchInstitution")).toBe("0");
  }, 60_000);

  /** A kept rendering's reading compared with the cells it prints (`NAME.expected.json`). */
  async function readKept(stem: string) {
    const expected = JSON.parse(
      readFileSync(new URL(`../fixtures/pdf/${stem}.expected.json`, import.meta.url), "utf8"),
    ) as Record<string, string>;
    const read = cellsOf((await parsePdf(fixture(`${stem}.pdf`))).report);
    return { read, ...compareCells(read, new Map(Object.entries(expected))) };
  }
  /** Every cell of a row of table 三 as read. */
  const row = (read: Map<string, string>, name: string) =>
    [...read]
      .filter(([path]) => path.startsWith(`applications.${name}.`))
      .map(([, value]) => value);

  it("reads the labels of rows printed blank as rows of their own, not the rows of values near them", async () => {
    // Corpus github-014 with its rows of zeros printed blank (`--values blanks`), toHTML → soffice
    // → PDF, no lines: `（二）部分公开（区` / `5 0 …` / `情形…）`, then `1.属于国家秘密` …
    // `4.保护第三方合法权益` with no values, then `5.属于三类内部` / `1 0 …` / `事务信息`. Each
    // blank row's label joined the nearest row of values (that of （二） or of 5.): rows naming two
    // labels, quoted, 165 of 197 cells absent.
    const { read, right, wrong } = await readKept("word-hunt-github-014-blanks-html");
    expect(wrong).toEqual([]);
    for (const blank of [
      "withheldStateSecret",
      "withheldProhibitedByLaw",
      "withheldSecurityStability",
      "withheldThirdPartyRights",
      "withheldProcessInformation",
    ]) {
      expect(row(read, blank)).toEqual(Array(7).fill("null"));
    }
    expect(row(read, "partiallyDisclosed")).toEqual(["5", "0", "0", "0", "0", "0", "5"]);
    expect(row(read, "withheldInternalAffairs")).toEqual(["1", "0", "0", "0", "0", "0", "1"]);
    expect(right.length).toBeGreaterThanOrEqual(109);
  }, 60_000);
});
