import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { parseText, templates, toJSON, toText } from "../../src/index.js";
import { metaLabels, TITLE_SUFFIX } from "../../src/serialize/metaLabels.js";
import { displayWidth } from "../../src/text/width.js";
import { consistentReport } from "../support/arbitraries.js";
import {
  expectedRows,
  fixtures,
  hostileReport,
  presentHeadings,
  RUNS,
  reportWithHoles,
} from "./renderSupport.js";

/** The lines of each present section, keyed by heading (the heading line excluded). */
function sectionsOf(report: Report, text: string): Map<string, string[]> {
  const lines = text.split("\n");
  const headings = presentHeadings(report);
  const starts = headings.map((h) => lines.indexOf(h));
  const sections = new Map<string, string[]>();
  headings.forEach((heading, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : lines.length;
    sections.set(
      heading,
      lines.slice(starts[i]! + 1, end).filter((l) => l !== ""),
    );
  });
  return sections;
}

const cellsOf = (line: string) => line.split("|").map((cell) => cell.trim());

function headingOf(report: Report, table: string): string {
  return templates[report.template].sections.find((s) => s.key === table)!.heading;
}

/** The display columns of the `|` separators of a line. */
function pipeColumns(line: string): number[] {
  const columns: number[] = [];
  let width = 0;
  for (const character of line) {
    if (character === "|") columns.push(width);
    width += displayWidth(character);
  }
  return columns;
}

function checkText(report: Report): void {
  const text = toText(report);
  const lines = text.split("\n");
  expect(text.endsWith("\n")).toBe(true);

  const title =
    report.meta?.title ?? `${report.agency.name ?? ""}${report.year ?? ""}${TITLE_SUFFIX}`;
  expect(lines[0]).toBe(title);
  const blank = lines.indexOf("");
  for (const [key, label] of Object.entries(metaLabels)) {
    const value = report.meta?.[key as keyof typeof metaLabels];
    const line = lines.slice(1, blank).find((l) => l.startsWith(`${label}：`));
    expect(line).toBe(value === undefined || value === null ? undefined : `${label}：${value}`);
  }
  if (report.preamble !== undefined) {
    expect(lines.slice(blank + 1, blank + 1 + report.preamble.split("\n").length).join("\n")).toBe(
      report.preamble,
    );
  }

  // Headings: exactly the present sections, in registry order.
  const allHeadings: string[] = templates[report.template].sections.map((s) => s.heading);
  expect(lines.filter((l) => allHeadings.includes(l))).toEqual(presentHeadings(report));

  const sections = sectionsOf(report, text);
  for (const section of templates[report.template].sections) {
    const body = sections.get(section.heading);
    if (section.body === "text" && body !== undefined) {
      expect(body.join("\n")).toBe(report[section.key as "overview"]);
    }
  }

  // Every data row shows its label and then its cells in order.
  for (const row of expectedRows(report)) {
    const body = sections.get(headingOf(report, row.table))!;
    const rows = body.filter((l) => l.includes("|")).map(cellsOf);
    const match =
      row.label === undefined ? rows.at(-1) : rows.find((cells) => cells[0] === row.label);
    expect(match, row.label).toEqual(
      row.label === undefined ? row.tokens : [row.label, ...row.tokens],
    );
  }

  // Alignment: the n-th `|` of every row of a table sits at the same display column.
  for (const section of templates[report.template].sections) {
    const body = sections.get(section.heading);
    if (section.body !== "table" || body === undefined) continue;
    const columns = body.filter((l) => l.includes("|")).map(pipeColumns);
    expect(columns.length).toBeGreaterThan(0);
    const widest = columns.reduce((a, b) => (b.length > a.length ? b : a));
    for (const line of columns) expect(line).toEqual(widest.slice(0, line.length));
  }
}

describe("toText", () => {
  it.each(fixtures)("renders %s with every cell, heading and aligned grid", (_name, report) => {
    checkText(report);
  });

  it("renders generated reports of both templates, with blank, marked and absent cells", () => {
    fc.assert(fc.property(reportWithHoles(), checkText), { numRuns: RUNS });
  });

  it("renders hostile texts verbatim", () => {
    fc.assert(fc.property(hostileReport(), checkText), { numRuns: 50 });
  });

  it("puts heading and group rows of table 三 on lines of their own, in registry order", () => {
    for (const [, report] of fixtures) {
      const body = sectionsOf(report, toText(report)).get(headingOf(report, "applications"))!;
      const labelled = body.map((l) => cellsOf(l)[0]);
      const rows = templates[report.template].applications.rows;
      const positions = rows.map((row) => labelled.indexOf(row.label));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const row of rows.filter((r) => r.role === "heading" || r.role === "group")) {
        expect(body).toContain(row.label);
      }
    }
  });

  it("builds the title from agency and year when the report has none, and omits absent parts", () => {
    const { meta: _meta, applications: _t3, overview: _o, preamble: _p, ...rest } = fixtures[0]![1];
    const report = rest as Report;
    const text = toText(report);
    expect(text.split("\n")[0]).toBe(`${report.agency.name}${report.year}${TITLE_SUFFIX}`);
    expect(text).not.toContain(headingOf(report, "applications"));
    expect(text).not.toContain(templates[report.template].sections[0]!.heading);
    expect(text.split("\n")[1]).toBe("");
    checkText(report);
  });

  it("writes a metadata line only for fields present and non-null", () => {
    const report = {
      ...fixtures[0]![1],
      meta: { publishedOn: "2023-01-19", documentNumber: null },
    };
    const head = toText(report as Report)
      .split("\n\n")[0]!
      .split("\n");
    expect(head).toEqual([
      report.agency.name + String(report.year) + TITLE_SUFFIX,
      `${metaLabels.publishedOn}：2023-01-19`,
    ]);
  });

  it.each(["2019", "2021"] as const)(
    "is read back by parseText to an equal report (property, %s template)",
    (version) => {
      fc.assert(
        fc.property(consistentReport(version), (report) => {
          const { report: back, findings } = parseText(toText(report));
          expect(findings).toEqual([]);
          expect(toJSON(back!)).toEqual(toJSON(report));
          expect(back).toEqual(report);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
