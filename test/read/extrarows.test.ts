/**
 * Rows the template has no cells for (format-spec D5, D9): a local row (Hubei's 其他主动公开文件) and
 * a subtotal printed on a group's own line (R5). Their values go into no cell, and are quoted in one
 * PARSE_EXTRA_ROW each, by the text reader and by the grid mapper alike: nothing printed is lost.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Finding,
  parseHTML,
  parseText,
  type Report,
  toHTML,
  toMarkdown,
} from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { pipeTextAsHTML, rowsOf, spaced } from "./support.js";

/** Each finding's code, place and quoted values, and the label its message names (`「…」`). */
const brief = (findings: readonly Finding[]) =>
  findings.map((f) => [
    f.code,
    f.path.join("."),
    /「([^」]*)」/.exec(f.message)?.[1] ?? null,
    f.actual ?? null,
  ]);

/** The markdown rendering with the group label's own line printing `values`. */
function withSubtotal(report: Report, group: string, values: readonly number[]): string {
  const lines = toMarkdown(report).split("\n");
  const at = lines.findIndex((line) => line.startsWith(`| ${group} `));
  if (at === -1) throw new Error(`no line for ${group}`);
  lines[at] = `| ${group} | ${values.join(" | ")} |`;
  return lines.join("\n");
}

describe("a subtotal printed on a group's own line (R5)", () => {
  // （三）不予公开's eight rows are all 0 in the seed: the subtotal printed is 1 for 自然人.
  const subtotal = [1, 0, 0, 0, 0, 0, 1];
  const text = withSubtotal(seedReport, "（三）不予公开", subtotal);
  // Quoted, and checked against the rows (R5): 自然人 and 总计 do not add up (T3_SUBTOTAL).
  const expected = [
    ["PARSE_EXTRA_ROW", "applications", "（三）不予公开", subtotal.join(" | ")],
    ["T3_SUBTOTAL", "applications.withheld.naturalPerson", "（三）不予公开", 1],
    ["T3_SUBTOTAL", "applications.withheld.total", "（三）不予公开", 1],
  ];

  it("is quoted by the text reader, its values in no cell", () => {
    const { report, findings } = parseText(text);
    expect(brief(findings)).toEqual(expected);
    // The group's rows keep their own values.
    expect(rowsOf(report, "applications")).toEqual(rowsOf(seedReport, "applications"));
    expect(findings[0]!.message).toContain("「（三）不予公开」（1 | 0 | 0 | 0 | 0 | 0 | 1）");
    // The label printed, as data beside the values (`actual`).
    expect(findings[0]!.detail).toBe("（三）不予公开");
  });

  it("is quoted by the grid mapper too (an HTML table printing the group on a row of its own)", () => {
    const { report, findings } = parseHTML(pipeTextAsHTML(text));
    expect(brief(findings)).toEqual(expected);
    expect(rowsOf(report, "applications")).toEqual(rowsOf(seedReport, "applications"));
  });

  it("says nothing of a group line printed blank", () => {
    const blank = toMarkdown(seedReport);
    expect(parseText(blank).findings).toEqual([]);
    expect(parseHTML(pipeTextAsHTML(blank)).findings).toEqual([]);
  });

  it("quotes the values beside a heading spanning rows whose own label was lost", () => {
    const html = toHTML(seedReport).replace(
      /(data-path="applications\.disclosed">)（一）予以公开/,
      "$1",
    );
    const { findings } = parseHTML(html);
    expect(brief(findings).filter(([code]) => code === "PARSE_CELL_AMBIGUOUS")).toEqual([
      [
        "PARSE_CELL_AMBIGUOUS",
        "applications",
        "0 | 0 | 0 | 0 | 0 | 0 | 0",
        "0 | 0 | 0 | 0 | 0 | 0 | 0",
      ],
    ]);
  });
});

describe("a local row in a grid (Hubei's 其他主动公开文件)", () => {
  const local = '<tr><th scope="row">其他主动公开文件</th><td>15</td><td>15</td><td>120</td></tr>';
  const html = toHTML(shanghai2019Report).replace(
    /(<tr><th[^>]*data-path="activeDisclosure\.normativeDocuments">.*?<\/tr>)/s,
    `$1${local}`,
  );

  it("is quoted at table 二, as the text reader quotes it, and fills no cell", () => {
    expect(html).toContain(local);
    const { report, findings } = parseHTML(html);
    expect(brief(findings)).toEqual([
      ["PARSE_EXTRA_ROW", "activeDisclosure", "其他主动公开文件", "15 | 15 | 120"],
    ]);
    expect(rowsOf(report, "activeDisclosure")).toEqual(
      rowsOf(shanghai2019Report, "activeDisclosure"),
    );
    const text = toMarkdown(shanghai2019Report).replace(
      /(\| 规范性文件 [^\n]*\n)/,
      "$1| 其他主动公开文件 | 15 | 15 | 120 |\n",
    );
    expect(brief(parseText(text).findings)).toEqual(brief(findings));
  });
});

describe("values after a group's label that are no row of its own", () => {
  it("are quoted at the group when other words stand before them (a PDF's text in stream order)", () => {
    // pdftotext's stream order prints （四）'s third label after （五）'s (`（五）不予处理` then
    // `3.补正后申请内容仍不明确` and its seven values): those are no subtotal of （五）.
    const text = readFileSync(
      new URL("../fixtures/pdftotext/pingtan-2021-word-ruled.stream.txt", import.meta.url),
      "utf8",
    );
    const found = brief(parseText(text).findings).filter(([, path]) =>
      String(path).startsWith("applications.notProcessed"),
    );
    expect(found).toEqual([
      [
        "PARSE_CELL_AMBIGUOUS",
        "applications.notProcessed",
        "（五）不予处理",
        "0 | 0 | 0 | 0 | 0 | 0 | 0",
      ],
    ]);
  });

  it("are quoted at the group when they are fewer than a row's cells", () => {
    const text = withSubtotal(seedReport, "（三）不予公开", [1, 1]);
    expect(brief(parseText(text).findings)).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "applications.withheld", "（三）不予公开", "1 | 1"],
    ]);
  });

  it("are quoted in a grid when the group's row prints other rows' labels beside it", () => {
    // A label column too narrow to part the rows: the group's cell, then sub-labels run together.
    const lines = toMarkdown(seedReport).split("\n");
    const at = lines.findIndex((line) => line.startsWith("| （三）不予公开 "));
    lines[at] = "| （三）不予公开 | 4.保护第三方合法权益5.属于三类内部事务信息 | 5 |";
    const { findings } = parseHTML(pipeTextAsHTML(lines.join("\n")));
    expect(brief(findings).filter(([code]) => code !== "PARSE_CELL_UNREADABLE")).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "applications", "5", "5"],
    ]);
  });
});

describe("a table-二 row whose label was lost (format-spec D3: the 规章 cell blank)", () => {
  const text = toMarkdown(seedReport).replace(/\| 规章 /, "|      ");
  const expected = [["PARSE_CELL_AMBIGUOUS", "activeDisclosure", "0 | 0 | 0", "0 | 0 | 0"]];

  it("is quoted at the table by the text reader, in place of the row's own finding", () => {
    expect(text).not.toContain("| 规章 ");
    const { report, findings } = parseText(text);
    expect(brief(findings)).toEqual(expected);
    expect(rowsOf(report, "activeDisclosure")["regulations"]).toBe("?|?|?");
  });

  it("is quoted by the grid mapper alike", () => {
    const { report, findings } = parseHTML(pipeTextAsHTML(text));
    expect(brief(findings)).toEqual(expected);
    expect(rowsOf(report, "activeDisclosure")["regulations"]).toBe("?|?|?");
  });

  it("is quoted when the values come before their label (a PDF's text in stream order)", () => {
    // pdftotext prints 政府集中采购's values (6 and 251000), centred in a tall cell, before it.
    const stream = readFileSync(
      new URL(
        "../fixtures/pdftotext/shanghai-2019-chromium-a5-no-borders.stream.txt",
        import.meta.url,
      ),
      "utf8",
    );
    const { report, findings } = parseText(stream);
    expect(
      brief(findings).filter(([, path]) => String(path).startsWith("activeDisclosure")),
    ).toEqual([["PARSE_CELL_AMBIGUOUS", "activeDisclosure", "6 | 251000", "6 | 251000"]]);
    expect(rowsOf(report, "activeDisclosure")["procurement"]).toBe("?|?");
  });
});

describe("values after a row's own, where a row between it and the next label was not found", () => {
  it("are quoted, covering that row (a label the PDF's font lost glyphs of)", () => {
    // pdftotext -layout of a real PDF: `2.其他法律行政止公开` lost 法规禁, so no label is found
    // there; its seven values followed 1.属于国家秘密's own on the next line.
    const layout = readFileSync(
      new URL("../fixtures/pdftotext/huaian-hongze-2024.layout.txt", import.meta.url),
      "utf8",
    );
    expect(layout).toContain("2.其他法律行政止公开");
    const { report, findings } = parseText(layout);
    const zeros = "0 | 0 | 0 | 0 | 0 | 0 | 0";
    expect(brief(findings).filter(([, path]) => String(path).startsWith("applications"))).toEqual([
      ["PARSE_CELL_AMBIGUOUS", "applications", zeros, zeros],
      ["TEMPLATE_MIXED", "applications.otherProcessing", "（六）其他处理", "2019"],
    ]);
    const rows = rowsOf(report, "applications");
    expect(rows["withheldStateSecret"]).toBe("0|0|0|0|0|0|0");
    expect(rows["withheldProhibitedByLaw"]).toBe("?|?|?|?|?|?|?");
  });

  it("are not quoted when every row between was found", () => {
    // The seed as text, a note with a number after 1.属于国家秘密's values: no row is missing.
    const text = toMarkdown(seedReport).replace(
      /(\| 1\.属于国家秘密 [^\n]*)\n/,
      "$1\n注：见第 3 页\n",
    );
    expect(text).toContain("注：见第 3 页");
    expect(parseText(text).findings).toEqual([]);
  });
});

describe("a table-三 row inside the table whose label was lost (format-spec D3)", () => {
  // The row above prints 4 … 5, the row whose label was lost 1 2 … 3 (each row's total holds).
  const lines = toMarkdown(seedReport).split("\n");
  const above = lines.findIndex((line) => line.startsWith("| 2.其他法律行政法规禁止公开"));
  lines[above] = "| 2.其他法律行政法规禁止公开 | 4 | 0 | 0 | 0 | 0 | 1 | 5 |";
  lines[above + 1] = "|  | 1 | 2 | 0 | 0 | 0 | 0 | 3 |";
  const text = lines.join("\n");
  const expected = [
    [
      "PARSE_CELL_AMBIGUOUS",
      "applications",
      "1 | 2 | 0 | 0 | 0 | 0 | 3",
      "1 | 2 | 0 | 0 | 0 | 0 | 3",
    ],
  ];

  it.each([
    ["parseText", parseText],
    ["parseText, cells set apart by spaces", (t: string) => parseText(spaced(t))],
    ["parseHTML", (t: string) => parseHTML(pipeTextAsHTML(t))],
  ])("%s: the row above keeps its own line, the lost row's values are quoted once", (_, read) => {
    const { report, findings } = read(text);
    expect(brief(findings)).toEqual(expected);
    const rows = rowsOf(report, "applications");
    expect(rows["withheldProhibitedByLaw"]).toBe("4|0|0|0|0|1|5");
    expect(rows["withheldSecurityStability"]).toBe("?|?|?|?|?|?|?");
  });
});
