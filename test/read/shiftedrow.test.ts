/**
 * Table 三's rows shifted one column left, as pandoc 2.17 writes an HTML table into a .docx: a
 * body row's label (`<th colspan="3">一、本年新收…`) gets a span one column short, and the row is
 * padded with an empty cell at its end. Each value then stands under its neighbour's header, its
 * first in the label columns and the 总计 column blank: placed by the borders, every value of the
 * row would be another cell's (a hunt of Word files, 2026-12-06: 645 wrong numbers in 22 reports).
 * Which cell each value is, the row does not print: quoted, unless the table's identities rule
 * out the row as printed (then read a column right).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromJSON, parseHTML, parseText, type Report, toHTML, toJSON } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf } from "../support/cells.js";
import { distinctValues } from "../system/support.js";

/**
 * Table 三's body rows whose label spans columns, as `how` says: `left` as pandoc writes them (a
 * label's span one short, an empty cell after the row), `aligned` with the empty cell after the
 * label instead (the values under their own headers), `kept` as printed.
 */
function shifted(
  html: string,
  how: (row: string) => "left" | "aligned" | "kept" = () => "left",
): string {
  const at = html.indexOf("<tbody>", html.indexOf('data-table="applications"'));
  const end = html.indexOf("</tbody>", at);
  const body = html.slice(at, end).replace(/<tr>[\s\S]*?<\/tr>/g, (row) => {
    if (!/<th[^>]*colspan/.test(row)) return row;
    const kind = how(row);
    if (kind === "kept") return row;
    const narrower = row.replace(/<th([^>]*) colspan="(\d+)"/, (_, attributes, span) =>
      Number(span) === 2 ? `<th${attributes}` : `<th${attributes} colspan="${Number(span) - 1}"`,
    );
    return kind === "aligned"
      ? narrower.replace(/<\/th>/, "</th><td></td>")
      : narrower.replace(/<\/tr>$/, "<td></td></tr>");
  });
  return html.slice(0, at) + body + html.slice(end);
}

const distinct = (report: Report) =>
  fromJSON(distinctValues(report, { start: 101, fillNulls: true })).report!;

describe.each([
  ["the seed report (2021)", distinct(seedReport)],
  ["the Shanghai report (2019)", distinct(shanghai2019Report)],
])("table 三 with rows shifted left, %s", (_name, report) => {
  const html = shifted(toHTML(report));
  const { report: read, findings } = parseHTML(html);
  const expected = cellsOf(report);
  const got = cellsOf(read);

  it("shifts some rows (the page is what the test says)", () => {
    expect(html).toMatch(/<td><\/td><\/tr>/);
  });

  it("reads no number of table 三 in another cell", () => {
    const wrong = [...got].filter(
      ([path, value]) => path.startsWith("applications.") && value !== expected.get(path),
    );
    expect(wrong).toEqual([]);
  });

  it("quotes each shifted row's printed values", () => {
    const quoted = findings.filter(
      (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path[0] === "applications",
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const finding of quoted) expect(finding.actual).toMatch(/ \| $/);
  });

  it("still reads the rows printed in place (a group's sub-rows)", () => {
    const right = [...got].filter(
      ([path, value]) => path.startsWith("applications.") && value === expected.get(path),
    );
    expect(right.length).toBeGreaterThan(60);
  });
});

/** The report with each table-三 row's 自然人 cell set to `first` (blank or a mark). */
function firstMarked(report: Report, first: null | { mark: string }): Report {
  const json = distinctValues(report, { start: 101, fillNulls: true }) as {
    applications: Record<string, Record<string, unknown>>;
  };
  for (const row of Object.values(json.applications)) row["naturalPerson"] = first;
  return fromJSON(json).report!;
}

describe.each([
  ["blank", null],
  ["/", { mark: "/" }],
  ["—", { mark: "—" }],
])("table 三 with rows shifted left, the first value %s", (_name, first) => {
  // No number stands between a shifted row's label and the first header: the cell under the
  // label's header holds the blank or mark, and the row reads a column off unless the header cell
  // over the label, reaching past the label's cell, is what tells.
  const report = firstMarked(seedReport, first);
  const html = shifted(toHTML(report));
  const { report: read } = parseHTML(html);
  const expected = cellsOf(report);
  const got = cellsOf(read);

  it("reads no value of table 三 in another cell", () => {
    const wrong = [...got].filter(
      ([path, value]) => path.startsWith("applications.") && value !== expected.get(path),
    );
    expect(wrong).toEqual([]);
  });

  it("still reads the rows printed in place", () => {
    const right = [...got].filter(
      ([path, value]) => path.startsWith("applications.") && value === expected.get(path),
    );
    expect(right.length).toBeGreaterThan(60);
  });
});

/** A corpus report (test/fixtures/corpus), read from its text. */
const corpus = (name: string) =>
  parseText(readFileSync(new URL(`../fixtures/corpus/${name}.txt`, import.meta.url), "utf8"))
    .report!;

describe("table 三 with rows shifted left, a report whose sums hold", () => {
  // github-008's own values (wkhtmltopdf prints pandoc's page so: the 42 cells of its six shifted
  // rows were quoted). As printed, each row's 自然人 … 其他 would break the column totals of
  // （七）总计 and 一 + 二 = （七） + 四, read a column right they keep them: the rows are read so.
  const report = corpus("github-008");
  const html = shifted(toHTML(report));
  const { report: read, findings } = parseHTML(html);

  it("reads every cell of table 三 right, each shifted row a column right", () => {
    expect(html).toMatch(/<td><\/td><\/tr>/);
    const expected = [...cellsOf(report)].filter(([path]) => path.startsWith("applications."));
    const got = cellsOf(read);
    expect(expected.filter(([path, value]) => got.get(path) !== value)).toEqual([]);
    expect(read?.applications?.newlyReceived.naturalPerson).toBe(3001);
    expect(read?.applications?.newlyReceived.total).toBe(3119);
    expect(findings.filter((f) => f.code === "PARSE_CELL_AMBIGUOUS")).toEqual([]);
  });
});

describe("table 三 with rows shifted left, rows the sums leave either way", () => {
  const applications = (report: Report) =>
    [...cellsOf(report)].filter(([path]) => path.startsWith("applications."));
  const quotedRows = (findings: readonly { code: string; path: readonly (string | number)[] }[]) =>
    findings.filter((f) => f.code === "PARSE_CELL_AMBIGUOUS").map((f) => f.path.join("."));

  it("reads a row of zeros a column right beside rows the identities show so", () => {
    // github-017's 二、上年结转 and 四、结转下年度 print `0 0 0 0 0 0 0 _`: as printed (总计
    // blank) or a column right, both keep the sums. Its other shifted rows show the table printed
    // a column left, and all of them so read keep the identities together.
    const report = corpus("github-017");
    const { report: read, findings } = parseHTML(shifted(toHTML(report)));
    const got = cellsOf(read);
    expect(applications(report).filter(([path, value]) => got.get(path) !== value)).toEqual([]);
    expect(read?.applications?.carriedOver.total).toBe(0);
    expect(quotedRows(findings)).toEqual([]);
  });

  it("quotes the rows of a table none of whose rows the identities show a column left", () => {
    // The seed's six shifted rows print zeros alone: nothing shows which reading is the table's.
    const report = corpus("seed-dacaozhuang-2022");
    const { report: read, findings } = parseHTML(shifted(toHTML(report)));
    expect(read?.applications?.newlyReceived ?? {}).toEqual({});
    expect(quotedRows(findings)).toEqual(
      [
        "newlyReceived",
        "carriedOver",
        "disclosed",
        "partiallyDisclosed",
        "totalHandled",
        "carriedForward",
      ].map((key) => `applications.${key}`),
    );
  });

  it("quotes a row the identities leave only as printed (the report's own sums broken)", () => {
    // github-013 prints （七）总计 自然人 20 where its rows add to 26: （二）部分公开 `6 0 0 0 0 0 6`
    // read a column right breaks that total, as printed (自然人 0) keeps it. Neither is placed.
    const report = corpus("github-013");
    const { report: read, findings } = parseHTML(shifted(toHTML(report)));
    expect(read?.applications?.partiallyDisclosed ?? {}).toEqual({});
    expect(quotedRows(findings)).toEqual(["applications.partiallyDisclosed"]);
    expect(read?.applications?.carriedOver.total).toBe(0);
  });
});

describe("table 三 with rows shifted left beside an aligned row printing its first cell blank", () => {
  // A row whose label's span is one short and whose values stand under their own headers (a
  // blank cell before them, its 总计 blank): it prints what pandoc's row a column left prints
  // when its 自然人 is blank. As printed it places every value it prints, so do the sums: the
  // rows beside it that the identities show a column left tell nothing of it. github-004's
  // 二、上年结转 `18 _ _ _ _ _`, read a column right, put its 18 under 商业企业.
  const report = (() => {
    const json = structuredClone(toJSON(corpus("github-004"))) as {
      applications: Record<string, Record<string, unknown>>;
    };
    for (const row of Object.values(json.applications)) row["total"] = null;
    return fromJSON(json).report!;
  })();
  // 二、上年结转 aligned, pandoc's rows left, the others kept.
  const html = shifted(toHTML(report), (row) =>
    /上年结转/.test(row)
      ? "aligned"
      : /予以公开|部分公开|结转下年度|总计/.test(row)
        ? "left"
        : "kept",
  );
  const { report: read, findings } = parseHTML(html);

  it("reads no value of the aligned row in another cell", () => {
    expect(html).toMatch(/上年结转政府信息公开申请数量<\/th><td><\/td>/);
    const expected = cellsOf(report);
    const got = cellsOf(read);
    const wrong = [...got].filter(
      ([path, value]) => path.startsWith("applications.") && value !== expected.get(path),
    );
    expect(wrong).toEqual([]);
    expect(
      findings.some(
        (f) => f.code === "PARSE_CELL_AMBIGUOUS" && f.path.join(".") === "applications.carriedOver",
      ),
    ).toBe(true);
  });

  it("still reads the rows the identities show a column left", () => {
    expect(read?.applications?.disclosed.naturalPerson).toBe(258);
    expect(read?.applications?.totalHandled.naturalPerson).toBe(767);
  });
});
