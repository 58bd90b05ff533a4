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
