import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report, TemplateVersion } from "../../src/index.js";
import { templates, templateVersions, toHTML } from "../../src/index.js";
import { metaLabels } from "../../src/serialize/metaLabels.js";
import { consistentReport } from "../support/arbitraries.js";
import { expectedRows, fixtures, hostileReport, RUNS, reportWithHoles } from "./renderSupport.js";

const ALLOWED_TAGS = new Set([
  "article",
  "h1",
  "h2",
  "p",
  "section",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
]);
const SCOPES = new Set(["col", "row", "colgroup", "rowgroup"]);
const CELL_CLASSES = new Set(["note", "header", "caption", "heading", "group", "label"]);
const VALUE_STATES = new Set(["blank", "mark", "absent"]);
const TABLE_KEYS = new Set(["activeDisclosure", "applications", "reviewsAndLitigation"]);
const SPAN = /^([2-9]|[1-9]\d+)$/;
const PATH = /^[a-zA-Z]+(\.[a-zA-Z]+){1,2}$/;

/** The attributes the fragment may carry, each with the values and elements it may have. */
const ATTRIBUTES: Readonly<Record<string, (value: string, tag: string) => boolean>> = {
  scope: (value, tag) => tag === "th" && SCOPES.has(value),
  rowspan: (value, tag) => tag === "th" && SPAN.test(value),
  colspan: (value, tag) => (tag === "th" || tag === "td") && SPAN.test(value),
  class: (value, tag) => {
    const [first, ...more] = value.split(" ");
    const kind = first?.replace(/^zfxxgk-/, "");
    if (tag === "td") {
      return kind === "value" && more.every((m) => VALUE_STATES.has(m.replace(/^zfxxgk-/, "")));
    }
    if (more.length > 0) return false;
    if (tag === "th") return CELL_CLASSES.has(kind!);
    const byTag: Record<string, string> = {
      article: "report",
      h1: "title",
      p: "meta preamble",
      section: "section",
      table: "table",
    };
    return byTag[tag]?.split(" ").includes(kind!) === true;
  },
  "data-template": (value, tag) => tag === "article" && value in templates,
  "data-section": (value, tag) =>
    tag === "section" && templates["2021"].sections.some((s) => s.key === value),
  "data-table": (value, tag) => tag === "table" && TABLE_KEYS.has(value),
  "data-path": (value, tag) => (tag === "td" || tag === "th") && PATH.test(value),
};
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const decode = (text: string) =>
  text.replace(
    ENTITY,
    (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!,
  );

/**
 * A minimal tokenizer and tag-balance checker: every `<` opens a known tag with known attributes,
 * tags nest properly, text holds no raw markup characters and only the five entities.
 */
function checkWellFormed(html: string): void {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-z0-9]+)((?: [a-z-]+="[^"<>]*")*)>/y;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const text = html.slice(i, lt === -1 ? html.length : lt);
    if (/[>"']/.test(text) || text.replace(ENTITY, "").includes("&")) problems.push(`text ${text}`);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const match = tag.exec(html);
    if (match === null) {
      problems.push(`not a tag: ${html.slice(lt, lt + 40)}`);
      break;
    }
    const [whole, closing, name, attributes] = match;
    if (!ALLOWED_TAGS.has(name!)) problems.push(`tag ${name}`);
    if (closing) {
      if (attributes !== "") problems.push(`attributes on </${name}>`);
      const open = stack.pop();
      if (open !== name) problems.push(`<${open}> closed by </${name}>`);
    } else {
      for (const [, key, value] of attributes!.matchAll(/ ([a-z-]+)="([^"]*)"/g)) {
        const check = ATTRIBUTES[key!];
        if (check === undefined || !check(value!, name!)) {
          problems.push(`attribute ${key}="${value}" on <${name}>`);
        }
      }
      stack.push(name!);
    }
    i = lt + whole.length;
  }
  expect(problems).toEqual([]);
  expect(stack).toEqual([]);
  expect(html.startsWith('<article class="zfxxgk-report" data-template="')).toBe(true);
  expect(html.trimEnd().endsWith("</article>")).toBe(true);
}

interface GridCell {
  readonly tag: string;
  readonly text: string;
  readonly scope: string | undefined;
  readonly rowspan: number;
  readonly colspan: number;
  readonly row: number;
  readonly column: number;
}

/**
 * Lays a table out as a browser does (rowspans carried down, within a row group): every row must
 * end up exactly as wide as the others, with no overlap and no span leaking out of its group.
 */
function layOut(tableHtml: string): { cells: GridCell[]; width: number; headRows: number } {
  const cells: GridCell[] = [];
  const widths: number[] = [];
  const problems: string[] = [];
  let rowIndex = 0;
  let headRows = 0;
  for (const [, group, inner] of tableHtml.matchAll(/<(thead|tbody)>([\s\S]*?)<\/\1>/g)) {
    const taken = new Set<string>();
    const rows = [...inner!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    if (group === "thead") headRows += rows.length;
    rows.forEach((rowHtml, r) => {
      let column = 0;
      for (const [, tag, attributes, text] of rowHtml.matchAll(
        /<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g,
      )) {
        while (taken.has(`${r},${column}`)) column++;
        const get = (name: string) => new RegExp(` ${name}="([^"]*)"`).exec(attributes!)?.[1];
        const rowspan = Number(get("rowspan") ?? 1);
        const colspan = Number(get("colspan") ?? 1);
        if (r + rowspan > rows.length) problems.push(`rowspan leaks out of its ${group}: ${text}`);
        for (let dr = 0; dr < rowspan; dr++) {
          for (let dc = 0; dc < colspan; dc++) {
            const key = `${r + dr},${column + dc}`;
            if (taken.has(key)) problems.push(`overlap at ${key}`);
            taken.add(key);
          }
        }
        if (tag === "th" && get("scope") === undefined) problems.push(`th without scope: ${text}`);
        cells.push({
          tag: tag!,
          text: decode(text!),
          scope: get("scope"),
          rowspan,
          colspan,
          row: rowIndex + r,
          column,
        });
        column += colspan;
      }
    });
    const perRow = rows.map(() => 0);
    for (const key of taken) {
      const r = Number(key.split(",")[0]);
      if (r < rows.length) perRow[r]! += 1;
    }
    widths.push(...perRow);
    rowIndex += rows.length;
  }
  expect(problems).toEqual([]);
  expect(new Set(widths).size, `row widths ${widths}`).toBe(1);
  return { cells, width: widths[0]!, headRows };
}

function tableOfSection(html: string, heading: string): string {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf("</table>", start));
}

/** innerText-like: cells end with " | ", rows, paragraphs and headings with a newline. */
function innerText(html: string): string[] {
  const text = html
    .replace(/<\/t[dh]>/g, " | ")
    .replace(/<\/(tr|p|h1|h2)>/g, "\n")
    .replace(/<[^>]*>/g, "");
  return decode(text)
    .split("\n")
    .map((line) => line.replace(/ \| $/, ""))
    .filter((line) => line.trim() !== "");
}

function checkHTML(report: Report): void {
  const html = toHTML(report);
  checkWellFormed(html);
  for (const section of templates[report.template].sections) {
    if (section.body === "table" && report[section.key] !== undefined) {
      layOut(tableOfSection(html, section.heading));
    }
  }
  const lines = innerText(html);
  for (const row of expectedRows(report)) {
    if (row.label === undefined) {
      expect(lines).toContain(row.tokens.join(" | "));
      continue;
    }
    const cells = lines.map((l) => l.split(" | ")).find((c) => c.includes(row.label!));
    expect(cells, row.label).toBeDefined();
    const at = cells!.indexOf(row.label);
    expect(cells!.slice(at + 1), row.label).toEqual(row.tokens);
  }
  // Texts: the preamble right after the title and metadata, each section right after its heading.
  const metaLines = (Object.keys(metaLabels) as (keyof typeof metaLabels)[]).filter(
    (key) => report.meta?.[key] !== undefined && report.meta?.[key] !== null,
  ).length;
  const starts: [string | undefined, number][] = [[report.preamble, 1 + metaLines]];
  for (const section of templates[report.template].sections) {
    if (section.body === "text") {
      starts.push([report[section.key as "overview"], lines.indexOf(section.heading) + 1]);
    }
  }
  for (const [text, start] of starts) {
    if (text === undefined) continue;
    const paragraphs = text.split("\n");
    expect(lines.slice(start, start + paragraphs.length)).toEqual(paragraphs);
  }
}

function applicationCells(version: TemplateVersion) {
  const report = fc.sample(consistentReport(version), { numRuns: 1, seed: 7 })[0]!;
  const heading = templates[version].sections.find((s) => s.key === "applications")!.heading;
  return layOut(tableOfSection(toHTML(report), heading));
}

describe("toHTML", () => {
  it.each(fixtures)("renders %s well-formed, with every row readable", (_name, report) => {
    checkHTML(report);
  });

  it("renders generated reports of both templates, with blank, marked and absent cells", () => {
    fc.assert(fc.property(reportWithHoles(), checkHTML), { numRuns: RUNS });
  });

  it("escapes hostile texts and labels", () => {
    fc.assert(fc.property(hostileReport(), checkHTML), { numRuns: 50 });
    const html = toHTML({ ...fixtures[0]![1], overview: `<script>alert("x")</script> & 'q'` });
    expect(html).not.toContain("<script");
    expect(html).toContain(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>",
    );
  });

  it.each(templateVersions)(
    "spans 三、本年度办理结果 and every group over their rows (%s)",
    (version) => {
      const { rows, columns, note, applicantHeader } = templates[version].applications;
      const { cells, width, headRows } = applicationCells(version);
      const find = (label: string) => cells.find((c) => c.text === label)!;
      for (const row of rows.filter((r) => r.role === "heading")) {
        // The result leaves and （七）总计 sit under 三、本年度办理结果.
        const under = rows.filter((r) => r.role === "result" || r.role === "resultTotal").length;
        expect(find(row.label).rowspan).toBe(under);
        expect(find(row.label).scope).toBe("rowgroup");
      }
      for (const row of rows.filter((r) => r.role === "group")) {
        expect(find(row.label).rowspan).toBe(
          rows.filter((r) => "parent" in r && r.parent === row.key).length,
        );
      }
      expect(find(note).rowspan).toBe(headRows);
      expect(find(note).colspan).toBe(width - columns.length);
      expect(find(applicantHeader.label).colspan).toBe(columns.length);
      for (const header of templates[version].applications.headers) {
        const under = columns.filter((c) => "header" in c && c.header === header.key).length;
        expect(find(header.label).colspan).toBe(under);
      }
      for (const column of columns.filter((c) => !("header" in c))) {
        expect(find(column.label).rowspan).toBe(headRows - 1);
      }
      // Every data row's label reaches the right edge of the label columns.
      for (const row of rows.filter((r) => r.role !== "heading" && r.role !== "group")) {
        const cell = find(row.label);
        expect(cell.column + cell.colspan).toBe(width - columns.length);
        expect(cell.scope).toBe("row");
      }
    },
  );

  it("matches the spans printed in format-spec §5.2 and §6.3", () => {
    const spec: Record<TemplateVersion, number> = { "2019": 20, "2021": 22 };
    for (const version of templateVersions) {
      const heading = templates[version].applications.rows.find((r) => r.role === "heading")!;
      const cell = applicationCells(version).cells.find((c) => c.text === heading.label)!;
      expect(cell.rowspan).toBe(spec[version]);
    }
  });

  it.each(templateVersions)(
    "spans the headers of table 四 and the captions of table 二 (%s)",
    (version) => {
      const report = fc.sample(consistentReport(version), { numRuns: 1, seed: 3 })[0]!;
      const html = toHTML(report);
      const { sections, reviewsAndLitigation, activeDisclosure } = templates[version];
      const four = layOut(tableOfSection(html, sections[3].heading));
      const { groups, columns, headers } = reviewsAndLitigation;
      expect(four.width).toBe(groups.length * columns.length);
      for (const group of groups) {
        const cell = four.cells.find((c) => c.text === group.label)!;
        expect(cell.colspan).toBe(columns.length);
        expect(cell.scope).toBe("colgroup");
      }
      for (const header of headers) {
        const under = groups.filter((g) => "header" in g && g.header === header.key).length;
        expect(four.cells.find((c) => c.text === header.label)!.colspan).toBe(
          under * columns.length,
        );
      }
      const two = layOut(tableOfSection(html, sections[1].heading));
      for (const group of activeDisclosure.groups) {
        const caption = two.cells.find((c) => c.text === group.label)!;
        expect(caption.colspan).toBe(two.width);
        expect(caption.scope).toBe("rowgroup");
      }
    },
  );
});
