/**
 * Renderer edge cases: a report that carries nothing but its header (no title, agency name or
 * year; no meta, texts or tables), empty texts, and cells of an unexpected shape.
 */
import { describe, expect, it } from "vitest";
import type { Cell, Report } from "../../src/index.js";
import { templates, toHTML, toMarkdown, toText } from "../../src/index.js";
import { reportTitle, TITLE_SUFFIX } from "../../src/serialize/metaLabels.js";
import { ABSENT_CELL, cellToken } from "../../src/serialize/tables.js";
import { seedReport } from "../fixtures/seed-report.js";

/** A report of the seed's template with no name, year, meta, text or table. */
const bare = {
  formatVersion: 1,
  template: seedReport.template,
  year: null,
  agency: { name: null },
} as unknown as Report;

/** The seed with every text section present but empty and an empty preamble. */
const emptyTexts = {
  ...seedReport,
  preamble: "",
  overview: "",
  problemsAndImprovements: "",
  otherMatters: "",
} as Report;

const textHeadings: readonly string[] = templates[seedReport.template].sections
  .filter((s) => s.body === "text")
  .map((s) => s.heading);
const tableHeadings: readonly string[] = templates[seedReport.template].sections
  .filter((s) => s.body !== "text")
  .map((s) => s.heading);

describe("reportTitle", () => {
  it("is the bare suffix when neither the agency nor the year is known", () => {
    expect(reportTitle(bare)).toBe(TITLE_SUFFIX);
  });

  it("builds the title from the agency and the year when meta.title is null", () => {
    const untitled = { ...seedReport, meta: { title: null } } as Report;
    expect(reportTitle(untitled)).toBe(
      `${seedReport.agency.name}${seedReport.year}${TITLE_SUFFIX}`,
    );
  });
});

describe("toMarkdown", () => {
  it("renders a header-only report as its title alone", () => {
    expect(toMarkdown(bare)).toBe(`# ${TITLE_SUFFIX}\n`);
  });

  it("writes the heading of an empty text section with no paragraph under it", () => {
    const lines = toMarkdown(emptyTexts).split("\n");
    for (const heading of textHeadings) {
      const at = lines.indexOf(`## ${heading}`);
      expect(at).toBeGreaterThan(0);
      // Next block after the blank separator is another heading, not a paragraph.
      const next = lines.slice(at + 1).find((line) => line !== "");
      expect(next === undefined || next.startsWith("## ")).toBe(true);
    }
  });
});

describe("toHTML", () => {
  it("renders a header-only report as an article with its title alone", () => {
    expect(toHTML(bare)).toBe(
      `<article class="zfxxgk-report" data-template="${bare.template}">\n` +
        `<h1 class="zfxxgk-title">${TITLE_SUFFIX}</h1>\n</article>\n`,
    );
  });

  it("opens and closes a section for an empty text with no <p> inside", () => {
    const html = toHTML(emptyTexts);
    for (const heading of textHeadings) {
      expect(html).toMatch(new RegExp(`<section [^<>]*>\n<h2>${heading}</h2>\n</section>`));
    }
    for (const heading of tableHeadings) {
      expect(html).toMatch(new RegExp(`<h2>${heading}</h2>\n<table class="zfxxgk-table"`));
    }
  });

  it("leaves out the sections of absent tables", () => {
    const html = toHTML({ ...bare, overview: "概述" } as Report);
    for (const heading of tableHeadings) expect(html).not.toContain(heading);
    expect(html).toContain("<p>概述</p>");
  });
});

describe("toText", () => {
  it("writes the heading of an empty text section with no line under it", () => {
    const lines = toText(emptyTexts).split("\n");
    for (const heading of textHeadings) {
      const at = lines.indexOf(heading);
      expect(at).toBeGreaterThan(0);
      const next = lines.slice(at + 1).find((line) => line !== "");
      expect(next === undefined || [...textHeadings, ...tableHeadings].includes(next)).toBe(true);
    }
  });
});

describe("cellToken", () => {
  it("shows a cell of no known shape as absent", () => {
    expect(cellToken({ notAMark: true } as unknown as Cell)).toBe(ABSENT_CELL);
  });
});
