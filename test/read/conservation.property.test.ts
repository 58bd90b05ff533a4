/**
 * Nothing printed is lost (issue 13): every number a report's tables print is either in a cell of
 * the report read or quoted in a finding. Property over consistent reports rendered as pipe text
 * (`toMarkdown`), as the same text with its cells set apart by spaces, and as the same tables in
 * HTML, each with one row changed as real pages change them: a row's label lost (format-spec D3)
 * or three of its characters (a font lacking their glyphs), a subtotal printed on a group's line
 * (R5, D9), a local row added (D5). The oracle counts the numbers in the changed table's lines itself, and the
 * numbers in the cells and in the findings' `actual`, without the readers' code.
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
  toMarkdown,
} from "../../src/index.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { consistentReport } from "../support/arbitraries.js";
import { distinctValues } from "../system/support.js";
import { pipeTextAsHTML, spaced } from "./support.js";

// Runs per property; `CONSERVATION_RUNS=2000 npx vitest run …` looks harder.
const RUNS = Number(process.env.CONSERVATION_RUNS ?? 120);

/** A number standing as a cell of its own, as the renderers print one. */
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** How many times each number occurs, by its value (`1.50` and `1.5` alike). */
function tally(numbers: Iterable<string>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const text of numbers) counts.set(Number(text), (counts.get(Number(text)) ?? 0) + 1);
  return counts;
}

/** The numbers in the pipe rows of a text: each piece between pipes that is one number. */
function printedNumbers(markdown: string): string[] {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .flatMap((line) => line.split("|").map((piece) => piece.trim()))
    .filter((piece) => NUMBER.test(piece));
}

/** The numbers a reading kept: in its tables' cells, and quoted in its findings. */
function keptNumbers(result: ParseResult): string[] {
  const kept: string[] = [];
  const report = (result.report ?? {}) as unknown as Record<string, unknown>;
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
    for (const row of Object.values((report[table] ?? {}) as Record<string, object>)) {
      for (const cell of Object.values(row)) {
        // Amounts are decimals (decimal.js), written as their string.
        const text =
          cell === null || typeof cell !== "object" || "mark" in cell ? cell : String(cell);
        if (typeof text === "number" || (typeof text === "string" && NUMBER.test(text))) {
          kept.push(String(text));
        }
      }
    }
  }
  for (const finding of result.findings) {
    // TEMPLATE_MIXED quotes the values with no place in the report's template in its `detail`
    // (its `actual` is the other template); every other code in `actual`.
    const quoted = finding.code === "TEMPLATE_MIXED" ? finding.detail : finding.actual;
    if (typeof quoted !== "string") continue;
    kept.push(...(quoted.match(/[+-]?\d+(?:\.\d+)?/g) ?? []));
  }
  return kept;
}

/** The numbers printed (a pipe text's, or listed) and not kept (none when nothing is lost). */
function lost(printed: string | readonly string[], result: ParseResult): number[] {
  const kept = tally(keptNumbers(result));
  const missing: number[] = [];
  const numbers = typeof printed === "string" ? printedNumbers(printed) : printed;
  for (const [value, count] of tally(numbers)) {
    if ((kept.get(value) ?? 0) < count) missing.push(value);
  }
  return missing;
}

/** The data rows of the tables (a pipe row opening with a label and holding a number). */
function dataRows(lines: readonly string[]): number[] {
  return lines.flatMap((line, index) =>
    line.startsWith("| ") && printedNumbers(line).length > 0 ? [index] : [],
  );
}

/** One row changed as a real page may change it. */
type Change =
  | { readonly kind: "labelLost"; readonly row: number }
  | { readonly kind: "labelGarbled"; readonly row: number; readonly cut: number }
  | { readonly kind: "subtotal"; readonly group: number; readonly values: readonly number[] }
  | { readonly kind: "localRow"; readonly values: readonly number[] };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant("labelLost" as const), row: fc.nat() }),
  fc.record({ kind: fc.constant("labelGarbled" as const), row: fc.nat(), cut: fc.nat() }),
  fc.record({
    kind: fc.constant("subtotal" as const),
    group: fc.nat(),
    values: fc.array(fc.nat({ max: 999 }), { minLength: 7, maxLength: 7 }),
  }),
  fc.record({
    kind: fc.constant("localRow" as const),
    values: fc.array(fc.nat({ max: 999 }), { minLength: 3, maxLength: 3 }),
  }),
);

/** Group labels of table 三 printed on a line of their own (no cells) by `toMarkdown`. */
const GROUP = /^\| （[三四五六]）(?:不予公开|无法提供|不予处理|其他处理) /;

/** The markdown of a report with one change, or undefined when the change has no place in it. */
function changed(report: Report, edit: Change): string | undefined {
  const lines = toMarkdown(report).split("\n");
  if (edit.kind === "labelLost") {
    const rows = dataRows(lines);
    const at = rows[edit.row % rows.length]!;
    lines[at] = lines[at]!.replace(/^\|[^|]*\|/, "|  |");
  } else if (edit.kind === "labelGarbled") {
    // Three characters of the label lost from its middle (a font lacking their glyphs).
    const rows = dataRows(lines);
    const at = rows[edit.row % rows.length]!;
    lines[at] = lines[at]!.replace(/^\|([^|]*)\|/, (_, label: string) => {
      const text = label.trim();
      if (text.length < 6) return `| ${text} |`;
      const from = 2 + (edit.cut % (text.length - 5));
      return `| ${text.slice(0, from)}${text.slice(from + 3)} |`;
    });
  } else if (edit.kind === "subtotal") {
    const groups = lines.flatMap((line, index) => (GROUP.test(line) ? [index] : []));
    if (groups.length === 0) return undefined;
    const at = groups[edit.group % groups.length]!;
    const label = lines[at]!.split("|")[1]!.trim();
    lines[at] = `| ${label} | ${edit.values.join(" | ")} |`;
  } else {
    const at = lines.findIndex((line) => /^\| (?:行政)?规范性文件 /.test(line));
    if (at === -1) return undefined;
    lines.splice(at + 1, 0, `| 其他主动公开文件 | ${edit.values.join(" | ")} |`);
  }
  return lines.join("\n");
}

describe("nothing printed is lost: every number in a table is in a cell or quoted", () => {
  it("holds for the oracle's own count on an unchanged report (every number read)", () => {
    fc.assert(
      fc.property(consistentReport(), (report) => {
        const markdown = toMarkdown(report);
        expect(printedNumbers(markdown).length).toBeGreaterThan(50);
        expect(lost(markdown, parseText(markdown))).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });

  it("holds through parseText with one row changed", () => {
    fc.assert(
      fc.property(consistentReport(), change, (report, edit) => {
        const markdown = changed(report, edit);
        if (markdown === undefined) return;
        expect(lost(markdown, parseText(markdown))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("counts a cell quoted as unreadable: a total cut to a prefix of its parts' sum (fast-check's counterexample)", () => {
    // 2019's （六）其他处理 is a data row; printed `… 531 154` where its parts make 1543, the
    // total reads as a digit cut off and is quoted in PARSE_CELL_UNREADABLE's message.
    const report = fromJSON(distinctValues(shanghai2019Report, { fillNulls: true })).report!;
    const markdown = toMarkdown(report).replace(
      /^\| （六）其他处理 .*$/m,
      "| （六）其他处理 | 9 | 3 | 8 | 217 | 775 | 531 | 154 |",
    );
    const result = parseText(spaced(markdown));
    expect(result.findings.filter((finding) => finding.code === "PARSE_CELL_UNREADABLE")).toEqual([
      expect.objectContaining({
        path: ["applications", "otherHandling", "total"],
        actual: "154",
        message: "无法读取表三「（六）其他处理」行「总计」列（原文「154」）",
      }),
    ]);
    expect(lost(markdown, result)).toEqual([]);
  });

  it("holds through parseText with the cells set apart by spaces (a PDF's text), one row changed", () => {
    fc.assert(
      fc.property(consistentReport(), change, (report, edit) => {
        const markdown = changed(report, edit);
        if (markdown === undefined) return;
        expect(lost(markdown, parseText(spaced(markdown)))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it("holds through parseHTML on toHTML's own tables (spans), one row's label lost or cut", () => {
    const label = /(<th class="zfxxgk-label"[^>]*>)([^<]*)(<\/th>)/g;
    fc.assert(
      fc.property(
        consistentReport(),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (report, row, cut, lose) => {
          const html = toHTML(report);
          const count = html.match(label)?.length ?? 0;
          let index = 0;
          const changedHTML = html.replace(
            label,
            (whole, open: string, text: string, close: string) => {
              if (index++ !== row % count) return whole;
              if (lose || text.length < 6) return `${open}${close}`;
              const from = 2 + (cut % (text.length - 5));
              return `${open}${text.slice(0, from)}${text.slice(from + 3)}${close}`;
            },
          );
          // The numbers the value cells print, counted from the page itself.
          const printed = [...changedHTML.matchAll(/<td class="zfxxgk-value"[^>]*>([^<]*)<\/td>/g)]
            .map((m) => m[1]!.trim())
            .filter((text) => NUMBER.test(text));
          expect(lost(printed, parseHTML(changedHTML))).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("holds through parseHTML (the grid mapper) with one row changed", () => {
    fc.assert(
      fc.property(consistentReport(), change, (report, edit) => {
        const markdown = changed(report, edit);
        if (markdown === undefined) return;
        expect(lost(markdown, parseHTML(pipeTextAsHTML(markdown)))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
