/**
 * Table 四 from its grids: the header rows (行政复议 / 行政诉讼 over 未经复议直接起诉 and 复议后起诉,
 * over 结果维持 … 总计) give each column its group and outcome; the first row with values under
 * them is the data row. Values the printed borders do not place are placed by the group totals
 * when exactly one reading fits.
 *
 * @module
 */
import type { FindingPath } from "../../findings/finding.js";
import { templateDefinition } from "../../templates/registry.js";
import type { TemplateVersion } from "../../templates/types.js";
import { type Meter, tick } from "../../text/meter.js";
import { isValueText } from "../cells.js";
import type { TableReading } from "../tables.js";
import { assembleTable, collection, record } from "./collect.js";
import type { Matrix, Slot } from "./expand.js";
import {
  columnStacks,
  headerColumns,
  isShort,
  offColumns,
  rowCells,
  stackKeys,
} from "./headers.js";
import { bestHeaderMatch, bestMatch } from "./match.js";
import { type HeaderColumn, placeRow, type Target } from "./place.js";
import { identityCheck, otherTemplate, PLANS } from "./plans.js";

const SECTION = "reviewsAndLitigation";
const PATH: FindingPath = [SECTION];

function resolve(stack: readonly Slot[], version: TemplateVersion): Target | undefined {
  const plan = PLANS[version];
  let group: string | undefined;
  let column: (typeof plan.reviewColumns)[number]["value"] | undefined;
  for (let i = stack.length - 1; i >= 0; i--) {
    // A column word broken over lines (`结果维` / `持`) is read joined (see `stackKeys`).
    for (const key of stackKeys(stack, i)) column ??= bestHeaderMatch(key, plan.reviewColumns);
    group ??= bestMatch(stack[i]!.key, plan.reviewGroups);
  }
  return group !== undefined && column !== undefined
    ? { kind: "cell", row: group, column }
    : undefined;
}

/** Whether a row holds a header word of table 四. */
function isHeaderRow(matrix: Matrix, r: number, version: TemplateVersion, meter?: Meter): boolean {
  const plan = PLANS[version];
  return matrix.rows[r]!.some((slot) => {
    tick(meter, 1);
    if (slot === undefined || slot.key === "") return false;
    return (
      bestMatch(slot.key, plan.reviewColumns) !== undefined ||
      bestMatch(slot.key, plan.reviewGroups) !== undefined ||
      slot.key.includes("行政诉讼")
    );
  });
}

/** Whether a row of the grid prints words and nothing else: no number, no mark, not blank. */
function wordsOnly(matrix: Matrix, r: number, meter?: Meter): boolean {
  const printed = matrix.rows[r]!.filter(
    (slot) => slot !== undefined && !slot.copy && slot.text.trim() !== "",
  );
  return (
    printed.length > 0 &&
    printed.every((slot) => !/\d/.test(slot!.text) && !isValueText(slot!.text.trim(), meter))
  );
}

/** Whether no cell of a row prints anything. */
function blankRow(matrix: Matrix, r: number): boolean {
  return matrix.rows[r]!.every((slot) => slot === undefined || slot.text.trim() === "");
}

/**
 * How many rows at the grid's top print words only (blank rows among them), when a row printing
 * something else follows them; 0 otherwise.
 */
function leadingWordRows(matrix: Matrix, meter?: Meter): number {
  let words = 0;
  for (let r = 0; r < matrix.rows.length; r++) {
    if (blankRow(matrix, r)) continue;
    if (!wordsOnly(matrix, r, meter)) return words === 0 ? 0 : r;
    words++;
  }
  return 0;
}

/**
 * A grid without a header: its last columns up to `end` (the grid's edge unless said), as many as
 * the table has, in registry order.
 */
function registryHeaders(
  matrix: Matrix,
  version: TemplateVersion,
  end = matrix.width,
): HeaderColumn[] {
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const count = groups.length * columns.length;
  const from = end - count;
  if (from < 0) return [];
  return groups.flatMap((group, g) =>
    columns.map((column, c) => {
      const at = from + g * columns.length + c;
      return { from: at, to: at + 1, target: { kind: "cell", row: group.key, column } as const };
    }),
  );
}

/**
 * Where the values of a grid without a header end (rows from `from` on): the grid's edge, or,
 * when blank cells follow the last value of every row (a ragged export's stray cells at a row's
 * end), the end of the last value, provided a number stands before the columns the edge would
 * give. A number is no label: the edge would leave it out and read every value one column off.
 */
function valuesEnd(matrix: Matrix, from: number, version: TemplateVersion, meter?: Meter): number {
  const count = cellCount(version);
  let end = 0;
  for (let r = from; r < matrix.rows.length; r++) {
    tick(meter, 1 + matrix.width);
    for (const slot of matrix.rows[r]!) {
      if (slot !== undefined && slot.text.trim() !== "")
        end = Math.max(end, slot.column + slot.colSpan);
    }
  }
  if (end >= matrix.width || end < count) return matrix.width;
  for (let r = from; r < matrix.rows.length; r++) {
    for (let c = end - count; c < matrix.width - count; c++) {
      const text = matrix.rows[r]![c]?.text.trim() ?? "";
      if (isNumber(text, meter)) return end;
    }
  }
  return matrix.width;
}

/** A date's digits (`2022年`, `12月31日`, `2022-01-01`, `2022.12.31`). */
const DATE = /\d\s*[年月日]|(?:19|20)\d\d\s*[-./]\s*\d/;

/**
 * Whether the cells of `values` that hold digits are few (one or two) and each prints a date
 * (`（2022年度）`, `截至12月31日`, `统计时间：2022-01-01至2022-12-31`): a caption under the header,
 * no row of values. Counts in words (`共5件`) are values printed so, their row the data row.
 */
function datesOnly(values: readonly { readonly text: string }[]): boolean {
  const digits = values.map((value) => value.text.trim()).filter((text) => /\d/.test(text));
  return digits.length > 0 && digits.length <= 2 && digits.every((text) => DATE.test(text));
}

/**
 * Whether the next row from `from` on printing anything in the columns from `column` prints values:
 * two numbers or more (a page number or a note's one number is no row of values).
 */
function valuesBelow(matrix: Matrix, from: number, column: number, meter?: Meter): boolean {
  for (let r = from; r < matrix.rows.length; r++) {
    const { values } = rowCells(matrix, r, column, matrix.width, meter);
    if (!values.some((value) => value.text.trim() !== "")) continue;
    return values.filter((value) => isNumber(value.text, meter)).length >= 2;
  }
  return false;
}

/**
 * The next row printing anything below table 四's data row (from row `from`), when it prints
 * numbers alone, two at least (one alone may be a page number), each under a number of the data
 * row (`above`: a wrapped number's rest stands in its cell; a footer's `3 / 12`, a mark, or a
 * number under a blank is no rest), in the value columns (from `column`) and nothing left of
 * them; else `undefined`.
 */
function restBelow(
  matrix: Matrix,
  from: number,
  column: number,
  above: readonly { readonly from: number; readonly text: string }[],
  meter?: Meter,
) {
  for (let r = from; r < matrix.rows.length; r++) {
    const { values } = rowCells(matrix, r, column, matrix.width, meter);
    const { values: before } = rowCells(matrix, r, 0, column, meter);
    const printed = values.filter((value) => value.text.trim() !== "");
    if (printed.length === 0 && before.every((value) => value.text.trim() === "")) continue;
    const underNumber = (value: { readonly from: number; readonly text: string }) =>
      isNumber(value.text, meter) &&
      above.some((head) => head.from === value.from && isNumber(head.text, meter));
    const alone =
      before.every((value) => value.text.trim() === "") &&
      printed.length >= 2 &&
      printed.every(underNumber);
    return alone ? printed : undefined;
  }
  return undefined;
}

/** Whether a cell prints a number (a value, not a label's digits). */
function isNumber(text: string, meter?: Meter): boolean {
  const trimmed = text.trim();
  return /\d/.test(trimmed) && isValueText(trimmed, meter);
}

/**
 * Whether the values under `headers` hold every group's total (结果维持 + 结果纠正 + 其他结果 +
 * 尚未审结 = 总计), each a number or a blank (none then). A mark or words anywhere: not known.
 */
function groupTotalsHold(
  headers: readonly HeaderColumn[],
  values: readonly { readonly from: number; readonly text: string }[],
  version: TemplateVersion,
): boolean {
  const cells = new Map<string, number>();
  for (const header of headers) {
    if (header.target.kind !== "cell") continue;
    const text = values.find((value) => value.from === header.from)?.text.trim() ?? "";
    if (text !== "" && !/^\d+$/.test(text)) return false;
    cells.set(`${header.target.row}/${header.target.column.key}`, text === "" ? 0 : Number(text));
  }
  return identityCheck(version, SECTION, new Map())(cells);
}

/** How many cells table 四 has: its groups times its columns. */
function cellCount(version: TemplateVersion): number {
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  return groups.length * columns.length;
}

/**
 * The template's columns over the grid's last columns, when each of them has a header of its own
 * naming exactly the template's column at its place (结果维持 … 总计, group after group). A table
 * printed without lines gives its group headers (行政复议, 未经复议直接起诉 …) no extent but their
 * words' own, centred over columns they do not reach; the columns' own headers, all fifteen in the
 * template's order, leave each group one place.
 */
function namedInOrder(
  stacks: readonly (readonly Slot[])[],
  matrix: Matrix,
  version: TemplateVersion,
): HeaderColumn[] | undefined {
  const registry = registryHeaders(matrix, version);
  if (registry.length === 0) return undefined;
  const plan = PLANS[version];
  const start = registry[0]!.from;
  const agrees = registry.every((header) => {
    const stack = stacks[header.from] ?? [];
    // A header of its own: over no other of these columns. One reaching into the label column
    // too (`结果维持` over the label's column and the first value's: 行政复议's outcome words on a
    // line of their own, set a little left of the values) is still this column's alone.
    if (!stack.some((slot) => slot.column + slot.colSpan - Math.max(slot.column, start) === 1)) {
      return false;
    }
    let column: (typeof plan.reviewColumns)[number]["value"] | undefined;
    for (let i = stack.length - 1; i >= 0 && column === undefined; i--) {
      for (const key of stackKeys(stack, i)) column ??= bestHeaderMatch(key, plan.reviewColumns);
    }
    return header.target.kind === "cell" && column?.key === header.target.column.key;
  });
  return agrees ? registry : undefined;
}

/**
 * Reads table 四 of a report of template `version` from the grids it was printed as.
 *
 * @example
 * ```ts
 * mapReviews([expandGrid(grid)], "2021").table?.administrativeReview?.total;
 * ```
 */
export function mapReviews(
  matrices: readonly Matrix[],
  version: TemplateVersion,
  meter?: Meter,
): TableReading {
  const collected = collection();
  let read = false;
  for (const matrix of matrices) {
    if (read) break;
    let headerEnd = 0;
    for (let r = 0; r < matrix.rows.length; r++) {
      if (isHeaderRow(matrix, r, version, meter)) headerEnd = r + 1;
      // A row of header words broken over lines (`结果 结果 其他 尚未` over `维持 纠正 结果 审结`,
      // a table without lines printing each line as a row) names nothing alone: rows of words
      // only, up to the first row with a value or a mark, are header rows too.
      else if (headerEnd > 0 && wordsOnly(matrix, r, meter)) headerEnd = r + 1;
      else if (headerEnd > 0) break;
    }
    const headersAbove = (end: number) => {
      const stacks = columnStacks(matrix, 0, end, meter);
      const named = headerColumns(stacks, 0, matrix.width, (s) => resolve(s, version), meter);
      return named.length < cellCount(version)
        ? (namedInOrder(stacks, matrix, version) ?? named)
        : named;
    };
    let headers = headersAbove(headerEnd);
    // No row names a header alone: a table without lines printing its header words a character
    // or two a line (`结` / `果` / `维` / `持`) gives rows of letters. Rows of words only, up to the
    // first row printing a value or a mark, are its header rows when their columns' letters,
    // joined, name the columns: taken as the data row, they put letters in its cells and leave
    // the values under them unread. Words naming no column (a caption, a unit) are left as they
    // were: the columns are then the template's at the grid's edge, which such rows reach.
    if (headerEnd === 0) {
      const words = leadingWordRows(matrix, meter);
      const named = words > 0 ? headersAbove(words) : [];
      if (named.length > 0) {
        headerEnd = words;
        headers = named;
      }
    }
    const guessed = headers.length === 0;
    if (guessed) {
      headers = registryHeaders(matrix, version, valuesEnd(matrix, headerEnd, version, meter));
    }
    if (headers.length === 0) continue;
    const from = headers[0]!.from;
    for (let r = headerEnd; r < matrix.rows.length; r++) {
      const { values, holes } = rowCells(matrix, r, from, matrix.width, meter);
      if (!values.some((value) => value.text.trim() !== "")) continue;
      // One or two dates and nothing else (`（2022年度）`, a caption under the header): no data
      // row, when the next row printing anything prints values. Read as one, its other cells were
      // read blank. A row printing its values otherwise (`5起`, `5 1 1 0 7`, `共5件`) is the data
      // row, however it prints them.
      if (datesOnly(values) && valuesBelow(matrix, r + 1, from, meter)) continue;
      const { values: before } = rowCells(matrix, r, 0, from, meter);
      const numbersBefore = before.filter((value) => isNumber(value.text, meter));
      if (
        numbersBefore.length > 0 &&
        !(guessed && numbersBefore.length === 1 && groupTotalsHold(headers, values, version))
      ) {
        // A number before the columns taken at the grid's edge, no header printed over them: the
        // row is wider than the table (a cell too many anywhere in it), so where each value
        // stands is not printed. Quoted, not placed. Unless it is one number (a 序号, a year)
        // and the values at the edge hold every group's total: a cell too many among them would
        // have moved a total or its parts. So too a number left of the first header read: the
        // value of a column whose header was not read (a header line set apart from the values),
        // quoted with the others from the first cell printing anything, never dropped.
        const printed = before.findIndex((value) => value.text.trim() !== "");
        collected.ambiguous.set(
          SECTION,
          [...before.slice(printed), ...values].map((value) => value.text.trim()),
        );
        read = true;
        break;
      }
      const rest = restBelow(matrix, r + 1, from, values, meter);
      // The same values again in the same columns are the row printed twice (wkhtmltopdf repeats
      // a row cut by a page break on both pages), not rests: a wrapped number's rest is shorter.
      const twice =
        rest?.length === values.filter((value) => value.text.trim() !== "").length &&
        rest.every((value) =>
          values.some((head) => head.from === value.from && head.text.trim() === value.text.trim()),
        );
      if (rest !== undefined && !twice) {
        // Values alone under the one data row, nothing beside them: the rest of numbers wrapped
        // in their cells (`17` over `8`: wkhtmltopdf in narrow columns) or a row more than the
        // table has. Either way the data row's cells are not known whole: quoted with it.
        collected.ambiguous.set(
          SECTION,
          [...values, ...rest].map((value) => value.text.trim()),
        );
        read = true;
        break;
      }
      if (offColumns(matrix, values)) {
        // Its values stand elsewhere than the columns (see `offColumns`). Quoted, not placed.
        collected.ambiguous.set(
          SECTION,
          values.map((value) => value.text.trim()),
        );
        read = true;
        break;
      }
      const input = { headers, values, short: isShort(headers, holes) };
      const check = identityCheck(version, SECTION, collected.known);
      record(collected, SECTION, placeRow(input, check, meter), PATH, "");
      read = true;
      break;
    }
  }
  if (!read) return { drafts: [], truncated: false };
  const { groups, columns } = templateDefinition(version).reviewsAndLitigation;
  const order = groups.map((group) => ({
    row: group.key,
    columns: columns.map((column) => column.key),
  }));
  const { table, drafts } = assembleTable(
    SECTION,
    order,
    collected,
    version,
    otherTemplate(version),
  );
  // The one row of table 四 is the whole table: when its values are quoted as ambiguous, that
  // finding says it all (one cause, one finding).
  const ambiguous = drafts.some((draft) => draft.code === "PARSE_CELL_AMBIGUOUS");
  return {
    table,
    drafts: ambiguous ? drafts.filter((draft) => draft.code !== "PARSE_CELL_UNREADABLE") : drafts,
    truncated: false,
  };
}
