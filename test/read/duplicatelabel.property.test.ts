/**
 * A row printed under another row's label (a label copied onto the row above or below it): two
 * rows then name one row of the template, and which of them it is, is not printed. Property over
 * Shanghai 2019 and the seed report with every value distinct (blank cells filled), rendered by
 * `toHTML` and read by `parseHTML` and by `parseText` of its `innerText`, any row given any other
 * row's label. The oracle knows only the page: each cell carries its path (`data-path`). No number
 * may be read into a cell not its own, and the values of the row whose label was changed are
 * read in their own cells or quoted in a finding: nothing is dropped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromJSON,
  type ParseResult,
  parseHTML,
  parseText,
  type Report,
  toHTML,
} from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { cellsOf } from "../support/cells.js";
import { distinctValues } from "../system/support.js";
import { innerText } from "./innerText.js";

const RUNS = Number(process.env.DUPLICATE_LABEL_RUNS ?? 60);

const pages = [seedReport, shanghai2019Report].map((report) => {
  const distinct = fromJSON(distinctValues(report, { fillNulls: true })).report as Report;
  const html = toHTML(distinct);
  const labels = [
    ...html.matchAll(/<th class="zfxxgk-label"[^>]*data-path="([^"]*)"[^>]*>([^<]*)<\/th>/g),
  ].map((m) => ({ path: m[1]!, text: m[2]!, index: m.index, whole: m[0] }));
  return { report: distinct, html, labels };
});

const readers: [string, (html: string) => ParseResult][] = [
  ["parseHTML", parseHTML],
  ["parseText of its innerText", (html) => parseText(innerText(html))],
];

describe.each(readers)("a row printed under another row's label, through %s", (_, read) => {
  it("reads no number into another cell, and drops none of the row's", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (pagePick, fromPick, toPick) => {
        const { report, html, labels } = pages[pagePick % pages.length]!;
        const copied = labels[fromPick % labels.length]!;
        const changed = labels[toPick % labels.length]!;
        fc.pre(copied !== changed);
        const mutated =
          html.slice(0, changed.index) +
          changed.whole.replace(`>${changed.text}<`, `>${copied.text}<`) +
          html.slice(changed.index + changed.whole.length);
        const result = read(mutated);
        const expected = cellsOf(report);
        const got = cellsOf(result.report);
        const wrong = [...expected].flatMap(([path, value]) => {
          const value2 = got.get(path);
          return value2 === undefined || value2 === "null" || value2 === value
            ? []
            : [`${path}: ${value2}, not ${value}`];
        });
        expect(wrong).toEqual([]);
        // Each value of the changed row: read in its own cell, or quoted by a finding.
        const quoted = result.findings.map((finding) => ` ${String(finding.actual ?? "")} `);
        const dropped = [...expected].flatMap(([path, value]) => {
          if (!path.startsWith(`${changed.path}.`) || got.get(path) === value) return [];
          const plain = value.replace(/"/g, "");
          return quoted.some((text) => new RegExp(`[ |]${plain}[ |]`).test(text)) ? [] : [path];
        });
        expect(dropped).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("a label printed again that leaves no doubt", () => {
  const [seed, shanghai] = pages;

  it("reads a table printed twice alike (an appendix's copy) as printed, from its grids", () => {
    const table = shanghai!.html.match(/<table[^>]*data-table="applications"[\s\S]*?<\/table>/)![0];
    const result = parseHTML(shanghai!.html.replace(table, `${table}<p>附表</p>${table}`));
    expect(cellsOf(result.report)).toEqual(cellsOf(shanghai!.report));
    expect(result.findings.filter((f) => f.path[0] === "applications")).toEqual([]);
  });

  it("reads a row whose label a note on the table's line repeats with a number", () => {
    // Text without line structure: `规章 1 2 3 其中规章 1 件为修订 行政规范性文件 4 5 6`.
    const flat = innerText(seed!.html).replace(/[\t\n]+/g, " ");
    const noted = flat.replace("规章 1 2 3 ", "规章 1 2 3 其中规章 1 件为修订 ");
    expect(noted).toContain("其中规章 1 件为修订 行政规范性文件 4 5 6");
    const { report } = parseText(noted);
    expect(report?.activeDisclosure?.regulations).toEqual({ issued: 1, repealed: 2, inForce: 3 });
  });

  it("reads the first row under a label spanning two rows, and quotes the second's numbers", () => {
    // （二）部分公开's label cell merged down over the row below, whose own label is gone.
    const spanned = shanghai!.html
      .replace(
        /(<th class="zfxxgk-label"[^>]*data-path="applications\.disclosed")/,
        '$1 rowspan="2"',
      )
      .replace(
        /<th class="zfxxgk-label"[^>]*data-path="applications\.partiallyDisclosed"[^>]*>[^<]*<\/th>/,
        "",
      );
    const result = parseHTML(spanned);
    const expected = cellsOf(shanghai!.report);
    const got = cellsOf(result.report);
    for (const [path, value] of got) {
      if (value !== "null") expect(value).toBe(expected.get(path));
    }
    expect(got.get("applications.disclosed.naturalPerson")).toBe(
      expected.get("applications.disclosed.naturalPerson"),
    );
    const quoted = result.findings.find((f) => f.code === "PARSE_CELL_AMBIGUOUS");
    const second = [...expected].filter(([path]) =>
      path.startsWith("applications.partiallyDisclosed."),
    );
    for (const [, value] of second) expect(String(quoted?.actual)).toContain(value);
  });
});

describe("a row a page break cut, printed in part and then whole", () => {
  it("quotes both printings of （七）总计, never the part's numbers short of their last digits", () => {
    // wkhtmltopdf prints the lines next to a page break on both pages: a row whose values wrap
    // over two lines (`17` / `2` for 172) stands at the bottom of one page with their first lines
    // only (`17`), and whole at the top of the next (`17 2`), where table 三 goes on as a grid of
    // its own. Before, the part was read as the row (172 read 17) and the whole printing, whose
    // values read as no number, was passed over.
    const [seed] = pages;
    const row = seed!.html.match(
      /<tr>(?:(?!<tr>).)*?data-path="applications\.totalHandled"[\s\S]*?<\/tr>/,
    )![0];
    const values = [...row.matchAll(/>(\d+)(\d)<\/td>/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(values).toHaveLength(7);
    const part = row.replace(/>(\d+)(\d)<\/td>/g, ">$1</td>");
    const whole = row.replace(/>(\d+)(\d)<\/td>/g, ">$1<br>$2</td>");
    const result = parseHTML(
      seed!.html.replace(row, `${part}</tbody></table><table><tbody>${whole}`),
    );
    const expected = cellsOf(seed!.report);
    const got = cellsOf(result.report);
    const wrong = [...got].filter(
      ([path, value]) => value !== "null" && value !== expected.get(path),
    );
    expect(wrong).toEqual([]);
    expect(result.report?.applications?.totalHandled).toEqual({});
    const quoted = result.findings.filter((f) => f.path.join(".") === "applications.totalHandled");
    expect(quoted.map((f) => f.code)).toEqual(["PARSE_CELL_AMBIGUOUS"]);
    expect(quoted[0]?.actual).toBe(
      [...values.map(([head]) => head), ...values.map(([head, last]) => `${head} ${last}`)].join(
        " | ",
      ),
    );
  });
});
