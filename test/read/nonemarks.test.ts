/**
 * One list of the characters offices print for "none" (src/text/nonemarks.ts) serves every reader
 * that tells a mark from a word: a cell's value (read/cells.ts), a value line beside a wrapped label
 * (read/centred.ts), and a mark printed against a label's words in a table without lines
 * (read/gridmap/applications.ts). A mark written with each character reads as a mark in each.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocument, type SourceDocument } from "../../src/index.js";
import { isValueText, readCell } from "../../src/read/cells.js";
import { withCentredValuesMoved } from "../../src/read/centred.js";
import { cellsOf } from "../support/cells.js";

// Written out, not imported: a character dropped from the list must fail here.
const CHARACTERS = ["/", "／", "—", "–", "-", "－", "﹣", "−", "_", "＿"];

const count = { key: "naturalPerson", label: "自然人", kind: "count", unit: "件" } as const;

describe.each(CHARACTERS)("a mark printed as %s", (character) => {
  it("is a cell's value, read as that mark", () => {
    expect(isValueText(character)).toBe(true);
    expect(readCell(character, count as never)).toEqual({ ok: true, value: { mark: character } });
  });

  it("ends a value line beside a wrapped label, which is moved after the label", () => {
    const line = `  0 ${character} 0 0 0 0 ${character}`;
    const text = ["5.要求行政机关确认或重新出具", line, "已获取信息", "3.其他 0 0 0 0 0 0 0"];
    expect(withCentredValuesMoved(text.join("\n")).split("\n")).toEqual([
      text[0],
      text[2],
      line.trim(),
      text[3],
    ]);
  });

  it("against a label's words in a table without lines, is quoted, its column not read blank", () => {
    // word-github-015-marks-html (scripts/word-hunt.ts): LibreOffice's PDF prints
    // `2.没有现成信息—` then a blank and `0 / — 0 0 0`; here with the mark in each character.
    const path = new URL(
      "../fixtures/pdf-documents/word-github-015-marks-html.document.json",
      import.meta.url,
    );
    const printed = readFileSync(path, "utf8");
    expect(printed).toContain('"2.没有现成信息—"');
    const document = JSON.parse(
      printed.replace('"2.没有现成信息—"', JSON.stringify(`2.没有现成信息${character}`)),
    ) as SourceDocument;
    const result = readDocument(document);
    expect(cellsOf(result.report).has("applications.unavailableNeedsCreation.naturalPerson")).toBe(
      false,
    );
    const quoted = result.findings.find(
      (f) =>
        f.code === "PARSE_CELL_AMBIGUOUS" &&
        f.path.join(".") === "applications.unavailableNeedsCreation",
    );
    expect(String(quoted?.actual).startsWith(character)).toBe(true);
  });
});
