/**
 * Table 二 from its grids. Caption rows (第二十条第（X）项, across the table or in a first column
 * spanning the sub-table) open a sub-table; its header row (信息内容 | …) gives each column its
 * header; each data row is named by its label (规章, 行政许可 …) and its values are placed under
 * the headers printed above them. A header of the other template's layout places its values only
 * where this report's template has the same column (2019 处理决定数量 is 2021's 本年处理决定数量:
 * `decisions`); the rest are quoted in one `TEMPLATE_MIXED` per sub-table, never put into a column
 * of another meaning.
 *
 * @module
 */
import type { FindingPath } from "../../findings/finding.js";
import { perTemplate, templateDefinition, templateVersions } from "../../templates/registry.js";
import type {
  ColumnDefinition,
  DisclosureGroupDefinition,
  TemplateVersion,
} from "../../templates/types.js";
import { append, most } from "../../text/lists.js";
import { type Meter, tick } from "../../text/meter.js";
import { isValueText } from "../cells.js";
import type { TableReading } from "../tables.js";
import {
  addForeign,
  assembleTable,
  collection,
  coverGaps,
  type Gap,
  record,
  sameValues,
  unplace,
} from "./collect.js";
import type { Matrix, Slot } from "./expand.js";
import { valuesFill } from "./fill.js";
import { isShort, offColumns, rowCells, secondPrinting } from "./headers.js";
import { numbersEndingLabels } from "./labelends.js";
import { bestHeaderMatch, bestMatch, type Candidate, candidatesFor, matchScore } from "./match.js";
import { decidedByBorders, type HeaderColumn, placeRow, type Target } from "./place.js";
import { type DisclosureRowLabel, otherTemplate, PLANS } from "./plans.js";

const SECTION = "activeDisclosure";

/** The label of a data row: its registry row, and whether only the other template has it. */
function matchRow(
  key: string,
  version: TemplateVersion,
): { readonly row: DisclosureRowLabel; readonly foreign: boolean } | undefined {
  const own = bestMatch(key, PLANS[version].disclosureRows);
  if (own !== undefined) return { row: own, foreign: false };
  const other = bestMatch(key, PLANS[otherTemplate(version)].disclosureRows);
  return other === undefined ? undefined : { row: other, foreign: true };
}

function isCaption(key: string): boolean {
  // Only the captions the key could match (see `candidatesFor`): the others score 0.
  return templateVersions.some((version) =>
    candidatesFor(key, PLANS[version].captions).some((c) => matchScore(key, c.forms) >= 2000),
  );
}

/** Whether a key is the label column's header (信息内容). */
const isLabelHeader = (key: string): boolean =>
  templateVersions.some((version) => matchScore(key, PLANS[version].labelHeader) > 0);

function isColumnLabel(key: string): boolean {
  return (
    templateVersions.some(
      (version) => bestMatch(key, PLANS[version].disclosureColumns) !== undefined,
    ) || isLabelHeader(key)
  );
}

/**
 * The column labels of each sub-table, per template, built once: a header cell is matched against
 * its sub-table's columns (and `bestMatch` indexes each list once, see `candidatesFor`).
 */
const GROUP_COLUMNS: Readonly<
  Record<TemplateVersion, ReadonlyMap<string, readonly Candidate<ColumnDefinition>[]>>
> = (() => {
  const byVersion = (version: TemplateVersion) => {
    const byGroup = new Map<string, Candidate<ColumnDefinition>[]>();
    for (const candidate of PLANS[version].disclosureColumns) {
      const list = byGroup.get(candidate.value.group.key) ?? [];
      list.push({ ...candidate, value: candidate.value.column });
      byGroup.set(candidate.value.group.key, list);
    }
    return byGroup;
  };
  return perTemplate(byVersion);
})();

const NO_COLUMNS: readonly Candidate<ColumnDefinition>[] = [];

/** The column of sub-table `group` of template `version` that a header names. */
function bestColumn(
  key: string,
  version: TemplateVersion,
  group: string | undefined,
): ColumnDefinition | undefined {
  const candidates = group === undefined ? undefined : GROUP_COLUMNS[version].get(group);
  return bestHeaderMatch(key, candidates ?? NO_COLUMNS);
}

/** What a printed header stands for in a row of the sub-table `group` (this template's). */
function targetOf(
  header: Slot,
  row: string,
  group: DisclosureGroupDefinition | undefined,
  version: TemplateVersion,
): { readonly target: Target; readonly theirs: boolean } {
  const ownColumns = group?.columns ?? [];
  const own = bestColumn(header.key, version, group?.key);
  if (own !== undefined) return { target: { kind: "cell", row, column: own }, theirs: false };
  const other = otherTemplate(version);
  const theirs = bestColumn(header.key, other, group?.key);
  if (theirs !== undefined) {
    const same = ownColumns.find((column) => column.key === theirs.key);
    const target: Target = same
      ? { kind: "cell", row, column: same }
      : { kind: "foreign", label: header.text.replace(/\s+/g, ""), template: other };
    return { target, theirs: true };
  }
  return { target: { kind: "unknown", label: header.text }, theirs: false };
}

/** The header row of the current sub-table: the header slot over each matrix column. */
type HeaderRow = readonly (Slot | undefined)[];

function headersFor(
  header: HeaderRow,
  from: number,
  width: number,
  row: string,
  group: DisclosureGroupDefinition | undefined,
  version: TemplateVersion,
): { readonly headers: HeaderColumn[]; readonly theirs: boolean } {
  const headers: HeaderColumn[] = [];
  const keys: string[] = [];
  let theirs = false;
  for (let c = from; c < width; c++) {
    const slot = header[c];
    // 信息内容 heads the label column, never a value: a row whose label is narrower than it (a
    // border dragged off in a Word table) has its first value start under it and end under the
    // first column's header, which alone can take it.
    if (slot === undefined || slot.key === "" || isLabelHeader(slot.key)) continue;
    const last = headers[headers.length - 1];
    if (last !== undefined && header[c - 1]?.cell === slot.cell && last.to === c) {
      // Written field by field: an object spread followed by a property takes the runtime's slow
      // path. Every header here is pushed below as `{ from, to, target }`.
      headers[headers.length - 1] = { from: last.from, to: c + 1, target: last.target };
      continue;
    }
    const resolved = targetOf(slot, row, group, version);
    theirs ||= resolved.theirs;
    headers.push({ from: c, to: c + 1, target: resolved.target });
    keys.push(slot.key);
  }
  return { headers: completedHeaders(headers, keys, row, group, version), theirs };
}

/** Below this many key characters, a header cut short says nothing even where its place does. */
const SHORTEST_PLACED_CUT = 2;

/**
 * The headers with those not read (a header cut shorter than a cut may match alone: `本年新` of
 * 本年新制作数量, the rest of its lines not printed) given the sub-table's columns, when the headers
 * are as many as its columns, each read one stands at its column's place in the template's order,
 * and each unread one is the start of the column its place gives it. Otherwise as they are.
 */
function completedHeaders(
  headers: HeaderColumn[],
  keys: readonly string[],
  row: string,
  group: DisclosureGroupDefinition | undefined,
  version: TemplateVersion,
): HeaderColumn[] {
  const columns = group?.columns ?? [];
  if (headers.length !== columns.length || headers.every((h) => h.target.kind !== "unknown"))
    return headers;
  const candidates = GROUP_COLUMNS[version].get(group?.key ?? "") ?? NO_COLUMNS;
  const completed: HeaderColumn[] = [];
  for (const [i, header] of headers.entries()) {
    const column = columns[i]!;
    if (header.target.kind === "cell" && header.target.column.key === column.key) {
      completed.push(header);
      continue;
    }
    const key = keys[i]!;
    const forms = candidates.find((candidate) => candidate.value.key === column.key)?.forms ?? [];
    const cut =
      header.target.kind === "unknown" &&
      key.length >= SHORTEST_PLACED_CUT &&
      forms.some((form) => (form.ordinal + form.core).startsWith(key) || form.core.startsWith(key));
    if (!cut) return headers;
    // Written field by field (the headers are `{ from, to, target }`): an object spread followed
    // by a property takes the runtime's slow path.
    completed.push({ from: header.from, to: header.to, target: { kind: "cell", row, column } });
  }
  return completed;
}

/**
 * Whether a row with no label goes on with the header rows above it: no number in it, and each
 * of its words under a header word (`作数量` under `本年新制`, a header printed without lines in a
 * narrow column, one row per line).
 */
function continuesHeader(rows: readonly HeaderRow[], row: HeaderRow): boolean {
  if (rows.length === 0) return false;
  return row.every(
    (slot, c) =>
      slot === undefined ||
      slot.key === "" ||
      (!hasNumber(slot.text) &&
        rows.some((above) => above[c] !== undefined && above[c]!.key !== "")),
  );
}

/**
 * Whether the rows' printed cells all stand over empty cells of `row`, or each row prints two
 * cells or more, every one over a cell of `row`: the first lines of headers wrapped over three,
 * 信息内容 centred on the second (`上一年项目` / `数量（指2019` / `年事项数）`). A unit stands over one
 * header (`单位：件` over `对外公开总数量`).
 */
function aboveGaps(rows: readonly HeaderRow[], row: HeaderRow): boolean {
  const printed = (slot: Slot | undefined) => slot !== undefined && slot.key !== "";
  const gaps = rows.every((above) => above.every((slot, c) => !printed(slot) || !printed(row[c])));
  // Lines of words one cell each, two columns or more between them, every word the opening of a
  // column header cut short: headers of different heights centred in a table without lines, their
  // lines interleaved (`上一年` / `本年增/ 处理决` over `信息内容 项目数`, then `减 定数量`, then
  // `量`). A unit, a note, a header's whole words over another column stay no part of it.
  const columns = new Set(
    rows.flatMap((above) => above.flatMap((slot) => (printed(slot) ? [slot!.column] : []))),
  );
  return (
    gaps ||
    (rows.length > 1 && columns.size >= 2 && rows.every(headerPieces)) ||
    rows.every(
      (above) =>
        above.filter(printed).length >= 2 &&
        above.every((slot, c) => !printed(slot) || printed(row[c])),
    )
  );
}

/** Table 二's column headers of both templates, as keys, each with its variants (their forms). */
const HEADER_KEYS: readonly string[] = templateVersions.flatMap((version) =>
  PLANS[version].disclosureColumns.flatMap((column) =>
    column.forms.map(({ ordinal, core }) => ordinal + core),
  ),
);

/** Whether a key opens a column header of table 二 and stops short of its end (`上一年`, `本年增`). */
const opensHeader = (key: string): boolean =>
  key !== "" && HEADER_KEYS.some((header) => header.length > key.length && header.startsWith(key));

/** Whether a row's printed cells each stand in one column and open a column header cut short. */
const headerPieces = (row: HeaderRow): boolean =>
  singleCells(row) &&
  row.every((slot) => slot === undefined || slot.copy || slot.key === "" || opensHeader(slot.key));

// The most lines a header is read over: a header printed a character a line in a narrow column,
// its note with it (`本年增/减（指2019年增加或减少的事项数，减用负值表示，如-8）`, 33), takes fewer.
// Rows of header words past them (a grid of nothing else) are no part of the header: each row
// then stacks a header of bounded size, and the header's own first lines are kept.
const MAX_HEADER_LINES = 64;

/** The header rows so far with `row` after them, unless they reach {@link MAX_HEADER_LINES}. */
const withHeaderRow = (rows: readonly HeaderRow[], row: HeaderRow): HeaderRow[] =>
  rows.length >= MAX_HEADER_LINES ? [...rows] : [...rows, row];

// A note in brackets, or the rest of one opened on a line above (`本年增/减（指2020年` /
// `增加或减少的事项数，` / `减用负值表示，如-8）`).
const NOTES = /^[^（(]*[)）]|[（(][^)）]*(?:[)）]|$)/g;

/** Whether a header cell's text holds a number outside the notes in brackets it prints. */
const hasNumber = (text: string): boolean => /\d/.test(text.replace(NOTES, ""));

/** Whether a row's printed cells hold words and no number (but in a header's notes). */
function wordsOnly(row: HeaderRow): boolean {
  return row.every((slot) => slot === undefined || slot.copy || !hasNumber(slot.text));
}

/** Whether a row's printed cells each stand in one column, and one of them past the first. */
function singleCells(row: HeaderRow): boolean {
  const printed = row.filter((slot) => slot !== undefined && !slot.copy && slot.key !== "");
  return (
    printed.length > 0 &&
    printed.every((slot) => slot!.colSpan === 1) &&
    printed.some((slot) => slot!.column > 0)
  );
}

/**
 * Header rows read as one: each column's header words top to bottom joined (a word broken over
 * lines, `本年新制` / `作数量`), a cell spanning rows or columns counted once. A column with words
 * from several rows gets a header of its own.
 */
function stackedHeader(rows: readonly HeaderRow[], meter?: Meter): HeaderRow {
  const last = rows[rows.length - 1] ?? [];
  if (rows.length === 1) return last;
  const width = most(rows.map((row) => row.length));
  tick(meter, rows.length * width);
  // The cells stacked over the column before, and the header made of them.
  let before: { readonly cells: string; readonly header: Slot } | undefined;
  return Array.from({ length: width }, (_, c): Slot | undefined => {
    const stack: Slot[] = [];
    for (const row of rows) {
      const slot = row[c];
      if (slot === undefined || slot.key === "") continue;
      if (stack[stack.length - 1]?.cell === slot.cell) continue;
      stack.push(slot);
    }
    const [first] = stack;
    if (first === undefined || stack.length === 1) {
      before = undefined;
      return first;
    }
    const cells = stack.map((slot) => slot.cell).join(",");
    // The same cells over this column as over the one before (cells spanning both, a header
    // split over two rows of a Word table): one header over both, as each cell is.
    if (before?.cells === cells) return before.header;
    const header: Slot = {
      ...first,
      // A header of its own: no neighbour's cell number (which would join them).
      cell: -1 - c,
      copy: false,
      key: stack.map((slot) => slot.key).join(""),
      text: stack.map((slot) => slot.text).join(""),
    };
    before = { cells, header };
    return header;
  });
}

/**
 * Whether a header read over rows names a column of table 二 with words joined from several (a
 * column of any sub-table: 本年处理决定数量 heads two, which `bestMatch` leaves untold).
 */
function namesColumn(header: HeaderRow, meter?: Meter): boolean {
  return header.some(
    (slot) =>
      slot !== undefined &&
      slot.cell < 0 &&
      templateVersions.some((version) =>
        candidatesFor(slot.key, PLANS[version].disclosureColumns).some(
          (column) => matchScore(slot.key, column.forms, meter) > 0,
        ),
      ),
  );
}

/** The sub-table a row of this template belongs to, in this report's template. */
function ownGroup(key: string, version: TemplateVersion): DisclosureGroupDefinition | undefined {
  return templateDefinition(version).activeDisclosure.groups.find((group) =>
    group.rows.some((row) => row.key === key),
  );
}

/** Where a sub-table's finding points: its first row in this template, else the table. */
function groupPath(groupKey: string, version: TemplateVersion): FindingPath {
  const group = templateDefinition(version).activeDisclosure.groups.find((g) => g.key === groupKey);
  return group?.rows[0] ? [SECTION, group.rows[0].key] : [SECTION];
}

/**
 * Whether a grid's columns are those of the header read over `headerGrid` (a sub-table split by a
 * page break). A grid whose columns are its own (Word, HTML, ruling lines) has them, whatever its
 * width (a trailing blank cell in some row widens a grid and moves no column). A grid whose
 * columns were inferred from where its values stand (a PDF table without lines) has a column only
 * where one of its rows printed a value: it has them only when it is as wide and its rows fill
 * every column from the header's first on; of another width, where the missing or extra column
 * stands is not printed.
 */
function trusted(
  matrix: Matrix,
  headerGrid: Matrix | undefined,
  valueFrom: number,
  fills: Map<number, boolean>,
  meter?: Meter,
): boolean {
  if (matrix.inferred !== true) return true;
  if (headerGrid === undefined || matrix.width !== headerGrid.width) return false;
  let filled = fills.get(valueFrom);
  if (filled === undefined) {
    filled = valuesFill(matrix, 0, valueFrom, meter);
    fills.set(valueFrom, filled);
  }
  return filled;
}

/**
 * Whether a header borrowed from a grid whose columns were inferred names every column of the
 * sub-table: that grid has a column only where a value stood, and a column blank in all its rows
 * left none (its header then runs into the next one's, `信息内容 上一年项目数量`). A later grid's
 * values would fill the columns named in order, where one of them may be the unnamed column's
 * (`其他对外管理服务事项 10 11` read 本年增/减 10 for 11).
 */
function namesEveryColumn(
  headerGrid: Matrix | undefined,
  headers: readonly HeaderColumn[],
  group: DisclosureGroupDefinition | undefined,
): boolean {
  if (headerGrid?.inferred !== true || group === undefined) return true;
  return group.columns.every((column) =>
    headers.some(
      (header) => header.target.kind === "cell" && header.target.column.key === column.key,
    ),
  );
}

/**
 * Whether a label cell of a row after its label, before its first number, names another row of
 * the table than `key`.
 */
function namesAnotherRow(
  row: readonly (Slot | undefined)[],
  label: Slot,
  key: string,
  version: TemplateVersion,
): boolean {
  let last = label.cell;
  for (let c = label.column + label.colSpan; c < row.length; c++) {
    const slot = row[c];
    if (slot === undefined || slot.cell === last || slot.key === "") continue;
    last = slot.cell;
    if (/\d/.test(slot.text)) return false;
    const other = matchRow(slot.key, version);
    if (other !== undefined && other.row.key !== key) return true;
  }
  return false;
}

/**
 * Reads table 二 of a report of template `version` from the grids it was printed as.
 *
 * @example
 * ```ts
 * mapActiveDisclosure([expandGrid(grid)], "2021").table?.licensing?.decisions; // 117
 * ```
 */
export function mapActiveDisclosure(
  matrices: readonly Matrix[],
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  const collected = collection();
  // What each row read printed, for a second row printing its label (see below).
  const printedBy = new Map<string, readonly string[]>();
  const doubled = new Set<string>();
  let header: HeaderRow | undefined;
  // The grid the header was read over: a later grid without one borrows it (a page break).
  let headerGrid: Matrix | undefined;
  // The header rows just read, top to bottom, while no labelled row has come since.
  let headerRows: HeaderRow[] = [];
  // Whether one of them holds a header word the mapper can read.
  let headed = false;
  // The row just read when it was words only that began no header (its cells spanning columns):
  // the first row of a header typed over two rows, if the row below completes it.
  let loose: HeaderRow | undefined;
  let found = false;
  // Numbers printed in rows no label names (a row whose label was lost, format-spec D3: `| 0 | 0
  // | 0` for 规章), in a grid of table 二: quoted, never dropped (`gaps` below says which rows
  // the quote covers).
  let unnamed: string[] = [];
  const orphans: string[] = [];
  // Numbers no label names lie between the labelled rows read before and after them (`""`
  // before the first, `undefined` after the last): the rows between those two are what they may
  // be, covered by their quote (one cause, one finding) if never read.
  const gaps: Gap[] = [];
  let gapFrom: string | undefined;
  let lastRow: string | undefined;
  const flushUnnamed = (): void => {
    if (unnamed.length === 0) return;
    append(orphans, unnamed);
    unnamed = [];
    gapFrom ??= lastRow ?? "";
  };
  for (const matrix of matrices) {
    flushUnnamed();
    headerRows = [];
    headed = false;
    loose = undefined;
    unnamed = [];
    // Whether this grid's rows fill every column from a header's first on (see trusted below).
    const fills = new Map<number, boolean>();
    for (let r = 0; r < matrix.rows.length; r++) {
      const row = matrix.rows[r]!;
      tick(meter, 1 + row.length);
      // The row's own cells (a caption spanning down from above is no cell of this row).
      let label: { slot: Slot; match: NonNullable<ReturnType<typeof matchRow>> } | undefined;
      // A local row's label (Hubei's 其他主动公开文件): its values are in no cell of the template.
      let local: Slot | undefined;
      let headerLike = false;
      let captionEnd = 0;
      let last = -1;
      for (const slot of row) {
        if (slot === undefined || slot.cell === last || slot.key === "") continue;
        last = slot.cell;
        tick(meter, slot.key.length);
        if (isCaption(slot.key)) {
          captionEnd = slot.column + slot.colSpan;
          continue;
        }
        if (label === undefined && !headerLike) {
          const match = matchRow(slot.key, version);
          if (match !== undefined) {
            label = { slot, match };
            continue;
          }
          if (local === undefined && bestMatch(slot.key, PLANS[version].localRows) !== undefined) {
            local = slot;
            continue;
          }
        }
        if (label === undefined && isColumnLabel(slot.key)) headerLike = true;
      }
      if (label === undefined && local !== undefined) {
        // Quoted in a finding of their own, never dropped nor taken for a row of the template.
        const { values } = rowCells(matrix, r, local.column + local.colSpan, matrix.width, meter);
        collected.extra.push({
          label: local.text.replace(/\s+/g, ""),
          values: values.map((value) => value.text.trim()).filter((text) => text !== ""),
        });
        headerRows = [];
        headed = false;
        loose = undefined;
        continue;
      }
      if (label === undefined) {
        let nextLoose: HeaderRow | undefined;
        let cell = -1;
        for (const slot of row) {
          if (slot === undefined || slot.cell === cell || slot.copy) continue;
          cell = slot.cell;
          const text = slot.text.trim();
          if (/\d/.test(text) && isValueText(text, meter)) unnamed.push(text);
        }
        // Rows of header words without a label or a number, one a printed line (a header printed
        // without lines in a narrow column: `上一年项` / `信息内容 本年增/减` / `目数量`), read as one.
        const words = captionEnd === 0 && wordsOnly(row);
        if (words && (headerLike || continuesHeader(headerRows, row))) {
          // Words above the first header row only where it has none (a header broken around
          // it); else they are no part of it (`单位：件` over `对外公开总数量`).
          if (headerLike && !headed && !aboveGaps(headerRows, row)) headerRows = [];
          headerRows = withHeaderRow(headerRows, row);
          // A header typed over two rows of a Word table, each cell's words split between them
          // (`上一年项` / `目数量`): no row alone names a column, the words joined do.
          headed ||= headerLike || namesColumn(stackedHeader(headerRows, meter), meter);
          if (headed) {
            header = stackedHeader(headerRows, meter);
            headerGrid = matrix;
          }
        } else if (
          words &&
          !headerLike &&
          headerRows.length === 0 &&
          loose !== undefined &&
          continuesHeader([loose], row) &&
          namesColumn(stackedHeader([loose, row], meter), meter)
        ) {
          // The second row of a header typed over two rows whose cells span columns, as the
          // values' below (`上一年项` / `目数量` over two columns): the words joined name a column.
          headerRows = [loose, row];
          headed = true;
          header = stackedHeader(headerRows, meter);
          headerGrid = matrix;
        } else if (words && headerRows.length === 0 && singleCells(row)) {
          headerRows = [row];
        } else if (words && !headed && [...headerRows, row].every(headerPieces)) {
          // Lines of header words cut short before the header's own line (headers centred over
          // more lines than their neighbours, `上一年` / `本年增/ 处理决`): kept, for `aboveGaps`.
          headerRows = withHeaderRow(headerRows, row);
        } else {
          headerRows = headerLike ? [row] : [];
          headed = headerLike;
          if (headerLike) {
            header = row;
            headerGrid = matrix;
          }
          // A row of words only, kept for the row below it to complete (above).
          if (words && !headerLike) nextLoose = row;
        }
        loose = nextLoose;
        continue;
      }
      headerRows = [];
      headed = false;
      loose = undefined;
      flushUnnamed();
      if (gapFrom !== undefined) gaps.push([gapFrom, label.match.row.key]);
      gapFrom = undefined;
      lastRow = label.match.row.key;
      const from = label.slot.column + label.slot.colSpan;
      // A header borrowed from a wider grid (a sub-table broken by a page break) keeps its last
      // columns of this report's cells: a row of this grid with no cell under them is short of
      // cells (one lost, or a label area narrower than the header's: where its values stand is
      // not printed), and is quoted. A column of no cell (备注) past this grid's edge printed
      // nothing here, and is left out.
      const width =
        header !== undefined && headerGrid !== matrix && headerGrid !== undefined
          ? Math.max(matrix.width, headerGrid.width)
          : matrix.width;
      const { values, holes } = rowCells(matrix, r, Math.max(from, captionEnd), width, meter);
      const { row: printed, foreign } = label.match;
      if (collected.seen.has(printed.key) && !foreign) {
        // A second row printing the label of a row read already (see `secondPrinting`): with
        // values other than the first's, which of the two the label is, and whose the values,
        // is not printed; both are quoted, neither placed, nothing dropped.
        const second = secondPrinting(matrix, r, label.slot, values, meter);
        if (second.kind === "unlabelled") {
          append(orphans, second.numbers);
          gapFrom ??= printed.key;
        } else if (second.kind === "again") {
          // The first printing whole (not what was left of it unplaced), or the printings
          // quoted so far.
          const first = doubled.has(printed.key)
            ? (collected.ambiguous.get(printed.key) ?? [])
            : (printedBy.get(printed.key) ?? []);
          if (!sameValues(first, second.values)) {
            doubled.add(printed.key);
            unplace(collected, printed.key);
            collected.ambiguous.set(printed.key, [...first, ...second.values]);
          }
        }
        continue;
      }
      printedBy.set(
        printed.key,
        values.map((value) => value.text.trim()),
      );
      if (foreign) {
        const quoted = values.map((v) => v.text.trim()).filter((text) => text !== "");
        addForeign(collected, groupPath(printed.group.key, version), [
          `${label.slot.text.replace(/\s+/g, "")} ${quoted.join(" ")}`.trim(),
        ]);
        found = true;
        continue;
      }
      collected.seen.add(printed.key);
      found = true;
      if (namesAnotherRow(row, label.slot, printed.key, version)) {
        // Another label cell of the row names another row (`行政规范性 | 规章文件 | 1 | 2 | 3`: in a
        // table without lines, a blank row's label read into the row beside it): whose values
        // these are is not printed. Quoted, not placed.
        collected.ambiguous.set(
          printed.key,
          values.map((value) => value.text.trim()),
        );
        continue;
      }
      const inLabel = numbersEndingLabels(
        matrix,
        r,
        from,
        meter,
        values.some((value) => value.text.trim() === ""),
      );
      if (inLabel.length > 0) {
        // A value printed against the label in a table without lines (`其他对外管理服务事项—`,
        // a blank beside it): the column it stands over reads blank, and which column that is
        // is not printed. Quoted, not placed.
        collected.ambiguous.set(printed.key, [
          ...inLabel,
          ...values.map((value) => value.text.trim()),
        ]);
        continue;
      }
      const group = ownGroup(printed.key, version);
      let headers: HeaderColumn[];
      let theirs = false;
      if (header !== undefined) {
        ({ headers, theirs } = headersFor(header, from, width, printed.key, group, version));
        if (width > matrix.width)
          headers = headers.filter((h) => h.from < matrix.width || h.target.kind === "cell");
        const valueFrom = headers[0]?.from ?? from;
        if (
          headerGrid !== matrix &&
          values.some((value) => /\d/.test(value.text)) &&
          (!trusted(matrix, headerGrid, valueFrom, fills, meter) ||
            !namesEveryColumn(headerGrid, headers, group))
        ) {
          // A header read over another grid, whose columns may not be this grid's: the numbers
          // are quoted, never placed by a position that may belong to another column. A row of
          // blanks or marks only has no number to misplace.
          collected.ambiguous.set(
            printed.key,
            values.map((value) => value.text.trim()),
          );
          continue;
        }
      } else {
        // No header printed: the sub-table's columns in order, one per printed value, when the
        // count leaves no other reading.
        const columns = group?.columns ?? [];
        headers =
          values.length === columns.length
            ? values.map((value, i) => ({
                from: value.from,
                to: value.to,
                target: { kind: "cell", row: printed.key, column: columns[i]! } as const,
              }))
            : [];
      }
      if (offColumns(matrix, values)) {
        // Its values stand elsewhere than the columns (see `offColumns`). Quoted, not placed.
        collected.ambiguous.set(
          printed.key,
          values.map((value) => value.text.trim()),
        );
        continue;
      }
      const input = { headers, values, short: isShort(headers, holes) };
      const placement = placeRow(input, undefined, meter);
      const path = group ? groupPath(group.key, version) : [SECTION];
      record(collected, printed.key, placement, path, label.slot.text.replace(/\s+/g, ""));
      const lacking = (group?.columns ?? []).some(
        (column) => !headers.some((h) => h.target.kind === "cell" && h.target.column === column),
      );
      if (placement.foreign.length > 0 || (theirs && lacking)) {
        // This template's cells the printed layout has no column for: the finding covers them.
        collected.covered.add(printed.key);
        if (placement.foreign.length === 0) addForeign(collected, path, []);
      }
      // The borders asked last, being the costliest question (a row with headers is the rule).
      if (headers.length === 0 && values.length > 0 && !decidedByBorders(input)) {
        collected.ambiguous.set(
          printed.key,
          values.map((v) => v.text.trim()),
        );
      }
    }
  }
  if (!found) return { drafts: [], truncated: false };
  flushUnnamed();
  if (orphans.length > 0) collected.ambiguous.set(SECTION, orphans);
  if (gapFrom !== undefined) gaps.push([gapFrom, undefined]);
  const groups = templateDefinition(version).activeDisclosure.groups;
  coverGaps(
    gaps,
    groups.flatMap((group) => group.rows.map((row) => row.key)),
    collected,
  );
  const order = groups.flatMap((group) =>
    group.rows.map((row) => ({ row: row.key, columns: group.columns.map((column) => column.key) })),
  );
  const { table, drafts } = assembleTable(
    SECTION,
    order,
    collected,
    version,
    otherTemplate(version),
  );
  return { table, drafts, truncated: false };
}
