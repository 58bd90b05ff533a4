/**
 * Tables 二, 三 and 四 read cell by cell against the registry of a template. Row labels, captions,
 * columns and identities all come from `src/templates/`; this module only walks them.
 *
 * @module
 */

import type { FindingDraft } from "../findings/finding.js";
import type { Cell } from "../model/cell.js";
import { identitiesOf } from "../templates/identities.js";
import { templateDefinition, templateVersions } from "../templates/registry.js";
import type { ColumnDefinition, TemplateVersion } from "../templates/types.js";
import { type Meter, tick } from "../text/meter.js";
import { matchKey } from "../text/normalize.js";
import { pipeTokens, type Token, wordTokens } from "./cells.js";
import { resolveAcrossRows } from "./crossrows.js";
import type { RowIdentity } from "./glued.js";
import { findLabels, keyIndexAt, labelForms } from "./labels.js";
import { type PrintedColumn, printedColumns } from "./printed.js";
import {
  type RowResult,
  type RowSpec,
  type RowsResult,
  readRow,
  readRows,
  type TableSource,
  unescapeCells,
} from "./rows.js";

type Table = Record<string, Record<string, Cell>>;

/** A table read from its section, with the findings about it. */
export interface TableReading {
  readonly table?: Table;
  readonly drafts: readonly FindingDraft[];
  /** The text stops inside this table. */
  readonly truncated: boolean;
}

function assemble(
  key: string,
  order: readonly { readonly id: string; readonly columns: readonly ColumnDefinition[] }[],
  result: RowsResult,
  drafts: FindingDraft[],
): Table {
  const table: Table = {};
  // Rows after the point where the text stops are covered by PARSE_TRUNCATED, not by one finding each.
  let stopped = result.truncatedAfter === null;
  for (const { id, columns } of order) {
    const row = result.rows.get(id);
    table[id] = { ...(row?.cells ?? {}) };
    if (row?.glued !== undefined && row.unreadable.length === 0) {
      drafts.push({
        code: "PARSE_CELLS_RECOVERED",
        path: [key, id],
        detail: row.glued,
        actual: row.ordered.map(showCell).join("/"),
      });
    }
    const cutRow = result.truncatedAfter === id;
    if (!stopped && !cutRow) {
      const missing = row ? row.unreadable : columns.map((c) => c.key);
      for (const column of missing)
        drafts.push({ code: "PARSE_CELL_UNREADABLE", path: [key, id, column] });
    }
    if (cutRow) stopped = true;
  }
  return table;
}

function showCell(cell: Cell | undefined): string {
  if (cell === undefined) return "?";
  if (cell === null) return "";
  if (typeof cell === "object" && "mark" in cell) return cell.mark;
  return String(cell);
}

function truncation(key: string, result: RowsResult, drafts: FindingDraft[]): boolean {
  if (result.truncatedAfter === undefined) return false;
  // The last row read goes into the path, so that the message names it by its printed label.
  const path = result.truncatedAfter === null ? [key] : [key, result.truncatedAfter];
  drafts.push({ code: "PARSE_TRUNCATED", path });
  return true;
}

type RowOrder = readonly { readonly id: string; readonly columns: readonly ColumnDefinition[] }[];

interface ActivePlan {
  readonly specs: readonly RowSpec[];
  readonly order: RowOrder;
  /** Key of the start of the first caption, where the table begins after any narrative. */
  readonly firstCaption: string;
}

function activePlan(version: TemplateVersion): ActivePlan {
  const definition = templateDefinition(version).activeDisclosure;
  const specs: RowSpec[] = [];
  const order: { id: string; columns: readonly ColumnDefinition[] }[] = [];
  for (const group of definition.groups) {
    const texts = [group.label, ...group.variants];
    specs.push({ id: `caption:${group.key}`, texts, forms: labelForms(texts) });
    for (const row of group.rows) {
      const rowTexts = [row.label, ...row.variants];
      specs.push({
        id: row.key,
        texts: rowTexts,
        forms: labelForms(rowTexts),
        columns: group.columns,
      });
      order.push({ id: row.key, columns: group.columns });
    }
  }
  const firstCaption = matchKey(definition.groups[0]!.label).slice(0, 4);
  return { specs, order, firstCaption };
}

interface ApplicationsPlan {
  readonly specs: readonly RowSpec[];
  readonly order: RowOrder;
}

function applicationsPlan(version: TemplateVersion): ApplicationsPlan {
  const { rows, columns } = templateDefinition(version).applications;
  const rowTotals = identitiesOf(version).filter((identity) => identity.code === "T3_ROW_TOTAL");
  const columnIndex = (key: string) => columns.findIndex((c) => c.key === key);
  const specs: RowSpec[] = rows.map((row) => {
    const texts = [row.label, ...row.variants];
    if (row.role === "heading" || row.role === "group") {
      return { id: `group:${row.key}`, texts, forms: labelForms(texts) };
    }
    const identities: RowIdentity[] = rowTotals
      .filter((identity) => identity.scope === row.key)
      .map((identity) => ({
        total: columnIndex(identity.left[0]![2]),
        parts: identity.right.map((path) => columnIndex(path[2])),
      }));
    return { id: row.key, texts, forms: labelForms(texts), columns, identities };
  });
  const order = specs.filter((s) => s.columns).map((s) => ({ id: s.id, columns }));
  return { specs, order };
}

interface ReviewsPlan {
  readonly flat: readonly { readonly group: string; readonly column: ColumnDefinition }[];
  readonly identities: readonly RowIdentity[];
}

function reviewsPlan(version: TemplateVersion): ReviewsPlan {
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const flat = groups.flatMap((group) => columns.map((column) => ({ group: group.key, column })));
  const identities: RowIdentity[] = identitiesOf(version)
    .filter((identity) => identity.code === "T4_GROUP_TOTAL")
    .map((identity) => {
      const index = (path: readonly string[]) =>
        flat.findIndex((f) => f.group === path[1] && f.column.key === path[2]);
      return { total: index(identity.left[0]!), parts: identity.right.map(index) };
    });
  return { flat, identities };
}

// Everything the readers derive from the registry, computed once per template at module load.
const PLANS = Object.freeze(
  Object.fromEntries(
    templateVersions.map((version) => [
      version,
      Object.freeze({
        active: activePlan(version),
        applications: applicationsPlan(version),
        reviews: reviewsPlan(version),
      }),
    ]),
  ) as Record<
    TemplateVersion,
    { active: ActivePlan; applications: ApplicationsPlan; reviews: ReviewsPlan }
  >,
);

/** Table 二: captions delimit the sub-tables; each row reads its sub-table's columns. */
export function readActiveDisclosure(
  source: TableSource,
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  const { specs, order, firstCaption } = PLANS[version].active;
  // Narrative may precede the table (format-spec D8): start at the first caption when there is one.
  const from = keyIndexAt(source.stream, source.from, meter);
  const at = source.stream.key.indexOf(firstCaption, from);
  // The search reads to the caption, or to the end of the key.
  tick(meter, 1 + (at === -1 ? source.stream.key.length : at) - from);
  const startAt = at === -1 ? source.from : source.stream.starts[at]!;
  const begin = Math.min(Math.max(startAt, source.from), source.to);
  // The header words after each caption decide the sub-table's columns (issue 13): a sub-table
  // printed in the other template's layout is read by its own headers.
  const printed = printedLayouts(source, specs, begin, version, meter);
  const result = readRows(source, printed.specs, begin, meter);
  const drafts: FindingDraft[] = [];
  if (!result.found) return { drafts, truncated: truncation("activeDisclosure", result, drafts) };
  const table = assemble("activeDisclosure", printed.order ?? order, result, drafts);
  return {
    table: printed.order ? ownColumnsOnly(table, drafts, printed, version) : table,
    drafts,
    truncated: truncation("activeDisclosure", result, drafts),
  };
}

/** The sub-tables whose headers print other columns than this template's, and the specs to read them. */
interface PrintedLayouts {
  readonly specs: readonly RowSpec[];
  /** The rows in order with the columns printed; `undefined` when every sub-table prints its own. */
  readonly order?: RowOrder;
  /** Per row key: the sub-table's printed columns. */
  readonly columns: ReadonlyMap<string, readonly PrintedColumn[]>;
}

function printedLayouts(
  source: TableSource,
  specs: readonly RowSpec[],
  begin: number,
  version: TemplateVersion,
  meter?: Meter,
): PrintedLayouts {
  const { stream } = source;
  const hits = findLabels(
    stream,
    specs,
    keyIndexAt(stream, begin, meter),
    keyIndexAt(stream, source.to, meter),
    meter,
  );
  const columns = new Map<string, readonly PrintedColumn[]>();
  const groups = templateDefinition(version).activeDisclosure.groups;
  hits.forEach((hit, index) => {
    if (!hit.id.startsWith("caption:")) return;
    const group = groups.find((g) => `caption:${g.key}` === hit.id);
    const next = hits[index + 1];
    if (group === undefined || next === undefined) return;
    // The key between the caption and the next label: the header words, a handful.
    tick(meter, next.start - hit.end);
    const layout = printedColumns(stream.key.slice(hit.end, next.start), group.key, version, meter);
    if (layout === undefined) return;
    for (const row of group.rows) columns.set(row.key, layout);
  });
  if (columns.size === 0) return { specs, columns };
  const respec = (spec: RowSpec): RowSpec => {
    const layout = columns.get(spec.id);
    return layout === undefined ? spec : { ...spec, columns: layout.map((p) => p.column) };
  };
  const changed = specs.map(respec);
  const order = changed.flatMap((spec) =>
    spec.columns ? [{ id: spec.id, columns: spec.columns }] : [],
  );
  return { specs: changed, order, columns };
}

/**
 * A table read with printed layouts, in this template's keys: a value under a printed column that
 * this template's sub-table has (the same key: 2019 处理决定数量 is 2021 本年处理决定数量) is kept; the
 * others are quoted in one TEMPLATE_MIXED per sub-table, and this template's cells the printed
 * layout has no column for are covered by that finding (one cause, one finding).
 */
function ownColumnsOnly(
  table: Table,
  drafts: FindingDraft[],
  printed: PrintedLayouts,
  version: TemplateVersion,
): Table {
  const other = templateVersions.find((v) => v !== version) ?? version;
  const out: Table = {};
  const quoted = new Map<string, string[]>();
  const mixed = new Set<string>();
  for (const group of templateDefinition(version).activeDisclosure.groups) {
    for (const row of group.rows) {
      const layout = printed.columns.get(row.key);
      const cells = table[row.key] ?? {};
      if (layout === undefined) {
        out[row.key] = cells;
        continue;
      }
      out[row.key] = {};
      const firstRow = group.rows[0]!.key;
      for (const { column } of layout) {
        const own = group.columns.some((c) => c.key === column.key);
        if (own && column.key in cells) out[row.key]![column.key] = cells[column.key]!;
        if (own) continue;
        mixed.add(firstRow);
        if (column.key in cells) {
          const list = quoted.get(firstRow) ?? [];
          list.push(`${row.label} ${column.label} ${showCell(cells[column.key])}`);
          quoted.set(firstRow, list);
        }
      }
      const theirs = layout.some((p) => p.template !== version);
      if (theirs && group.columns.some((c) => !layout.some((p) => p.column.key === c.key))) {
        mixed.add(firstRow);
      }
    }
  }
  // The cells of printed columns this template lacks, and this template's cells not printed.
  const kept = drafts.filter((draft) => {
    if (draft.code !== "PARSE_CELL_UNREADABLE" || draft.path[0] !== "activeDisclosure") return true;
    const layout = printed.columns.get(String(draft.path[1]));
    if (layout === undefined || !layout.some((p) => p.template !== version)) return true;
    const group = templateDefinition(version).activeDisclosure.groups.find((g) =>
      g.rows.some((r) => r.key === draft.path[1]),
    );
    const column = String(draft.path[2]);
    return (
      group?.columns.some((c) => c.key === column) === true &&
      layout.some((p) => p.column.key === column)
    );
  });
  drafts.length = 0;
  drafts.push(...kept);
  for (const row of mixed) {
    const list = quoted.get(row);
    drafts.push({
      code: "TEMPLATE_MIXED",
      path: ["activeDisclosure", row],
      expected: version,
      actual: other,
      ...(list && { detail: list.join("；") }),
    });
  }
  return out;
}

/** Table 三: every row of the registry in order; group and heading rows delimit only. */
export function readApplications(
  source: TableSource,
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  const { specs, order } = PLANS[version].applications;
  const result = resolveAcrossRows(readRows(source, specs, undefined, meter), version, meter);
  const drafts: FindingDraft[] = [];
  if (!result.found) return { drafts, truncated: truncation("applications", result, drafts) };
  const table = assemble("applications", order, result, drafts);
  return { table, drafts, truncated: truncation("applications", result, drafts) };
}

/** Value tokens of table 四: the values after the header words, up to the prose that follows. */
function reviewTokens(source: TableSource, count: number, meter?: Meter): Token[] {
  // The slice and the split.
  tick(meter, 2 * (source.to - source.from));
  const body = unescapeCells(source.text.slice(source.from, source.to), source.markdown, meter);
  const tokens: Token[] = [];
  if (source.pipes) {
    let blankRow: Token[] | undefined;
    for (const line of body.split("\n")) {
      // The search; then the opening pipe dropped and the line copied with one before it.
      tick(meter, 1 + 3 * line.length);
      if (!line.includes("|")) continue;
      // A pipe in the first column opens the row (Markdown); after spaces, or between tabs, it
      // ends a blank first cell.
      const cells = pipeTokens(
        `|${source.tabs ? line : line.replace(/^\|/, "")}`,
        source.separated,
        meter,
      );
      // Two passes over the line's cells, and the values copied.
      tick(meter, 3 * cells.length);
      const values = cells.filter((t) => !t.junk);
      if (values.some((t) => t.text !== "")) tokens.push(...values);
      else if (
        blankRow === undefined &&
        values.length === count &&
        values.length === cells.length
      ) {
        blankRow = values;
      }
    }
    // A row of blanks only counts when no line holds a value: then it is the row, provided it has
    // exactly the table's cells (a header line holds words, a stray `|||` too few cells).
    return tokens.length === 0 && blankRow !== undefined ? blankRow : tokens;
  }
  let started = false;
  // Header words glued to the values (`…尚未审结总计10203120001200000`): split letters from digits.
  // One character and one look-ahead character per position.
  tick(meter, body.length);
  const separated = body.replace(/(\p{Script=Han})(?=\d)|(\d)(?=\p{Script=Han})/gu, "$1$2 ");
  for (const word of wordTokens(separated, meter)) {
    tick(meter, 1);
    if (!word.junk) {
      tokens.push(word);
      started = true;
    } else if (started && word.text.length > 15) break;
  }
  return tokens;
}

/** Table 四: one row of fifteen cells, three groups of five; glued digits split by the group totals. */
export function readReviews(
  source: TableSource,
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  const { groups } = templateDefinition(version).reviewsAndLitigation;
  const { flat, identities } = PLANS[version].reviews;
  const drafts: FindingDraft[] = [];
  const values = reviewTokens(source, flat.length, meter);
  if (values.length === 0) {
    if (source.last) {
      drafts.push({ code: "PARSE_TRUNCATED", path: ["reviewsAndLitigation"] });
      return { drafts, truncated: true };
    }
    drafts.push({ code: "SECTION_MISSING", path: ["reviewsAndLitigation"] });
    return { drafts, truncated: false };
  }
  const cut = source.last && values.length < flat.length;
  const row: RowResult = readRow(
    "reviewsAndLitigation",
    cut ? values.slice(0, -1) : values,
    flat.map((f) => f.column),
    identities,
    cut,
    meter,
  );
  const table: Table = Object.fromEntries(groups.map((group) => [group.key, {}]));
  flat.forEach(({ group, column }, index) => {
    const cell = row.ordered[index];
    if (cell !== undefined) table[group]![column.key] = cell;
    else if (!cut)
      drafts.push({
        code: "PARSE_CELL_UNREADABLE",
        path: ["reviewsAndLitigation", group, column.key],
      });
  });
  if (row.glued !== undefined && row.unreadable.length === 0) {
    drafts.push({
      code: "PARSE_CELLS_RECOVERED",
      path: ["reviewsAndLitigation"],
      detail: row.glued,
      actual: row.ordered.map(showCell).join("/"),
    });
  }
  if (cut) drafts.push({ code: "PARSE_TRUNCATED", path: ["reviewsAndLitigation"] });
  return { table, drafts, truncated: cut };
}
