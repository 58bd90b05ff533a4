/**
 * HTML rendering of a report: a self-contained fragment (`<article>`, no scripts, no styles) whose
 * tables reproduce the official layout, merged header cells and label spans included, with every
 * span derived from the registry.
 *
 * @module
 */
import type { Report } from "../model/report.js";
import { templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import { META_SEPARATOR, metaEntries, reportTitle } from "./metaLabels.js";
import {
  applicationHeader,
  applicationLayout,
  cellToken,
  type HeaderGrid,
  reviewHeader,
  type TableCells,
  tableOf,
} from "./tables.js";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHTML(`<a href="x">&'`); // '&lt;a href=&quot;x&quot;&gt;&amp;&#39;'
 * ```
 */
export function escapeHTML(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

type Scope = "col" | "row" | "colgroup" | "rowgroup";

function spans(rowspan: number, colspan: number): string {
  return (
    (rowspan > 1 ? ` rowspan="${rowspan}"` : "") + (colspan > 1 ? ` colspan="${colspan}"` : "")
  );
}

function th(label: string, scope: Scope, rowspan = 1, colspan = 1): string {
  return `<th scope="${scope}"${spans(rowspan, colspan)}>${escapeHTML(label)}</th>`;
}

function td(token: string, colspan = 1): string {
  return `<td${spans(1, colspan)}>${escapeHTML(token)}</td>`;
}

const tr = (cells: readonly string[]) => `<tr>${cells.join("")}</tr>`;

/** Header rows of a header grid, with `corner` cells opening the first row. */
function headerRows(grid: HeaderGrid, corner: readonly string[]): string[] {
  return Array.from({ length: grid.depth }, (_, row) =>
    tr([
      ...(row === 0 ? corner : []),
      ...grid.cells
        .filter((cell) => cell.row === row)
        .map((cell) => th(cell.label, cell.leaf ? "col" : "colgroup", cell.rowspan, cell.colspan)),
    ]),
  );
}

/** `total` columns shared out over `parts` cells as evenly as possible, the first cells wider. */
function shareOut(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

function activeDisclosureTable(version: TemplateVersion, table: TableCells): string[] {
  const { groups, labelHeader } = templateDefinition(version).activeDisclosure;
  const width = Math.max(...groups.map((g) => g.columns.length));
  return groups.flatMap((group) => {
    const colspans = shareOut(width, group.columns.length);
    return [
      "<tbody>",
      tr([th(group.label, "rowgroup", 1, width + 1)]),
      tr([
        th(labelHeader, "col"),
        ...group.columns.map((c, i) => th(c.label, "col", 1, colspans[i])),
      ]),
      ...group.rows.map((row) =>
        tr([
          th(row.label, "row"),
          ...group.columns.map((c, i) => td(cellToken(table[row.key]?.[c.key]), colspans[i])),
        ]),
      ),
      "</tbody>",
    ];
  });
}

function applicationTable(version: TemplateVersion, table: TableCells): string[] {
  const { note, columns } = templateDefinition(version).applications;
  const header = applicationHeader(version);
  const { lines, labelColumns } = applicationLayout(version);
  const body: string[] = [];
  let pending: string[] = [];
  for (const line of lines) {
    if (!line.data) {
      // A heading or group label opens the row of its first data row and spans its data rows.
      pending.push(th(line.label, "rowgroup", line.rowspan, line.colspan));
      continue;
    }
    body.push(
      tr([
        ...pending,
        th(line.label, "row", 1, line.colspan),
        ...columns.map((c) => td(cellToken(table[line.key]?.[c.key]))),
      ]),
    );
    pending = [];
  }
  return [
    "<thead>",
    ...headerRows(header, [th(note, "colgroup", header.depth, labelColumns)]),
    "</thead>",
    "<tbody>",
    ...body,
    "</tbody>",
  ];
}

function reviewTable(version: TemplateVersion, table: TableCells): string[] {
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const values = groups.flatMap((g) => columns.map((c) => td(cellToken(table[g.key]?.[c.key]))));
  return [
    "<thead>",
    ...headerRows(reviewHeader(version), []),
    "</thead>",
    "<tbody>",
    tr(values),
    "</tbody>",
  ];
}

const tableBodies = {
  activeDisclosure: activeDisclosureTable,
  applications: applicationTable,
  reviewsAndLitigation: reviewTable,
} as const;

const paragraphs = (text: string) =>
  text === "" ? [] : text.split("\n").map((line) => `<p>${escapeHTML(line)}</p>`);

/**
 * The report as an HTML fragment: `<article>` with `<h1>` (title), a `<p>` per metadata field,
 * per preamble line and per text line, and per present section a `<section>` with `<h2>` and either
 * paragraphs or a `<table>`. The tables reproduce format-spec §5.1–5.3 and §6.2–6.3: table 二 one
 * `<tbody>` per sub-table opened by a caption row spanning the width; table 三 the 勾稽 note over the
 * label columns, 申请人情况 / 自然人 / 法人或其他组织 / 总计 merged as in the template, heading and
 * group labels spanning their rows; table 四 行政复议 and 行政诉讼 over their groups. Header cells
 * are `<th scope>`; every text is escaped; there are no attributes but `scope` and the spans.
 *
 * @param report - A report of either template.
 * @returns The fragment, ending with a newline.
 * @example
 * ```ts
 * toHTML(seedReport).startsWith("<article>\n<h1>宁晋县大曹庄镇2022年政府信息公开工作年度报告</h1>"); // true
 * toHTML(shanghai2019Report).includes('<th scope="rowgroup" rowspan="20">三、本年度办理结果</th>'); // true
 * ```
 */
export function toHTML(report: Report): string {
  const out = [
    "<article>",
    `<h1>${escapeHTML(reportTitle(report))}</h1>`,
    ...metaEntries(report).map(
      (e) => `<p>${escapeHTML(`${e.label}${META_SEPARATOR}${e.value}`)}</p>`,
    ),
  ];
  if (report.preamble !== undefined) out.push(...paragraphs(report.preamble));
  for (const section of templateDefinition(report.template).sections) {
    const heading = `<h2>${escapeHTML(section.heading)}</h2>`;
    if (section.body === "text") {
      const text = report[section.key as "overview"];
      if (text !== undefined) out.push("<section>", heading, ...paragraphs(text), "</section>");
      continue;
    }
    const key = section.key as keyof typeof tableBodies;
    const table = tableOf(report, key);
    if (table === undefined) continue;
    out.push("<section>", heading, "<table>", ...tableBodies[key](report.template, table));
    out.push("</table>", "</section>");
  }
  out.push("</article>");
  return `${out.join("\n")}\n`;
}
