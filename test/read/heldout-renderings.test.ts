/**
 * The held-out saved page of set 1 (shuyang-fgj-2023, a real Word-exported CMS page) in the other
 * renderings its publisher might give: printed to PDF by Chromium on three paper sizes and saved
 * as Word by LibreOffice (scripts/heldout-renderings.ts, files in test/fixtures/heldout/renderings/).
 * Each is read by its own reader and compared with the page's hand-typed oracle. On A4, table 三's
 * merged group column (三、本年度办理结果) is cut by the page breaks with no line drawn across it, and
 * table 四's row of values is printed alone on the next page; on A5 the group label's text goes
 * on under the last ruled row of the page. Before the PDF reader joined such parts, these PDFs
 * read 52, 164 and 158 of 200 cells.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/docx.js";
import type { ParseResult } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import { cellsOf, compareCells } from "../support/cells.js";

const NAME = "shuyang-fgj-2023";
const fixture = (file: string) => new URL(`../fixtures/heldout/${file}`, import.meta.url);
const oracle = JSON.parse(readFileSync(fixture(`${NAME}.cells.json`), "utf8")) as {
  year: number;
  template: string;
  cells: Record<string, unknown>;
};
const expected = new Map(Object.entries(oracle.cells).map(([k, v]) => [k, JSON.stringify(v)]));

const RENDERINGS = [
  "chromium-a4.pdf",
  "chromium-a5.pdf",
  "chromium-letter-120.pdf",
  "libreoffice.docx",
] as const;

async function read(rendering: string): Promise<ParseResult> {
  const bytes = new Uint8Array(readFileSync(fixture(`renderings/${NAME}-${rendering}`)));
  return rendering.endsWith(".docx") ? parseDocx(bytes) : parsePdf(bytes);
}

describe("a held-out page in its PDF and Word renderings", () => {
  it.each(RENDERINGS)(
    "%s: every cell of the oracle right",
    { timeout: 60_000 },
    async (rendering) => {
      const result = await read(rendering);
      const compared = compareCells(cellsOf(result.report), expected);
      expect(compared.wrong).toEqual([]);
      expect(compared.absent).toEqual([]);
      expect(compared.right).toHaveLength(200);
      expect(result.report?.year).toBe(oracle.year);
      expect(result.report?.template).toBe(oracle.template);
      // Every section found: no part of the page is lost between the tables.
      expect(result.findings.filter((finding) => finding.code === "SECTION_MISSING")).toEqual([]);
    },
  );
});
