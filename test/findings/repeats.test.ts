/**
 * newRuleFindings: what `validate` finds that the reader has not already said. One cause, one
 * finding: an absent section both call SECTION_MISSING once; a table printed as a picture is not
 * also called missing.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/docx.js";
import { type Finding, newRuleFindings, parseText, toText, validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";

const finding = (code: Finding["code"], path: (string | number)[]): Finding =>
  ({ code, path, severity: "error", message: code }) as Finding;

describe("newRuleFindings", () => {
  it("drops a rule finding of the reader's code and path, keeps the others in order", () => {
    const reading = [finding("SECTION_MISSING", ["activeDisclosure"])];
    const rules = [
      finding("T3_ROW_TOTAL", ["applications", "disclosed", "total"]),
      finding("SECTION_MISSING", ["activeDisclosure"]),
      finding("SECTION_MISSING", ["applications"]),
    ];
    expect(newRuleFindings(reading, rules)).toEqual([rules[0], rules[2]]);
    expect(newRuleFindings([], rules)).toEqual(rules);
  });

  it("drops the SECTION_MISSING a PARSE_TABLE_IMAGE at the same table explains, no other", () => {
    const reading = [finding("PARSE_TABLE_IMAGE", ["applications"])];
    const rules = [
      finding("SECTION_MISSING", ["applications"]),
      finding("SECTION_MISSING", ["reviewsAndLitigation"]),
      finding("PARSE_CELL_UNREADABLE", ["applications"]),
    ];
    expect(newRuleFindings(reading, rules)).toEqual([rules[1], rules[2]]);
  });

  it("a Word file whose tables are pictures: validate calls them missing, the merge does not", async () => {
    const file = readFileSync(
      new URL("../fixtures/docx/seed-libreoffice-table-pictures.docx", import.meta.url),
    );
    const read = await parseDocx(new Uint8Array(file));
    const rules = validate(read.report ?? null).findings;
    const tables = ["activeDisclosure", "applications", "reviewsAndLitigation"];
    expect(rules.filter((f) => f.code === "SECTION_MISSING").map((f) => f.path[0])).toEqual(tables);
    const merged = [...read.findings, ...newRuleFindings(read.findings, rules)];
    expect(merged.map((f) => [f.code, f.path.join(".")])).toEqual(
      tables.map((key) => ["PARSE_TABLE_IMAGE", key]),
    );
  });

  it("a report read whole: validate's findings are all new", () => {
    const read = parseText(toText(seedReport));
    const rules = validate(read.report ?? null).findings;
    expect(newRuleFindings(read.findings, rules)).toEqual(rules);
  });
});
