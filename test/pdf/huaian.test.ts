/**
 * The real PDF: 淮安市洪泽区人民政府 2024, made with WPS (corpus pdf/, copied to test/fixtures/pdf/),
 * with its cells hand-checked against the rendered pages (huaian-hongze-2024.expected.json). Its
 * tables are drawn with ruling lines; table 二 runs from page 2 to page 3 and table 三 from page 3
 * to page 4, where its merged group labels are cut by the page break; its header cells are
 * wrapped over several lines; its pages are numbered `- 1 -` ….
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type ParseResult, tableLayout } from "../../src/index.js";
import { parsePdf } from "../../src/pdf.js";
import type { SourceDocument } from "../../src/read/grid.js";
import { documentOf, fixture, fixtureJSON, squeeze } from "./support.js";

interface Expected {
  readonly agency: string;
  readonly year: number;
  readonly template: "2019" | "2021";
  readonly cells: Readonly<Record<string, number | string | null>>;
}

const expected = fixtureJSON<Expected>("huaian-hongze-2024.expected.json");
let document: SourceDocument;
let result: ParseResult;
beforeAll(async () => {
  document = await documentOf("huaian-hongze-2024.pdf");
  result = await parsePdf(fixture("huaian-hongze-2024.pdf"));
}, 120_000);

const VALUE = /^\d+(?:\.\d+)?$/;

/** The expected values of a table's rows in registry order (rows with no expected cell left out). */
function expectedRows(table: string): { key: string; label: string; values: string[] }[] {
  const layout = tableLayout(expected.template).find((t) => t.key === table);
  return (layout?.rows ?? []).flatMap((row) => {
    const values = row.columns.flatMap((column) => {
      const value = expected.cells[`${table}.${row.key}.${column.key}`];
      return value === undefined ? [] : [String(value)];
    });
    return values.length === 0 ? [] : [{ key: row.key, label: row.label, values }];
  });
}

/** A table's rows that hold values, as their values left to right, with their first cell. */
function valueRows(index: number): { label: string; values: string[] }[] {
  const tables = document.blocks.flatMap((block) => (block.kind === "table" ? [block.grid] : []));
  return (tables[index]?.rows ?? []).flatMap((row) => {
    const values = row.map((cell) => squeeze(cell.text)).filter((text) => VALUE.test(text));
    return values.length === 0 ? [] : [{ label: squeeze(row[0]?.text ?? ""), values }];
  });
}

describe("huaian-hongze-2024.pdf: the source document", () => {
  it("has the three tables, each whole although two of them run across a page break", () => {
    expect(document.blocks.filter((block) => block.kind === "table")).toHaveLength(3);
  });

  it("table 二: every value in its row and column", () => {
    expect(valueRows(0).map((row) => row.values)).toEqual(
      expectedRows("activeDisclosure").map((row) => row.values),
    );
  });

  it("table 三: every value in its row and column; the one （六） row printed instead of three", () => {
    const rows = valueRows(1);
    // The report prints the 2019 template's single （六）其他处理 row (the corpus notes say so).
    const single = tableLayout("2019")
      .find((table) => table.key === "applications")
      ?.rows.find((row) => row.key === "otherHandling");
    const printed = rows.findIndex((row) =>
      row.label.normalize("NFKC").includes(squeeze(single?.label ?? "-").normalize("NFKC")),
    );
    expect(printed).toBeGreaterThan(0);
    expect(rows.filter((_, i) => i !== printed).map((row) => row.values)).toEqual(
      expectedRows("applications").map((row) => row.values),
    );
  });

  it("table 三: the row labels cut by the page break are whole, and no page number is read", () => {
    const texts = document.blocks.flatMap((block) =>
      block.kind === "table"
        ? block.grid.rows.flat().map((cell) => cell.text)
        : block.kind === "text"
          ? [block.text]
          : [],
    );
    // The pages are numbered `- 1 -` to `- 5 -`: none of it is read, as a paragraph or a cell.
    expect(texts.filter((text) => /-\s*\d\s*-/.test(text))).toEqual([]);
    const grid = document.blocks.filter((block) => block.kind === "table")[1];
    const spans = grid?.kind === "table" ? grid.grid.rows.flat().map((c) => c.rowSpan ?? 1) : [];
    // 三、本年度办理结果 spans the 20 rows from （一） to （七） (its text is cut short by pdf.js,
    // which loses the vertical glyphs after the first three).
    expect(Math.max(...spans)).toBe(20);
  });

  it("table 四: the fifteen values in order", () => {
    expect(valueRows(2).map((row) => row.values)).toEqual([
      expectedRows("reviewsAndLitigation").flatMap((row) => row.values),
    ]);
  });
});

describe("huaian-hongze-2024.pdf: parsePdf", () => {
  it("reads the year, the template and the agency", () => {
    expect(result.report?.year).toBe(expected.year);
    expect(result.report?.template).toBe(expected.template);
    expect(result.report?.agency.name).toBe(expected.agency);
  });

  const cellOf = (path: string): unknown => {
    let value: unknown = result.report;
    for (const key of path.split("."))
      value = (value as Record<string, unknown> | undefined)?.[key];
    return value;
  };
  const shown = (value: unknown) => (value === null || value === undefined ? value : String(value));

  it("places no number wrongly: every cell it reads is the hand-checked one", () => {
    const wrong = Object.entries(expected.cells).filter(([path, value]) => {
      const read = cellOf(path);
      return read !== undefined && shown(read) !== shown(value);
    });
    expect(wrong).toEqual([]);
  });

  it("reads every hand-checked cell, and reports the single （六） row", () => {
    const missing = Object.keys(expected.cells).filter((path) => cellOf(path) === undefined);
    expect(missing).toEqual([]);
    expect(result.findings.map((finding) => finding.code)).toContain("TEMPLATE_MIXED");
  });
});
