/**
 * The shape of the three tables as the renderers draw them, derived from the registry: the column
 * header trees with their spans, the row hierarchy of table 三 with its spans, and the text token of
 * every cell. Text, Markdown and HTML share this, so that they always agree on the layout.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { type Cell, isMark } from "../model/cell.js";
import type { Report } from "../model/report.js";
import { templateDefinition } from "../templates/registry.js";
import type { ApplicationRowDefinition, TemplateVersion } from "../templates/types.js";
import { most } from "../text/lists.js";

/** The token of a cell that could not be read (absent in the model). */
export const ABSENT_CELL = "?";

/**
 * The text of a cell: digits for a count, the decimal string for an amount, empty for a blank
 * (`null`), the symbol for a mark, {@link ABSENT_CELL} for an absent cell.
 *
 * @example
 * ```ts
 * cellToken(3); // '3'
 * cellToken(new Decimal("0.35")); // '0.35'
 * cellToken(null); // ''
 * cellToken({ mark: "/" }); // '/'
 * cellToken(undefined); // '?'
 * ```
 */
export function cellToken(value: Cell | undefined): string {
  if (value === undefined) return ABSENT_CELL;
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (Decimal.isDecimal(value)) return value.toFixed();
  return isMark(value) ? value.mark : ABSENT_CELL;
}

/** A table of the report read generically: rows of cells by key. */
export type TableCells = Readonly<
  Record<string, Readonly<Record<string, Cell | undefined>> | undefined>
>;

/** The table of a report under `key`, or `undefined` when the report lacks it. */
export function tableOf(
  report: Report,
  key: "activeDisclosure" | "applications" | "reviewsAndLitigation",
): TableCells | undefined {
  return report[key] as TableCells | undefined;
}

/** A node of a column header tree: a leaf is a data column. */
export interface HeaderNode {
  readonly label: string;
  readonly children: readonly HeaderNode[];
}

/** A header cell placed on the grid of header rows. */
export interface PlacedHeader {
  readonly label: string;
  /** Header row (0-based). */
  readonly row: number;
  /** First data column it covers (0-based). */
  readonly column: number;
  readonly rowspan: number;
  readonly colspan: number;
  /** Whether it heads a single data column. */
  readonly leaf: boolean;
}

/** The header rows of a header tree: every cell with its spans, and the grid's size. */
export interface HeaderGrid {
  readonly cells: readonly PlacedHeader[];
  /** Number of header rows. */
  readonly depth: number;
  /** Number of data columns. */
  readonly width: number;
  /** For each data column, the labels from the root to the leaf. */
  readonly paths: readonly (readonly string[])[];
}

function depthOf(node: HeaderNode): number {
  return 1 + Math.max(0, most(node.children.map(depthOf)));
}

/**
 * Places a header tree on rows: a node sits on the row of its level and spans its leaves; a leaf
 * stretches down to the last header row (the official tables' rowspan on 自然人, 总计, 结果维持 …).
 */
export function headerGrid(roots: readonly HeaderNode[]): HeaderGrid {
  const depth = Math.max(0, most(roots.map(depthOf)));
  const cells: PlacedHeader[] = [];
  const paths: string[][] = [];
  const place = (
    node: HeaderNode,
    row: number,
    column: number,
    path: readonly string[],
  ): number => {
    const here = [...path, node.label];
    if (node.children.length === 0) {
      cells.push({ label: node.label, row, column, rowspan: depth - row, colspan: 1, leaf: true });
      paths.push(here);
      return 1;
    }
    let span = 0;
    const index = cells.length;
    for (const child of node.children) span += place(child, row + 1, column + span, here);
    cells.splice(index, 0, {
      label: node.label,
      row,
      column,
      rowspan: 1,
      colspan: span,
      leaf: false,
    });
    return span;
  };
  let width = 0;
  for (const root of roots) width += place(root, 0, width, []);
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return { cells, depth, width, paths };
}

/** Nodes of items in order, consecutive items sharing a spanning header gathered under it. */
function gather<T extends { readonly header?: string }>(
  items: readonly T[],
  headers: readonly { readonly key: string; readonly label: string }[],
  nodeOf: (item: T) => HeaderNode,
): HeaderNode[] {
  const nodes: { key: string | undefined; node: HeaderNode }[] = [];
  for (const item of items) {
    const last = nodes.at(-1);
    if (item.header !== undefined && last?.key === item.header) {
      (last.node.children as HeaderNode[]).push(nodeOf(item));
    } else if (item.header !== undefined) {
      const label = headers.find((h) => h.key === item.header)?.label ?? "";
      nodes.push({ key: item.header, node: { label, children: [nodeOf(item)] } });
    } else {
      nodes.push({ key: undefined, node: nodeOf(item) });
    }
  }
  return nodes.map((n) => n.node);
}

/** The column header of table 三: 申请人情况 over 自然人, 法人或其他组织 (five columns), 总计. */
export function applicationHeader(version: TemplateVersion): HeaderGrid {
  const { applicantHeader, headers, columns } = templateDefinition(version).applications;
  const children = gather(columns, headers, (c) => ({ label: c.label, children: [] }));
  return headerGrid([{ label: applicantHeader.label, children }]);
}

/** The column header of table 四: 行政复议 and 行政诉讼 (two groups), five columns per group. */
export function reviewHeader(version: TemplateVersion): HeaderGrid {
  const { headers, groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const leaves = (): HeaderNode[] => columns.map((c) => ({ label: c.label, children: [] }));
  return headerGrid(gather(groups, headers, (g) => ({ label: g.label, children: leaves() })));
}

/** A row of table 三 as drawn. */
export interface ApplicationLine {
  readonly key: string;
  readonly label: string;
  /** Whether the row holds numbers (not a heading or group label). */
  readonly data: boolean;
  /** Nesting level: 0 for 一、…, 1 for （一）…, 2 for 1.… */
  readonly depth: number;
  /** For a heading or group: how many data rows it spans; 1 for a data row. */
  readonly rowspan: number;
  /** How many label columns the label takes (a row reaching the right edge of the label area). */
  readonly colspan: number;
}

/** The rows of table 三 with their hierarchy and spans, and the number of label columns. */
export interface ApplicationLayout {
  readonly lines: readonly ApplicationLine[];
  readonly labelColumns: number;
}

function isDataRow(row: ApplicationRowDefinition): boolean {
  return row.role !== "heading" && row.role !== "group";
}

/**
 * The row hierarchy of table 三. （七）总计 is numbered as the seventh item of 三、本年度办理结果
 * and the official layout spans it with the results (rowspan 20 / 22, format-spec §5.2, §6.3),
 * while the registry keeps it out of the result hierarchy since it is no result leaf; so a
 * `resultTotal` row is drawn under the heading its result leaves descend from.
 */
export function applicationLayout(version: TemplateVersion): ApplicationLayout {
  const rows = templateDefinition(version).applications.rows;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const rootOf = (row: ApplicationRowDefinition): ApplicationRowDefinition => {
    const parent = row.parent === undefined ? undefined : byKey.get(row.parent);
    return parent === undefined ? row : rootOf(parent);
  };
  const firstResult = rows.find((row) => row.role === "result");
  const resultsHeading = firstResult === undefined ? undefined : rootOf(firstResult);
  const parentOf = (row: ApplicationRowDefinition): string | undefined =>
    row.parent ??
    (row.role === "resultTotal" && resultsHeading !== row ? resultsHeading?.key : undefined);
  const ancestors = (row: ApplicationRowDefinition): string[] => {
    const parent = parentOf(row);
    const definition = parent === undefined ? undefined : byKey.get(parent);
    return definition === undefined ? [] : [...ancestors(definition), definition.key];
  };
  const chains = new Map(rows.map((row) => [row.key, ancestors(row)]));
  const labelColumns = 1 + Math.max(0, most(rows.map((row) => chains.get(row.key)!.length)));
  const lines = rows.map((row): ApplicationLine => {
    const depth = chains.get(row.key)!.length;
    const data = isDataRow(row);
    const covered = rows.filter((r) => isDataRow(r) && chains.get(r.key)!.includes(row.key));
    return {
      key: row.key,
      label: row.label,
      data,
      depth,
      rowspan: data ? 1 : covered.length,
      colspan: data ? labelColumns - depth : 1,
    };
  });
  return { lines, labelColumns };
}
