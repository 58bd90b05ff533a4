/**
 * Tables 二, 三 and 四 read cell by cell against the registry of a template. Row labels, captions,
 * columns and identities all come from `src/templates/`; this module only walks them.
 *
 * @module
 */

import type { FindingDraft } from "../findings/finding.js";
import type { Cell } from "../model/cell.js";
import { type Identity, identitiesOf } from "../templates/identities.js";
import { templateDefinition, templateVersions } from "../templates/registry.js";
import type { ColumnDefinition, TemplateVersion } from "../templates/types.js";
import { append } from "../text/lists.js";
import { holdsDigit } from "../text/marks.js";
import { type Meter, tick } from "../text/meter.js";
import { matchKey } from "../text/normalize.js";
import {
  amongValues,
  apartFromLetters,
  DIGITS_BEFORE_LETTERS,
  opensCells,
  pipeTokens,
  printedMore,
  type Token,
  wordTokens,
} from "./cells.js";
import { type SettlementPlan, settlementPlan, settleRows } from "./crossrows.js";
import { type RowIdentity, rowIdentity } from "./glued.js";
import { findLabels, keyIndexAt, type LabelHit, labelForms, type Mask } from "./labels.js";
import { annotationMask } from "./notes.js";
import { type PrintedColumn, printedColumns, stoppedEarly } from "./printed.js";
import {
  type RowNote,
  type RowResult,
  type RowSpec,
  type RowsResult,
  readRow,
  readRows,
  type TableSource,
  totalsHold,
  unescapeCells,
} from "./rows.js";
import { subtotalDrafts } from "./subtotals.js";
import { tabRows } from "./tabrows.js";

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
  version: TemplateVersion,
  drafts: FindingDraft[],
  opening = false,
): Table {
  // The rows in order, stored into a copy of an object that has every row's key already (made once
  // per row order): stored one by one under keys known only at run time, table 三's 25 rows would
  // turn a new object into a dictionary (V8 keeps few properties so stored fast), slower to freeze
  // and to read for every user of the report; made by Object.fromEntries, it cost several times
  // the copy. The same keys in the same order either way.
  const rows: Partial<Table> = { ...rowsShape(order) };
  // A copy that starts inside the table (found by its own labels, first in the text) lacks the
  // rows before the first one read: one PARSE_TRUNCATED says so, not a finding per cell.
  const firstRead = order.findIndex(({ id }) => result.rows.has(id));
  const before =
    opening && firstRead > 0 ? new Set(order.slice(0, firstRead).map((r) => r.id)) : undefined;
  if (before) drafts.push({ code: "PARSE_TRUNCATED", path: [key] });
  // A note is reported before the first row it is about; the rows it explains need no finding.
  // (Several notes may be about the same first row: each is said.)
  const noteAt = new Map<string, RowNote[]>();
  const explained = new Set<string>();
  // A row read from a label printed with a character wrong: said at the row, before its cells.
  const misprints = new Map<string, RowNote>();
  for (const note of result.notes) {
    if (note.kind === "misprinted") {
      misprints.set(note.at, note);
      continue;
    }
    if (note.kind === "extra" || (note.kind === "unplaced" && note.rows.length === 0)) {
      drafts.push(noteDraft(key, note, version));
      continue;
    }
    noteAt.set(note.rows[0]!, [...(noteAt.get(note.rows[0]!) ?? []), note]);
    if (note.kind === "mixed" || note.kind === "unplaced")
      for (const row of note.rows) explained.add(row);
  }
  // Rows after the point where the text stops are covered by PARSE_TRUNCATED, not by one finding each.
  let stopped = result.truncatedAfter === null;
  for (const { id, columns } of order) {
    const row = result.rows.get(id);
    // The row's own cells object: made for this row by its reading, and read only from here on.
    rows[id] = (row?.cells as Record<string, Cell> | undefined) ?? {};
    const misprint = misprints.get(id);
    if (misprint) drafts.push(noteDraft(key, misprint, version));
    for (const note of noteAt.get(id) ?? []) drafts.push(noteDraft(key, note, version));
    if (row?.glued !== undefined && row.unreadable.length === 0) {
      drafts.push({
        code: "PARSE_CELLS_RECOVERED",
        path: [key, id],
        detail: row.glued,
        actual: row.ordered.map(showCell).join("/"),
      });
    }
    const lastRead = result.truncatedAfter === id;
    // The row the text stops inside says nothing of its own; a whole row (a document's) does.
    const cutRow = lastRead && result.afterWholeRow !== true;
    if (!stopped && !cutRow && !explained.has(id) && !before?.has(id)) {
      if (
        row &&
        (row.scrambled === true || row.overfull === true || isAmbiguous(row) || contradicts(row))
      ) {
        drafts.push({ code: "PARSE_CELL_AMBIGUOUS", path: [key, id], actual: row.printed! });
      } else {
        const missing = row ? row.unreadable : columns.map((c) => c.key);
        for (const column of missing) {
          // A number printed where no value could be read (`22*`), quoted, as the grid readers
          // quote theirs (gridmap/collect.ts): nothing printed is lost.
          const printed = row?.unreadText?.[row.columnKeys.indexOf(column)];
          drafts.push({
            code: "PARSE_CELL_UNREADABLE",
            path: [key, id, column],
            ...(printed !== undefined && holdsDigit(printed) && { actual: printed }),
          });
        }
      }
    }
    if (lastRead) stopped = true;
  }
  // Every key of the order now holds its row's cells.
  return rows as Table;
}

/** Each row order's keys, in order, as an object to copy (every value `undefined`). */
const ROWS_SHAPES = new WeakMap<RowOrder, Readonly<Record<string, undefined>>>();

function rowsShape(order: RowOrder): Readonly<Record<string, undefined>> {
  let shape = ROWS_SHAPES.get(order);
  if (shape === undefined) {
    shape = Object.fromEntries(order.map(({ id }) => [id, undefined]));
    ROWS_SHAPES.set(order, shape);
  }
  return shape;
}

/** The finding of a note about the rows of a table. */
function noteDraft(key: string, note: RowNote, version: TemplateVersion): FindingDraft {
  switch (note.kind) {
    case "byOrder":
      return { code: "PARSE_ROWS_BY_ORDER", path: [key, note.group], actual: note.actual };
    case "mixed":
      return {
        code: "TEMPLATE_MIXED",
        path: [key, note.at],
        expected: version,
        actual: note.version,
        detail: note.detail,
      };
    case "misprinted":
      return {
        code: "PARSE_LABEL_MISPRINTED",
        path: [key, note.at],
        expected: note.expected,
        actual: note.label,
      };
    case "extra":
      // The other template's row: its label and values, none of them placed.
      return note.foreign
        ? {
            code: "TEMPLATE_MIXED",
            path: note.foreign.at === undefined ? [key] : [key, note.foreign.at],
            expected: version,
            actual: note.foreign.version,
            detail: note.actual === "" ? note.label : `${note.label}: ${note.actual}`,
          }
        : { code: "PARSE_EXTRA_ROW", path: [key], actual: note.actual, detail: note.label };
    case "unplaced":
      return {
        code: "PARSE_CELL_AMBIGUOUS",
        path: note.at === undefined ? [key] : [key, note.at],
        actual: note.actual,
      };
  }
}

/**
 * A short row whose printed values the identities could not all place: the readings left disagree
 * on some cell (one of them holds a value there that is not placed). One finding for the row,
 * quoting what was printed; the cells left absent need none of their own. When every reading left
 * is the same, its values are placed and the cells the text did not print are unreadable, each
 * with its own finding; when none is left, the printed values contradict the table and the whole
 * row is unreadable.
 */
function isAmbiguous(row: RowResult): boolean {
  if (row.printed === undefined || row.placements === undefined) return false;
  const placed = row.ordered.filter((cell) => cell !== undefined).length;
  return row.placements.some(
    (reading) => reading.filter((cell) => cell !== undefined).length > placed,
  );
}

/**
 * A short row whose printed values no reading of the table left a place for (they contradict its
 * totals, or a blank cell lost in the copy leaves none): nothing of it is placed, and the finding
 * quotes what was printed, as for a row with more values than cells (nothing printed is lost).
 */
function contradicts(row: RowResult): boolean {
  return (
    row.printed !== undefined &&
    /\d/.test(row.printed) &&
    row.ordered.every((cell) => cell === undefined)
  );
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
  /** Key of the first group's whole caption, to tell it from a later group's. */
  readonly firstGroup: string;
  /** Key of the label column's header (信息内容), which heads the first group's rows too. */
  readonly labelHeader: string;
}

function activePlan(version: TemplateVersion): ActivePlan {
  const definition = templateDefinition(version).activeDisclosure;
  const specs: RowSpec[] = [];
  const order: { id: string; columns: readonly ColumnDefinition[] }[] = [];
  for (const group of definition.groups) {
    const texts = [group.label, ...group.variants];
    specs.push({ id: `caption:${group.key}`, texts, forms: labelForms(texts), caption: true });
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
    for (const row of group.localRows ?? []) {
      const rowTexts = [row.label, ...row.variants];
      specs.push({
        id: `local:${row.key}`,
        texts: rowTexts,
        forms: labelForms(rowTexts),
        local: true,
      });
    }
    append(specs, foreignRows(version, group.key, group.rows[0]?.key));
  }
  // A sub-table only the other template has (2019's 第二十条第（九）项), printed in a report of this
  // one: its caption ends the sub-table before it, its rows' values are kept out of this one's.
  for (const other of templateVersions) {
    if (other === version) continue;
    for (const group of templateDefinition(other).activeDisclosure.groups) {
      if (definition.groups.some((g) => g.key === group.key)) continue;
      const texts = [group.label, ...group.variants];
      specs.push({ id: `caption:${group.key}`, texts, forms: labelForms(texts), caption: true });
      append(specs, foreignRows(version, group.key, undefined));
    }
  }
  const firstGroup = matchKey(definition.groups[0]!.label);
  const firstCaption = firstGroup.slice(0, 4);
  return { specs, order, firstCaption, firstGroup, labelHeader: matchKey(definition.labelHeader) };
}

/**
 * The rows of sub-table `group` that the other template prints and this one does not (2019's
 * 其他对外管理服务事项 beside 行政许可): read as local rows, so that their values are neither taken
 * for the row above's nor lost, and quoted in a TEMPLATE_MIXED finding about this template's row
 * `at`.
 */
function foreignRows(version: TemplateVersion, group: string, at: string | undefined): RowSpec[] {
  const specs: RowSpec[] = [];
  const own = templateDefinition(version).activeDisclosure.groups.find((g) => g.key === group);
  for (const other of templateVersions) {
    if (other === version) continue;
    const theirs = templateDefinition(other).activeDisclosure.groups.find((g) => g.key === group);
    for (const row of theirs?.rows ?? []) {
      if (own?.rows.some((r) => r.key === row.key)) continue;
      const texts = [row.label, ...row.variants];
      specs.push({
        id: `foreign:${row.key}`,
        texts,
        forms: labelForms(texts),
        local: true,
        foreignRow: { version: other, ...(at !== undefined && { at }) },
      });
    }
  }
  return specs;
}

interface ApplicationsPlan {
  readonly specs: readonly RowSpec[];
  readonly order: RowOrder;
}

function applicationsPlan(version: TemplateVersion): ApplicationsPlan {
  const { rows, columns } = templateDefinition(version).applications;
  const rowTotals = identitiesOf(version).filter((identity) => identity.code === "T3_ROW_TOTAL");
  const columnIndex = (key: string) => columns.findIndex((c) => c.key === key);
  // The same label in another template, as a leaf row or as a group with its rows (（六）). Each
  // label's key is made once: this runs at module load in every worker, and keys made afresh for
  // every pair of rows cost more than the rest of the plan.
  const others = templateVersions
    .filter((other) => other !== version)
    .map((other) => {
      const otherRows = templateDefinition(other).applications.rows;
      return { other, otherRows, keys: otherRows.map((r) => matchKey(r.label)) };
    });
  const elsewhere = (label: string) => {
    const key = matchKey(label);
    return others
      .map(({ other, otherRows, keys }) => {
        const row = otherRows[keys.indexOf(key)];
        return { other, row, children: otherRows.filter((r) => r.parent === row?.key) };
      })
      .find(({ row }) => row !== undefined);
  };
  const specs: RowSpec[] = rows.map((row) => {
    const texts = [row.label, ...row.variants];
    const foreign = elsewhere(row.label);
    if (row.role === "heading" || row.role === "group") {
      const children = rows.filter((r) => r.parent === row.key && r.role === "result");
      return {
        id: `group:${row.key}`,
        texts,
        forms: labelForms(texts),
        ...(row.role === "group" && { children: children.map((r) => r.key) }),
        ...(row.role === "group" &&
          foreign?.row?.role === "result" && { foreignLeaf: foreign.other }),
      };
    }
    const identities: RowIdentity[] = rowTotals
      .filter((identity) => identity.scope === row.key)
      .map((identity) => rowIdentity(identity, (path) => columnIndex(path[2])));
    // Only distinctive labels tell the other layout (2021's `3.其他` is too common a word).
    const foreignForms = labelForms((foreign?.children ?? []).map((r) => r.label)).filter(
      (form) => form.core.length >= 8,
    );
    return {
      id: row.key,
      texts,
      forms: labelForms(texts),
      columns,
      identities,
      ...(foreignForms.length > 0 && {
        foreignGroup: { version: foreign!.other, forms: foreignForms },
      }),
    };
  });
  const order = specs.filter((s) => s.columns).map((s) => ({ id: s.id, columns }));
  return { specs, order };
}

interface ReviewsPlan {
  readonly flat: readonly { readonly group: string; readonly column: ColumnDefinition }[];
  readonly identities: readonly RowIdentity[];
  /** The group totals of the registry, which settle the row's short readings. */
  readonly groupTotals: readonly Identity[];
}

function reviewsPlan(version: TemplateVersion): ReviewsPlan {
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const flat = groups.flatMap((group) => columns.map((column) => ({ group: group.key, column })));
  const groupTotals = identitiesOf(version).filter(
    (identity) => identity.code === "T4_GROUP_TOTAL",
  );
  const identities: RowIdentity[] = groupTotals.map((identity) =>
    rowIdentity(identity, (path) =>
      flat.findIndex((f) => f.group === path[1] && f.column.key === path[2]),
    ),
  );
  return { flat, identities, groupTotals };
}

/** Per table, the identities whose cells are that table's (table 二 has none). */
function tableIdentities(key: string, version: TemplateVersion): readonly Identity[] {
  return Object.freeze(identitiesOf(version).filter((identity) => identity.left[0]![0] === key));
}

/** The settling plan of a table whose rows read `order`'s columns (see `settlementPlan`). */
function planOf(key: string, order: RowOrder, identities: readonly Identity[]): SettlementPlan {
  const columnKeys = new Map(order.map(({ id, columns }) => [id, columns.map((c) => c.key)]));
  return settlementPlan(
    order.map(({ id }) => ({ id, columnKeys: columnKeys.get(id)! })),
    identities,
    (id, index) => [key, id, columnKeys.get(id)![index]!],
  );
}

/** What {@link settleTable} needs of one table: its identities and their numbering. */
interface Settling {
  readonly identities: readonly Identity[];
  readonly plan: SettlementPlan;
}

function settlingOf(key: string, order: RowOrder, version: TemplateVersion): Settling {
  const identities = tableIdentities(key, version);
  return { identities, plan: planOf(key, order, identities) };
}

// Everything the readers derive from the registry, computed once per template at module load.
const PLANS = Object.freeze(
  Object.fromEntries(
    templateVersions.map((version) => {
      const active = activePlan(version);
      const applications = applicationsPlan(version);
      return [
        version,
        Object.freeze({
          active,
          applications,
          reviews: reviewsPlan(version),
          settling: {
            activeDisclosure: settlingOf("activeDisclosure", active.order, version),
            applications: settlingOf("applications", applications.order, version),
          },
        }),
      ];
    }),
  ) as Record<
    TemplateVersion,
    {
      active: ActivePlan;
      applications: ApplicationsPlan;
      reviews: ReviewsPlan;
      settling: Record<"activeDisclosure" | "applications", Settling>;
    }
  >,
);

/**
 * The rows of a table with their open readings (glued splits, short rows) settled by the table's
 * identities (table 二 has none: its short rows keep only what every placement agrees on).
 */
function settleTable(
  key: "activeDisclosure" | "applications",
  result: RowsResult,
  version: TemplateVersion,
  meter?: Meter,
): RowsResult {
  const { identities, plan } = PLANS[version].settling[key];
  const rows = settleRows(
    result.rows,
    identities,
    (id, index) => [key, id, result.rows.get(id)!.columnKeys[index]!],
    meter,
    plan,
  );
  return rows === result.rows ? result : { ...result, rows };
}

/** Table 二: captions delimit the sub-tables; each row reads its sub-table's columns. */
export function readActiveDisclosure(
  source: TableSource,
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  const { specs, order, firstCaption, firstGroup, labelHeader } = PLANS[version].active;
  // Narrative may precede the table (format-spec D8): start at the first caption when there is one.
  const from = keyIndexAt(source.stream, source.from, meter);
  const key = source.stream.key;
  // A table found by its own labels starts at the first of them (a caption may be lost).
  let at = source.anchored ? -1 : key.indexOf(firstCaption, from);
  // The search reads to the caption, or to the end of the key.
  tick(meter, 1 + (at === -1 ? key.length : at) - from);
  // The first caption found is a later group's (第二十条第（五）项): the page lost the first one
  // and its rows print under the label column's header alone. They start at that header, when
  // one comes before the caption; prose before it cannot hold one.
  if (at !== -1 && !key.startsWith(firstGroup, at)) {
    const header = key.lastIndexOf(labelHeader, at);
    // The search reads back from the caption to the header, or to the start of the key.
    tick(meter, 1 + at - Math.max(header, 0));
    if (header >= from) at = header;
  }
  const startAt = at === -1 ? source.from : source.stream.starts[at]!;
  const begin = Math.min(Math.max(startAt, source.from), source.to);
  // The header words after each caption decide the sub-table's columns (issue 13): a sub-table
  // printed in the other template's layout is read by its own headers.
  const fromKey = keyIndexAt(source.stream, begin, meter);
  const toKey = keyIndexAt(source.stream, source.to, meter);
  const mask = annotationMask(source.text, source.stream, fromKey, toKey, meter);
  const printed = printedLayouts(source, specs, fromKey, toKey, version, mask, meter);
  const read = readRows(source, printed.specs, begin, meter, mask, printed.hits);
  const result = settleTable("activeDisclosure", read, version, meter);
  const drafts: FindingDraft[] = [];
  if (!result.found) return { drafts, truncated: truncation("activeDisclosure", result, drafts) };
  const table = assemble(
    "activeDisclosure",
    printed.order ?? order,
    result,
    version,
    drafts,
    source.opening,
  );
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
  /** The labels found (the printed layouts change the columns of rows, never their labels). */
  readonly hits: readonly LabelHit[];
}

/**
 * Each template's table-二 sub-tables by their caption's label id (`caption:…`, as the plans name
 * them), made once: printedLayouts finds a caption's sub-table with one look-up.
 */
const GROUP_BY_CAPTION = new Map(
  templateVersions.map((version) => [
    version,
    new Map(
      templateDefinition(version).activeDisclosure.groups.map((group) => [
        `caption:${group.key}`,
        group,
      ]),
    ),
  ]),
);

function printedLayouts(
  source: TableSource,
  specs: readonly RowSpec[],
  fromKey: number,
  toKey: number,
  version: TemplateVersion,
  mask: Mask,
  meter?: Meter,
): PrintedLayouts {
  const { stream } = source;
  // Labels inside annotations (a definition naming 行政处罚) are not labels here either.
  const hits = findLabels(stream, specs, fromKey, toKey, meter, mask, source.text);
  const columns = new Map<string, readonly PrintedColumn[]>();
  const captioned = GROUP_BY_CAPTION.get(version)!;
  // The sub-tables a handful, their captions found a handful: plain loops.
  for (let index = 0; index + 1 < hits.length; index++) {
    const hit = hits[index]!;
    const next = hits[index + 1]!;
    // A caption's sub-table by the caption's id: no id sliced and compared with every group's key.
    const group = captioned.get(hit.id);
    if (group === undefined) continue;
    // The key between the caption and the next label: the header words, a handful.
    tick(meter, next.start - hit.end);
    const key = stream.key.slice(hit.end, next.start);
    const layout = printedColumns(key, group.key, version, meter);
    if (layout === undefined) continue;
    // The sub-table's key after its header, to the next caption (or the table's end).
    let end = index + 1;
    while (end < hits.length && !hits[end]!.id.startsWith("caption:")) end++;
    tick(meter, end - index);
    const later = stream.key.slice(next.start, end < hits.length ? hits[end]!.start : toKey);
    if (stoppedEarly(layout, group.key, version, later, meter)) continue;
    for (const row of group.rows) columns.set(row.key, layout);
  }
  if (columns.size === 0) return { specs, columns, hits };
  const respec = (spec: RowSpec): RowSpec => {
    const layout = columns.get(spec.id);
    if (layout === undefined) return spec;
    const headed = layout.length < (spec.columns?.length ?? 0);
    return {
      ...spec,
      columns: layout.map((p) => p.column),
      ...(headed && { headed: true as const }),
    };
  };
  const changed = specs.map(respec);
  const order = changed.flatMap((spec) =>
    spec.columns ? [{ id: spec.id, columns: spec.columns }] : [],
  );
  return { specs: changed, order, columns, hits };
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
      for (const { column, renamed } of layout) {
        // A column of this template printed under other words (`本年数量` for 本年增/减): read by
        // position, its values are not this column's; said, not placed.
        if (renamed !== undefined) {
          if (column.key in cells) {
            drafts.push({
              code: "PARSE_CELL_UNREADABLE",
              path: ["activeDisclosure", row.key, column.key],
              actual: `${renamed} ${showCell(cells[column.key])}`.trimEnd(),
            });
          }
          continue;
        }
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
      const unprinted = group.columns.filter((c) => !layout.some((p) => p.column.key === c.key));
      if (theirs && unprinted.length > 0) mixed.add(firstRow);
      // This template's layout with fewer columns (`对外公开总数量` alone): the row was read (a cell
      // of it, or a finding about one), but the cells of the columns its header does not print
      // cannot be; each is said, not left silent. A row the text never reached says nothing more.
      const read =
        Object.keys(cells).length > 0 ||
        drafts.some((d) => d.path[1] === row.key && d.path.length > 2);
      if (!theirs && read) {
        for (const column of unprinted) {
          const covered = drafts.some(
            (d) => d.path[1] === row.key && (d.path.length === 2 || d.path[2] === column.key),
          );
          if (!covered) {
            drafts.push({
              code: "PARSE_CELL_UNREADABLE",
              path: ["activeDisclosure", row.key, column.key],
            });
          }
        }
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
  // The other template's rows of a sub-table read in its layout are the same cause: their
  // values join the one finding about the sub-table.
  const foreign = (draft: FindingDraft) =>
    draft.code === "TEMPLATE_MIXED" && draft.path.length === 2 && mixed.has(String(draft.path[1]));
  drafts.length = 0;
  for (const draft of kept) {
    if (!foreign(draft)) drafts.push(draft);
    else if (draft.detail !== undefined) {
      const row = String(draft.path[1]);
      quoted.set(row, [...(quoted.get(row) ?? []), draft.detail]);
    }
  }
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
  const result = settleTable(
    "applications",
    readRows(source, specs, undefined, meter),
    version,
    meter,
  );
  const drafts: FindingDraft[] = [];
  if (!result.found) return { drafts, truncated: truncation("applications", result, drafts) };
  const table = assemble("applications", order, result, version, drafts, source.opening);
  // A subtotal printed on a group's line (quoted by assemble as PARSE_EXTRA_ROW) is checked
  // against the group's rows as read: R5, which the model has no cells to check.
  for (const note of result.notes)
    if (note.kind === "extra" && note.subtotal)
      append(drafts, subtotalDrafts(version, table, note.subtotal, meter));
  return { table, drafts, truncated: truncation("applications", result, drafts) };
}

/** Lines a header stacked one character a line has at least, before the first digit. */
const STACKED_LINES = 4;
const ONE_HAN_LINE = /^[^\S\n]*\p{Script=Han}[^\S\n]*$/gmu;

/**
 * Whether the text before its first digit holds at least {@link STACKED_LINES} lines of one Han
 * character: column headers in narrow cells, in a PDF's stream order (`结⏎果⏎维⏎持`). Laid out
 * as text (`pdftotext -layout`) or copied from a page, a header's characters share lines.
 */
function stackedHeader(body: string, meter?: Meter): boolean {
  const digit = body.search(/\d/);
  const head = digit === -1 ? body : body.slice(0, digit);
  // The search for a digit, the slice, and one anchored match per line.
  tick(meter, 3 * head.length);
  return (head.match(ONE_HAN_LINE)?.length ?? 0) >= STACKED_LINES;
}

/**
 * Whether every line of a document table's rendering (` a | b |`) is a row of cells holding one
 * word at most: then each value read is one of its cells, never two glued.
 */
function oneWordCells(text: string, meter?: Meter): boolean {
  // The split and one scan of each line.
  tick(meter, 2 * text.length);
  return text
    .split("\n")
    .every(
      (line) =>
        line.trim() === "" ||
        (line.includes("|") && line.split("|").every((cell) => !/\S\s+\S/.test(cell))),
    );
}

/**
 * Value tokens of table 四: the values after the header words, up to the prose that follows.
 * `interrupted`: outside a pipe rendering, header words stand between the values, or the header
 * is stacked one character a line (a PDF's text in its stream order interleaves them, or draws the
 * cells in another order), so their order need not be the columns'.
 */
function reviewTokens(
  source: TableSource,
  count: number,
  meter?: Meter,
): {
  readonly tokens: Token[];
  readonly interrupted: boolean;
  /** Words printing a number beside the values, no cells: quoted if the values are. */
  readonly quoted?: readonly string[];
} {
  // The slice and the split.
  tick(meter, 2 * (source.to - source.from));
  const body = unescapeCells(source.text.slice(source.from, source.to), source.markdown, meter);
  const tokens: Token[] = [];
  if (source.pipes) {
    let blankRow: Token[] | undefined;
    // Written with tabs, a cell may be a paragraph standing on lines of its own (tabRows).
    for (const line of source.tabs ? tabRows(body, meter) : body.split("\n")) {
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
      // A cell that printed more than its value (`187*`, `200（其中1件）`) among values is a cell
      // of the row, every piece of a pipe line being a cell; after the last value, only where the
      // row has room for it (a note in a column of its own after the fifteen, `注1`, is none).
      let lastValue = cells.length - 1;
      while (lastValue >= 0 && (cells[lastValue]!.junk || cells[lastValue]!.text === ""))
        lastValue--;
      const more = (t: Token) => lastValue !== -1 && t.junk && printedMore(t, true);
      const inner = (t: Token, index: number) => !t.junk || (more(t) && index < lastValue);
      // In place, in the line's order (blank cells may follow them: `62 | 63* | | |`).
      const all = cells.filter((t, index) => inner(t, index) || more(t));
      const values = tokens.length + all.length <= count ? all : cells.filter(inner);
      if (values.some((t) => t.text !== "")) append(tokens, values);
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
    return {
      tokens: tokens.length === 0 && blankRow !== undefined ? blankRow : tokens,
      interrupted: false,
    };
  }
  let started = false;
  let words = false;
  // Header words printed one character a line before the values: a PDF's text in its content
  // stream's order (`pdftotext` without -layout), where a page may draw a cell after the one to
  // its right, so that the values' order need not be the columns' either.
  let interrupted = stackedHeader(body, meter);
  let beforeProse: { readonly tokens: Token[]; readonly interrupted: boolean } | undefined;
  let before: string | undefined;
  const after: string[] = [];
  let afterRun = false;
  // Header words glued to the values (`…尚未审结总计10203120001200000`): split letters from digits,
  // but not a note's letters after a value's digits (`186[注1]`, one cell).
  // A few characters behind and one ahead per position.
  tick(meter, 4 * body.length);
  const separated = body
    .replace(/(?<!\d[^\s\d]{0,2})\p{Script=Han}(?=\d)/gu, "$& ")
    .replace(DIGITS_BEFORE_LETTERS, apartFromLetters);
  const list = wordTokens(separated, meter);
  for (let at = 0; at < list.length; at++) {
    const word = list[at]!;
    tick(meter, 1);
    // A cell that printed more than its value (`187*`), among the values or opening them.
    const cell =
      word.junk &&
      (started && !words ? amongValues(list, at, tokens.length) : opensCells(list, at, count));
    if (!word.junk || cell) {
      if (words) interrupted = true;
      // Words just before the values on their line printing a number (`186（其中1件）`, read as
      // `186（其中1` and `件）`): no cell, but quoted.
      if (!started && tokens.length === 0) before = wordsBefore(list, at);
      tokens.push(word);
      started = true;
    } else if (started && word.text.length > 15) {
      // Prose ends the values. Before a whole row, its numbers may be the prose's
      // (`2020 年,我单位…未出现申请行政复议…` above the table): the values after it are read too, and
      // taken only when they are the table's cells exactly, uninterrupted.
      if (tokens.length >= count || beforeProse !== undefined) break;
      beforeProse = { tokens: tokens.splice(0), interrupted };
      started = false;
      words = false;
      interrupted = false;
    } else if (started) {
      // Words printing a number right after the values (`200*1`, or a page number: with cells
      // set apart by spaces a blank cell before them cannot be told): no cells, but quoted.
      const trailing: boolean = (!words || afterRun) && printedMore(word);
      if (trailing) after.push(word.text);
      afterRun = trailing;
      words = true;
    }
  }
  if (beforeProse !== undefined && (interrupted || tokens.length !== count)) return beforeProse;
  const quoted = [...(before === undefined ? [] : [before]), ...after];
  return { tokens, interrupted, ...(quoted.length > 0 && { quoted }) };
}

/** The words before `list[at]` on its line, joined, when they print a number. */
function wordsBefore(list: readonly Token[], at: number): string | undefined {
  let from = at;
  while (from > 0 && list[from - 1]!.junk && list[from]!.opens !== true) from--;
  const words = list
    .slice(from, at)
    .map((token) => token.text)
    .join("");
  return holdsDigit(words) ? words : undefined;
}

/** Table 四: one row of fifteen cells, three groups of five; glued digits split by the group totals. */
export function readReviews(
  source: TableSource,
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  const { groups } = templateDefinition(version).reviewsAndLitigation;
  const { flat, identities, groupTotals } = PLANS[version].reviews;
  const drafts: FindingDraft[] = [];
  const { tokens: values, interrupted, quoted = [] } = reviewTokens(source, flat.length, meter);
  if (values.length === 0) {
    if (source.last) {
      drafts.push({ code: "PARSE_TRUNCATED", path: ["reviewsAndLitigation"] });
      return { drafts, truncated: true };
    }
    drafts.push({ code: "SECTION_MISSING", path: ["reviewsAndLitigation"] });
    return { drafts, truncated: false };
  }
  // A table 四 printed as a document's table (its body that table) is whole where the text stops.
  const whole =
    source.wholeRowsFrom !== undefined &&
    source.text.slice(source.from, source.wholeRowsFrom).trim() === "";
  const cut = source.last && !whole && values.length < flat.length;
  const read: RowResult = readRow(
    "reviewsAndLitigation",
    cut ? values.slice(0, -1) : values,
    flat.map((f) => f.column),
    identities,
    cut,
    meter,
    whole && oneWordCells(source.text.slice(source.from, source.to), meter),
  );
  // The fifteen cells are one row here: its short readings are settled by the group totals.
  const row = settleRows(
    new Map([[read.id, read]]),
    groupTotals,
    (_, index) => ["reviewsAndLitigation", flat[index]!.group, flat[index]!.column.key],
    meter,
  ).get(read.id)!;
  const table: Table = Object.fromEntries(groups.map((group) => [group.key, {}]));
  // Values printed between header words and breaking a group total: the order they were read in
  // is not the columns' (a PDF's text in stream order), so no cell is placed (issue 13: a wrong
  // number is worse than a missing one). In order, a broken total is the report's own error.
  const scrambled = !cut && interrupted && !totalsHold(row.ordered, identities, meter);
  // Nothing placed of values printed (no reading the totals leave): quoted, never dropped.
  const unplaced =
    row.ordered.every((cell) => cell === undefined) && values.some((t) => /\d/.test(t.text));
  // Cut short, a row whose values none is placed of (digits out of order, see readRow) is quoted
  // too: the text stopping in it leaves the values read, never drops them.
  const ambiguous =
    (!cut || row.printed !== undefined) && (scrambled || isAmbiguous(row) || unplaced);
  if (ambiguous) {
    drafts.push({
      code: "PARSE_CELL_AMBIGUOUS",
      path: ["reviewsAndLitigation"],
      actual: [row.printed ?? values.map((t) => t.text).join(" | "), ...quoted].join(" | "),
    });
  }
  flat.forEach(({ group, column }, index) => {
    const cell = scrambled ? undefined : row.ordered[index];
    if (cell !== undefined) table[group]![column.key] = cell;
    else if (!cut && !ambiguous) {
      const printed = scrambled ? undefined : row.unreadText?.[index];
      drafts.push({
        code: "PARSE_CELL_UNREADABLE",
        path: ["reviewsAndLitigation", group, column.key],
        ...(printed !== undefined && holdsDigit(printed) && { actual: printed }),
      });
    }
  });
  if (!scrambled && row.glued !== undefined && row.unreadable.length === 0) {
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
