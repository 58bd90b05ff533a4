/**
 * A table-三 row left blank in a PDF laid out as text (nothing printed on its lines), followed by a
 * row whose label wraps around its values (`1.属于国家` / values / `秘密`: the values printed
 * beside the label's middle): the words before the values start the next row's label, which was
 * not found whole, so the values are that row's and none is the blank row's. Before, the blank row
 * （二）部分公开 took 1.属于国家秘密's `2 0 0 0 0 0 2`. Found by scripts/hunt.ts --corpus.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../src/index.js";
import { cellsDiffering, rowsOf } from "./support.js";

const original = readFileSync(
  new URL(
    "../fixtures/pdftotext/github-008-chromium-narrow-no-borders.layout-joined.txt",
    import.meta.url,
  ),
  "utf8",
);
const VALUES = "理结 情形，不计其他情    447    7    0      0     0    0    454";

describe("a row left blank before a row whose label wraps around its values", () => {
  it("gives the blank row none of them, and reads no cell otherwise than the page", () => {
    expect(original).toContain(VALUES);
    const blank = original.replace(VALUES, "理结 情形，不计其他情");
    const before = rowsOf(parseText(original).report, "applications");
    const { report, findings } = parseText(blank);
    const after = rowsOf(report, "applications");
    expect(after["partiallyDisclosed"]).toBe("?|?|?|?|?|?|?");
    expect(findings.some((f) => f.path.join(".") === "applications.partiallyDisclosed")).toBe(true);
    // Every cell read is the one the page prints (the unchanged text's reading); cells may be
    // left absent: the rows below count one row's values fewer than their cells above them, and
    // are quoted, as before this fix.
    expect(cellsDiffering(after, before)).toEqual([]);
  });
});
