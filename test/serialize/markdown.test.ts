import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/index.js";
import { parseText, templates, toJSON, toMarkdown } from "../../src/index.js";
import { metaLabels, TITLE_SUFFIX } from "../../src/serialize/metaLabels.js";
import { consistentReport } from "../support/arbitraries.js";
import {
  expectedRows,
  fixtures,
  hostileLines,
  hostileReport,
  presentHeadings,
  RUNS,
  reportWithHoles,
} from "./renderSupport.js";

/** The CommonMark rule: a backslash before ASCII punctuation stands for that character. */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");

/** Cells of a GFM table row, split on the pipes that are not escaped, still escaped. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  for (let i = 1; i < line.length - 1; i++) {
    const character = line[i]!;
    if (character === "\\") {
      cell += character + (line[i + 1] ?? "");
      i++;
    } else if (character === "|") {
      cells.push(cell);
      cell = "";
    } else cell += character;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/** Whether every Markdown-significant character of a line is backslash-escaped. */
function fullyEscaped(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === "\\") {
      i++;
      continue;
    }
    if ("\\`*_[]<>&|~#".includes(line[i]!)) return false;
  }
  return true;
}

const BLOCK_START = /^(#|>|[-+*](\s|$)|\d{1,9}[.)](\s|$)|=+\s*$|-+\s*$|`{3}|~{3}|\||\s{4})/;

interface Parsed {
  readonly head: string[];
  readonly sections: Map<string, string[]>;
}

/** The Markdown cut into the part before the first section and the sections' non-blank lines. */
function parse(markdown: string): Parsed {
  const lines = markdown.split("\n");
  const head: string[] = [];
  const sections = new Map<string, string[]>();
  let current: string[] = head;
  for (const line of lines) {
    if (line.startsWith("## ")) {
      current = [];
      sections.set(unescapeMarkdown(line.slice(3)), current);
    } else if (line !== "") current.push(line);
  }
  return { head, sections };
}

function checkMarkdown(report: Report): void {
  const markdown = toMarkdown(report);
  expect(markdown.endsWith("\n")).toBe(true);
  const { head, sections } = parse(markdown);

  const title =
    report.meta?.title ?? `${report.agency.name ?? ""}${report.year ?? ""}${TITLE_SUFFIX}`;
  expect(head[0]!.startsWith("# ")).toBe(true);
  expect(unescapeMarkdown(head[0]!.slice(2))).toBe(title);
  const items = head.slice(1).filter((l) => l.startsWith("- "));
  const expectedItems = Object.entries(metaLabels).flatMap(([key, label]) => {
    const value = report.meta?.[key as keyof typeof metaLabels];
    return value === undefined || value === null ? [] : [`${label}：${value}`];
  });
  expect(items.map((l) => unescapeMarkdown(l.slice(2)))).toEqual(expectedItems);
  const preamble = head.slice(1 + items.length);
  expect(preamble.map(unescapeMarkdown).join("\n")).toBe(report.preamble ?? "");
  for (const line of preamble) expect(BLOCK_START.test(line), line).toBe(false);

  expect([...sections.keys()]).toEqual(presentHeadings(report));

  for (const section of templates[report.template].sections) {
    const body = sections.get(section.heading);
    if (body === undefined) continue;
    if (section.body === "text") {
      expect(body.map(unescapeMarkdown).join("\n")).toBe(report[section.key as "overview"]);
      for (const line of body) {
        expect(BLOCK_START.test(line), line).toBe(false);
        expect(fullyEscaped(line), line).toBe(true);
      }
      continue;
    }
    // GFM tables: a header, a separator, rows of as many cells as the header.
    const tables: string[][] = [];
    let previous = false;
    for (const line of body) {
      const isRow = line.startsWith("|");
      if (isRow && !previous) tables.push([]);
      if (isRow) tables.at(-1)!.push(line);
      previous = isRow;
    }
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table[1]).toMatch(/^\|( -{3,} \|)+$/);
      const width = splitRow(table[0]!).length;
      for (const line of table) expect(splitRow(line)).toHaveLength(width);
    }
  }

  for (const row of expectedRows(report)) {
    const heading = templates[report.template].sections.find((s) => s.key === row.table)!.heading;
    const rows = sections
      .get(heading)!
      .filter((l) => l.startsWith("|") && !/^\|( -+ \|)+$/.test(l))
      .map((l) => splitRow(l).map(unescapeMarkdown));
    const match =
      row.label === undefined ? rows.at(-1) : rows.find((cells) => cells[0] === row.label);
    expect(match, row.label).toEqual(
      row.label === undefined ? row.tokens : [row.label, ...row.tokens],
    );
  }
}

describe("toMarkdown", () => {
  it.each(fixtures)("renders %s with every cell and heading", (_name, report) => {
    checkMarkdown(report);
  });

  it("renders generated reports of both templates, with blank, marked and absent cells", () => {
    fc.assert(fc.property(reportWithHoles(), checkMarkdown), { numRuns: RUNS });
  });

  it("escapes hostile texts so that they render, and read back, verbatim", () => {
    fc.assert(fc.property(hostileReport(), checkMarkdown), { numRuns: 50 });
    const markdown = toMarkdown({ ...fixtures[0]![1], overview: hostileLines.join("\n") });
    expect(markdown).not.toContain("<script>");
    expect(markdown).toContain("\\<script\\>");
    expect(markdown).toContain("\\- 列表项");
    expect(markdown).toContain("1\\. 编号 \\\\ 反斜杠 \\&amp; 实体");
  });

  it("keeps heading and group rows of table 三 as rows with empty cells, in registry order", () => {
    for (const [, report] of fixtures) {
      const { applications } = templates[report.template];
      const heading = templates[report.template].sections.find((s) => s.key === "applications")!;
      const rows = parse(toMarkdown(report))
        .sections.get(heading.heading)!
        .slice(2)
        .map((l) => splitRow(l).map(unescapeMarkdown));
      expect(rows.map((cells) => cells[0])).toEqual(applications.rows.map((r) => r.label));
      for (const row of applications.rows.filter(
        (r) => r.role === "heading" || r.role === "group",
      )) {
        const cells = rows.find((c) => c[0] === row.label)!;
        expect(cells.slice(1)).toEqual(applications.columns.map(() => ""));
      }
    }
  });

  it("flattens the header of tables 三 and 四 to one label per column, in column order", () => {
    for (const [, report] of fixtures) {
      const { applications, reviewsAndLitigation, sections } = templates[report.template];
      const parsed = parse(toMarkdown(report)).sections;
      const t3 = splitRow(parsed.get(sections[2].heading)![0]!).map(unescapeMarkdown);
      expect(t3[0]).toBe(applications.note);
      applications.columns.forEach((column, i) => {
        expect(t3[i + 1]!.endsWith(column.label)).toBe(true);
      });
      const t4 = splitRow(parsed.get(sections[3].heading)![0]!).map(unescapeMarkdown);
      const groups = reviewsAndLitigation.groups;
      expect(t4).toHaveLength(groups.length * reviewsAndLitigation.columns.length);
      groups.forEach((group, g) => {
        reviewsAndLitigation.columns.forEach((column, c) => {
          const label = t4[g * reviewsAndLitigation.columns.length + c]!;
          expect(label.includes(group.label) && label.endsWith(column.label)).toBe(true);
        });
      });
    }
  });

  it.each(["2019", "2021"] as const)(
    "is read back by parseText to an equal report (property, %s template)",
    (version) => {
      fc.assert(
        fc.property(consistentReport(version), (report) => {
          const { report: back, findings } = parseText(toMarkdown(report));
          expect(findings).toEqual([]);
          expect(toJSON(back!)).toEqual(toJSON(report));
          expect(back).toEqual(report);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
