/**
 * toHTML's cells that say what they are (data-path on every value cell, data-findings and a title
 * where findings name a cell) and the standalone page (its stylesheet, no external resource, the
 * list of findings). The HTML is read with a real parser (htmlparser2), not with patterns.
 */
import type { Element } from "domhandler";
import * as DomUtils from "domutils";
import fc from "fast-check";
import { parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/index.js";
import { parseHTML, parseText, tableLayout, toHTML, validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { expectedToken, fixtures, RUNS, reportWithHoles } from "./renderSupport.js";

const elements = (html: string, name: string): Element[] =>
  DomUtils.getElementsByTagName(name, parseDocument(html).children, true);

/** Every cell of the report's present tables, as `table.row.column`, with its token. */
function reportCells(report: Report): Map<string, string> {
  const cells = new Map<string, string>();
  for (const table of tableLayout(report.template)) {
    const rows = report[table.key] as
      | Record<string, Record<string, Parameters<typeof expectedToken>[0]>>
      | undefined;
    if (rows === undefined) continue;
    for (const row of table.rows) {
      for (const column of row.columns) {
        cells.set(
          `${table.key}.${row.key}.${column.key}`,
          expectedToken(rows[row.key]?.[column.key]),
        );
      }
    }
  }
  return cells;
}

const STATE: Record<string, string> = { "": "blank", "?": "absent" };

function checkValueCells(report: Report): void {
  const tds = elements(toHTML(report), "td");
  const expected = reportCells(report);
  // Every value cell once, by its path, with its token; a class saying what it holds.
  expect(tds.map((td) => td.attribs["data-path"]).sort()).toEqual([...expected.keys()].sort());
  for (const td of tds) {
    const path = td.attribs["data-path"]!;
    const text = DomUtils.textContent(td);
    expect(text, path).toBe(expected.get(path));
    const state = STATE[text] ?? (/^-?\d/.test(text) ? undefined : "mark");
    expect(td.attribs["class"], path).toBe(
      state === undefined ? "zfxxgk-value" : `zfxxgk-value zfxxgk-${state}`,
    );
    expect(td.attribs["data-findings"]).toBeUndefined();
  }
}

/** The findings a cell's marks should show: those at its path, and a CELL_BLANK's listed cells. */
function namedBy(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter(
    (f) =>
      f.path.join(".") === path ||
      (f.code === "CELL_BLANK" && (f.related ?? []).some((p) => p.join(".") === path)),
  );
}

function checkMarks(report: Report, findings: readonly Finding[]): void {
  const html = toHTML(report, { findings });
  const marked = [...elements(html, "td"), ...elements(html, "th"), ...elements(html, "section")];
  for (const element of marked) {
    const path = element.attribs["data-path"] ?? element.attribs["data-section"];
    const named = path === undefined ? [] : namedBy(findings, path);
    if (named.length === 0) {
      expect(element.attribs["data-findings"], path).toBeUndefined();
      expect(element.attribs["title"], path).toBeUndefined();
      continue;
    }
    expect(element.attribs["data-findings"]!.split(" "), path).toEqual([
      ...new Set(named.map((f) => f.code)),
    ]);
    expect(element.attribs["title"], path).toBe(named.map((f) => f.message).join("\n"));
    const worst = named.some((f) => f.severity === "error")
      ? "error"
      : named.some((f) => f.severity === "warning")
        ? "warning"
        : "info";
    expect(element.attribs["data-severity"], path).toBe(worst);
  }
  // Every finding at the path of a rendered cell is shown on it.
  const paths = new Set(marked.map((e) => e.attribs["data-path"] ?? e.attribs["data-section"]));
  for (const finding of findings) {
    if (!paths.has(finding.path.join("."))) continue;
    expect(html).toContain(`data-path="${finding.path.join(".")}"`);
  }
}

describe("toHTML: cells that say what they are", () => {
  it.each(fixtures)("gives every value cell of %s its path, once", (_name, report) => {
    checkValueCells(report);
  });

  it("gives every value cell of generated reports its path and state", () => {
    fc.assert(fc.property(reportWithHoles(), checkValueCells), { numRuns: RUNS });
  });

  it("marks the cells validate's findings name, and no other", () => {
    fc.assert(
      fc.property(reportWithHoles(), fc.constantFrom("zh", "en" as const), (report, locale) => {
        checkMarks(report, validate(report, { locale }).findings);
      }),
      { numRuns: RUNS },
    );
  });

  it("marks a broken total with its code and message, and a blank row's every blank cell", () => {
    const applications = seedReport.applications!;
    const broken = {
      ...seedReport,
      applications: {
        ...applications,
        totalHandled: { ...applications.totalHandled, total: 5 },
        carriedOver: { ...applications.carriedOver, naturalPerson: null, otherOrganization: null },
      },
    } as Report;
    const { findings } = validate(broken, { locale: "en" });
    const html = toHTML(broken, { findings });
    const td = (path: string) =>
      elements(html, "td").find((e) => e.attribs["data-path"] === path)!.attribs;
    expect(td("applications.totalHandled.total")["data-findings"]).toContain("T3_RESULT_TOTAL");
    expect(td("applications.totalHandled.total")["title"]).toContain("（七）总计");
    for (const column of ["naturalPerson", "otherOrganization"]) {
      expect(td(`applications.carriedOver.${column}`)["data-findings"]).toContain("CELL_BLANK");
    }
    expect(td("applications.carriedOver.commercialEnterprise")["data-findings"]).toBeUndefined();
    checkMarks(broken, findings);
  });

  it("ignores what is not a finding", () => {
    const odd = [null, 3, { code: "X" }, { code: "T3_BALANCE", path: "a", message: "m" }];
    expect(toHTML(seedReport, { findings: odd as unknown as Finding[] })).toBe(toHTML(seedReport));
  });

  it("keeps the fragment readable by parseText, marks and all", () => {
    const { findings } = validate(seedReport);
    const html = toHTML(seedReport, {
      findings: [
        ...findings,
        {
          code: "T3_BALANCE",
          severity: "error",
          path: ["applications", "carriedForward", "total"],
          message: "\"<quoted> & 'marked'\"\nsecond line",
          expected: 1,
          actual: 0,
        },
      ],
    });
    const read = parseText(html);
    expect(read.findings).toEqual([]);
    expect(read.report?.applications).toEqual(seedReport.applications);
  });
});

describe("toHTML({ standalone: true })", () => {
  const { findings } = validate({
    ...seedReport,
    applications: {
      ...seedReport.applications!,
      totalHandled: { ...seedReport.applications!.totalHandled, total: 5 },
    },
  } as Report);

  it("is a whole page holding the fragment and its stylesheet", () => {
    const page = toHTML(seedReport, { standalone: true });
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain(toHTML(seedReport).trimEnd());
    const [style] = elements(page, "style");
    const css = DomUtils.textContent(style!);
    expect(css).toContain("border-collapse: collapse");
    expect(css).toContain("@page { size: A4;");
    expect(css).toContain("thead { display: table-header-group; }");
    expect(DomUtils.textContent(elements(page, "title")[0]!)).toBe(seedReport.meta!.title);
    expect(elements(page, "thead")).toHaveLength(2);
  });

  it("loads nothing from outside", () => {
    const page = toHTML(seedReport, { standalone: true, findings });
    for (const name of ["script", "link", "img", "iframe", "object", "embed"]) {
      expect(elements(page, name), name).toEqual([]);
    }
    expect(page).not.toMatch(/@import|url\(|\bsrc=|\bhref=/);
  });

  it("reads back through parseHTML and parseText, marks, stylesheet and list of findings and all", () => {
    for (const report of fixtures.map(([, r]) => r)) {
      const page = toHTML(report, { standalone: true, findings: validate(report).findings });
      for (const read of [parseHTML(page), parseText(page)]) {
        for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"] as const) {
          expect(read.report?.[table], table).toEqual(report[table]);
        }
      }
    }
  });

  it("lists the findings after the report, in the locale asked", () => {
    const zh = toHTML(seedReport, { standalone: true, findings });
    const en = toHTML(seedReport, { standalone: true, findings, locale: "en" });
    const items = (page: string) => elements(page, "li").map((li) => DomUtils.textContent(li));
    expect(items(zh)).toEqual(findings.map((f) => `错误 ${f.code}：${f.message}`));
    expect(items(en)).toEqual(findings.map((f) => `error ${f.code}: ${f.message}`));
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(toHTML(seedReport, { standalone: true })).not.toContain("<aside");
  });
});
