/**
 * Helpers shared by the renderer tests: the cell tokens the rendering contract promises (written
 * here independently of the implementation), reports with blank / marked / absent cells and hostile
 * texts, and the rows every rendering must show.
 */
import { Decimal } from "decimal.js";
import fc from "fast-check";
import type { Cell, Report, TemplateVersion } from "../../src/index.js";
import { mark, tableLayout, templates } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { consistentReport } from "../support/arbitraries.js";

/** The token the contract promises for a cell. */
export function expectedToken(value: Cell | undefined): string {
  if (value === undefined) return "?";
  if (value === null) return "";
  if (typeof value === "number") return `${value}`;
  if (value instanceof Decimal) return value.toFixed();
  return value.mark;
}

type Rows = Record<string, Record<string, Cell | undefined>>;

/** A row every rendering must show: its label (none for table 四) and its cell tokens in order. */
export interface ExpectedRow {
  readonly table: string;
  readonly label: string | undefined;
  readonly tokens: readonly string[];
}

/** The data rows of every present table of a report, in registry order. */
export function expectedRows(report: Report): ExpectedRow[] {
  const rows: ExpectedRow[] = [];
  for (const table of tableLayout(report.template)) {
    const source = report[table.key] as Rows | undefined;
    if (source === undefined) continue;
    const tokensOf = (key: string, columns: readonly { key: string }[]) =>
      columns.map((c) => expectedToken(source[key]?.[c.key]));
    if (table.key === "reviewsAndLitigation") {
      rows.push({
        table: table.key,
        label: undefined,
        tokens: table.rows.flatMap((row) => tokensOf(row.key, row.columns)),
      });
    } else {
      for (const row of table.rows) {
        rows.push({ table: table.key, label: row.label, tokens: tokensOf(row.key, row.columns) });
      }
    }
  }
  return rows;
}

type Hole = readonly [index: number, kind: "blank" | "mark" | "absent" | "negative"];

/** A copy of a report with some cells made blank, marked, absent or (counts) negative. */
function punch(report: Report, holes: readonly Hole[]): Report {
  const cells = tableLayout(report.template).flatMap((table) =>
    table.rows.flatMap((row) => row.columns.map((c) => [table.key, row.key, c.key] as const)),
  );
  const copy = { ...report } as unknown as Record<string, Rows>;
  for (const table of tableLayout(report.template)) {
    const source = report[table.key] as Rows | undefined;
    if (source === undefined) continue;
    copy[table.key] = Object.fromEntries(
      Object.entries(source).map(([key, row]) => [key, { ...row }]),
    );
  }
  for (const [index, kind] of holes) {
    const [table, row, column] = cells[index % cells.length]!;
    const target = copy[table]?.[row];
    if (target === undefined) continue;
    if (kind === "absent") delete target[column];
    else if (kind === "blank") target[column] = null;
    else if (kind === "mark") target[column] = mark("/");
    else if (typeof target[column] === "number") target[column] = -7;
  }
  return copy as unknown as Report;
}

/** Hostile text: markup, entities, quotes, Markdown syntax, pipes, at the start of lines too. */
export const hostileLines = [
  `<script>alert("x")</script> & 'quoted' "double"`,
  "# 不是标题 | 也不是表格 *强调* _下划线_ `代码` [链接](http://x) ~删除~",
  "- 列表项",
  "1. 编号 \\ 反斜杠 &amp; 实体",
  "> 引用 <b>粗</b>",
  "=",
  "+ 加号",
];

const hostile = fc
  .subarray(hostileLines, { minLength: 1 })
  .chain((lines) => fc.shuffledSubarray(lines, { minLength: lines.length }))
  .map((lines) => lines.join("\n"));

/** Generated consistent reports with holes punched in some cells. */
export function reportWithHoles(version?: TemplateVersion): fc.Arbitrary<Report> {
  return fc
    .tuple(
      consistentReport(version),
      fc.array(
        fc.tuple(fc.nat(), fc.constantFrom("blank", "mark", "absent", "negative" as const)),
        { maxLength: 12 },
      ),
    )
    .map(([report, holes]) => punch(report, holes as Hole[]));
}

/** Generated reports whose texts, agency and publisher are hostile. */
export function hostileReport(version?: TemplateVersion): fc.Arbitrary<Report> {
  return fc.tuple(reportWithHoles(version), hostile, hostile, hostile).map(([report, a, b, c]) => ({
    ...report,
    agency: { name: `<i>"局"</i> & 'x'` },
    meta: { ...report.meta, title: null, publisher: `A&B <c> "d" 'e' | *f*` },
    preamble: a,
    overview: b,
    otherMatters: c,
  })) as fc.Arbitrary<Report>;
}

/** The two transcribed real reports. */
export const fixtures: readonly (readonly [string, Report])[] = [
  ["seed 2022 (2021 template)", seedReport],
  ["Shanghai 2019 (2019 template)", shanghai2019Report],
];

/** Headings of the sections a report holds, in registry order. */
export function presentHeadings(report: Report): string[] {
  return templates[report.template].sections
    .filter((s) => report[s.key] !== undefined)
    .map((s) => s.heading);
}

/** Number of property runs: enough to hit both templates and many hole patterns. */
export const RUNS = 150;
