/** readDocument: a SourceDocument through the one pipeline of parseText. */
import { describe, expect, it } from "vitest";
import { parseText, readDocument, toHTML, toJSON } from "../../src/index.js";
import { htmlDocument } from "../../src/read/htmldom.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";

describe("readDocument", () => {
  it.each([
    ["2021", seedReport],
    ["2019", shanghai2019Report],
  ] as const)(
    "reads the grids of toHTML (%s template) as parseText reads the page",
    (_, report) => {
      const document = htmlDocument(toHTML(report));
      expect(document.blocks.filter((b) => b.kind === "table")).toHaveLength(3);
      const read = readDocument(document);
      expect(read.findings).toEqual([]);
      expect(toJSON(read.report!)).toEqual(toJSON(parseText(toHTML(report)).report!));
    },
  );

  it("never throws on what is no document", () => {
    for (const value of [null, 1, "x", {}, { blocks: 3 }, { blocks: [null, { kind: "table" }] }]) {
      const read = readDocument(value as never);
      expect(read.report).toBeUndefined();
      expect(read.findings.length).toBeGreaterThan(0);
    }
  });
});
