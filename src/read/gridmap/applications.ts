/**
 * Table 三 from its grids: the header rows above the first labelled row give each column its
 * applicant type (申请人情况 / 法人或其他组织 / 商业企业 …); the label columns left of the values
 * give each row its registry row (the rightmost label that matches: `三、本年度办理结果` and
 * `（三）不予公开` spanning their rows stand left of `1.属于国家秘密`). A table split over several
 * grids (a page break) reads the later grids under the headers of the first.
 *
 * @module
 */
import type { Cell } from "../../model/cell.js";
import { perTemplate, templateDefinition, templateVersions } from "../../templates/registry.js";
import type { ColumnDefinition, TemplateVersion } from "../../templates/types.js";
import { append, least, most } from "../../text/lists.js";
import { type Meter, tick } from "../../text/meter.js";
import { matchKey } from "../../text/normalize.js";
import { isValueText, readCell } from "../cells.js";
import { labelForms, subRowNumberOf, subRowNumbers } from "../labels.js";
import { subtotalDrafts } from "../subtotals.js";
import type { TableReading } from "../tables.js";
import {
  addForeign,
  assembleTable,
  type Collected,
  collection,
  coverGaps,
  type Gap,
  record,
  sameValues,
} from "./collect.js";
import type { Matrix, Slot } from "./expand.js";
import { valuesFill } from "./fill.js";
import { secondLabel } from "./glued.js";
import {
  columnStacks,
  headerColumns,
  isShort,
  offColumns,
  rowCells,
  secondPrinting,
  stackKeys,
} from "./headers.js";
import { numbersEndingLabels } from "./labelends.js";
import { bestHeaderMatch, bestMatch, type Candidate, EXACT, matchScore } from "./match.js";
import {
  type HeaderColumn,
  placeByBorders,
  placeRow,
  type RowInput,
  type ValueCell,
} from "./place.js";
import { type ApplicationRowLabel, identityCheck, otherTemplate, PLANS } from "./plans.js";
import { settleShifted } from "./shifted.js";
import { rejoinSplitLabels } from "./splitlabels.js";

const SECTION = "applications";

/** A row label: the registry row it names, and whether only the other template has that row. */
interface RowMatch {
  readonly label: ApplicationRowLabel;
  readonly foreign: boolean;
}

function matchRow(key: string, version: TemplateVersion, meter?: Meter): RowMatch | undefined {
  tick(meter, 1 + key.length);
  const own = bestMatch(key, PLANS[version].applicationRows);
  if (own !== undefined) return { label: own, foreign: false };
  const other = bestMatch(key, PLANS[otherTemplate(version)].applicationRows);
  return other === undefined ? undefined : { label: other, foreign: true };
}

const isData = (label: Pick<ApplicationRowLabel, "role">) =>
  label.role !== "heading" && label.role !== "group";

/**
 * The data row a label cell names after the last words of a row read with values (`再处理其政府信息
 * 公开申请2.申请人逾期未按收费通知…`): a label wrapped past a page break in a table without lines,
 * its last line set at the top of the next page in the cell of the next row's first line. That
 * row's values were read beside its first lines, so the values beside this cell are the next
 * row's. So too, `inGrid`, for the row right under a row read with values whose label was
 * centred over lines (`请2.重复申请`: its last line nearer the next row's values), from one
 * character, when the rest is a row's label, whole or cut short, and nothing more
 * (`确1.信访举报投诉类申请2`, a `2.` cut after it, may be the rest of a row printed blank before
 * the values of 2.'s). Only after the last data row read (`tail`), when it was read with values.
 * The longest such opening whose rest names a data row not read yet; undefined when none does.
 */
function afterReadTail(
  key: string,
  version: TemplateVersion,
  tail: string,
  seen: ReadonlySet<string>,
  meter?: Meter,
  inGrid = false,
): { readonly match: RowMatch; readonly key: string } | undefined {
  // The registry's rows of that key (its forms): a few short texts.
  const forms = PLANS[version].applicationRows
    .filter((row) => isData(row.value) && row.value.key === tail)
    .flatMap((row) => row.forms);
  if (forms.length === 0) return undefined;
  for (let length = key.length - 1; length >= (inGrid ? 1 : 2); length--) {
    const opening = key.slice(0, length);
    tick(meter, 1 + forms.length);
    const ends = forms.some(
      ({ ordinal, core }) => (ordinal + core).endsWith(opening) && core !== opening,
    );
    if (!ends) continue;
    const rest = key.slice(length);
    const match = matchRow(rest, version, meter);
    if (
      match !== undefined &&
      isData(match.label) &&
      !match.foreign &&
      !seen.has(match.label.key) &&
      (!inGrid || labelled(rest, match.label.key, version))
    ) {
      return { match, key: rest };
    }
  }
  return undefined;
}

/**
 * Whether a key is one of the forms of the row `key`, whole or cut short (its rest wrapped on),
 * with nothing after it.
 */
function labelled(rest: string, key: string, version: TemplateVersion): boolean {
  return PLANS[version].applicationRows.some(
    (row) =>
      row.value.key === key &&
      row.forms.some(({ ordinal, core }) => (ordinal + core).startsWith(rest)),
  );
}

/**
 * The keys of a template's table-三 rows of one kind, each between NULs (one search finds a piece
 * among them): the side labels (heading and group rows, `三本年度办理结果`, `三不予公开`) with their
 * ordinals, or the data rows with their ordinals and also their cores (a piece followed by a NUL
 * ends a data row's label, a piece after a NUL opens one). Per template: 2021's group
 * `（六）其他处理` is a row with values in 2019.
 */
function keysText(version: TemplateVersion, side: boolean): string {
  const keys = templateDefinition(version)
    .applications.rows.filter((row) => (row.role === "heading" || row.role === "group") === side)
    .flatMap((row) => labelForms([row.label, ...row.variants]))
    .flatMap(({ ordinal, core }) => (side ? [ordinal + core] : [ordinal + core, core]))
    .filter((key) => key !== "");
  return `\u0000${keys.join("\u0000")}\u0000`;
}

/** Each template's side labels' keys (see {@link keysText}). */
const SIDE_TEXT = perTemplate((version) => keysText(version, true));

/** Each template's data rows' keys, with their cores (see {@link keysText}). */
const DATA_TEXT = perTemplate((version) => keysText(version, false));

/** The longest side label's key of each template: a longer opening is no piece of one. */
const LONGEST_SIDE = perTemplate((version) => longestKey(SIDE_TEXT[version]));

function longestKey(keys: string): number {
  return most(keys.split("\u0000").map((key) => key.length));
}

/** The longest closing piece of a side label set after a row label: a wrapped label's last line. */
const SIDE_TAIL = 2;

/**
 * The data row a label cell names without the pieces of a side label around it, when the cell as
 * a whole names none (`度办理结（二）部分公开（区分处理的，`, `不予处4.无正当理由大量反复理`): a table
 * without lines, its side column too narrow for `三、本年度办理结果` or `（五）不予处理`, whose
 * lines a PDF then sets in one cell with the row label beside them. The longest opening piece, then
 * the shortest closing one (a wrapped label's last line, a character or two), whose rest names a
 * data row; undefined when none does.
 */
function afterSidePiece(
  key: string,
  version: TemplateVersion,
  meter?: Meter,
): { readonly match: RowMatch; readonly key: string } | undefined {
  const side = SIDE_TEXT[version];
  const data = DATA_TEXT[version];
  for (let length = Math.min(LONGEST_SIDE[version], key.length - 1); length >= 0; length--) {
    const opening = key.slice(0, length);
    // A piece that may also end a data row's label (`处理` of 2019's （六）其他处理, wrapped) is
    // that row's as well as the side label's: which row the values are is then not printed.
    // Unless every row it may end is printed after the row the rest names (below): a label's
    // last line stands under its first, never beside a row printed before it.
    tick(meter, side.length + data.length);
    if (length > 0 && !side.includes(opening)) continue;
    const endsData = length > 0 && data.includes(`${opening}\u0000`);
    for (let tail = 0; tail <= SIDE_TAIL && length + tail < key.length; tail++) {
      if (length === 0 && tail === 0) continue;
      const closing = key.slice(key.length - tail);
      // Likewise a closing piece that may open a data row's label (the next row's first words).
      tick(meter, side.length + data.length);
      if (tail > 0 && (!side.includes(closing) || data.includes(`\u0000${closing}`))) continue;
      const rest = key.slice(length, key.length - tail);
      const match = matchRow(rest, version, meter);
      if (
        match !== undefined &&
        isData(match.label) &&
        (!endsData || (!match.foreign && endsOnlyAfter(opening, match.label.key, version, meter)))
      ) {
        return { match, key: rest };
      }
    }
  }
  return undefined;
}

/**
 * Whether every data row whose label may end with `piece` is printed after every row `key`
 * names: `理` before `3.其他` in a table without lines (（六）其他处理's last line set in the cell of
 * the row beside it) is no piece of 四、结转下年度继续办理, the table's last row.
 *
 * @example
 * ```ts
 * endsOnlyAfter("理", "otherReasons", "2021"); // true: only 四、结转下年度继续办理 ends so
 * endsOnlyAfter("理", "carriedForward", "2021"); // false
 * ```
 */
function endsOnlyAfter(
  piece: string,
  key: string,
  version: TemplateVersion,
  meter?: Meter,
): boolean {
  const rows = DATA_ROWS[version];
  tick(meter, 1 + rows.length);
  let last = -1;
  rows.forEach((row, i) => {
    if (row.value.key === key) last = i;
  });
  const ending = rows.findIndex((row) =>
    row.forms.some(({ ordinal, core }) => (ordinal + core).endsWith(piece)),
  );
  return last !== -1 && ending > last;
}

/** The rows of table 三 that hold values, per template: two of them in one cell name neither. */
const DATA_ROWS = perTemplate((version) =>
  PLANS[version].applicationRows.filter((row) => isData(row.value)),
);

/**
 * The applicant column a header stack names: its lowest entry that names one, alone or joined with
 * the entries below it (a header word broken over lines, see `stackKeys`); `"two"` when the rest
 * of the stack names another.
 */
function resolveColumn(
  stack: readonly Slot[],
  version: TemplateVersion,
): ColumnDefinition | "header" | "two" | undefined {
  const plan = PLANS[version];
  for (let i = stack.length - 1; i >= 0; i--) {
    const [key, joined] = stackKeys(stack, i);
    const alone = bestHeaderMatch(key!, plan.applicantColumns);
    const column =
      alone ?? (joined === undefined ? undefined : bestHeaderMatch(joined, plan.applicantColumns));
    if (column !== undefined) {
      const rest = [...stack.slice(0, i), ...(alone === undefined ? [] : stack.slice(i + 1))];
      return namesAnother(rest, column, plan.applicantColumns) ? "two" : column;
    }
    if (plan.applicantHeaders.some((forms) => matchScore(key!, forms) > 0)) return "header";
  }
  return undefined;
}

/**
 * Whether entries of a header stack left beside the one that names `column`, alone or run
 * together, name another column: two headers of a table printed without ruling lines stacked
 * into one column, where a column blank in every row left no trace (总计 over 其他; 科研机 / 商业企业
 * / 构, 商业企业 between the two lines of 科研机构), or a header row printed without its spans. The
 * column then names neither.
 */
function namesAnother(
  rest: readonly Slot[],
  column: ColumnDefinition,
  columns: readonly Candidate<ColumnDefinition>[],
): boolean {
  for (let from = 0; from < rest.length; from++) {
    let key = "";
    for (let to = from; to < rest.length; to++) {
      key += rest[to]!.key;
      const other = bestMatch(key, columns);
      if (other !== undefined && other.key !== column.key) return true;
    }
  }
  return false;
}

/** Where the values of a grid start and the headers over them. */
interface Layout {
  readonly valueFrom: number;
  readonly headers: readonly HeaderColumn[];
  /** The width of the grid the headers were read from. */
  readonly width: number;
  /**
   * The headers were not printed over this grid (a page after a break, a table without its
   * header): each row's values are taken to end at the row's right edge.
   */
  readonly borrowed?: boolean;
  /**
   * Borrowed and moved sideways (the grids differ in width), or borrowed by a grid whose columns
   * were inferred from where its values stand (as wide as the grid before proves nothing there: a
   * label over two columns and a column no row fills): where a row's values stand was guessed
   * from its right edge, which holds only for a row with a value in every column.
   */
  readonly shifted?: boolean;
  /**
   * Read over a grid whose columns were inferred from where its values stand, naming fewer columns
   * than the table has, a number printed left of the first (see {@link partialOver}). Moved onto
   * another grid, its headers' places say nothing of which column a value there is.
   */
  readonly partial?: boolean;
}

/**
 * The layout's headers for the row `row`: each naming a cell names that row's. Written field by
 * field: an object spread followed by a property takes the runtime's slow path, and this runs for
 * every row read. Every header here is `{ from, to, target }` and every cell target
 * `{ kind, row, column }`, so nothing is lost.
 */
function rowHeaders(headers: readonly HeaderColumn[], row: string): HeaderColumn[] {
  return headers.map((header) => {
    const target = header.target;
    return target.kind === "cell"
      ? { from: header.from, to: header.to, target: { kind: "cell", row, column: target.column } }
      : header;
  });
}

/**
 * The layout of an earlier grid for a later one without headers (the table goes on after a page
 * break): the values stand at the right edge of both, so the headers move by the difference in
 * width (the later grid may lack a label column spanning down from the page before).
 */
function shifted(layout: Layout, width: number, inferred = false): Layout | undefined {
  const by = width - layout.width;
  if (layout.valueFrom + by < 1) return undefined;
  return {
    valueFrom: layout.valueFrom + by,
    headers: layout.headers.map((h) => ({ ...h, from: h.from + by, to: h.to + by })),
    width,
    borrowed: true,
    ...((by !== 0 || inferred || layout.shifted === true) && { shifted: true }),
    ...(layout.partial === true && { partial: true }),
  };
}

/**
 * Whether a layout read over `matrix` is {@link Layout.partial}: the grid's columns were inferred
 * from where its values stand, its headers name fewer of the table's columns than the template
 * has, and a row under them prints a number left of the first (from `first`, the first labelled
 * row): the headers do not stand over the values' columns, whose first ones no header names
 * (headers run together or lost). Moved by the width of the grids onto a page after a break, the
 * one header read (`机构` of 法律服务机构 over the last but one column) would name whatever column
 * that page's values stand in (自然人's 5 read as 法律服务机构's: pandoc's Word file printed by
 * LibreOffice). A header lost after the others (总计's, the values' last column unnamed) leaves the
 * named ones over their values, and their places hold on the next page.
 */
function partialOver(
  matrix: Matrix,
  headers: readonly HeaderColumn[],
  first: number,
  version: TemplateVersion,
  meter?: Meter,
): boolean {
  if (matrix.inferred !== true || headers.length === 0) return false;
  const unnamed = templateDefinition(version).applications.columns.some(
    (column) =>
      !headers.some(
        (header) => header.target.kind === "cell" && header.target.column.key === column.key,
      ),
  );
  if (!unnamed) return false;
  const valueFrom = headers[0]!.from;
  for (let r = first; r < matrix.rows.length; r++) {
    tick(meter, 1 + valueFrom);
    const row = matrix.rows[r]!;
    for (let c = 0; c < Math.min(valueFrom, row.length); c++) {
      const slot = row[c];
      if (slot === undefined || slot.copy || slot.column !== c) continue;
      const text = slot.text.trim();
      if (/\d/.test(text) && isValueText(text, meter)) return true;
    }
  }
  return false;
}

function layoutOf(
  matrix: Matrix,
  headerRows: number,
  version: TemplateVersion,
  meter?: Meter,
): Layout | undefined {
  const stacks = columnStacks(matrix, 0, headerRows, meter);
  const headers = headerColumns(
    stacks,
    0,
    matrix.width,
    (stack) => {
      const column = resolveColumn(stack, version);
      // A column whose headers name two stands where a header is, over no column of the report.
      if (column === "two") {
        return { kind: "unknown", label: stack.map((slot) => slot.text).join(" ") };
      }
      return typeof column === "object" ? { kind: "cell", row: "", column } : undefined;
    },
    meter,
  );
  if (headers.length === 0) return undefined;
  return (
    completed(headers, stacks, matrix, version) ?? {
      valueFrom: headers[0]!.from,
      headers,
      width: matrix.width,
      ...(partialOver(matrix, headers, headerRows, version, meter) && { partial: true }),
    }
  );
}

/**
 * The template's columns laid where the headers read put them, when those agree with the
 * template's order: each header read stands over one column, and all of them at the same distance
 * from their place in the template (the grid's last columns need not be the template's: a value
 * cell spanning past the last header widens the grid by a column no header stands over). The
 * headers the mapper could not read (a word broken over lines, a header glued to the next cell in
 * a table without ruling lines) then have one place each, between or beside the ones it read.
 * A column with no header cell of its own is not completed (a header spanning it and others read,
 * such as 申请人情况, names none of them): nothing says it is the template's, as for a column cut off
 * at the page's edge, its own header cell blank and its cells too.
 */
function completed(
  headers: readonly HeaderColumn[],
  stacks: readonly (readonly Slot[])[],
  matrix: Matrix,
  version: TemplateVersion,
): Layout | undefined {
  const columns = templateDefinition(version).applications.columns;
  if (headers.length === columns.length) return undefined;
  const first = headers[0]!.target;
  const index =
    first.kind === "cell" ? columns.findIndex((column) => column.key === first.column.key) : -1;
  const registry =
    index === -1 ? undefined : templateLayout(headers[0]!.from - index, matrix.width, version);
  if (registry === undefined) return undefined;
  // A header cell of the column's own, or one over unread value columns only (`商业科研` over
  // 商业企业 and 科研机构, two headers of a table without ruling lines printed close together on one
  // line): never one over a column read (申请人情况 names no column), nor one reaching over the
  // label columns (a line of the caption's note spanning them, over a column that holds the end of
  // a label wrapped out of its cell: that column is no value column, and the template's columns
  // stand one further right).
  // Its words, too, must be those of the columns not read around it (`商业企科研` / `业`, `商业科研`:
  // characters of the names of the unread columns between the two read beside it, whose headers
  // may be printed into each other's cells): a column the template does not have (个体工商户),
  // before a column whose header was lost, would otherwise be taken for the lost one.
  const read = (column: number) => headers.some((h) => column >= h.from && column < h.to);
  const characters = COLUMN_CHARACTERS[version];
  const unreadAround = (column: number) => {
    let from = column;
    let to = column + 1;
    while (from > registry.valueFrom && !read(from - 1)) from--;
    while (to < registry.valueFrom + characters.length && !read(to)) to++;
    return characters.slice(from - registry.valueFrom, to - registry.valueFrom).join("");
  };
  const ownHeader = (column: number) => {
    const names = unreadAround(column);
    return (stacks[column] ?? []).some((slot) => {
      const over = Array.from({ length: slot.colSpan }, (_, i) => slot.column + i);
      if (slot.colSpan > 1 && (slot.column < registry.valueFrom || over.some(read))) return false;
      // The spanning headers' names left out whole (`法人` is no piece of 法人或其他组织's here).
      const spanning = SPANNING[version];
      const own = spanning.reduce((key, { name }) => key.replaceAll(name, ""), slot.key);
      if (own === "") {
        // A spanning header alone, over exactly the columns it spans in the template (the row of
        // the five organisations' names under 法人或其他组织 lost): each of them has one place.
        const from = slot.column - registry.valueFrom;
        return spanning.some(
          (span) => span.name === slot.key && span.from === from && span.to === from + slot.colSpan,
        );
      }
      return [...own].every((character) => names.includes(character));
    });
  };
  if (!registry.headers.every((at) => read(at.from) || ownHeader(at.from))) return undefined;
  const agrees = headers.every((header) => {
    const at = registry.headers.find((r) => r.from === header.from);
    return (
      at !== undefined &&
      header.to === at.to &&
      header.target.kind === "cell" &&
      at.target.kind === "cell" &&
      header.target.column.key === at.target.column.key
    );
  });
  return agrees ? { ...registry, borrowed: false } : undefined;
}

/**
 * The characters of each applicant column's names (its label and variants, as keys), in the
 * template's order: the words a header of that column may hold.
 */
const COLUMN_CHARACTERS: Readonly<Record<TemplateVersion, readonly string[]>> = (() => {
  const of = (version: TemplateVersion) =>
    templateDefinition(version).applications.columns.map((column) =>
      [column.label, ...column.variants].map((name) => matchKey(name)).join(""),
    );
  return perTemplate(of);
})();

/** A header spanning applicant columns: one of its names, as a key, and the columns it spans. */
interface Spanning {
  readonly name: string;
  /** The first column it spans and the one after its last, as indexes in the template's order. */
  readonly from: number;
  readonly to: number;
}

/**
 * The names of the headers spanning applicant columns (申请人情况 over all, 法人或其他组织 over the
 * five organisations'), as keys, longest first: a table flattened from its spans prints them before
 * a column's own name (`法人或其他组织·商业企业`), whole; a header row cut off under them leaves
 * them over their columns alone.
 */
const SPANNING: Readonly<Record<TemplateVersion, readonly Spanning[]>> = (() => {
  const of = (version: TemplateVersion) => {
    const { columns, applicantHeader, headers } = templateDefinition(version).applications;
    const spans = [
      { header: applicantHeader, from: 0, to: columns.length },
      ...headers.map((header) => {
        const under = columns.flatMap((column, i) => (column.header === header.key ? [i] : []));
        return { header, from: least(under), to: most(under) + 1 };
      }),
    ];
    return spans
      .flatMap(({ header, from, to }) =>
        [header.label, ...header.variants].map((name) => ({ name: matchKey(name), from, to })),
      )
      .sort((a, b) => b.name.length - a.name.length);
  };
  return perTemplate(of);
})();

/**
 * A grid without any header the mapper can read (a page of the table after a break, or a table
 * printed without its header): its last columns, as many as the template has, in the template's
 * order, when the grid has room for a label column before them.
 */
function registryLayout(matrix: Matrix, version: TemplateVersion): Layout | undefined {
  const columns = templateDefinition(version).applications.columns;
  return templateLayout(matrix.width - columns.length, matrix.width, version);
}

/**
 * The template's columns in its order from column `valueFrom` of a grid `width` wide, when they
 * fit in it after a label column.
 */
function templateLayout(
  valueFrom: number,
  width: number,
  version: TemplateVersion,
): Layout | undefined {
  const columns = templateDefinition(version).applications.columns;
  if (valueFrom < 1 || valueFrom + columns.length > width) return undefined;
  return {
    valueFrom,
    width,
    borrowed: true,
    headers: columns.map((column, i) => ({
      from: valueFrom + i,
      to: valueFrom + i + 1,
      target: { kind: "cell", row: "", column },
    })),
  };
}

/**
 * Whether the headers read stand over a label of the first labelled row: a header row printed
 * without its spans (`自然人 | 法人或其他组织 | 总计` from the grid's first column on, a copy that
 * lost the merged cells), whose columns are then no columns of the values below.
 */
function overLabels(
  layout: Layout,
  matrix: Matrix,
  first: number,
  version: TemplateVersion,
  meter?: Meter,
): boolean {
  return matrix.rows[first]!.some(
    (slot, c) =>
      slot !== undefined &&
      !slot.copy &&
      slot.key !== "" &&
      c >= layout.valueFrom &&
      matchRow(slot.key, version, meter) !== undefined,
  );
}

/**
 * The template's columns at each row's right edge, for a grid whose headers stand elsewhere
 * (see `overLabels`): where a row's values stand is then a guess from its right edge, which holds
 * only for a row with a value in every column (`shifted`), as a text row's values by their count.
 */
function guessed(matrix: Matrix, version: TemplateVersion): Layout | undefined {
  const layout = registryLayout(matrix, version);
  return layout === undefined ? undefined : { ...layout, shifted: true };
}

/**
 * The template's columns a column left of the headers read over a grid whose columns were inferred
 * from where its values stand, when a row of the grid proves them there: pandoc's HTML → Word
 * writes a row's label cell a column short, and LibreOffice prints each value of the row a column
 * left of its header, the first under the label's header and the last column (总计) blank, which a
 * table without lines leaves with no column of its own (`其他 总计` run together over the last). The
 * proof: a data row printing a count in each of the template's columns, from the column before the
 * first header (自然人's) to the grid's right edge, the last the sum of the others, two of them
 * other than 0 (`一、本年新收… 705 3 0 0 5 0 713`). Read under the headers, that row would put a
 * number in no column and leave 总计 blank beside parts adding up to the number under 其他.
 *
 * @example
 * ```ts
 * // headers 自然人 … 法律服务机构 over columns 3–7, `其他 总计` over 8; 705 3 0 0 5 0 713 in 2–8:
 * provenLeft(own, matrix, first, "2021"); // the seven columns from column 2
 * ```
 */
function provenLeft(
  own: Layout,
  matrix: Matrix,
  first: number,
  version: TemplateVersion,
  meter?: Meter,
): Layout | undefined {
  const columns = templateDefinition(version).applications.columns;
  const from = own.valueFrom - 1;
  const head = own.headers[0]?.target;
  if (
    matrix.inferred !== true ||
    head?.kind !== "cell" ||
    head.column.key !== columns[0]!.key ||
    matrix.width - from !== columns.length
  ) {
    return undefined;
  }
  const layout = templateLayout(from, matrix.width, version);
  if (layout === undefined) return undefined;
  for (let r = first; r < matrix.rows.length; r++) {
    const row = matrix.rows[r]!;
    tick(meter, 1 + columns.length);
    const counts: number[] = [];
    for (let c = from; c < matrix.width; c++) {
      const slot = row[c];
      const text = slot?.text.trim() ?? "";
      if (slot === undefined || slot.copy || slot.column !== c || slot.colSpan !== 1) break;
      if (!/^\d+$/.test(text)) break;
      counts.push(Number(text));
    }
    if (counts.length !== columns.length) continue;
    const total = counts.pop()!;
    const sum = counts.reduce((a, b) => a + b, 0);
    if (total !== sum || counts.filter((count) => count !== 0).length < 2) continue;
    const named = rowLabelOf(matrix, r, from, version, undefined, meter);
    if (named === undefined || named.match.foreign || !isData(named.match.label)) continue;
    return { ...layout, borrowed: false };
  }
  return undefined;
}

/**
 * The layout of a grid whose columns were inferred from where its values stand, after the table's
 * header on a page before, too narrow for the layout read there (a page printing values in the
 * first columns only, the others blank: a table without lines has no column for them): which
 * column each value stands in is not printed. Its rows are still read by their labels, their
 * values quoted (as under a {@link Layout.partial} layout), so that the last row read is known
 * and its label's last words opening the next page's first cell are taken for its (see
 * `afterReadTail`), not for a row of their own. So too any grid no layout fits (none read, none
 * borrowed, too narrow for the template's columns) when other grids of the table read anything
 * (see `mapApplications`' `quoteUnfit`): each row's numbers are quoted at its label.
 */
function unplaced(width: number): Layout {
  return { valueFrom: 1, headers: [], width, borrowed: true, shifted: true, partial: true };
}

/** A borrowed layout moved so that its last header ends where the row's last cell does. */
function atRightEdge(layout: Layout, row: readonly (Slot | undefined)[]): Layout | undefined {
  let end = row.length;
  while (end > 0 && row[end - 1] === undefined) end--;
  return end === layout.width ? layout : shifted(layout, end);
}

/** Whether any of the cells prints a value: a number or a mark (`/`, `—`). */
function printsValue(values: readonly ValueCell[], meter?: Meter): boolean {
  return values.some((value) => {
    const text = value.text.trim();
    return text !== "" && isValueText(text, meter);
  });
}

/** The numbers a grid row prints, each cell once (a cell spanning columns or rows is one). */
function numbersOf(row: readonly (Slot | undefined)[], meter?: Meter): string[] {
  const numbers: string[] = [];
  let last = -1;
  for (const slot of row) {
    if (slot === undefined || slot.copy || slot.cell === last) continue;
    last = slot.cell;
    const text = slot.text.trim();
    if (quotable(text, meter)) numbers.push(text);
  }
  return numbers;
}

/**
 * Whether a cell's text is a number to quote: a value, or digits alone wrapped over lines
 * (`115` / `8`: a column too narrow for the number, broken anywhere), which reads as no value but
 * is printed all the same.
 */
function quotable(text: string, meter?: Meter): boolean {
  return /\d/.test(text) && (isValueText(text, meter) || WRAPPED_DIGITS.test(text));
}

/** Digits alone broken by whitespace: a number wrapped over lines (see {@link quotable}). */
const WRAPPED_DIGITS = /^\d+(?:\s+\d+)+$/;

/**
 * The rows read before a page break, for the first labelled row after it: the last data row, read
 * with values (whose last words may open that row's cell, see {@link afterReadTail}), and all seen.
 */
interface Tails {
  /** The key of the last data row before the break: it was read with values. */
  readonly tail: string;
  readonly seen: ReadonlySet<string>;
  /** In the same grid, the row right under it (see {@link afterReadTail}'s `inGrid`). */
  readonly inGrid?: true;
}

/**
 * The first row holding a label of table 三 (either template), or -1; `tails` for a grid after
 * the first (a page break before it).
 */
function firstLabelRow(
  matrix: Matrix,
  version: TemplateVersion,
  tails: Tails | undefined,
  meter?: Meter,
): number {
  for (let r = 0; r < matrix.rows.length; r++) {
    const row = matrix.rows[r]!;
    for (const slot of row) {
      if (slot === undefined || slot.copy || slot.key === "") continue;
      if (cellLabel(slot, version, tails, meter) !== undefined) return r;
    }
  }
  return -1;
}

/**
 * The row a label cell names, and the key that names it: the cell's whole key, else its key after
 * a side label's piece, or (given `tails`) after a read row's last words (see
 * {@link afterSidePiece}, {@link afterReadTail}).
 */
function cellLabel(
  slot: Slot,
  version: TemplateVersion,
  tails: Tails | undefined,
  meter?: Meter,
): { readonly match: RowMatch; readonly key: string } | undefined {
  const whole = matchRow(slot.key, version, meter);
  if (whole !== undefined) return { match: whole, key: slot.key };
  return (
    afterSidePiece(slot.key, version, meter) ??
    (slot.copy || tails === undefined
      ? undefined
      : afterReadTail(slot.key, version, tails.tail, tails.seen, meter, tails.inGrid))
  );
}

/** The row a grid row names: the rightmost label cell matching a registry row, and its key. */
function rowLabelOf(
  matrix: Matrix,
  r: number,
  valueFrom: number,
  version: TemplateVersion,
  tails: Tails | undefined,
  meter?: Meter,
): RowLabel | undefined {
  const row = matrix.rows[r]!;
  let found: { match: RowMatch; key: string; slot: Slot } | undefined;
  const named = new Set<string>();
  let glued = false;
  let valueBefore = false;
  // The label cells holding a numbered label (`2.申请人…`), whole or cut.
  const numbered: { cell: number; match: RowMatch | undefined }[] = [];
  // The sub-row numbers printed in each label cell (`7.8.`, `3.确`).
  const numbers = new Map<number, string[]>();
  let last = -1;
  for (let c = 0; c < Math.min(valueFrom, row.length); c++) {
    const slot = row[c];
    if (slot === undefined || slot.cell === last || slot.key === "") continue;
    last = slot.cell;
    const labelled = cellLabel(slot, version, tails, meter);
    const match = withinHeading(labelled?.match, slot, version);
    const key = labelled?.key ?? slot.key;
    if (!slot.copy && ORDINAL.test(slot.text)) numbered.push({ cell: slot.cell, match });
    // A top row's label in a cell, cut or run into the heading after it (`二、上年结转政府信息
    // 公开申三、本年度办理结果` beside `（二）部分公开`: rows printed blank in a table without lines,
    // their labels wrapped together).
    else if (!slot.copy && TOP_ORDINAL.test(slot.text)) numbered.push({ cell: slot.cell, match });
    if (!slot.copy) {
      const printed = subRowNumbers(slot.text);
      if (printed.length > 0) numbers.set(slot.cell, printed);
    }
    if (match === undefined) {
      if (!slot.copy && endsInValue(slot.text)) valueBefore = true;
      continue;
    }
    found = { match, key, slot };
    if (slot.copy) continue;
    if (isData(match.label)) named.add(match.label.key);
    if (secondLabel(key, DATA_ROWS[match.foreign ? otherTemplate(version) : version])) glued = true;
  }
  if (found === undefined) return undefined;
  // Label cells naming different rows (a table without lines, a label wrapped onto the lines of
  // rows printed blank and joined to the next row with values): the row is none of them for sure.
  // A value printed left of the row's label, at the end of another label's last line (`定”65 |
  // 4.保护第三…`, a table without lines whose label column is too narrow for its columns to be
  // told apart): the row above's values run into this row, so which row each value of the row
  // belongs to is not printed.
  // A numbered label of another row in a cell beside the row's own (`1.申请人…2.申请人逾期… |
  // 3.其他`: the rests and starts of labels wrapped into the row of a label printed blank), matched
  // or cut: the row is not the one matched for sure. (In the label's own cell, what follows the
  // label is another row's label run in, which `secondLabel` weighs.)
  const { cell: ownCell } = found.slot;
  const ownKey = found.match.label.key;
  const besides = numbered.some(
    ({ cell, match }) => cell !== ownCell && match?.label.key !== ownKey,
  );
  // Sub-row numbers printed in the label cells other than the row's own, or any for a row without
  // one (`行政执法案卷属于行政查询事项 | 7.8.`, `另行制作补正后申请内容仍不明 | 3.确` read as 2.'s,
  // `（二）部分公开其他情形）1.属于国家秘密` as 部分公开's): labels printed at their cells' bottoms
  // in a column too narrow to tell them apart, rows printed blank among them. A cell opening with
  // the row's own number is its label; what follows in it, `secondLabel` weighs.
  const own = subRowNumber(found.match, version);
  const opensOwn =
    own !== undefined && numbers.get(ownCell)?.[0] === own && startsNumbered(found.slot.text, own);
  const printedNumbers = new Set(
    [...numbers].flatMap(([cell, list]) => (cell === ownCell && opensOwn ? [] : list)),
  );
  const numberedApart =
    printedNumbers.size > 1 ||
    (printedNumbers.size === 1 && (own === undefined || !printedNumbers.has(own)));
  const conflict = glued || named.size > 1 || valueBefore || besides || numberedApart;
  return conflict ? { ...found, conflict } : found;
}

/** The printed label cells of a grid row left of `valueFrom` (a cell spanning rows counted where it starts). */
function labelCells(row: readonly (Slot | undefined)[], valueFrom: number): number {
  let count = 0;
  let last = -1;
  for (let c = 0; c < Math.min(valueFrom, row.length); c++) {
    const slot = row[c];
    if (slot === undefined || slot.cell === last) continue;
    last = slot.cell;
    // By its text: a bracket alone (`（` of `（七）总计` cut) has no key, but opens a label.
    if (!slot.copy && slot.text.trim() !== "") count++;
  }
  return count;
}

/**
 * Whether a cell's key is a piece of a heading's or group's label and of no data row's (`理结果`
 * of `三、本年度办理结果` wrapped in its narrow column): it names no row whose values stand beside it.
 */
function sidePiece(key: string, version: TemplateVersion): boolean {
  return SIDE_TEXT[version].includes(key) && !DATA_TEXT[version].includes(key);
}

/**
 * A heading's or a group's label with a row's label after it in one cell (`三、本年度办理结果
 * （一）予以公开`: a table without ruling lines whose label columns were not told apart) names
 * that row: the heading is only the row's place in the table.
 */
function withinHeading(
  match: RowMatch | undefined,
  slot: Slot,
  version: TemplateVersion,
): RowMatch | undefined {
  if (match === undefined || isData(match.label) || slot.copy) return match;
  const rows = PLANS[match.foreign ? otherTemplate(version) : version].applicationRows;
  const row = secondLabel(slot.key, rows);
  return row === undefined ? match : { label: row, foreign: match.foreign };
}

/**
 * Whether a label cell may stand beside a row's own: a heading's or group's label, a piece of one,
 * or its opening (`（三` of `（三）不予公开`, whose ordinal a data row's words may also hold).
 */
function besideLabel(key: string, version: TemplateVersion, meter?: Meter): boolean {
  if (sidePiece(key, version) || SIDE_TEXT[version].includes(`\u0000${key}`)) return true;
  const match = matchRow(key, version, meter);
  return match !== undefined && !match.foreign && !isData(match.label);
}

/** Each table-三 row's sub-row number (`1` of `1.属于国家秘密`), by template and key. */
const SUB_ROW_NUMBERS = perTemplate(subRowNumbersOf);

/** The sub-row number of each table-三 row of a template that has one, by key. */
function subRowNumbersOf(version: TemplateVersion): ReadonlyMap<string, string> {
  const numbers = new Map<string, string>();
  for (const { value, forms } of PLANS[version].applicationRows) {
    const number = subRowNumberOf(forms);
    if (number !== undefined) numbers.set(value.key, number);
  }
  return numbers;
}

/** Whether a cell's text opens with a sub-row number (`1.属于国家秘密…`). */
function startsNumbered(text: string, number: string): boolean {
  const start = text.trimStart();
  return start.startsWith(`${number}.`) || start.startsWith(`${number}．`);
}

/** A matched row's sub-row number, or `undefined` for a row without one (`（一）予以公开`). */
function subRowNumber(match: RowMatch, version: TemplateVersion): string | undefined {
  return SUB_ROW_NUMBERS[match.foreign ? otherTemplate(version) : version].get(match.label.key);
}

// A numbered label's start (`2.申请人…`), wherever it stands in a cell: an ordinal and two
// ideographs at least (an ordinal alone, or with a label's last character, `4.益`, is a label
// printed right of its text, or its rest).
const ORDINAL = /(?<![\d.．])\d{1,2}[.．]\s*[\u4e00-\u9fff]{2}/;

// A top row's label (`二、上年结转…`), opening a cell or after a label's rest (`公开申请数量二、上年
// 结转…`: the lines of a row printed blank, joined to the next row's label in a table without
// lines): the numerals of table 三's top rows that hold values (一、二 and 四, in both templates),
// after no other numeral or digit. Its 三 is the heading of the rows of results, whose words a
// cell cut short (`三、本年`) may hold beside any of them: it is left out.
const TOP_ORDINAL = (() => {
  const numerals = new Set<string>();
  for (const version of templateVersions) {
    for (const row of templateDefinition(version).applications.rows) {
      const numeral = /^([一二三四五六七八九十]+)、/.exec(row.label)?.[1];
      if (numeral !== undefined && isData(row)) numerals.add(numeral);
    }
  }
  return new RegExp(
    `(?<![一二三四五六七八九十\\d])(?:${[...numerals].join("|")})[、.．]\\s*[\\u4e00-\\u9fff]{2}`,
  );
})();

/**
 * Whether a label cell's text ends in a number after other text (`定”65`): a value printed in
 * the label column, not an ordinal (`（三）1.` ends in its mark, a cell of one number is a value
 * cell's own).
 */
function endsInValue(text: string): boolean {
  return /[^\d\s.．、，,]\s*\d+$/.test(text.trim());
}

/** The row a grid row names, and whether its label cells name several. */
interface RowLabel {
  readonly match: RowMatch;
  readonly key: string;
  readonly slot: Slot;
  /** Its label cells name different rows, or one holds two rows' labels. */
  readonly conflict?: boolean;
}

interface PendingRow {
  readonly key: string;
  readonly input: RowInput;
  /**
   * Values printed between the row's label and the first header read (a column whose header was
   * not read, nor completed): no header says whose they are.
   */
  readonly before?: readonly string[];
  /**
   * Its values may stand a column left of their headers, and its own cells cannot tell: placed
   * after the others, then weighed with the table's identities (see `settleShifted`).
   */
  readonly open?: 1;
  /**
   * The cell printed under the label's header, before the first column's: with `open`, the
   * row's first value if its values stand a column left (see `settleShifted`).
   */
  readonly first?: string;
  /**
   * With `first`, the row's cells as printed in the template's column order where its last value
   * stands under two columns (see `underBoth`): placed by no header, the row is weighed with
   * these (see `settleShifted`).
   */
  readonly printed?: readonly string[];
}

/** `answer` computed once per column asked: a grid's rows ask it again and again of one grid. */
function askedOnce(answer: (column: number) => boolean): (column: number) => boolean {
  const known = new Map<number, boolean>();
  return (column) => {
    const found = known.get(column);
    if (found !== undefined) return found;
    const value = answer(column);
    known.set(column, value);
    return value;
  };
}

/**
 * Reads table 三 of a report of template `version` from the grids it was printed as.
 *
 * @example
 * ```ts
 * mapApplications([expandGrid(grid)], "2021").table?.newlyReceived?.total; // the 总计 of 一
 * ```
 *
 * @param quoteUnfit - Read a grid no layout fits with the `unplaced` one (its rows' numbers quoted)
 *   rather than pass over it: asked of itself once a reading that passed over one read anything.
 */
export function mapApplications(
  grids: readonly Matrix[],
  version: TemplateVersion,
  meter?: Meter,
  quoteUnfit = false,
): TableReading {
  const other = otherTemplate(version);
  // Labels a page break cut in two (`1.属` / `于国家秘密2.其他…`), put back together first.
  const matrices = rejoinSplitLabels(
    grids,
    DATA_ROWS[version],
    (key) => besideLabel(key, version, meter),
    meter,
  );
  const collected = collection();
  const pending: PendingRow[] = [];
  let inherited: Layout | undefined;
  // Whether a grid no layout fits was passed over (see `quoteUnfit`).
  let unfit = false;
  let foreignRows = false;
  const orphans: string[] = [];
  // Numbers in rows no label names, between the labels read before and after them (`""` before
  // the first): the rows the registry has between those two that are never read are covered by
  // the quote of the numbers (one cause, one finding), not reported unread one by one.
  const gaps: Gap[] = [];
  let gapFrom: string | undefined;
  let lastKey: string | undefined;
  const bare = new Map<
    string,
    { values: ValueCell[]; holes: ReadonlySet<number>; layout: Layout }[]
  >();
  // The rows read with values, and the last data row named, for the last words of a label
  // wrapped past a page break: only that row's, and only when it was read with values.
  const valued = new Set<string>();
  let lastData: string | undefined;
  // The grid row that named it, in the grid read now (-1 before a grid's first data row).
  let dataRow = -1;
  for (const [index, matrix] of matrices.entries()) {
    dataRow = -1;
    const tails =
      index > 0 && lastData !== undefined && valued.has(lastData)
        ? { tail: lastData, seen: collected.seen }
        : undefined;
    const first = firstLabelRow(matrix, version, tails, meter);
    if (first === -1) {
      // A part of the table with no row label at all (a page's rows whose labels were lost):
      // its numbers are quoted, never dropped.
      for (const row of matrix.rows) {
        const numbers = numbersOf(row, meter);
        append(orphans, numbers);
        if (numbers.length > 0) gapFrom ??= lastKey ?? "";
      }
      continue;
    }
    // Numbers above the first labelled row (the header's rows hold none): a row whose label was
    // lost, or values a page break left above their label. Quoted, never dropped.
    for (let r = 0; r < first; r++) {
      const numbers = numbersOf(matrix.rows[r]!, meter);
      append(orphans, numbers);
      if (numbers.length > 0) gapFrom ??= lastKey ?? "";
    }
    const read = layoutOf(matrix, first, version, meter);
    const own = (read && provenLeft(read, matrix, first, version, meter)) ?? read;
    const borrowed =
      (own !== undefined && !overLabels(own, matrix, first, version, meter) ? own : undefined) ??
      (inherited && shifted(inherited, matrix.width, matrix.inferred === true)) ??
      // A grid whose columns were inferred may lack a column no row printed a value in: the
      // template's columns at its right edge are then a guess, as a moved layout's are.
      (own === undefined && matrix.inferred !== true
        ? registryLayout(matrix, version)
        : guessed(matrix, version)) ??
      ((matrix.inferred === true && inherited !== undefined) || quoteUnfit
        ? unplaced(matrix.width)
        : undefined);
    if (borrowed === undefined) {
      // No layout at all (none read, none borrowed that fits, no room for the template's
      // columns: a grid narrower than the table, its header lost). Passed over; see below.
      unfit = true;
      continue;
    }
    // A layout placing nothing is no layout for the grids after this one.
    if (borrowed.headers.length > 0) inherited = borrowed;
    // Each row's label once per place the values start (a group's line looks at the rows after
    // it, which the loop reads again).
    const labels = new Map<string, RowLabel | undefined>();
    const labelAt = (r: number, valueFrom: number): RowLabel | undefined => {
      const key = `${r}:${valueFrom}`;
      if (!labels.has(key)) {
        labels.set(key, rowLabelOf(matrix, r, valueFrom, version, undefined, meter));
      }
      return labels.get(key);
    };
    // The last row naming a row of a group, once per group and place the values start: a group's
    // line asks whether its rows follow it, and asked of every row (a grid of group lines) a walk
    // to the grid's end each time would be quadratic.
    const lastNamed = new Map<string, number>();
    const lastNaming = (group: string, valueFrom: number): number => {
      const key = `${valueFrom}:${group}`;
      const known = lastNamed.get(key);
      if (known !== undefined) return known;
      const rows = new Set(childRows(version, group));
      let last = -1;
      for (let r = matrix.rows.length - 1; r >= 0 && last === -1; r--) {
        tick(meter, 1);
        const named = labelAt(r, valueFrom);
        if (named !== undefined && rows.has(named.match.label.key)) last = r;
      }
      lastNamed.set(key, last);
      return last;
    };
    const filled = askedOnce((valueFrom: number) => valuesFill(matrix, first, valueFrom, meter));
    const subRowsAt = askedOnce((column: number) =>
      subRowLabelColumn(matrix, first, column, meter),
    );
    // The row read last, when it was a data row printing its label and no value (see below).
    let labelOnly: { r: number; at: number; named: RowLabel } | undefined;
    for (let r = first; r < matrix.rows.length; r++) {
      tick(meter, 1 + matrix.width);
      const layout = borrowed.borrowed ? atRightEdge(borrowed, matrix.rows[r]!) : borrowed;
      if (layout === undefined) continue;
      // Past the first row, the rest of the label above, read with values, may open the row's
      // cell before its own label (`请2.重复申请`: a label centred in a table without lines, its
      // last line nearer this row's values), as its last words may after a page break. Only for
      // the grid row right under that one, and a row whose label is that cell alone: words in
      // another label cell (`（一）予` beside `数量二、上年结转…`) may be the label of the row whose
      // values these are, the one after the tail a row printed blank.
      const above =
        r > first && dataRow === r - 1 && lastData !== undefined && valued.has(lastData)
          ? { tail: lastData, seen: collected.seen, inGrid: true as const }
          : undefined;
      // Nor when the row after it names another data row than the one the registry has next: a
      // row the registry has in between (`（一）予以公开` between 二、 and （二）), its label lost,
      // may be the one whose values these are, 二、 printed blank. Rows naming nothing and printing
      // no value (the label's own last lines, `信息公开申请数量`) are passed over to the row after.
      const afterAbove = () => {
        const named = above && rowLabelOf(matrix, r, layout.valueFrom, version, above, meter);
        if (named === undefined || labelCells(matrix.rows[r]!, layout.valueFrom) !== 1) {
          return undefined;
        }
        const rows = DATA_ROWS[version];
        const next = rows[rows.findIndex((row) => row.value.key === named.match.label.key) + 1];
        let b = r + 1;
        while (
          b < matrix.rows.length &&
          !labelAt(b, layout.valueFrom) &&
          !printsValue(rowCells(matrix, b, layout.valueFrom, matrix.width, meter).values, meter)
        ) {
          b++;
        }
        const below = b < matrix.rows.length ? labelAt(b, layout.valueFrom) : undefined;
        const skips =
          below !== undefined &&
          isData(below.match.label) &&
          below.match.label.key !== next?.value.key;
        return skips ? undefined : named;
      };
      let named =
        r === first
          ? rowLabelOf(matrix, r, layout.valueFrom, version, tails, meter)
          : (labelAt(r, layout.valueFrom) ?? afterAbove());
      const { values, holes } = rowCells(matrix, r, layout.valueFrom, matrix.width, meter);
      const cut = labelOnly;
      labelOnly = undefined;
      // The row above printed a label and no value, and is to be read blank (nothing printed
      // left of the values either: a value there is quoted with it, never dropped).
      const blankAbove =
        cut?.r === r - 1 &&
        pending[cut.at]?.key === cut.named.match.label.key &&
        pending[cut.at]?.before === undefined
          ? cut
          : undefined;
      // A value: a number or a mark (`/`, `—`), which the row above was not printed blank beside.
      // Looked at only in a row no data row's label names (most rows have one): a group's label
      // may stand beside a label's rest (`（六）其他处理` beside `费用、…公开申请 158 …`).
      const loose = named === undefined || !isData(named.match.label);
      const shown = loose
        ? values
            .map((value) => value.text.trim())
            .filter((text) => text !== "" && isValueText(text, meter))
        : [];
      const rest =
        loose && blankAbove !== undefined && shown.length > 0
          ? labelRest(matrix, r, layout.valueFrom, blankAbove.named, version, meter)
          : undefined;
      if (blankAbove !== undefined && rest !== undefined) {
        // The row above printed a label cut short and nothing beside it; this row's label cell
        // holds the rest of it, and values: a label of several lines in a table without lines,
        // its first line a row of its own (a page's first rows). Read as that row, not as a row
        // printed blank and values no label names; its label cell is this row's (where the row's
        // values start after it).
        pending.splice(blankAbove.at, 1);
        collected.seen.delete(blankAbove.named.match.label.key);
        named = { ...blankAbove.named, slot: rest };
      }
      if (
        loose &&
        rest === undefined &&
        shown.length > 0 &&
        blankAbove !== undefined &&
        matrix.inferred === true &&
        cutShort(blankAbove.named, version, meter)
      ) {
        // In a table without lines, under a row printing a label cut short and nothing else,
        // values, alone or after words no label names: the row's own, set in the middle of its
        // cell beside a label wrapped over two lines (`5.属于三类内` / `5` / `部事务信息`, the
        // label's rest taken by the row below), or after the rest of that label wrapped with
        // other words (`法提供 息需要另行制`, a group's label beside it, read as the group's or not).
        // The row above is not known to be printed blank: its cells are not read blank, and the
        // values (marks too) are quoted there. (A grid with its own cells prints a blank row as
        // one.)
        pending.splice(blankAbove.at, 1);
        collected.ambiguous.set(blankAbove.named.match.label.key, [
          ...numbersEndingLabels(matrix, r, layout.valueFrom, meter, true),
          ...shown,
        ]);
        continue;
      }
      if (named === undefined) {
        // Numbers in a row no label names: quoted, never dropped silently; with them, numbers
        // ending its label cells (`1.本机关不掌握相关政府信107 108`), which no cell holds.
        const printed = [
          // Left of where the values start, a cell of its own (`理结果 开（二 99 0 …`: the
          // row's first value a column left, its label cut).
          ...numbersOf(matrix.rows[r]!.slice(0, layout.valueFrom), meter),
          ...values.map((value) => value.text.trim()).filter((text) => quotable(text, meter)),
        ];
        const numbers =
          printed.length > 0
            ? [...numbersEndingLabels(matrix, r, layout.valueFrom, meter), ...printed]
            : printed;
        if (numbers.length > 0) {
          append(orphans, numbers);
          // The rows between the labels around it are the rows it may be (one whose label was lost).
          gapFrom ??= lastKey ?? "";
        }
        continue;
      }
      let { label, foreign } = named.match;
      if (!foreign) {
        if (gapFrom !== undefined) gaps.push([gapFrom, label.key]);
        gapFrom = undefined;
        lastKey = label.key;
      }
      const printed = values.some((value) => value.text.trim() !== "");
      // Words where the layout puts values: the row's own label stands past where the layout was
      // moved to (its right edge, a row a cell short or a grid a cell wider before the break), so
      // where its values stand is not printed. Quoted at the row the words name, never placed.
      const words = values.find((value) => {
        const text = value.text.trim();
        return text !== "" && !isValueText(text, meter);
      });
      const own = words && layout.borrowed === true ? labelAt(r, words.to) : undefined;
      if (label.role === "group" && !foreign && own !== undefined && own.match.label !== label) {
        const key = own.match.label.key;
        const { values: after } = rowCells(matrix, r, words!.to, matrix.width, meter);
        const numbers = after.map((value) => value.text.trim());
        if (isData(own.match.label) && !own.match.foreign && !collected.seen.has(key)) {
          collected.seen.add(key);
          collected.ambiguous.set(key, numbers);
          lastKey = key;
        } else {
          append(
            orphans,
            numbers.filter((text) => /\d/.test(text) && isValueText(text, meter)),
          );
          gapFrom ??= lastKey ?? "";
        }
        continue;
      }
      if (label.role === "group" && !foreign && printed && named.slot.rowSpan > 1) {
        // A row of a group whose own label was lost: the group's label spans it (bare values).
        const rows = bare.get(label.key) ?? [];
        rows.push({ values, holes, layout });
        bare.set(label.key, rows);
        continue;
      }
      if (!isData(label) && printed) {
        // A group of this template printed as one row with values: the other template's row,
        // unless the group's own rows follow it (2021's （六）其他处理 over its three rows): then
        // the line is the group's subtotal, as any other group's is.
        const theirs = bestMatch(named.key, PLANS[other].applicationRows);
        const subtotal =
          theirs !== undefined &&
          isData(theirs) &&
          label.role === "group" &&
          childrenFollow(r, label.key, version, collected, lastNaming(label.key, layout.valueFrom));
        if (theirs === undefined || !isData(theirs) || subtotal) {
          const quoted = values.map((value) => value.text.trim()).filter((text) => text !== "");
          const rowLabel = rowLabelText(matrix, r, layout.valueFrom);
          if (
            named.slot.rowSpan > 1 ||
            rowLabel !== named.slot.text.replace(/\s+/g, "") ||
            !quoted.every((text) => isValueText(text, meter)) ||
            secondLabel(named.key, PLANS[version].applicationRows) !== undefined
          ) {
            // A heading spanning rows beside values no label of their own names, or a heading's
            // row printing other words or labels too (rows' labels run into it, in a column too
            // narrow to part them): whose values these are is not printed. Quoted.
            append(
              orphans,
              quoted.filter((text) => /\d/.test(text) && isValueText(text, meter)),
            );
          } else {
            // A heading or group printing values on its own line (a subtotal, R5): the template
            // has no cells for them, and they are quoted, never dropped; a group's is checked
            // against its rows once they are read.
            collected.extra.push({
              label: rowLabel,
              values: quoted,
              ...(label.role === "group" && {
                subtotal: { group: label.key, values: values.map((value) => value.text.trim()) },
              }),
            });
          }
          continue;
        }
        label = theirs;
        foreign = true;
      }
      if (!isData(label)) continue;
      if (!foreign) {
        lastData = label.key;
        dataRow = r;
      }
      const glued = foreign ? undefined : secondLabel(named.key, DATA_ROWS[version]);
      // Numbers between the label and where the values start, quoted first with the values when
      // the row is quoted below (`258` / `3` beside two labels run into one cell: their rows'
      // first values, wrapped into one cell a column left).
      const quote = () => [
        ...valuesBefore(matrix, r, named.slot, layout.valueFrom, meter),
        ...values.map((value) => value.text.trim()),
      ];
      if (glued === undefined && named.conflict === true && !collected.seen.has(label.key)) {
        // Its label cells name different rows: the values beside them are quoted, not placed.
        collected.seen.add(label.key);
        collected.ambiguous.set(label.key, quote());
        continue;
      }
      if (glued !== undefined) {
        // Two rows' labels in one cell (a row printed blank, its label run into the next one's):
        // the values beside them are quoted at the first, the second is left to that finding.
        collected.seen.add(label.key);
        collected.ambiguous.set(label.key, quote());
        if (!collected.seen.has(glued.key)) collected.covered.add(glued.key);
        continue;
      }
      if (foreign) {
        foreignRows = true;
        const quoted = values.map((value) => value.text.trim()).filter((text) => text !== "");
        const rowLabel = rowLabelText(matrix, r, layout.valueFrom);
        addForeign(collected, [SECTION], [`${rowLabel} ${quoted.join(" ")}`.trim()]);
        continue;
      }
      if (collected.seen.has(label.key)) {
        // A second row printing the label of a row read already (see `secondPrinting`): with
        // values other than the first's, which of the two the label is, and whose the values,
        // is not printed; both are quoted, neither placed, nothing dropped.
        const second = secondPrinting(matrix, r, named.slot, values, meter);
        if (second.kind === "unlabelled") {
          append(orphans, second.numbers);
          gapFrom ??= label.key;
        } else if (second.kind === "again") {
          const at = pending.findIndex((row) => row.key === label.key);
          // The first printing as it was to be placed, or as it was quoted.
          const first =
            at === -1
              ? (collected.ambiguous.get(label.key) ?? [])
              : [
                  ...(pending[at]!.before ?? []),
                  ...pending[at]!.input.values.map((value) => value.text.trim()),
                ];
          if (!sameValues(first, second.values)) {
            if (at !== -1) pending.splice(at, 1);
            collected.ambiguous.set(label.key, [...first, ...second.values]);
          }
        }
        continue;
      }
      collected.seen.add(label.key);
      const labelEnd = named.slot.column + named.slot.colSpan;
      if (layout.borrowed === true && layout.partial === true) {
        // Headers borrowed from a grid that named only some of the table's columns (see
        // `partialOver`): where each value stands is not printed. Quoted from the label's end
        // (values left of where the layout starts them too), not placed; a row printing nothing
        // reads blank under any layout. Its label's last words may open the next row's cell, as
        // a placed row's may (see `afterReadTail`).
        const from = Math.min(labelEnd, layout.valueFrom);
        const { values: printed } = rowCells(matrix, r, from, matrix.width, meter);
        if (printsValue(printed, meter)) {
          valued.add(label.key);
          collected.ambiguous.set(
            label.key,
            printed.map((value) => value.text.trim()),
          );
          continue;
        }
      }
      if (layout.borrowed === true && labelEnd > layout.valueFrom) {
        // Fewer cells after the label than the layout has columns, the layout taken from the
        // row's right edge (a table continued after a page break): a cell was lost, and which one
        // is not printed. Moved to the right edge, the values would shift under other headers
        // (and the label under the first). Quoted, not placed.
        const { values: printed } = rowCells(matrix, r, labelEnd, matrix.width, meter);
        collected.ambiguous.set(
          label.key,
          printed.map((value) => value.text.trim()),
        );
        continue;
      }
      const before = valuesBefore(matrix, r, named.slot, layout.valueFrom, meter);
      if (
        layout.borrowed === true &&
        before.length > 0 &&
        !(matrix.inferred === true && oneColumnLeft(before, values, layout.headers, version))
      ) {
        // Values between the row's label and where a layout not printed over this grid puts the
        // values: the row does not end where the values do (a blank cell after them, a row one
        // cell longer than the others), so where each stands is not known. Quoted, not placed.
        // In a table without lines, one number there and a value under each header, the last
        // blank, is pandoc's row a column left as on the page before (see `oneColumnLeft`):
        // weighed as there, below.
        collected.ambiguous.set(label.key, [
          ...before,
          ...values.map((value) => value.text.trim()),
        ]);
        continue;
      }
      // The cells of the row left of the values. In a grid whose columns were inferred (a table
      // without lines), which prints no cell for a blank and whose header cells span what their
      // text covers, not what the table gives the label: the numbers and marks (`/`, `—`) there.
      // Under headers borrowed from a grid before (a page break), which has no header rows here:
      // every cell of the row between its label and where the borrowed layout puts the values
      // (numbers there are quoted above). Otherwise the cells under a header cell over the row's
      // label that reaches past the label's cell (see `labelHeaderEnd`), whatever they hold, and
      // beyond it the numbers (`before`).
      const left =
        matrix.inferred === true
          ? valuesBefore(matrix, r, named.slot, layout.valueFrom, meter, 0, true)
          : valuesBefore(
              matrix,
              r,
              named.slot,
              layout.valueFrom,
              meter,
              layout.borrowed === true
                ? layout.valueFrom
                : labelHeaderEnd(matrix, first, named.slot, layout.valueFrom, meter),
            );
      // Numbers, or a mark beside a blank, printed at the end of a label cell (see
      // `numbersEndingLabels`): a row quoted below is quoted with them, not without.
      const inLabels = numbersEndingLabels(
        matrix,
        r,
        layout.valueFrom,
        meter,
        values.some((value) => value.text.trim() === ""),
      );
      // In a table without lines, a label run on over the label column before the values (where
      // the sub-rows print their labels) leaves no room there for a first value a column left:
      // the row stands where it is printed (see stream.ts `labelReach`).
      const spansOn =
        matrix.inferred === true &&
        named.slot.colSpan > 1 &&
        labelEnd === layout.valueFrom &&
        subRowsAt(layout.valueFrom - 1);
      const shift =
        left.length === 0 &&
        (matrix.inferred === true || matrix.acrossOnly === true) &&
        blankUnderLastHeader(values, layout.headers)
          ? spansOn || shiftRefuted(values, layout.headers, label.key, version, meter)
          : true;
      const both =
        matrix.inferred === true && inLabels.length === 0
          ? underBoth(left, values, layout.headers, matrix, first, version)
          : undefined;
      if (both !== undefined) {
        // pandoc's row a column left in a table without lines, its last value under 其他 and 总计
        // together (see `underBoth`): weighed with the table's identities as the rows above are,
        // as printed that value being either column's.
        valued.add(label.key);
        pending.push({
          key: label.key,
          input: { headers: rowHeaders(layout.headers, label.key), values, short: false },
          open: 1,
          first: left[0]!,
          printed: both,
        });
        continue;
      }
      if (
        left.length > 0
          ? (blankUnderLastHeader(values, layout.headers) ||
              (matrix.inferred === true &&
                (blankPastLastHeader(values, layout.headers) ||
                  !underLastColumn(values, layout.headers, version)))) &&
            (printed || left.some((text) => text !== ""))
          : shift === false
      ) {
        // A number or mark between the row's label and the first header, or a cell of the row
        // under the header over its label (blank as well), and the last column printed blank:
        // the row's values may stand a column or more left of their headers (pandoc's HTML → Word
        // writes the label cells' span a column short, so each value of such a row stands one
        // column left, the first under the label header, and the last column is blank), or the
        // blank be the row's own. Which value is whose is not printed. Quoted, not placed. (A row
        // printing nothing reads blank either way.) A first value printed blank in a table
        // without lines leaves no trace before the values, nor in one ruled across only (its
        // blank cell's sides guessed from the row above, it joins the label's cell), and the row
        // prints as one whose 总计 is blank: such a row is read as printed where its values read a
        // column right would give a 总计 smaller than one of its parts (see `shiftRefuted`:
        // Shanghai's 2019 report prints （一）予以公开 `258 12 _ _ 1 1 _`, 总计 1 beside 258 so
        // read); otherwise the table's identities decide once every other row is read
        // (`settleShifted`). Numbers or a mark ending the label (`（一）予以公开—`) are quoted
        // first, where they are printed. A row printing one cell under the label's header and
        // one under each column, the last blank, is pandoc's row a column left: weighed so as
        // well, read a column right only where the identities rule out the row as printed. So in
        // a grid with its own cells, and in a table without lines, where that cell is a number or
        // mark (a blank leaves no trace there) standing where the sub-rows print their labels.
        if (
          matrix.acrossOnly !== true &&
          inLabels.length === 0 &&
          oneColumnLeft(left, values, layout.headers, version)
        ) {
          valued.add(label.key);
          pending.push({
            key: label.key,
            input: {
              headers: rowHeaders(layout.headers, label.key),
              values,
              short: false,
            },
            open: 1,
            first: left[0]!,
          });
          continue;
        }
        collected.ambiguous.set(label.key, [
          ...inLabels,
          ...left,
          ...values.map((value) => value.text.trim()),
        ]);
        continue;
      }
      if (inLabels.length > 0) {
        // Numbers printed at the end of a label cell (`息需要另行制114 115`: a table without lines
        // whose first values stood too near the label's line), or a mark in it beside a blank:
        // the columns they stand over read blank, and which columns they are is not printed.
        // Quoted, not placed.
        collected.ambiguous.set(label.key, [
          ...inLabels,
          ...values.map((value) => value.text.trim()),
        ]);
        continue;
      }
      // In a grid whose columns are its own (HTML, Word, ruling lines), a blank is a cell of its
      // own: a row printing as many cells after its label as the layout has columns, to its right
      // edge, has its values where the layout puts them (a table continued without the column of
      // a group label spanning down from the page before). A row with a cell more or fewer may
      // have lost one anywhere; so may a row ending in a blank: a row one cell short padded to the
      // grid's width (Word's `gridAfter`, LibreOffice's empty cells after a short row) ends so.
      const lastValue = values[values.length - 1]?.text.trim() ?? "";
      const exact = matrix.inferred !== true && labelEnd === layout.valueFrom && lastValue !== "";
      if (
        layout.shifted === true &&
        !exact &&
        values.some(
          (value) =>
            value.text.trim() === "" || (matrix.inferred === true && !/\d/.test(value.text)),
        ) &&
        !filled(layout.valueFrom)
      ) {
        // A blank among values placed by a layout moved from another grid (or, in a grid whose
        // columns were inferred, a cell of no number: a label's last line, `已获取信息`, in a
        // column no value of the grid stands in; a ruled grid's `/` is a cell of its own):
        // the grid's columns may be only those its own page printed values in (a table without
        // ruling lines), so which column each value stands in is a guess unless the grid's rows
        // fill every column the layout gives values and none besides. Quoted, not placed (with
        // the numbers before the values, if any: see `quote`).
        collected.ambiguous.set(label.key, [
          ...before,
          ...values.map((value) => value.text.trim()),
        ]);
        continue;
      }
      if (offColumns(matrix, values)) {
        // Its values stand elsewhere than the columns (see `offColumns`). Quoted, not placed.
        collected.ambiguous.set(label.key, [
          ...before,
          ...values.map((value) => value.text.trim()),
        ]);
        continue;
      }
      const headers = rowHeaders(layout.headers, label.key);
      // A row printed blank ends no label another row's cell opens with: its values, if any,
      // are not known to be beside its first lines.
      if (printed) valued.add(label.key);
      else if (!foreign) labelOnly = { r, at: pending.length, named };
      pending.push({
        key: label.key,
        input: { headers, values, short: isShort(headers, holes) },
        ...(before.length > 0 && { before }),
        ...(shift === undefined && { open: 1 }),
      });
    }
  }
  const byOrder = readBareRows(bare, version, collected, pending);
  if (orphans.length > 0) collected.ambiguous.set(SECTION, orphans);
  if (gapFrom !== undefined) gaps.push([gapFrom, undefined]);
  coverGaps(
    gaps,
    // Every row in order, headings and groups too: a group's line may bound a gap (its rows
    // after it); covering a group's key is harmless, the table having no cells of its own for it.
    templateDefinition(version).applications.rows.map((row) => row.key),
    collected,
  );
  if (pending.length === 0 && !foreignRows && collected.ambiguous.size === 0)
    return { drafts: [], truncated: false };
  // A grid no layout fits was passed over. Had nothing been read, the text reader would read the
  // table, those rows too; but the grids read something, so this reading is the table's, and
  // their numbers would be lost. Read again, their rows read by their labels and their numbers
  // quoted there (see `unplaced`), never dropped.
  if (unfit) return mapApplications(grids, version, meter, true);
  // Rows the printed borders place first; then the others, judged by the identities against
  // everything placed.
  const later: PendingRow[] = [];
  for (const row of pending) {
    const placement = row.open ? undefined : placeByBorders(row.input, meter);
    if (placement !== undefined) record(collected, row.key, placement, [SECTION], "");
    else later.push(row);
  }
  // The rows that may stand a column left (`open`) last, their cells unknown to the others' checks
  // (the sort keeps the order of the rest).
  later.sort((a, b) => (a.open ?? 0) - (b.open ?? 0));
  for (const row of later) {
    if (row.printed !== undefined) continue;
    const check = identityCheck(version, SECTION, collected.known);
    record(collected, row.key, placeRow(row.input, check, meter), [SECTION], "");
  }
  settleShifted(
    pending.filter((row) => row.open),
    collected,
    version,
    meter,
  );
  const definition = templateDefinition(version).applications;
  for (const { key, before } of pending) {
    // Values left of the headers read, beside a row some of whose cells no value was placed in:
    // they may be those cells' (a column whose header was lost), and are quoted, never dropped.
    // The quote covers the row's absent cells (one cause, one finding). Beside a row read whole,
    // a number there is no cell's, and says nothing of the row.
    const cells = collected.cells.get(key) ?? {};
    if (before === undefined || definition.columns.every((column) => column.key in cells)) continue;
    collected.ambiguous.set(key, [...before, ...(collected.ambiguous.get(key) ?? [])]);
  }
  const theirs = new Set(templateDefinition(other).applications.rows.map((row) => row.key));
  if (foreignRows) {
    // Rows only this template has, which the other template's layout printed no place for.
    for (const row of definition.rows)
      if (!theirs.has(row.key) && !collected.seen.has(row.key)) collected.covered.add(row.key);
  }
  const order = definition.rows
    .filter((row) => row.role !== "heading" && row.role !== "group")
    .map((row) => ({ row: row.key, columns: definition.columns.map((column) => column.key) }));
  const { table, drafts } = assembleTable(SECTION, order, collected, version, other);
  for (const { subtotal } of collected.extra)
    if (subtotal) append(drafts, subtotalDrafts(version, table, subtotal, meter));
  for (const group of byOrder) {
    const shown = group.rows.map((key) =>
      definition.columns.map((column) => showValue(table[key]?.[column.key])).join(" "),
    );
    drafts.push({
      code: "PARSE_ROWS_BY_ORDER",
      path: [SECTION, group.group],
      actual: shown.join("；"),
    });
  }
  return { table, drafts, truncated: false };
}

/** The right-most header naming a column of the report, if any. */
function lastCellHeader(headers: readonly HeaderColumn[]): HeaderColumn | undefined {
  for (let index = headers.length - 1; index >= 0; index--) {
    if (headers[index]!.target.kind === "cell") return headers[index];
  }
  return undefined;
}

/**
 * Whether the row's last value cell is printed blank under the right-most header naming a column
 * of the report: where values a column left of their headers leave a hole. A blank elsewhere is a
 * row's own (a cell left blank beside a `行次` column, or a column whose header was lost), and the
 * row is read as printed.
 */
function blankUnderLastHeader(
  values: readonly ValueCell[],
  headers: readonly HeaderColumn[],
): boolean {
  const header = lastCellHeader(headers);
  if (header === undefined) return false;
  // The cells from the last header to the row's end: a grid whose columns were inferred may have
  // a column after the last header (a value printed wider than the others, past its edge), blank
  // in the other rows.
  const from = values.filter((value) => value.to > header.from);
  return (
    from.some((value) => value.from < header.to) && from.every((value) => value.text.trim() === "")
  );
}

/**
 * Whether the row prints cells past the right-most header naming a column of the report, the last
 * of them blank (asked of a table without lines, whose columns are where values stand; a ruled
 * cell past the headers is a column of its own): columns whose headers were lost (`其他 总计` run
 * together in one cell, read as neither), where values a column left of their headers leave
 * their hole as well. With a value or mark printed between the label and the first header, the
 * row may stand a column left of its headers: pandoc's pages made Word files, printed by
 * LibreOffice, read （一）予以公开 `/ 0 0 — 0 1 _` one column right, 自然人 0 and 法律服务机构 1.
 */
function blankPastLastHeader(
  values: readonly ValueCell[],
  headers: readonly HeaderColumn[],
): boolean {
  const header = lastCellHeader(headers);
  if (header === undefined) return false;
  const past = values.filter((value) => value.from >= header.to);
  return past.length > 0 && past[past.length - 1]!.text.trim() === "";
}

/**
 * Whether the row prints a value under the header of the template's last column (总计) and under
 * no other header: what shows a row of a table without lines to stand under its headers, not a
 * column left of them, when a value or mark stands between its label and the first header. A
 * page whose rows all stand a column left prints nothing under 总计, and then no column of its
 * own: its header runs together with 其他's (`其他 总计` over one column, naming neither), and the
 * row's last value stands under both. Read as printed, `－ 12 13 14 15 16 17` put 12 in 自然人,
 * where the row a column right puts the mark; which of the two is not printed.
 */
function underLastColumn(
  values: readonly ValueCell[],
  headers: readonly HeaderColumn[],
  version: TemplateVersion,
): boolean {
  const { columns } = templateDefinition(version).applications;
  return values.some((value) => {
    const over = headers.filter((one) => one.from < value.to && one.to > value.from);
    const target = over[0]?.target;
    return (
      over.length === 1 &&
      target?.kind === "cell" &&
      target.column.key === columns[columns.length - 1]!.key &&
      value.text.trim() !== ""
    );
  });
}

/**
 * Whether a row may stand one column left of its headers, as pandoc's HTML prints a row whose
 * label spans columns (its span written a column short, the row padded with an empty cell after
 * its values): one cell between its label and the first header (`left`), one cell under each
 * header, the headers the template's columns in its order, and the last cell blank. In a table
 * without lines (wkhtmltopdf's print of pandoc's page), whose columns are where values stand,
 * that cell is the number or mark in the column where the sub-rows print their labels, and the
 * sub-rows' values give 总计 its column.
 */
function oneColumnLeft(
  left: readonly string[],
  values: readonly ValueCell[],
  headers: readonly HeaderColumn[],
  version: TemplateVersion,
): boolean {
  const columns = templateDefinition(version).applications.columns;
  if (left.length !== 1 || values.length !== columns.length || headers.length !== columns.length)
    return false;
  const own = (header: HeaderColumn, at: number) =>
    header.target.kind === "cell" &&
    header.target.column.key === columns[at]!.key &&
    values[at]!.from === header.from &&
    values[at]!.to === header.to;
  return headers.every(own) && values[values.length - 1]!.text.trim() === "";
}

/**
 * The cells of a row of a table without lines, as printed in the template's column order, when it
 * prints one number or mark before its first header (`left`), one value under each column's header
 * but the last two, and its last value under 其他 and 总计 together: its cell spanning both headers,
 * or standing in the grid's last column under a header cell printing both names run together
 * (`其他总计`, read as neither), the headers read stopping before it. pandoc's row a column left
 * prints so where no row of the grid prints both columns (LibreOffice prints each value a column
 * left of its header, the last under 其他, and a table without lines draws no line between 其他 and
 * 总计): read a column right, that value is the 总计. As printed it is 其他's or 总计's, which is not
 * printed: the cells given put it under 其他, and 总计 blank. `undefined` for any other row.
 *
 * @example
 * ```ts
 * // 一、 `71 | 3 0 0 0 0 74`, 74 spanning 其他 and 总计:
 * underBoth(["71"], values, headers, matrix, first, "2021"); // ["3", "0", "0", "0", "0", "74", ""]
 * ```
 */
function underBoth(
  left: readonly string[],
  values: readonly ValueCell[],
  headers: readonly HeaderColumn[],
  matrix: Matrix,
  first: number,
  version: TemplateVersion,
): readonly string[] | undefined {
  const columns = templateDefinition(version).applications.columns;
  const count = columns.length;
  if (left.length !== 1 || values.length !== count - 1 || headers.length < count - 2) {
    return undefined;
  }
  const own = (at: number) => {
    const target = headers[at]?.target;
    return target?.kind === "cell" && target.column.key === columns[at]!.key;
  };
  for (let at = 0; at < count - 2; at++) {
    if (!own(at) || values[at]!.from !== headers[at]!.from || values[at]!.to !== headers[at]!.to) {
      return undefined;
    }
  }
  const last = values[count - 2]!;
  const spanning =
    headers.length === count &&
    own(count - 2) &&
    own(count - 1) &&
    last.from === headers[count - 2]!.from &&
    last.to === headers[count - 1]!.to;
  const runTogether =
    headers.length === count - 2 &&
    last.from === headers[count - 3]!.to &&
    last.to === matrix.width &&
    matrix.rows
      .slice(0, first)
      .some(
        (row) =>
          row[last.from]?.key ===
          matchKey(columns[count - 2]!.label) + matchKey(columns[count - 1]!.label),
      );
  if (!spanning && !runTogether) return undefined;
  return [...values.map((value) => value.text.trim()), ""];
}

/** The keys of the rows of group `group` in the template. */
function childRows(version: TemplateVersion, group: string): string[] {
  return templateDefinition(version)
    .applications.rows.filter((row) => row.parent === group)
    .map((row) => row.key);
}

/**
 * Whether a row of group `group` was read already, or is named by a row of the grid after row `r`
 * (a group's rows follow its line, in the same table): `lastNamed` is the last row naming one.
 */
function childrenFollow(
  r: number,
  group: string,
  version: TemplateVersion,
  collected: Collected,
  lastNamed: number,
): boolean {
  if (childRows(version, group).some((key) => collected.seen.has(key))) return true;
  return lastNamed > r;
}

function showValue(cell: Cell | undefined): string {
  if (cell === undefined) return "?";
  if (cell === null) return "";
  if (typeof cell === "object" && "mark" in cell) return cell.mark;
  return String(cell);
}

/**
 * Rows of a group printed without their own labels (the group's label spanning them, the row
 * labels lost in the copy): read in the registry's order of the group's rows not printed with a
 * label, when there are exactly as many; else their values are quoted as ambiguous at the group
 * and its rows are left to that finding.
 */
function readBareRows(
  bare: ReadonlyMap<
    string,
    readonly { values: ValueCell[]; holes: ReadonlySet<number>; layout: Layout }[]
  >,
  version: TemplateVersion,
  collected: Collected,
  pending: PendingRow[],
): { readonly group: string; readonly rows: readonly string[] }[] {
  const rows = templateDefinition(version).applications.rows;
  const byOrder: { group: string; rows: string[] }[] = [];
  for (const [group, printed] of bare) {
    const children = rows
      .filter((row) => row.parent === group && row.role !== "group" && row.role !== "heading")
      .map((row) => row.key)
      .filter((key) => !collected.seen.has(key));
    // Rows placed by their order under headers borrowed from a grid that named only some of the
    // table's columns (see `partialOver`): where each value stands is not printed either.
    const guessed = printed.some(
      ({ values, layout }) =>
        layout.borrowed === true && layout.partial === true && printsValue(values),
    );
    if (children.length !== printed.length || guessed) {
      collected.ambiguous.set(
        group,
        printed.flatMap((row) => row.values.map((value) => value.text.trim())),
      );
      for (const key of children) collected.covered.add(key);
      continue;
    }
    printed.forEach(({ values, holes, layout }, i) => {
      const key = children[i]!;
      collected.seen.add(key);
      const headers = rowHeaders(layout.headers, key);
      pending.push({ key, input: { headers, values, short: isShort(headers, holes) } });
    });
    byOrder.push({ group, rows: children });
  }
  return byOrder;
}

/**
 * The values printed in a row between its label cell and `valueFrom`: none where the row's
 * values start at `valueFrom`. The cells starting before `whole` are taken whatever they hold
 * (blank, a mark), the others only when they print a number (one wrapped over lines too: `258` /
 * `3`, two rows' first values in one cell, is printed there, and quoted), or with `marks` a mark
 * (`/`, `—`; not a word, which may be a piece of a label).
 */
function valuesBefore(
  matrix: Matrix,
  r: number,
  label: Slot,
  valueFrom: number,
  meter?: Meter,
  whole = 0,
  marks = false,
): string[] {
  const found: string[] = [];
  let last = label.cell;
  const row = matrix.rows[r]!;
  for (let c = label.column + label.colSpan; c < Math.min(valueFrom, row.length); c++) {
    const slot = row[c];
    if (slot === undefined || slot.copy || slot.cell === last) continue;
    last = slot.cell;
    const text = slot.text.trim();
    const value = /\d/.test(text) || (marks && text !== "" && !/[\u3400-\u9fff]/u.test(text));
    if (c < whole || (value && isValueText(text, meter)) || WRAPPED_DIGITS.test(text)) {
      found.push(text);
    }
  }
  return found;
}

/**
 * Where the header cell over a row's label ends, when it reaches past the label's cell: the
 * header rows (above `first`) give the label columns as one cell, and the row's label cell stops
 * short of its right edge. A cell of the row starting there stands under the label's header, not
 * under a column's: the row's label is a column short (pandoc's HTML → Word writes a label's span
 * so), whatever that cell holds. A column with a header cell of its own (`行次`, a column whose
 * header was lost, printed blank) is not the label's. The label's own end when no header cell
 * reaches past it (or one reaches into the values: a header row printed without its spans).
 */
function labelHeaderEnd(
  matrix: Matrix,
  first: number,
  label: Slot,
  valueFrom: number,
  meter?: Meter,
): number {
  const end = label.column + label.colSpan;
  let reach = end;
  tick(meter, first);
  for (let h = 0; h < first && end < valueFrom; h++) {
    const over = matrix.rows[h]![end];
    if (over === undefined || over.column >= end) continue;
    const to = over.column + over.colSpan;
    if (to <= valueFrom) reach = Math.max(reach, to);
  }
  return reach;
}

/** A sub-row's numbered label (`1.属于国家秘密`), opening its cell. */
const SUB_ROW_LABEL = /^\s*\d{1,2}[.．]/;

/**
 * Whether `column` is where a grid's sub-rows print their labels: every numbered label cell
 * (`1.属于国家秘密`) from row `first` on starts there, two at least. Only then are the label
 * columns of a grid whose columns were inferred the table's own up to there: where label texts
 * start elsewhere (labels centred or indented each their own way), a column there may be a
 * piece of the label's own cell, which a label set in it runs over as well.
 *
 * @example
 * ```ts
 * // rows `| （一）予以公开 | · | 1 2` and `|  | 1.属于国家秘密 | 3 4`, `2.…` under it:
 * subRowLabelColumn(matrix, 0, 1); // true
 * ```
 */
function subRowLabelColumn(matrix: Matrix, first: number, column: number, meter?: Meter): boolean {
  let count = 0;
  for (let r = first; r < matrix.rows.length; r++) {
    const row = matrix.rows[r]!;
    tick(meter, 1 + column);
    for (let c = 0; c <= column && c < row.length; c++) {
      const slot = row[c];
      if (slot === undefined || slot.copy || !SUB_ROW_LABEL.test(slot.text)) continue;
      if (c !== column) return false;
      count++;
    }
  }
  return count >= 2;
}

/**
 * Whether a row's values read each under the next header to the right (a row a column left of its
 * headers, its first value printed blank) would give a 总计 smaller than one of its own parts:
 * under the header before the last (其他, the 总计 so read) a number less than another of the row's
 * numbers. A 总计 that merely differs from the sum is no proof by itself (reports' sums are often
 * wrong, and a report's every value distinct breaks them all); one below its own part is no total
 * of it. `undefined` for a row printing a number that neither refutes: no 总计 either way
 * (`3 _ _ _ _ _ _`, as Shanghai's 2019 report prints its rows), or 其他 a number not below a part
 * (`12 13 14 15 16 17 _`): the table's identities tell, weighed once every row is read
 * (`settleShifted`: the second by the rows' totals, where the table keeps them). Always for a row
 * under a group, whose label the official layout spans over no columns (a span written short
 * shortens only the others).
 */
function shiftRefuted(
  values: readonly ValueCell[],
  headers: readonly HeaderColumn[],
  row: string,
  version: TemplateVersion,
  meter?: Meter,
): boolean | undefined {
  const rows = templateDefinition(version).applications.rows;
  const parent = rows.find((line) => line.key === row)?.parent;
  if (rows.some((line) => line.key === parent && line.role === "group")) return true;
  // 其他 by its key (the column before 总计 in the registry), its header read: a column missing
  // from the header would put another in its place, and nothing is refuted then.
  const columns = templateDefinition(version).applications.columns;
  const otherKey = columns[columns.findIndex((column) => column.role === "total") - 1]?.key;
  const other = headers.find(
    (header) => header.target.kind === "cell" && header.target.column.key === otherKey,
  );
  if (other?.target.kind !== "cell") return false;
  let total = -1;
  let part = -1;
  for (const value of values) {
    const cell = readCell(value.text, other.target.column, meter);
    if (!cell.ok || typeof cell.value !== "number") continue;
    if (value.from < other.to && other.from < value.to) total = cell.value;
    else part = Math.max(part, cell.value);
  }
  return total < 0 ? part < 0 || undefined : total < part || undefined;
}

/** The forms of a table-三 row's label, by the row. */
function formsOfRow(label: ApplicationRowLabel, version: TemplateVersion) {
  return PLANS[version].applicationRows.find((row) => row.value === label)?.forms;
}

/** Whether a row's label cell prints its label cut short (not the whole label, nor a form of it). */
function cutShort(named: RowLabel, version: TemplateVersion, meter?: Meter): boolean {
  const forms = formsOfRow(named.match.label, version);
  if (forms === undefined) return false;
  const text = named.slot.text.replace(/\s+/g, "");
  tick(meter, text.length);
  return matchScore(matchKey(text), forms, meter) < EXACT;
}

/**
 * Row `r`'s label cell under the label `above` (the row before, cut short), when it holds the rest
 * of it: the two joined name its row exactly, the part above alone does not. Words left of it are
 * a group's label wrapped beside it (`理` of `（六）其他处理`); words right of it, before the values,
 * are something else, and the row is not read so.
 */
function labelRest(
  matrix: Matrix,
  r: number,
  valueFrom: number,
  above: RowLabel,
  version: TemplateVersion,
  meter?: Meter,
): Slot | undefined {
  const row = matrix.rows[r]!;
  const under = row[above.slot.column];
  if (under === undefined || under.copy || under.column !== above.slot.column) return undefined;
  for (let c = under.column + under.colSpan; c < Math.min(valueFrom, row.length); c++) {
    const slot = row[c];
    if (slot !== undefined && !slot.copy && slot.text.trim() !== "") return undefined;
  }
  const rest = under.text.replace(/\s+/g, "");
  if (rest === "") return undefined;
  const forms = formsOfRow(above.match.label, version);
  if (forms === undefined || !cutShort(above, version, meter)) return undefined;
  const head = above.slot.text.replace(/\s+/g, "");
  tick(meter, head.length + rest.length);
  return matchScore(matchKey(head + rest), forms, meter) >= EXACT ? under : undefined;
}

/** The label cells of a row, their texts joined. */
function rowLabelText(matrix: Matrix, r: number, valueFrom: number): string {
  const texts: string[] = [];
  let last = -1;
  for (const slot of matrix.rows[r]!.slice(0, valueFrom)) {
    if (slot === undefined || slot.cell === last || slot.key === "") continue;
    last = slot.cell;
    if (!slot.copy) texts.push(slot.text.replace(/\s+/g, ""));
  }
  return texts.join(" ");
}
