import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseText } from "../../../src/index.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("docs/publishing.md", () => {
  it("shows the tested example verbatim, imported from the package", () => {
    const example = read("./examples/publish.ts")
      .replace('"../../../../src/docx/write/index.js"', '"zfxxgk-annual-report/docx"')
      .replace('"../../../../src/index.js"', '"zfxxgk-annual-report"');
    expect(read("../../../docs/publishing.md")).toContain("```ts\n" + example + "```");
  });

  it("runs, and makes what its comments say", async () => {
    const { docx, fragment, page, reviewPage, reviewDocx } = await import("./examples/publish.js");
    // A zip (the .docx), larger with its appendix.
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(reviewDocx.length).toBeGreaterThan(docx.length);
    expect(fragment.startsWith("<article")).toBe(true);
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).toContain(fragment.trimEnd());
    expect(reviewPage).toContain(
      'data-path="applications.newlyReceived.total" data-findings="NARRATIVE_MISMATCH"',
    );
    const read = parseText(fragment).report;
    expect(read?.template === "2021" && read.activeDisclosure?.fees.amount?.toString()).toBe(
      "0.35",
    );
  });
});
