/**
 * Reading labelled rows out of a table section: the text between one label and the next is the
 * row's region; its tokens give the cells, directly or through the glued-digit split.
 *
 * @module
 */

import type { Cell } from "../model/cell.js";
import type { ColumnDefinition, TemplateVersion } from "../templates/types.js";
import { isBlankCode } from "../text/blank.js";
import { holdsDigit } from "../text/marks.js";
import { type Meter, tick } from "../text/meter.js";
import { type KeyStream, matchKey, nfkcOfValue } from "../text/normalize.js";
import { oneLineBelowLabel, valuesBelowLabel, valuesBelowRow } from "./above.js";
import {
  isValueText,
  pipeTokens,
  printedMore,
  readCell,
  rowValues,
  type Token,
  ValueTally,
  wordTokens,
  wordValueCounts,
} from "./cells.js";
import { type RowIdentity, splitGlued } from "./glued.js";
import {
  type Form,
  findLabels,
  keyIndexAt,
  type LabelHit,
  type LabelSpec,
  labelForms,
  type Mask,
  repeatedLabels,
  subRowNumberOf,
  subRowNumbers,
} from "./labels.js";
import { type MisprintSpec, withMisprintedLabels } from "./misprinted.js";
import { annotationMask, withoutAnnotations } from "./notes.js";
import type { PrintedSubtotal } from "./subtotals.js";

/** A table section of the cleaned text and how its cells are written. */
export interface TableSource {
  readonly text: string;
  readonly stream: KeyStream;
  /** Source range of the section body. */
  readonly from: number;
  readonly to: number;
  /** Cells are separated by `|` (pipe text, Markdown, converted HTML). */
  readonly pipes: boolean;
  /** Rows are written `a | b` without a closing pipe. */
  readonly separated: boolean;
  /** The body runs to the end of the text (nothing after it was found). */
  readonly last: boolean;
  /**
   * Where the document's table (a web page's, a Word file's, a PDF's, rendered one row a line)
   * that ends the body starts, when one does. A row whose label stands in it is whole where the
   * text stops, never cut inside: a row short of values there lost cells anywhere, not its last
   * ones. Rows before it (printed as paragraphs) may be cut as any text's.
   */
  readonly wholeRowsFrom?: number;
  /** Cells are separated by tabs (now pipes), none opened by a pipe: a leading pipe is a blank cell. */
  readonly tabs: boolean;
  /** The text is Markdown: a backslash before punctuation is an escape. */
  readonly markdown: boolean;
  /** The table was found by its own labels (no heading): the body starts at its first label. */
  readonly anchored?: boolean;
  /** …and nothing before it was found: the text may start inside the table. */
  readonly opening?: boolean;
}

/** A row to read: its label, its columns, and the identities inside the row. */
export interface RowSpec extends LabelSpec {
  /** `undefined` for caption, heading and group rows, which only delimit. */
  readonly columns?: readonly ColumnDefinition[];
  readonly identities?: readonly RowIdentity[];
  /**
   * A group row's data rows, in order, with their columns: values printed after the group label
   * whose own labels were lost are read by this order when their count leaves one reading.
   */
  readonly children?: readonly string[];
  /** A local row not in the template (format-spec D5): read only to keep its values out. */
  readonly local?: true;
  /**
   * With `local`: a row of the other template's table (2019's 其他对外管理服务事项 in a 2021 report),
   * its values quoted in a TEMPLATE_MIXED finding about this template's row `at` of the same
   * sub-table (about the table when the sub-table is the other template's alone).
   */
  readonly foreignRow?: { readonly version: TemplateVersion; readonly at?: string };
  /**
   * A sub-table's caption (table 二's 第二十条第（X）项), printed with its own column headers: the
   * values under it are its rows', never a row's above it.
   */
  readonly caption?: true;
  /** Another template prints this group as one row (2019's （六）其他处理 for 2021's group). */
  readonly foreignLeaf?: TemplateVersion;
  /**
   * Another template prints this row as a group of rows (2021's three （六） rows for 2019's
   * one): their label forms, to tell that layout when it is printed here.
   */
  readonly foreignGroup?: { readonly version: TemplateVersion; readonly forms: readonly Form[] };
  /**
   * The columns are the ones a sub-table's header names (src/read/printed.ts), fewer than the
   * template's: a row printing more values than they are printed cells its header did not name.
   */
  readonly headed?: true;
}

/**
 * What a table's text says besides its cells, for one finding each: rows read by order inside a
 * printed group, a row printed in the other template's layout, a row the template has no cells
 * for (a local row, a subtotal), values no label placed.
 */
export type RowNote =
  | {
      readonly kind: "byOrder";
      readonly group: string;
      readonly rows: readonly string[];
      /** The values as placed, rows separated by `; `, cells by `/`. */
      readonly actual: string;
    }
  | {
      readonly kind: "mixed";
      /** The row (or group) printed in the other layout. */
      readonly at: string;
      readonly version: TemplateVersion;
      /** The printed label and values, none of them placed. */
      readonly detail: string;
      /** The rows of this template left absent because of it (no finding of their own). */
      readonly rows: readonly string[];
    }
  | {
      readonly kind: "misprinted";
      /** The row read. */
      readonly at: string;
      /** Its label as the registry has it. */
      readonly expected: string;
      /** Its label as printed. */
      readonly label: string;
    }
  | {
      readonly kind: "extra";
      /** The label as printed: a local row's, or a heading's or group's printing a subtotal. */
      readonly label: string;
      /** Its printed values. */
      readonly actual: string;
      /** The other template's row, when it is one (see {@link RowSpec.foreignRow}). */
      readonly foreign?: RowSpec["foreignRow"];
      /** A group's subtotal (R5): its values, one per column, to check against its rows. */
      readonly subtotal?: PrintedSubtotal;
    }
  | {
      readonly kind: "unplaced";
      /**
       * The heading or group after whose label the values were printed; none after a sub-table's
       * caption (the finding is at the table).
       */
      readonly at?: string;
      /** The values as printed, none placed. */
      readonly actual: string;
      /**
       * The rows whose values these may be (rows between the labels found that were not found,
       * or the next row when it printed nothing): the finding covers their cells. None when no
       * row is missing (stray values).
       */
      readonly rows: readonly string[];
    };

/** What one row gave. */
export interface RowResult {
  readonly id: string;
  /** Cells read, by column key; a cell not read is absent. */
  readonly cells: Readonly<Record<string, Cell>>;
  /** Column keys of cells that could not be read. */
  readonly unreadable: readonly string[];
  /**
   * What such cells printed, by column index (keys repeat in table 四), when the row was read a
   * value a cell.
   */
  readonly unreadText?: readonly (string | undefined)[];
  /** Cells by column index (`undefined`: not read), for tables whose column keys repeat. */
  readonly ordered: readonly (Cell | undefined)[];
  /** The column keys, by index. */
  readonly columnKeys: readonly string[];
  /** Split candidates when the row was glued and its own identities left several (for table-wide checks). */
  readonly candidates?: readonly (readonly (Cell | undefined)[])[];
  /**
   * A short row (fewer values than columns, nothing holding the other positions): every
   * order-preserving placement of its values, the other cells absent, for the table's identities
   * to choose from (see `settleRows`).
   */
  readonly placements?: readonly (readonly (Cell | undefined)[])[];
  /** The values of a short row as printed (`3 | 3`), for the finding that quotes them. */
  readonly printed?: string;
  /** The glued tokens, when the cells came from a split. */
  readonly glued?: string;
  /**
   * The values, read in order, break the row's own total while the row above printed none: they
   * may be that row's, or both rows' (a PDF's text in stream order prints a column of labels,
   * then a column of values). None is placed; `printed` quotes them.
   */
  readonly scrambled?: true;
  /** More values than columns, none placed: `printed` quotes them. */
  readonly overfull?: true;
}

/**
 * Whether every total of `identities` whose cells are all numbers equals the sum of its parts, in
 * a row's cells by index.
 *
 * @example
 * ```ts
 * totalsHold([1, 0, 2, 0, 3], identities); // true when the fifth cell is the other four's total
 * ```
 */
export function totalsHold(
  cells: readonly (Cell | undefined)[],
  identities: readonly RowIdentity[],
  meter?: Meter,
): boolean {
  return identities.every((identity) => {
    // An identity with a cell that is no number holds (nothing to check).
    const parts = partsOf(cells, identity, meter);
    return parts === undefined || parts === cells[identity.total];
  });
}

/**
 * The sum of an identity's parts, in one pass over its cells in their order; undefined when one of
 * its cells (the total included) is no number.
 */
function partsOf(
  cells: readonly (Cell | undefined)[],
  { cellIndexes, total }: RowIdentity,
  meter?: Meter,
): number | undefined {
  tick(meter, 1 + cellIndexes.length);
  let parts = 0;
  for (let at = 0; at < cellIndexes.length; at++) {
    const index = cellIndexes[at]!;
    const cell = cells[index];
    if (typeof cell !== "number") return undefined;
    if (index !== total) parts += cell;
  }
  return parts;
}

/** {@link ValueTally}'s counts of `tokens`. */
function valuesIn(tokens: readonly Token[], meter?: Meter): [all: number, cells: number] {
  tick(meter, 1 + 2 * tokens.length);
  const tally = new ValueTally();
  for (const token of tokens) tally.add(token.junk, token.opens === true);
  return tally.end();
}

/**
 * The values a note hides that read as cells (`（区分处理的，只计这一\n0\n情形）`, `…其他情 447 7 0
 * 0 0 0 454\n形）`: a PDF's text cutting the note with a row's cells), unlike the numbers written
 * inside a note (`（指2019年事项数）`, `如 -8`). `cells` is what {@link valuesIn} counts of the
 * words of `text` without its notes.
 */
function noted(text: string, cells: number, meter?: Meter): number {
  return wordValueCounts(text, meter)[1] - cells;
}

/** The values printed in a text, the numbers written inside its notes aside. */
function valuesPrinted(text: string, meter?: Meter): number {
  const bare = withoutAnnotations(text, meter);
  const [all, cells] = wordValueCounts(bare, meter);
  // Without a note (the same string back), the words with and without notes are the same.
  return all + (bare === text ? 0 : noted(text, cells, meter));
}

/**
 * {@link noted} for a row's region and its tokens ({@link tokensOf}): none when the tokens are the
 * region's own words (no pipes, no escape, no note), which is most regions.
 */
function notedInRegion(
  source: TableSource,
  region: string,
  tokens: readonly Token[],
  meter?: Meter,
): number {
  const own =
    !source.pipes &&
    unescapeCells(region, source.markdown, meter) === region &&
    withoutAnnotations(region, meter) === region;
  return own ? 0 : noted(region, valuesIn(tokens, meter)[1], meter);
}

/** Each spec list as {@link withMisprintedLabels} reads it, made once per list (the plans'). */
const MISPRINT_SPECS = new WeakMap<readonly RowSpec[], readonly MisprintSpec[]>();

function misprintSpecs(specs: readonly RowSpec[]): readonly MisprintSpec[] {
  let made = MISPRINT_SPECS.get(specs);
  if (made === undefined) {
    made = specs.map((spec) => ({
      id: spec.id,
      forms: spec.forms ?? labelForms(spec.texts),
      optional: spec.local === true,
      data: spec.columns !== undefined,
    }));
    MISPRINT_SPECS.set(specs, made);
  }
  return made;
}

/**
 * Whether `text` is a number written with a leading zero (`091`): most values are told by their
 * first character (a digit 1 to 9, or a lone `0`) without their NFKC form.
 */
function leadingZero(text: string, meter?: Meter): boolean {
  const code = text.charCodeAt(0);
  // A blank cell (`""`) is no number either: no pattern is run for it.
  if ((code >= 49 && code <= 57) || (code === 48 && text.length === 1) || text === "") return false;
  return LEADING_ZERO.test(nfkcOfValue(text, meter));
}

/**
 * Whether cell `last`, printed `text` (two digits or more), is the total of one of `identities`
 * whose parts are all numbers and sum to a count whose digits start with the total's and run on
 * (`20` for 200).
 */
function cutTotal(
  cells: readonly (Cell | undefined)[],
  identities: readonly RowIdentity[],
  last: number,
  text: string,
  meter?: Meter,
): boolean {
  // Two digits at least: a total of one digit printed wrong starts its parts' sum by chance too
  // often (1 for 11), and a wrong total is the report's own error, for validate to report.
  const printed = cells[last];
  if (typeof printed !== "number" || printed < 10 || text.trim() !== String(printed)) return false;
  return identities.some((identity) => {
    if (identity.total !== last) return false;
    const parts = partsOf(cells, identity, meter);
    if (parts === undefined) return false;
    const sum = String(parts);
    return sum.length > text.trim().length && sum.startsWith(text.trim());
  });
}

/** Whether a row has totals and every one of them is printed in numbers and holds. */
function heldByTotals(row: RowResult, spec: RowSpec, meter?: Meter): boolean {
  const identities = spec.identities ?? [];
  return (
    identities.length > 0 &&
    identities.every(({ cellIndexes }) => {
      for (let at = 0; at < cellIndexes.length; at++)
        if (typeof row.ordered[cellIndexes[at]!] !== "number") return false;
      return true;
    }) &&
    totalsHold(row.ordered, identities, meter)
  );
}

/** The ids of the labels found in a table (a set's look-up alone). */
interface Found {
  has(id: string): boolean;
}

/** What a table gave: rows read, the row it stopped at when the text ends inside it. */
export interface RowsResult {
  readonly rows: ReadonlyMap<string, RowResult>;
  readonly found: boolean;
  readonly notes: readonly RowNote[];
  /** The id of the last row read when the text stops inside the table. */
  readonly truncatedAfter?: string | null;
  /** That row is whole: the text stops after it, not inside it (see `TableSource.wholeRowsFrom`). */
  readonly afterWholeRow?: true;
}

const OPENING_BRACKETS = "（(【[〔";
const NEWLINE = 0x0a;

// Patterns tested for every row or token, made once (a pattern literal is a new object at each
// evaluation). None is global or sticky: a test keeps no state in them.
/** A digit. */
const DIGIT = /\d/;
/** A number written with a leading zero (`000`, `-01`): glued zeros, never one cell. */
const LEADING_ZERO = /^[+-]?0\d/;
/** A run of digits, signed or not, and nothing else: what the glued-digit split reads. */
const SIGNED_RUN = /^-?\d+$/;
/** Two digits or more and nothing else. */
const DIGIT_RUN = /^\d{2,}$/;
/** A blank or a pipe ending a text. */
const ENDS_BLANK_OR_PIPE = /[\s|]$/;

/** Whether a code unit is `|` or a blank other than a line break (`\s` without `\n`). */
function isBlankOrPipe(code: number): boolean {
  return code === 0x7c || (code !== NEWLINE && isBlankCode(code));
}

/**
 * A Markdown region with its escapes undone, but for `\\|`: an escaped pipe is no cell separator,
 * and a cell holding one is no value either way.
 */
export function unescapeCells(region: string, markdown: boolean, meter?: Meter): string {
  // A search, then a pattern of two characters.
  tick(meter, markdown ? 2 * region.length : 0);
  if (!markdown || !region.includes("\\")) return region;
  return region.replace(/\\([!-/:-@[-`{-~])/g, (written, character: string) =>
    character === "|" ? written : character,
  );
}

/**
 * The tokens by region of the table source read last: rows printing the same values (`0 0 0 0 0 0
 * 0`, most of table 三's rows in many reports) have the same region, and it is split once. One
 * source at a time (a reader reads one table's source, then {@link forgetTokens} lets it go): a
 * slot, not a weak map keyed by every source, whose look-up and insertion showed in profiles. A
 * source read after another starts the slot again; the lists are never changed.
 */
let tokensSource: TableSource | undefined;
let tokensByRegion: Map<string, readonly Token[]> | undefined;

/**
 * Internal: the tokens of a row's region (pipe cells or words), its notes left out; split once per
 * source and region (see the slot above, `tokensSource`). `padded` gets the values a run of padding pipes follows.
 *
 * @example
 * ```ts
 * tokensOf(source, " 0 0 0\n").map((token) => token.text); // ['0', '0', '0']
 * ```
 */
export function tokensOf(
  source: TableSource,
  region: string,
  meter?: Meter,
  padded?: Token[],
): readonly Token[] {
  let known = source === tokensSource ? tokensByRegion : undefined;
  // A caller asking for the padded values (closingTokens, once a row) has the region split.
  const split = padded === undefined ? known?.get(region) : undefined;
  if (split !== undefined) {
    tick(meter, 1);
    return split;
  }
  // Annotations in labels and headers (`（指2019年事项数）`) hold no cell values.
  const plain = withoutAnnotations(unescapeCells(region, source.markdown, meter), meter);
  const tokens = source.pipes
    ? pipeTokens(plain, source.separated, meter, padded)
    : wordTokens(plain, meter);
  if (known === undefined) {
    known = new Map();
    tokensSource = source;
    tokensByRegion = known;
  }
  known.set(region, tokens);
  return tokens;
}

/**
 * Lets go of a source's tokens once its table is read (the reading pipeline calls it after each
 * reader): held past the parse, every parse's tokens would survive young collections and be
 * copied to the old generation (with a weak map keyed by the source, as they were before the slot,
 * about 0.9 MB at each young collection over parses of a page excerpt, against 0.09 MB without).
 *
 * @example
 * ```ts
 * tokensOf(source, " 0 0\n");
 * forgetTokens(source); // the next tokensOf on it splits the region again
 * ```
 */
export function forgetTokens(source: TableSource): void {
  if (source !== tokensSource) return;
  tokensSource = undefined;
  tokensByRegion = undefined;
}

/** Each list of columns' keys, made once per list (the registry's). */
const COLUMN_KEYS = new WeakMap<readonly ColumnDefinition[], readonly string[]>();

/**
 * The list asked for last and its keys: a table's rows share a few lists (a sub-table's rows one),
 * read one after the other, and a weak map's look-up for every row showed in profiles.
 */
let lastColumns: readonly ColumnDefinition[] | undefined;
let lastKeys: readonly string[] = [];

function keysOf(columns: readonly ColumnDefinition[]): readonly string[] {
  if (columns === lastColumns) return lastKeys;
  let keys = COLUMN_KEYS.get(columns);
  if (keys === undefined) {
    keys = Object.freeze(columns.map((column) => column.key));
    COLUMN_KEYS.set(columns, keys);
  }
  lastColumns = columns;
  lastKeys = keys;
  return keys;
}

/**
 * Whether every one of a row's `count` cells is an operand of one of its identities: then a split
 * of its glued digits is checked cell by cell, and one that holds is the row's one reading.
 *
 * @example
 * ```ts
 * checksEvery([], 2); // false: table 二's rows (上一年项目数量, 本年增/减) have no identity
 * ```
 */
function checksEvery(identities: readonly RowIdentity[], count: number): boolean {
  return checkedCells(identities) === count;
}

/**
 * How many cells a list of identities checks, counted once per list (the plans' lists are fixed;
 * a set and two arrays made for every short row showed in profiles).
 */
const CHECKED_CELLS = new WeakMap<readonly RowIdentity[], number>();

function checkedCells(identities: readonly RowIdentity[]): number {
  if (identities.length === 0) return 0;
  let size = CHECKED_CELLS.get(identities);
  if (size === undefined) {
    const checked = new Set<number>();
    for (const { operands } of identities) for (const index of operands) checked.add(index);
    size = checked.size;
    CHECKED_CELLS.set(identities, size);
  }
  return size;
}

/**
 * Reads a row's values against its columns. `cellsApart`: each value is a cell of a document's
 * table (a web page's, a Word file's, a PDF's), so that none holds two cells glued together.
 */
export function readRow(
  id: string,
  values: readonly Token[],
  columns: readonly ColumnDefinition[],
  identities: readonly RowIdentity[],
  atEnd: boolean,
  meter?: Meter,
  cellsApart = false,
): RowResult {
  // The row's tokens and columns, a few passes each.
  tick(meter, 1 + 2 * (values.length + columns.length));
  const cells: Record<string, Cell> = {};
  // Filled in a loop: a `map` with a callback per row cost more than the row's other arrays.
  const ordered: (Cell | undefined)[] = [];
  for (let index = 0; index < columns.length; index++) ordered.push(undefined);
  const unreadable: string[] = [];
  const columnKeys = keysOf(columns);
  const full = values.length === columns.length;
  if (full || atEnd) {
    // A value a cell; or the text stops inside this row (atEnd): the complete cells are kept, in
    // column order, and the others are not unreadable. `?`, how the renderers write a cell that
    // was not read, reads as no value.
    const count = Math.min(values.length, columns.length);
    const unreadText: (string | undefined)[] = [];
    // Whether a value read is printed with a leading zero (see below): a loop, not `some` with a
    // callback made per row.
    let zeroLed = false;
    for (let index = 0; index < count; index++) {
      const column = columns[index]!;
      const text = values[index]!.text;
      const reading = readCell(text, column, meter);
      if (reading.ok) {
        cells[column.key] = reading.value;
        ordered[index] = reading.value;
      } else if (full) {
        unreadable.push(column.key);
        unreadText[index] = text;
      }
    }
    for (let index = 0; index < count && !zeroLed; index++) {
      zeroLed = leadingZero(values[index]!.text, meter);
    }
    // A value printed with a leading zero (`091`) is no count as printed: vertical text read
    // backwards by the copy (190 as `091`, 184 as `481`) or glued cells. Where the row's totals
    // then fail, its values are in no order the labels or identities tell: none is placed, all
    // are quoted (a row whose totals hold reads `01` as the 1 they confirm).
    if (zeroLed && !totalsHold(ordered, identities, meter)) {
      return {
        id,
        cells: {},
        ordered: columns.map(() => undefined),
        columnKeys,
        unreadable: columnKeys,
        printed: values.map((t) => t.text).join(" | "),
      };
    }
    // The row's last value a strict start of the total its parts make (`20`, their sum 200): the
    // digits after it printed past the page's edge, which a PDF's text drops (LibreOffice sets a
    // wide table 四 beyond it). Cut short, it is not the total: unreadable, quoted as printed.
    const last = columns.length - 1;
    if (full && cutTotal(ordered, identities, last, values[last]!.text, meter)) {
      const key = columns[last]!.key;
      delete cells[key];
      ordered[last] = undefined;
      unreadable.push(key);
      unreadText[last] = values[last]!.text;
    }
    // Written field by field, here and below: an object spread followed by a property takes the
    // runtime's slow path, and this runs for every row read.
    return unreadable.length === 0
      ? { id, cells, ordered, columnKeys, unreadable }
      : { id, cells, ordered, columnKeys, unreadable, unreadText };
  }
  if (values.length === 0) return { id, cells, ordered, columnKeys, unreadable: columnKeys };
  // More values than cells: which are the row's the labels do not say. They are quoted.
  if (values.length > columns.length) {
    return {
      id,
      cells,
      ordered,
      columnKeys,
      unreadable: columnKeys,
      printed: values.map((t) => t.text).join(" | "),
      overfull: true,
    };
  }
  // The values glued (`glued`) and as printed (`printed`, for the finding that quotes them when
  // none of them is placed: nothing printed is lost), each joined only on the paths that return
  // it: most rows read here return one of the two, or neither.
  let gluedLength = values.length - 1;
  for (const token of values) gluedLength += token.text.length;
  tick(meter, gluedLength);
  const gluedText = () => values.map((t) => t.text).join(" ");
  const printedText = () => values.map((t) => t.text).join(" | ");
  const unplaced = (): RowResult => ({
    id,
    cells,
    ordered,
    columnKeys,
    unreadable: columnKeys,
    printed: printedText(),
  });
  // Whole cells fewer than the columns: the row may have lost cells in the copy (a short row) as
  // well as have its digits glued; every reading of either kind is kept, and only what they all
  // agree on is placed. A run with a leading zero (`000000`) is glued zeros, never one cell; words
  // sharing a line may be glued cells that no split reads (`13575394432.52元` for two cells).
  const zeros = values.some((t) => LEADING_ZERO.test(nfkcOfValue(t.text, meter)));
  const whole = cellsApart || values.every((t) => t.whole);
  // Words sharing a line in a row no identity checks cell by cell (table 二's): a split of their
  // digits (`行政事业性收费 19` in a PDF's text in stream order, read `1 | 9`) is no surer than the
  // values as printed with a cell lost (`19` and a blank). Only a run no single value reads
  // (`000`, `007`) is glued for sure; else the two readings are weighed alike when the splits
  // list every glued reading (each word a run of digits), and neither is placed when they do not.
  const unchecked = !whole && !zeros && !checksEvery(identities, columns.length);
  const short =
    !zeros &&
    (whole ||
      (unchecked && values.every((t) => t.whole || SIGNED_RUN.test(nfkcOfValue(t.text, meter)))));
  // Neither short nor held by an identity, a row with two splits is unreadable whichever they are:
  // the search stops at the second.
  const enough = short || identities.length > 0 ? undefined : 2;
  // A document table's short row lost cells and glued none: only its placements are weighed (the
  // glued readings of table 四's fifteen cells are too many to list, and none is possible).
  const splits =
    cellsApart && short
      ? { complete: true, candidates: [] }
      : splitGlued(values, columns, identities, meter, enough);
  if (!splits.complete) return unplaced();
  const placements = short || unchecked ? placementsOf(values, columns, meter) : [];
  // Too many placements to weigh (table 四 with few values): nothing is placed.
  if (placements === undefined) return unplaced();
  if (placements.length > 0 && !short) return unplaced();
  if (placements.length > 0) {
    return {
      id,
      cells,
      ordered,
      columnKeys,
      unreadable: columnKeys,
      placements: [...splits.candidates, ...placements],
      printed: printedText(),
      glued: gluedText(),
    };
  }
  if (splits.candidates.length === 1) {
    splits.candidates[0]!.forEach((value, index) => {
      cells[columns[index]!.key] = value as Cell;
      ordered[index] = value;
    });
    return { id, cells, ordered, columnKeys, unreadable, glued: gluedText() };
  }
  if (splits.candidates.length > 1 && identities.length > 0) {
    // Written out, not spread from a row: a spread copies through a generic path.
    return {
      id,
      cells,
      ordered,
      columnKeys,
      unreadable: columnKeys,
      candidates: splits.candidates,
      glued: gluedText(),
      printed: printedText(),
    };
  }
  return unplaced();
}

/** Placements of a short row tried at most (C(15, 7) = 6435 for table 四's fifteen cells). */
const MAX_PLACEMENTS = 6_435;

/**
 * Every order-preserving placement of `values` into `columns`, one value a cell, the other cells
 * absent, each value read as its column reads it (a placement that puts a value where it cannot
 * be read, `-3` in a count column, is none). `undefined` when there are too many to weigh.
 *
 * @example
 * ```ts
 * placementsOf([token("3"), token("3")], threeColumns); // [[3, 3, undefined], [3, undefined, 3], [undefined, 3, 3]]
 * ```
 */
export function placementsOf(
  values: readonly Token[],
  columns: readonly ColumnDefinition[],
  meter?: Meter,
): (Cell | undefined)[][] | undefined {
  const readings = values.map((token) =>
    columns.map((column) => {
      const reading = readCell(token.text, column, meter);
      return reading.ok ? reading : undefined;
    }),
  );
  const placements: (Cell | undefined)[][] = [];
  const cells: (Cell | undefined)[] = columns.map(() => undefined);
  let complete = true;
  let visits = 0;
  const visit = (value: number, from: number): void => {
    visits++;
    if (!complete) return;
    if (value === values.length) {
      if (placements.length >= MAX_PLACEMENTS) complete = false;
      else placements.push(cells.slice());
      return;
    }
    // Leave room for the values after this one.
    for (let column = from; column <= columns.length - (values.length - value); column++) {
      const reading = readings[value]![column];
      if (reading === undefined) continue;
      cells[column] = reading.value;
      visit(value + 1, column + 1);
      cells[column] = undefined;
    }
  };
  visit(0, 0);
  // The readings; per visit a loop over the columns; each placement a copy of the row.
  tick(meter, 1 + (values.length + visits + placements.length) * columns.length);
  return complete ? placements : undefined;
}

/** A table's specs by id, and their order: made once per list of specs (the registry's plans). */
interface SpecIndex {
  readonly byId: ReadonlyMap<string, RowSpec>;
  readonly order: ReadonlyMap<string, number>;
  /** The cells of the data rows (local rows aside) before each position of the list. */
  readonly cellsBefore: readonly number[];
}

const SPEC_INDEXES = new WeakMap<readonly RowSpec[], SpecIndex>();

function specIndex(specs: readonly RowSpec[]): SpecIndex {
  let index = SPEC_INDEXES.get(specs);
  if (index === undefined) {
    let count = 0;
    index = {
      byId: new Map(specs.map((spec) => [spec.id, spec])),
      order: new Map(specs.map((spec, at) => [spec.id, at])),
      cellsBefore: specs.map((spec) => {
        const before = count;
        if (!spec.local) count += spec.columns?.length ?? 0;
        return before;
      }),
    };
    SPEC_INDEXES.set(specs, index);
  }
  return index;
}

/**
 * The hits without the rows of a sub-table only the other template has (2019's 政府集中采购 in a
 * 2021 plan: a foreign row with no row of this template to report at) named in prose: outside
 * that sub-table (its caption not found last) and not filling a cell of its own, as in a note
 * under another sub-table (`注：本年度政府集中采购项目3个`), the label is no row, and the table no
 * other template's. Printed as a cell (its caption line lost), it is still that row.
 */
function underOwnCaption(
  source: TableSource,
  hits: readonly LabelHit[],
  specs: readonly RowSpec[],
  byId: ReadonlyMap<string, RowSpec>,
  order: ReadonlyMap<string, number>,
  meter?: Meter,
): readonly LabelHit[] {
  tick(meter, 1 + hits.length);
  let captionAt: number | undefined;
  return hits.filter((hit) => {
    const spec = byId.get(hit.id)!;
    const at = order.get(hit.id)!;
    if (spec.caption) captionAt = at;
    if (!spec.foreignRow || spec.foreignRow.at !== undefined) return true;
    // Its sub-table's caption: the last caption before it in the plan.
    let own = at - 1;
    while (own >= 0 && !specs[own]!.caption) own--;
    tick(meter, at - own);
    return (own >= 0 && captionAt === own) || fillsCell(source, hit, meter);
  });
}

/**
 * Whether a label is its cell's whole text: only blanks or pipes on its line before it, and after
 * it a blank, a pipe, the line's end or a note's bracket (`政府集中采购（万元）`).
 */
function fillsCell(source: TableSource, hit: LabelHit, meter?: Meter): boolean {
  const { text, stream } = source;
  let from = stream.starts[hit.start]!;
  const to = stream.ends[hit.end - 1]!;
  const start = from;
  while (from > 0 && isBlankOrPipe(text.charCodeAt(from - 1))) from--;
  tick(meter, 2 + start - from);
  const next = text.charCodeAt(to);
  return (
    (from === 0 || text.charCodeAt(from - 1) === NEWLINE) &&
    (to >= text.length ||
      next === NEWLINE ||
      isBlankOrPipe(next) ||
      OPENING_BRACKETS.includes(text.charAt(to)))
  );
}

/** A word that starts a numbered row label: `2.申请…`, `（六）其他…`. */
const NUMBERED = /^(?:\d{1,2}[.．、][^\d]|[（(][一二三四五六七八九十]{1,3}[)）].)/;

/** Whether a word before the run `values` (taken from `tokens`) starts a numbered label. */
function numberedBefore(
  tokens: readonly Token[],
  values: readonly Token[],
  meter?: Meter,
): boolean {
  const first = tokens.indexOf(values[0]!);
  tick(meter, first + 1);
  for (let index = 0; index < first; index++) {
    if (tokens[index]!.junk && NUMBERED.test(tokens[index]!.text)) return true;
  }
  return false;
}

/**
 * Whether a word before the run `values` (taken from `tokens`) starts a numbered label (see
 * {@link numberedBefore}) that begins the label of a row after `at` in `specs` that was not found
 * (its ids in `found`): that row's label cut by its values, which are then that row's.
 */
function laterLabelBefore(
  tokens: readonly Token[],
  values: readonly Token[],
  specs: readonly RowSpec[],
  at: number,
  found: Found,
  meter?: Meter,
): boolean {
  const first = tokens.indexOf(values[0]!);
  tick(meter, first + 1);
  for (let index = 0; index < first; index++) {
    const word = tokens[index]!;
    if (!word.junk || !NUMBERED.test(word.text)) continue;
    const key = matchKey(word.text, meter);
    // The rows after this one (a fixed number), each label's forms looked at once.
    tick(meter, specs.length);
    for (let later = at + 1; later < specs.length; later++) {
      const spec = specs[later]!;
      if (!spec.columns || found.has(spec.id)) continue;
      const forms = spec.forms ?? labelForms(spec.texts);
      if (
        forms.some(
          (form) => key.length > form.ordinal.length && (form.ordinal + form.core).startsWith(key),
        )
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether a word before the run `values` (taken from `tokens`) prints a sub-row number other than
 * the row's own (`1` of `1.属于国家秘密`); never for a row without one.
 */
function otherNumberBefore(
  tokens: readonly Token[],
  values: readonly Token[],
  spec: RowSpec,
  meter?: Meter,
): boolean {
  const own = subRowNumberOf(spec.forms ?? labelForms(spec.texts));
  if (own === undefined) return false;
  const first = tokens.indexOf(values[0]!);
  tick(meter, first + 1);
  for (let index = 0; index < first; index++) {
    const word = tokens[index]!;
    if (!word.junk) continue;
    tick(meter, word.text.length);
    // A sub-row number is a digit and its mark (`1.`): a word without one (most) holds none, and
    // needs no list of matches.
    if (!holdsNumberMark(word.text)) continue;
    if (subRowNumbers(word.text).some((number) => number !== own)) return true;
  }
  return false;
}

/** Whether a text holds an ASCII digit right before `.` or `．`, as a sub-row number needs. */
function holdsNumberMark(text: string): boolean {
  for (let at = 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x2e && code !== 0xff0e) continue;
    const before = text.charCodeAt(at - 1);
    if (before >= 48 && before <= 57) return true;
  }
  return false;
}

/** Column header keys long enough to tell (商业企业, 本年新制作数量; not 其他, 总计), per column list. */
const HEADER_KEYS = new WeakMap<readonly ColumnDefinition[], readonly string[]>();

/** Whether the words before the run `values` hold one of the row's column headers. */
function headersBefore(
  tokens: readonly Token[],
  values: readonly Token[],
  spec: RowSpec,
  meter?: Meter,
): boolean {
  const columns = spec.columns!;
  let keys = HEADER_KEYS.get(columns);
  if (keys === undefined) {
    keys = columns
      .flatMap((column) => [column.label, ...column.variants].map((text) => matchKey(text)))
      .filter((key) => key.length >= 4);
    HEADER_KEYS.set(columns, keys);
  }
  const first = tokens.indexOf(values[0]!);
  const words = tokens.slice(0, first).filter((token) => token.junk);
  tick(meter, first + 1);
  if (words.length === 0) return false;
  const key = matchKey(words.map((token) => token.text).join(""), meter);
  tick(meter, key.length * keys.length);
  return keys.some((header) => key.includes(header));
}

/**
 * A row whose cells are printed blank, one a piece (`规章 |` then `|` lines), before a word and
 * values: the word is a label not found (misprinted past recognition, `规范性文书`; a local name)
 * and the values are its row's, never this one's. The row's blanks, or `undefined` when the tokens
 * do not open with as many blanks as the row has columns, then a word, then a value.
 */
function blanksBeforeLabel(
  tokens: readonly Token[],
  columns: number,
  meter?: Meter,
): { readonly blanks: readonly Token[] } | undefined {
  tick(meter, 1 + tokens.length);
  let word = 0;
  while (word < tokens.length && !tokens[word]!.junk && tokens[word]!.text === "") word++;
  const label = tokens[word];
  if (word < columns || label === undefined || !label.junk) return undefined;
  if (!tokens.slice(word + 1).some((token) => !token.junk && token.text !== "")) return undefined;
  return { blanks: tokens.slice(0, columns) };
}

/**
 * A word before a row's first value that opens with digits glued to a numbered label
 * (`10000016.属于四类过程性信`, `0200002（七）总`): in a text whose rows glue their cells, the row's
 * own values and the ordinal of a label not found. The values after that word are the other
 * row's, never this one's.
 */
const GLUED_TO_LABEL = /^\d{2,}(?:[.．、]|[（(][一二三四五六七八九十]{1,3}[）)])\p{Script=Han}/u;

/**
 * The digits of a word before the first value of `tokens` that is a row's values glued to a
 * label (`10000016` of `10000016.属于四类过程性信`), or `undefined` when there is none.
 */
function valuesGluedToLabel(tokens: readonly Token[], meter?: Meter): string | undefined {
  tick(meter, 1 + tokens.length);
  for (const token of tokens) {
    if (!token.junk) {
      if (token.text !== "") return undefined;
      continue;
    }
    if (GLUED_TO_LABEL.test(token.text)) return /^\d+/.exec(token.text)![0];
  }
  return undefined;
}

/** The values printed after the run `values` (taken from `tokens`) and the words after it. */
function valuesAfter(tokens: readonly Token[], values: readonly Token[], meter?: Meter): Token[] {
  const last = tokens.indexOf(values[values.length - 1]!);
  tick(meter, tokens.length);
  const after = tokens.slice(last + 1);
  // Words that start a numbered label before the second run make it that row's (a label not
  // recognised: misspelt, or cut by a line break), not a sign of stream order.
  const next = after.findIndex((token) => !token.junk && token.text !== "");
  if (after.slice(0, next === -1 ? after.length : next).some((t) => NUMBERED.test(t.text))) {
    return [];
  }
  return after.filter((token) => !token.junk && token.text !== "");
}

/**
 * Finds the rows of a table by their labels and reads each one.
 *
 * @param source - The table section.
 * @param specs - Every label of the table in order (captions and group rows included, as delimiters).
 * @param startAt - Source position to start looking at (e.g. the first caption), default the body start.
 * @param annotated - The annotation mask of that range, when the caller has it.
 * @param found - The labels of `specs` in that range, when the caller has found them.
 */
export function readRows(
  source: TableSource,
  specs: readonly RowSpec[],
  startAt?: number,
  meter?: Meter,
  annotated?: Mask,
  found?: readonly LabelHit[],
): RowsResult {
  const { stream } = source;
  const toKey = keyIndexAt(stream, source.to, meter);
  // The labels found by the caller over the same range, with the same forms (table 二 looks for
  // them first to read each sub-table's headers), or found here.
  let hits = found;
  let mask = annotated;
  if (hits === undefined) {
    const fromKey = keyIndexAt(stream, startAt ?? source.from, meter);
    mask ??= annotationMask(source.text, stream, fromKey, toKey, meter);
    hits = findLabels(stream, specs, fromKey, toKey, meter, mask, source.text);
    // A row whose label is printed with one character wrong, where its place leaves no other.
    hits = withMisprintedLabels(source.text, stream, misprintSpecs(specs), hits, mask, meter);
  }
  // The registry's rows (a fixed number) and the hits among them.
  tick(meter, 2 * specs.length + 2 * hits.length);
  const rows = new Map<string, RowResult>();
  const notes: RowNote[] = [];
  const { byId, order, cellsBefore } = specIndex(specs);
  hits = underOwnCaption(source, hits, specs, byId, order, meter);
  // Labels printed again before the next label found (a label copied onto another row).
  const repeated = repeatedLabels(stream, specs, hits, toKey, meter, mask, source.text);
  // Each found label's region (up to the next label found), sliced once: the closing look, the
  // printing look and the row's own reading each read it, and a caption's or a row's unplaced
  // values read the next one's.
  const labelled = hits;
  const regions: (string | undefined)[] = new Array(labelled.length);
  const regionAt = (index: number): string => {
    let region = regions[index];
    if (region === undefined) {
      region = regionOf(source, labelled[index], labelled[index + 1], meter);
      regions[index] = region;
    }
    return region;
  };
  const dataHits = hits.filter((hit) => byId.get(hit.id)?.columns);
  // The rows whose labels were found: a numbered word before a row's values that starts another
  // row's label tells whose they are only for a row not found.
  // Made at the first look-up: most tables ask none (no row between two labels found is missing).
  const foundHits = hits;
  let foundSet: ReadonlySet<string> | undefined;
  const foundIds: Found = {
    has: (id) => {
      foundSet ??= new Set(foundHits.map((hit) => hit.id));
      return foundSet.has(id);
    },
  };
  // Values printed where no label places them (after a caption and its header, before the first
  // row found): quoted in one finding, which covers the rows of `skipped` not found and `next`
  // when it printed nothing after its label (a PDF's stream order puts a label centred in a tall
  // cell after its values). Returns how many more values were quoted than those rows have cells.
  const noteUnplaced = (
    source: TableSource,
    region: string,
    skipped: readonly RowSpec[],
    nextIndex: number,
    everyRun = false,
  ): number => {
    // Marks alone (`- | -` under a header a page drew as tables of its own) place no number; a
    // region without a digit (most: a caption and its header) is told so by one search.
    tick(meter, region.length);
    if (!DIGIT.test(region)) return 0;
    // The first run of values after the words (a caption's header), or every run: after a row's
    // own line, words between runs are lost rows' labels cut or scrambled, and every run is theirs.
    const tokens = tokensOf(source, region, meter);
    const values = everyRun
      ? tokens.filter((token) => !token.junk)
      : rowValues(tokens, Number.POSITIVE_INFINITY, meter);
    if (!values.some((token) => DIGIT.test(token.text))) return 0;
    const lost = skipped.filter((row) => row.columns && !foundIds.has(row.id));
    const next = hits[nextIndex];
    const nextSpec = next && byId.get(next.id);
    const nextEmpty =
      nextSpec?.columns !== undefined &&
      !rowValues(
        tokensOf(source, regionAt(nextIndex), meter),
        Number.POSITIVE_INFINITY,
        meter,
      ).some((token) => token.text !== "");
    const covered = [...lost, ...(nextEmpty ? [nextSpec] : [])];
    notes.push({
      kind: "unplaced",
      actual: quotedValues(values),
      rows: covered.map((row) => row.id),
    });
    // Blank pieces (a lost label's empty cell, `|  | 0 |`) are no values printed.
    let cells = 0;
    for (const row of covered) cells += row.columns?.length ?? 0;
    for (const token of values) if (token.text !== "") cells--;
    return -cells;
  };
  // Whether the table closes every row with a blank piece, and the data rows' tokens read to tell
  // (kept for the rows' reading below, read once).
  const closing = source.pipes ? closingTokens(source, hits, byId, regionAt, meter) : undefined;
  const closes = closing?.closes === true;
  // Whether the data row read last printed no value at all, and whether it printed fewer values
  // than it has columns.
  let previousEmpty = false;
  let previousShort = false;
  // Values printed apart from their label (on lines of their own after it: a PDF's text in stream
  // order, where a column of labels may come before the values) may be any row's above that
  // printed fewer values than its cells: the labels leave one row for them only when the values
  // printed in the table before them are exactly as many as the cells of the rows above (each
  // printed all of its cells, none is left to own them), in whatever order the labels came.
  // Values on their label's line are that label's. Every value counts, wherever it was printed:
  // before the first label found, inside a label cut by it, under a group label, on lines of
  // their own inside a note (`（区分处理的，只计这一\n0\n情形）`); not the numbers written in a note
  // (`（指2019年事项数）`), nor a local row's values.
  let printed = 0;
  let counted = startAt ?? source.from;
  // The cells of the rows above the first data row found when nothing was printed before its
  // label: a copy that starts inside the table (a page excerpt, 第二十条第（一）项 without its
  // heading) never printed those rows, and no value of this text can be theirs.
  let unprinted: number | undefined;
  let unprintedAt: { readonly to: number; readonly cells: number } | undefined;
  // The last sub-table caption found, where its label starts, with the cells of the rows above
  // it; then, once counted up to it, the values printed before it.
  let caption: { readonly to: number; readonly cells: number; readonly blanks: number } | undefined;
  let captionBase:
    | { readonly cells: number; readonly printed: number; readonly blanks: number }
    | undefined;
  // The cells the data rows read so far left without a value while showing where their values
  // are: after some of their values (the run stopped short), or printed as blanks on lines of
  // their own (a copied page's whitespace lines). Only these show that a row above a caption owes
  // no value printed below it; a row that printed nothing may own them (stream order).
  let blanks = 0;
  // What `printed` was changed by after that caption, before it was counted up to it: local rows'
  // values taken off, blank cells added.
  let shiftAfterCaption = 0;
  // Whether the data row read last printed a whole second run of values after its own.
  let previousExtra = false;
  // Whether that second run stood on a line of its own under the row's (laid-out text, not a
  // PDF's stream order): see `underExtra`.
  let previousLineBelow = false;
  // The data row whose label the text's end cuts, when it is the row after the last one found.
  let cutNext: string | undefined;
  // Whether a row read so far had its cells glued together (read by the glued-digit split).
  let gluedBefore = false;
  // Whether a row read so far printed as many values as it has cells (two or more), apart.
  let apartBefore = false;
  // The data row whose last value the text's end cuts, when the table has no row after it.
  let stoppedIn: string | undefined;
  // Values before the first row found when that row is a data row (table 三's first label lost,
  // format-spec D3; or a PDF's stream order printing values before their labels): the run after
  // the last words (the header's) before it. Quoted at the table, covering the rows above it and
  // that row when it printed nothing; a narrative's numbers stand among words, not after them.
  const firstHit = hits[0];
  if (firstHit !== undefined && byId.get(firstHit.id)?.columns) {
    const before = regionOf(source, undefined, firstHit, meter, startAt ?? source.from);
    noteUnplaced(source, before, specs.slice(0, order.get(firstHit.id)!), 0);
  }
  // How each data row found prints its values, read when asked (see `eitherLabel`): "below" on one
  // line after its label's, nothing on that line; "none" no value at all; "other" any other way.
  // By the hit's index: an array, not a map (read for most rows of a laid-out table).
  const printing: ("below" | "none" | "other" | undefined)[] = new Array(hits.length);
  const printingOf = (index: number): "below" | "none" | "other" => {
    let kind = printing[index];
    if (kind !== undefined) return kind;
    const hit = hits[index]!;
    const spec = byId.get(hit.id);
    kind = "other";
    // Laid-out text only: a table of pipes says each row's cells between its own pipes.
    if (spec?.columns && !spec.local && !source.pipes) {
      const region = regionAt(index);
      if (oneLineBelowLabel(region, meter)) kind = "below";
      else if (rowValues(tokensOf(source, region, meter), spec.columns.length, meter).length === 0)
        kind = "none";
    }
    printing[index] = kind;
    return kind;
  };
  // Whether the registry puts no data row between two rows found (none lost between them).
  const adjacent = (above: LabelHit, below: LabelHit): boolean => {
    const from = order.get(above.id)!;
    const to = order.get(below.id)!;
    tick(meter, Math.max(0, to - from));
    if (to <= from) return false;
    for (let other = from + 1; other < to; other++) {
      if (specs[other]!.columns && !specs[other]!.local) return false;
    }
    return true;
  };
  // Whether a row's line of values, printed after its label, may as well be the next row's printed
  // above its label: rows printing each a line after their label, down to a row printing nothing
  // (`4.保护第三方合法权益` / values / `5.属于三类内部事务信息` / values / `6.…` / values /
  // `7.属于行政执法案卷`, then a whole row). Each line may be the row's above it or below it: the
  // labels and the totals (the same columns, every row adding up either way) leave both readings.
  // A run of such rows ending in a row that prints its values beside its label, or at the table's
  // end, leaves one: each line is its label's above.
  const eitherLabel = (index: number): boolean => {
    if (printingOf(index) !== "below") return false;
    for (let below = index + 1; below < hits.length; below++) {
      if (!adjacent(hits[below - 1]!, hits[below]!)) return false;
      const kind = printingOf(below);
      if (kind === "none") return true;
      if (kind === "other") return false;
    }
    return false;
  };
  hits.forEach((hit, index) => {
    const spec = byId.get(hit.id)!;
    const next = hits[index + 1];
    const at = order.get(hit.id)!;
    if (spec.local) {
      const values = rowValues(
        closing?.read.get(hit) ?? tokensOf(source, regionAt(index), meter),
        Number.POSITIVE_INFINITY,
        meter,
      );
      notes.push({
        kind: "extra",
        label: labelText(source, hit, meter),
        actual: values.map((t) => t.text).join(" | "),
        ...(spec.foreignRow && { foreign: spec.foreignRow }),
      });
      // A local row's values are its own: no row of the registry is missing them.
      printed -= values.length;
      if (caption !== undefined) shiftAfterCaption -= values.length;
      return;
    }
    if (!spec.columns) {
      if (spec.caption) {
        caption = { to: stream.starts[hit.start]!, cells: cellsBefore[at]!, blanks };
        shiftAfterCaption = 0;
        // Values between a sub-table's caption (its header) and its first row found: a row whose
        // label was lost (format-spec D3, `| | 0 | 0 | 0` for 规章). Quoted, the rows before the
        // next label found covered by the finding.
        const skipped = specs.slice(at + 1, next ? order.get(next.id)! : specs.length);
        noteUnplaced(source, regionAt(index), skipped, index + 1);
        return;
      }
      // A heading or a group of table 三: the values after its label are its rows' (their labels
      // lost), read by order where the count leaves one reading, or a subtotal printed on its own
      // line (R5, D9), which the template has no cells for. Either way quoted, never dropped.
      const region = regionAt(index);
      const label = labelText(source, hit, meter);
      const skipped = specs.slice(at + 1, next ? order.get(next.id)! : specs.length);
      if (spec.children && readGroup(source, spec, skipped, region, label, rows, notes, meter))
        return;
      // Most headings and groups print nothing on their line: one search tells.
      tick(meter, region.length);
      if (!DIGIT.test(region)) return;
      const tokens = tokensOf(source, region, meter);
      const values = rowValues(tokens, Number.POSITIVE_INFINITY, meter);
      if (!values.some((token) => token.text !== "")) return;
      const actual = values.map((token) => token.text).join(" | ");
      const group = spec.id.replace(/^group:/, "");
      const lost = skipped.filter((row) => row.columns && !foundIds.has(row.id));
      // A subtotal is a whole row right after the label. Values after other words (another row's
      // label the reader did not take, in a PDF's stream order), or not a row's count, may be any
      // row's: quoted at the group, as values no label placed.
      const ownRow =
        lost.length === 0 &&
        tokens[0] === values[0] &&
        values.length === specs.find((row) => row.columns)?.columns?.length;
      notes.push(
        ownRow
          ? { kind: "extra", label, actual, subtotal: { group, values: values.map((t) => t.text) } }
          : {
              kind: "unplaced",
              at: group,
              actual: quotedValues(values),
              rows: lost.map((row) => row.id),
            },
      );
      return;
    }
    if ("misprinted" in hit) {
      notes.push({
        kind: "misprinted",
        at: hit.id,
        expected: spec.texts[0]!,
        label: labelText(source, hit, meter),
      });
    }
    let region = regionAt(index);
    const foreign =
      spec.foreignGroup && foreignLabelIn(stream, spec.foreignGroup.forms, hit, next, toKey, meter);
    if (foreign && spec.foreignGroup) {
      const printed = rowValues(tokensOf(source, region, meter), Number.POSITIVE_INFINITY, meter);
      notes.push({
        kind: "mixed",
        at: hit.id,
        version: spec.foreignGroup.version,
        detail: `${labelText(source, hit, meter)}: ${printed.map((t) => t.text).join(" | ")}`,
        rows: [hit.id],
      });
      return;
    }
    // The text's end may cut the next row's label (`（二）部分公`): this row's cells end before
    // it, and the text stops in that row, not in this one.
    const cutAt = source.last && !next ? cutNextLabel(region, specs, at, meter) : undefined;
    if (cutAt !== undefined) {
      region = region.slice(0, cutAt.offset);
      cutNext = cutAt.id;
    }
    // A whole row on the label's line, then lines of values before the next label found, where
    // rows between were not found: those lines are rows whose labels were lost (format-spec D3).
    // The label's line is this row's; the lines after it are quoted, covering the rows lost.
    const ownLine =
      cutAt === undefined
        ? labelLineOnly(source, region, specs, at, next, order, foundIds, spec, meter)
        : undefined;
    // More values on those lines than the rows lost have cells: they are not those rows' alone,
    // and the label's line need not be its row whole (`wrapped`, below).
    let surplus = 0;
    if (ownLine !== undefined) {
      surplus = noteUnplaced(
        source,
        region.slice(ownLine),
        specs.slice(at + 1, next ? order.get(next.id)! : specs.length),
        index + 1,
        true,
      );
      region = region.slice(0, ownLine);
    }
    // A table closing every row with a blank piece: that piece is no cell of the row.
    const read =
      (cutAt === undefined && ownLine === undefined ? closing?.read.get(hit) : undefined) ??
      tokensOf(source, region, meter);
    const tokens = closes ? withoutClosing(read, meter) : read;
    // A row closed so is whole: the text's end after it does not cut it.
    const closed = tokens !== read;
    // Its cells printed blank, then a label not found and values, where a row between this one and
    // the next found was not found: the row is its blanks (a wrong number is worse than a missing
    // one), and the values after the label are quoted below, covering the rows not found.
    // The rows of the registry between this label and the next found that were not found (most
    // rows have the next row found right after them: none, and nothing is read for it).
    const lost: RowSpec[] = [];
    const nextAt = next ? order.get(next.id)! : specs.length;
    for (let other = at + 1; other < nextAt; other++) {
      const skipped = specs[other]!;
      if (skipped.columns && !skipped.local && !foundIds.has(skipped.id)) lost.push(skipped);
    }
    const lostBetween = lost.length > 0;
    const beforeLabel =
      lostBetween && cutAt === undefined && ownLine === undefined
        ? blanksBeforeLabel(tokens, spec.columns.length, meter)
        : undefined;
    // Its values glued to the ordinal of a label not found (`10000016.属于四类过程性信…`): the row is
    // not read (which of the digits are its cells the next row's number leaves open), and the
    // values after are quoted, covering this row and the rows not found.
    const glued =
      lostBetween && beforeLabel === undefined && cutAt === undefined && ownLine === undefined
        ? valuesGluedToLabel(tokens, meter)
        : undefined;
    if (glued !== undefined) {
      rows.set(hit.id, readRow(hit.id, [], spec.columns, spec.identities ?? [], false, meter));
      const after = rowValues(tokens, Number.POSITIVE_INFINITY, meter);
      notes.push({
        kind: "unplaced",
        // The glued digits as printed (the label's number with them), then the values after.
        actual: quotedValues([{ text: glued, junk: false }, ...after]),
        rows: [hit.id, ...lost.map((other) => other.id)],
      });
      return;
    }
    let values = beforeLabel?.blanks.slice() ?? rowValues(tokens, spec.columns.length, meter);
    // The lines of blanks after a row that printed no value: counted once, for the two uses below.
    const spaced = values.length === 0 ? blankLines(region, meter) : undefined;
    // A row printed as lines of spaces alone, one a column, before another label (a page copied
    // one cell a line writes an empty cell as a space): its cells are blank. Any other count
    // places nothing, nor does a row the text's end may cut.
    if (
      tokens.length === 0 &&
      spaced === spec.columns.length &&
      (next !== undefined || !source.last) &&
      !NOT_BLANK.test(region)
    ) {
      values = new Array<Token>(spec.columns.length).fill(SPACE_CELL);
      // Printed cells, though no value: no row below is owed them.
      printed += values.length;
      if (caption !== undefined) shiftAfterCaption += values.length;
    }
    // The text's end may leave the start of what follows after a row's values (the next label's
    // ordinal, `2`): the first values are then the row's. Not under columns a header named: more
    // values than those are cells it did not name, and the first values need not be its columns'.
    const atEnd =
      source.last &&
      !inWholeRows(source, hit) &&
      !next &&
      cutAt === undefined &&
      dataHits[dataHits.length - 1] === hit &&
      isCut(specs, hit.id) &&
      !closed &&
      !(spec.headed && values.length > spec.columns.length) &&
      (values.length >= spec.columns.length || wordsAfter(tokens, values) <= 1) &&
      // In a table whose rows glue their cells (`500000 5` for 5, 0, 0, 0, 0, 0 and 5), a run of
      // digits at the text's end may be several cells: read as the glued row it may be, not as
      // its first cell.
      !(gluedBefore && values.length < spec.columns.length && values.some(isDigitRun));
    // The last word may itself be cut short: a wrong number is worse than a missing one.
    const touched =
      source.last &&
      !next &&
      cutAt === undefined &&
      dataHits[dataHits.length - 1] === hit &&
      !ENDS_BLANK_OR_PIPE.test(region);
    // So is a row's last value with one value per column where no total checks it and the table
    // owes rows after it (`行政许可 421 1423 184`, the text stopping inside `1844`): the text is
    // cut, and the word its end touches may be any start of the value printed.
    // A count printed `0` is whole wherever the text stops: no count is printed with a leading zero.
    const zeroCount =
      values[values.length - 1]?.text === "0" &&
      spec.columns[spec.columns.length - 1]?.kind !== "money";
    const unchecked =
      (spec.identities?.length ?? 0) === 0 && values.length === spec.columns.length && !zeroCount;
    if (
      atEnd &&
      touched &&
      (values.length < spec.columns.length ||
        (unchecked && values[values.length - 1] === tokens[tokens.length - 1]))
    )
      values = values.slice(0, -1);
    // In the table's last row too, a value the text's end touches, no pipe nor line break after
    // it, in a row short of values or that no total checks: the text stops inside the row, and the
    // value may be cut short (`政府集中采购 | 15`, `15 | 11.876` printed, read as the glued cells 1
    // and 5 before; `政府集中采购 | 1 | 160.5`, `160.5964` printed). It is dropped, and the row
    // read as the text stopping in it.
    const stopsInside =
      touched &&
      !atEnd &&
      values.length > 0 &&
      (values.length < spec.columns.length || unchecked) &&
      values[values.length - 1] === tokens[tokens.length - 1] &&
      values[values.length - 1]!.whole !== true;
    if (stopsInside) {
      values = values.slice(0, -1);
      stoppedIn = hit.id;
    }
    // A row without totals to check a split against, in a table of words set apart by spaces (no
    // pipes: a pipe cell says itself whether its values share it) whose rows so far printed their
    // cells apart and glued none: its digits are whole cells (`行政事业性收费  20` under 上一年项目数量
    // and 本年增/减 is 20 and a blank, or a blank and 20, not 2 and 0). A run with a leading zero is
    // still glued zeros.
    const cellsApart =
      !source.pipes && apartBefore && !gluedBefore && (spec.identities?.length ?? 0) === 0;
    let row = readRow(
      hit.id,
      values,
      spec.columns,
      spec.identities ?? [],
      atEnd || stopsInside,
      meter,
      cellsApart,
    );
    // A note printed in a cell of its own before one of the row's values (`规范性文件 | （单位：件） |
    // 33 | 8 |`) is no blank cell: whether it fills a column's cell or stands beside them decides
    // the values' columns, and that is not printed. None is placed; all are quoted.
    const noted = values.length > 0 ? noteCellBeforeValue(source, region, meter) : undefined;
    if (noted !== undefined) {
      row = {
        id: row.id,
        cells: {},
        ordered: row.ordered.map(() => undefined),
        columnKeys: row.columnKeys,
        unreadable: row.columnKeys,
        printed: noted,
        overfull: true,
      };
    }
    // So may the last of one value per column, in the table's last row too (`… 0 10`, the text
    // stopping inside `103`): a total cut short no longer adds up, and the row's totals failing
    // with the value the text's end touches leave it unread, the row read as the text stopping in it.
    if (
      touched &&
      values.length === spec.columns.length &&
      values[values.length - 1] === tokens[tokens.length - 1] &&
      (spec.identities?.length ?? 0) > 0 &&
      !heldByTotals(row, spec, meter)
    ) {
      values = values.slice(0, -1);
      row = readRow(hit.id, values, spec.columns, spec.identities ?? [], true, meter);
      stoppedIn = hit.id;
    }
    if (values.length > 0) blanks += Math.max(0, spec.columns.length - values.length);
    else blanks += Math.min(spec.columns.length, spaced ?? blankLines(region, meter));
    // Where the first data row's label starts: counted only when a row printed its values apart.
    unprintedAt ??= { to: stream.starts[hit.start]!, cells: cellsBefore[at]! };
    let displaced = false;
    if (values.some((token) => token.opens)) {
      if (unprinted === undefined) {
        const before = source.text.slice(startAt ?? source.from, unprintedAt.to);
        unprinted = valuesPrinted(before, meter) === 0 ? unprintedAt.cells : 0;
      }
      if (caption !== undefined && caption.to >= counted) {
        printed += valuesPrinted(source.text.slice(counted, caption.to), meter);
        counted = caption.to;
        captionBase = {
          cells: caption.cells,
          printed: printed - shiftAfterCaption,
          blanks: caption.blanks,
        };
        caption = undefined;
      }
      const upTo = stream.ends[hit.end - 1]!;
      const slice = source.text.slice(counted, upTo);
      // Every value printed since, the numbers written inside notes aside.
      printed += valuesPrinted(slice, meter);
      counted = upTo;
      // Those inside the label's note came before this row's run too.
      const before = notedInRegion(source, region, tokens, meter);
      // The cells of the rows above that printed nothing yet (negative: values came before their
      // label, so these may be a row's below).
      const owed = cellsBefore[at]! - unprinted - printed - before;
      // Owed only by rows above the sub-table's caption, these printed blanks (`其他对外管理服务事项`
      // with three empty cells): the values under the caption's own headers are not theirs. Rows
      // that printed nothing at all may still own them: in a PDF's stream order (pdftotext drops
      // blank cells) labels come first, and the values after the caption's first label may be
      // those of the rows above it. So may the values of a run longer than this row's cells.
      const owedAbove =
        captionBase === undefined ? 0 : captionBase.cells - unprinted - captionBase.printed;
      const missing =
        owedAbove > 0 &&
        owed === owedAbove &&
        owedAbove <= captionBase!.blanks &&
        values.length <= spec.columns.length
          ? 0
          : Math.abs(owed);
      // Missing cells may own these values: all of them (the row above printed nothing, or they
      // are fewer than the cells missing), or some, the rest being this row's. A whole run whose
      // totals hold, more values than the cells missing, is this row's: a mix of two rows' values
      // holds a row total only by chance. Nor does a label end the run before it: a whole run
      // whose totals fail may end with the next row's values, this row printing blanks.
      const whole = values.length === spec.columns.length;
      displaced =
        (whole && !totalsHold(row.ordered, spec.identities ?? [], meter)) ||
        (missing !== 0 &&
          (previousEmpty ||
            missing >= values.length ||
            !(whole && heldByTotals(row, spec, meter))));
    }
    // After a row that printed nothing, a second whole run of values after words (a header
    // repeated on a new page) is the stream order of a PDF's text: a column of labels, then each
    // row's values. The first run may be the row above's, even when its totals hold.
    // Likewise when the words before the values hold another row's numbered label that was not
    // recognised (`2.申请人逾期未按…` with a character the font could not give): the values may be
    // that row's.
    const second = previousEmpty && values.length > 0 ? valuesAfter(tokens, values, meter) : [];
    const scrambled =
      previousEmpty &&
      !atEnd &&
      row.ordered.every((cell) => cell !== undefined) &&
      (second.length >= spec.columns.length ||
        numberedBefore(tokens, values, meter) ||
        !totalsHold(row.ordered, spec.identities ?? [], meter));
    // After a short row, the table's own column headers between a label and its values are the
    // same stream order: the values came from under those headers, not from the label's line.
    const underHeaders =
      previousShort && !atEnd && values.length > 0 && headersBefore(tokens, values, spec, meter);
    // A line of values under the row above's own may be this row's, printed above its label (a
    // tall cell, the label centred: src/read/above.ts moves those it can): the values on a line
    // after this label may then be the next row's. Values beside the label are its own.
    // Beside the label too, when that line stood under the row above's own in laid-out text and
    // the next row prints nothing: the line may be this row's, printed above its label as the
    // table's tall cells print theirs, and the values beside this label the next row's, joined to
    // this line (`6.属于四类过程性信息 4 …` under a line `2 …` that 5.'s cell printed below its
    // own `13 …`, then `7.属于行政执法案卷` alone). Which run is this row's is not printed. A next
    // row printing its own values leaves none for them to be; in a PDF's stream order a label's
    // values follow it: those are its own.
    const underExtra =
      previousExtra &&
      !atEnd &&
      values.length > 0 &&
      (valuesBelowLabel(region, meter) ||
        (previousLineBelow &&
          next !== undefined &&
          adjacent(hit, next) &&
          printingOf(index + 1) === "none"));
    // Whether the row above printed nothing after its label (read before it is passed on).
    const aboveEmpty = previousEmpty;
    previousEmpty = values.length === 0;
    previousShort = values.length < spec.columns.length;
    // A row printing nothing after its label passes the line on: its own values were that line,
    // printed above its label, and the values after the next label may be the row's below too.
    if (values.length > 0) previousLineBelow = previousExtra = valuesBelowRow(region, meter);
    // A row whose cells a copied page shows blank, one line of spaces a column, then values on
    // lines after them (hengnan-wjj-2020's 其他对外管理服务事项, then `137 / 0 / 112`): the values are
    // no cells of its that the lines left, and may be a row's below (printed above its label, or
    // above its sub-table's caption). None is placed. A page writing a line of spaces between
    // every cell writes one between the values too: those are separators, not cells.
    const shownBlank = values.length > 0 && blankBeforeValues(region, spec.columns.length, meter);
    // Another row's numbered label, not recognised (cut by the values printed beside its middle:
    // `1.属于国家` / values / `秘密`), between this label and the values: they are that row's, not
    // this one's (this one printed none: a row left blank). After a row that printed nothing, the
    // stream-order check above says the same.
    // (In stream order an earlier row's label may stand there, printed late: `（七）总计`, then
    // `3.其他`, then 总计's values. Only a row the registry puts after this one, and not found.)
    const othersLabel =
      !atEnd &&
      !scrambled &&
      values.length > 0 &&
      laterLabelBefore(tokens, values, specs, at, foundIds, meter);
    // A sub-row number other than the row's own between its label and its values (`行政执法案卷属于
    // 行政查询事项 | 7.8. | 81 …` read as 8.'s, `另行制作补正后申请内容仍不明 | 3.确 | 109 …` as
    // 2.'s): labels printed at their cells' bottoms in a column too narrow to tell them apart,
    // the rows' values and labels no longer side by side. Whose values these are is not printed.
    const othersNumber =
      !atEnd && values.length > 0 && otherNumberBefore(tokens, values, spec, meter);
    // The row's label printed again, values after each (a label copied onto the row above or
    // below): which of the two rows it names, and whose the values are, is not printed. Every
    // number of the region is quoted, none placed (see `twiceQuoted`).
    const again = repeated.get(hit);
    const twice =
      again === undefined
        ? undefined
        : twiceQuoted(source, region, stream.ends[hit.end - 1]!, again, meter);
    // Fewer values than cells, then a word and more values on their line (`18 19 20 21 注 23 24`):
    // the word stopped the row's values, but the row goes on past it. Read as a short row, the
    // values before it were placed by the totals (glued digits split 1/8/1/9/2/0/21), and those
    // after it were dropped. Which cells the word and the values hold is not printed: all quoted.
    const goesOn =
      values.length < spec.columns.length && values.length > 0
        ? lineGoesOn(tokens, values, meter)
        : undefined;
    // Fewer values than cells, and words printing numbers on the label's line not taken for cells
    // (`规章  1*  2*  3*` or `行政许可注1  7  9` set apart by spaces, `（二）部分公开  34*`): which
    // cells they are is not printed; quoted with the values, none placed, not lost.
    const marked =
      values.length < spec.columns.length ? markedOnLabelLine(tokens, values, meter) : undefined;
    // A whole row on its label's line, the lines of values after it taken for rows whose labels
    // were lost (labelLineOnly): when they print more values than those rows have cells, they are
    // not those rows' alone, and may be this row's run going on (numbers wrapped in narrow cells,
    // `1008 … 1009` over `6 7 8 9 0 1 2` for 10086 … printed; 100025 over three lines), its
    // label's line then no whole row. Whose the values are is not printed: quoted, none placed.
    const wrapped = surplus > 0;
    // A whole run, then words, then a line opening with a run of values, every row between this
    // label and the next found: no row is left to own that run, and dropped it would be lost. It
    // may be this row's numbers going on (wrapped in narrow cells, an ordinal or a label's piece
    // printed between: `属于行政执法案卷 1003 … / 7. / 0 1 2 …` for 10030 …), or the row below's
    // printed above its label: quoted with the row's, none placed.
    const goesOnBelow =
      lost.length === 0 && values.length === spec.columns.length && !source.pipes
        ? runAfterWords(tokens, values, meter)
        : undefined;
    // That run, when the row above printed its own (no row above owes one: after a row that
    // printed nothing, the first run may be that row's and the second this one's), may be the row
    // below's printed before its label (a PDF's text in stream order: `8.属于行政查询事项`'s run,
    // a side column's words, 1.本机关不掌握…'s run, then its label): the values after the next
    // label may then be the row's after it, as for a line of values under a row's own in layout
    // text (`valuesBelowRow`).
    if (goesOnBelow !== undefined && !aboveEmpty) previousExtra = true;
    // A line of values between this label and the next that either may own (see `eitherLabel`).
    const eitherRow = !atEnd && values.length > 0 && eitherLabel(index);
    const quoted =
      displaced ||
      eitherRow ||
      wrapped ||
      goesOnBelow !== undefined ||
      scrambled ||
      underHeaders ||
      underExtra ||
      shownBlank ||
      othersLabel ||
      othersNumber ||
      twice !== undefined ||
      goesOn !== undefined ||
      marked !== undefined;
    // The values quoted, joined only for a row quoted (most rows are not).
    rows.set(
      hit.id,
      quoted
        ? quotedRow(
            row,
            twice ??
              marked ??
              (goesOn
                ? [...values, ...goesOn]
                : goesOnBelow
                  ? [...values, ...goesOnBelow]
                  : [...values, ...second]),
          )
        : row,
    );
    if (row.glued !== undefined) gluedBefore = true;
    if (
      !quoted &&
      spec.columns.length >= 2 &&
      values.length === spec.columns.length &&
      values.every((token) => !token.junk && token.text !== "")
    ) {
      apartBefore = true;
    }
    // Words after the row's values, then more values, where a row of the registry between this
    // label and the next found was not found (its label misprinted past reading, `2.其他法律行政止
    // 公开`): those values may be that row's, and are quoted, never dropped. The finding covers the
    // rows not found (`lost`, above).
    if (!quoted && values.length > 0 && lost.length > 0) {
      // The rows skipped and the row's tokens, each read once.
      tick(meter, specs.length + 2 * tokens.length);
      const rest = tokens.slice(tokens.lastIndexOf(values[values.length - 1]!) + 1);
      const firstValue = rest.findIndex((token) => !token.junk && token.text !== "");
      if (firstValue > 0 && rest.slice(0, firstValue).some((token) => token.junk)) {
        notes.push({
          kind: "unplaced",
          actual: quotedValues(rowValues(rest, Number.POSITIVE_INFINITY, meter)),
          rows: lost.map((other) => other.id),
        });
      }
    }
  });
  const lastData = dataHits[dataHits.length - 1];
  const stopped =
    source.last && (lastData === undefined || isCut(specs, lastData.id) || stoppedIn !== undefined)
      ? {
          truncatedAfter: cutNext ?? lastData?.id ?? null,
          ...(lastData !== undefined && cutNext === undefined && inWholeRows(source, lastData)
            ? { afterWholeRow: true }
            : {}),
        }
      : {};
  return { rows, found: dataHits.length > 0 || rows.size > 0, notes, ...stopped };
}

/**
 * The cells of a pipe row as printed (`（单位：件） | 33 | 8`), when one holding only a note comes
 * before a cell holding a value; else `undefined`. The label's own cell (before the first pipe) may
 * hold a note of the label (`（二）部分公开（区分处理的…） |`): it is no cell of the row's.
 */
function noteCellBeforeValue(
  source: TableSource,
  region: string,
  meter?: Meter,
): string | undefined {
  // A note cell before a value has a bracket with a pipe after it. Most rows hold no bracket, or
  // only the next label's ordinal (`（二）`) at the region's end: three searches tell.
  tick(meter, 3 * region.length);
  if (!source.pipes) return undefined;
  const wide = region.indexOf("（");
  const narrow = region.indexOf("(");
  const bracket = wide === -1 ? narrow : narrow === -1 ? wide : Math.min(wide, narrow);
  if (bracket === -1 || bracket > region.lastIndexOf("|")) return undefined;
  const pieces = unescapeCells(region, source.markdown, meter)
    .split("|")
    .slice(1)
    .map((piece) => piece.replace(/\s+/g, " ").trim())
    .filter((piece) => piece !== "");
  tick(meter, region.length);
  // The row's run, as rowValues reads it: after the last word before its first value, up to the
  // first word after it (the next row's label, a header: the note cells there are no row's).
  let start = 0;
  let note = -1;
  let last = -1;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (withoutAnnotations(piece, meter).trim() === "") {
      if (note === -1) note = index;
    } else if (isValueText(piece, meter)) last = index;
    else if (last !== -1) break;
    else {
      start = index + 1;
      note = -1;
    }
  }
  return note !== -1 && last > note ? pieces.slice(start, last + 1).join(" | ") : undefined;
}

/**
 * Whether a region's lines after the label's, before the first that holds anything, hold `count`
 * lines of spaces or more, and no line of spaces follows that first line (see `blankLines`).
 */
function blankBeforeValues(region: string, count: number, meter?: Meter): boolean {
  tick(meter, 1 + region.length);
  // `count` lines of spaces and a line of values between the label's line and the region's last
  // take `count + 2` line breaks: most rows (a row a line) have none, and are told so by a search.
  let breaks = 0;
  for (let at = region.indexOf("\n"); at !== -1 && breaks < count + 2; breaks++) {
    at = region.indexOf("\n", at + 1);
  }
  if (breaks < count + 2) return false;
  // The lines between the label's and the region's last, walked in place: the lines of spaces
  // before the first that holds anything, and whether one follows it.
  let spaces = 0;
  let filled = false;
  for (let start = region.indexOf("\n") + 1, end = region.indexOf("\n", start); end !== -1; ) {
    const kind = lineKind(region, start, end);
    if (filled) {
      if (kind === SPACES) return false;
    } else if (kind === FILLED) filled = true;
    else if (kind === SPACES) spaces++;
    start = end + 1;
    end = region.indexOf("\n", start);
  }
  return filled && spaces >= count;
}

/** {@link lineKind}: an empty line, a line of blanks only, a line holding anything else. */
const EMPTY = 0;
const SPACES = 1;
const FILLED = 2;

/** What the line `text[start, end)` holds (blanks as `\s` reads them, by code unit). */
function lineKind(text: string, start: number, end: number): number {
  if (start === end) return EMPTY;
  // By code unit: a surrogate is no blank, as the code point it is part of is none.
  for (let at = start; at < end; at++) if (!isBlankCode(text.charCodeAt(at))) return FILLED;
  return SPACES;
}

/** A blank cell printed as a line of spaces. */
const SPACE_CELL: Token = Object.freeze({ text: "", junk: false, whole: true });

/** Anything but blanks. */
const NOT_BLANK = /\S/;

/**
 * The lines of a region holding blanks only (`其他对外管理服务事项` then ` ` / ` ` / ` ` on lines of
 * their own: a copied page's empty cells), the line the label ends and the region's last line aside.
 */
function blankLines(region: string, meter?: Meter): number {
  tick(meter, 1 + region.length);
  let count = 0;
  for (let start = region.indexOf("\n") + 1, end = region.indexOf("\n", start); end !== -1; ) {
    if (lineKind(region, start, end) === SPACES) count++;
    start = end + 1;
    end = region.indexOf("\n", start);
  }
  return count;
}

/**
 * The tokens of each data row with values, when every such row ends with a blank piece (`137 | |`,
 * or `|` alone on the line after the row's last value: a copy that writes ` |` after each cell and
 * a pipe to end each row) and one of them has one piece more than its columns, which proves the
 * piece no cell: then a row one value short ends with a cell missing, not with a blank last cell
 * (`8249 | 6307 | |` for 上一年项目数量, 本年增/减 and 处理决定数量 is not 8249, 6307 and a blank).
 * `closes` is false otherwise (most tables). Rows without a value say nothing either way. `read`
 * holds the tokens of the data rows read to tell, each row's region up to the next label
 * (`regionAt`, by the hit's index: readRows slices each region once).
 */
function closingTokens(
  source: TableSource,
  hits: readonly LabelHit[],
  byId: ReadonlyMap<string, RowSpec>,
  regionAt: (index: number) => string,
  meter?: Meter,
): { readonly closes: boolean; readonly read: ReadonlyMap<LabelHit, readonly Token[]> } {
  const read = new Map<LabelHit, readonly Token[]>();
  let lastData: LabelHit | undefined;
  for (const hit of hits) if (byId.get(hit.id)?.columns) lastData = hit;
  let rows = 0;
  let proof = false;
  // Rows printing all their cells without the piece after them (see below).
  let unclosed = 0;
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!;
    const spec = byId.get(hit.id);
    if (!spec?.columns) continue;
    // The values a run of padding pipes followed (see pipeTokens).
    const padded: Token[] = [];
    const tokens = tokensOf(source, regionAt(index), meter, padded);
    read.set(hit, tokens);
    if (spec.local) continue;
    const values = rowValues(tokens, Number.POSITIVE_INFINITY, meter);
    if (!values.some((token) => token.text !== "")) continue;
    const last = values[values.length - 1]!;
    // A blank before a run of pipes (`|` then `||`) is a cell the run closed (pipeTokens): the
    // row is closed, by that run. So is a value the run follows (`0 | ||`, a sub-table of one
    // value column padded to the table's width): the run ended the row, and says nothing of
    // whether the copy closes its rows with a pipe of their own.
    if (last.beforeRun === true || padded.includes(last)) continue;
    if (closingIndex(tokens, values) === -1) {
      // The table's last row may end without it (the next section's heading ends it, or the
      // text's end cuts it): it tells nothing, and is read as it is. So may one row printing all
      // its cells, its closing pipe lost in the copy (a line dropped); a second is a table
      // whose rows do not close so.
      if (hit === lastData) continue;
      if (values.length === spec.columns.length && ++unclosed === 1) continue;
      return { closes: false, read };
    }
    rows++;
    if (values.length === spec.columns.length + 1) proof = true;
  }
  return { closes: rows >= 2 && proof, read };
}

/**
 * The numbers of a row's region to quote when its label is printed again in it (`again`, where
 * that printing stands in the source; the region starts at `regionStart`) and both printings are
 * rows: values after each (the first run after each printing), the second starting a cell or
 * line (not `其中规章 1 件`, a note's words), its run of values ending the region (no
 * words after: a sentence goes on), and not the same values as the first (the same row printed
 * twice, an appendix's copy, is read as printed).
 * `undefined` when the row is read as usual. Quoted from the text, every number once: a cell
 * running on over the line after it must not hide one.
 */
function twiceQuoted(
  source: TableSource,
  region: string,
  regionStart: number,
  again: { readonly start: number; readonly end: number },
  meter?: Meter,
): Token[] | undefined {
  const cut = again.start - regionStart;
  const before = region.slice(0, cut);
  const after = region.slice(again.end - regionStart);
  // The character before the second printing, and the two parts' words, read once.
  tick(meter, 1 + 2 * region.length);
  // The character before the label's ordinal and its opening bracket (`（一）` is keyed `一`).
  const opening = before.replace(/[（(［[]+$/u, "");
  if (opening !== "" && !/[\s|]$/.test(opening)) return undefined;
  const tokens = tokensOf(source, after, meter);
  const run = rowValues(tokens, Number.POSITIVE_INFINITY, meter);
  const filled = (row: readonly Token[]) => row.map((t) => t.text).filter((text) => text !== "");
  const numbers = (part: string) =>
    part.split(/[\s|]+/).filter((word) => /\d/.test(word) && isValueText(word, meter));
  // The first printing's values: those of the first line after it that prints any (a cell may
  // run on over the line after it, so they are taken from the text, not its tokens).
  const first = numbers(before.split("\n").find((line) => numbers(line).length > 0) ?? "");
  const second = filled(run);
  if (!first.some((text) => /\d/.test(text)) || !second.some((text) => /\d/.test(text))) {
    return undefined;
  }
  if (first.length === second.length && first.every((text, i) => text === second[i])) {
    return undefined;
  }
  const last = run[run.length - 1];
  const rest = last === undefined ? tokens : tokens.slice(tokens.lastIndexOf(last) + 1);
  if (rest.some((token) => token.junk && token.text !== "")) return undefined;
  return [...numbers(before), ...numbers(after)].map((text) => ({ text, junk: false }));
}

/** Whether a token is two digits or more and nothing else: glued cells, perhaps. */
function isDigitRun(token: Token): boolean {
  return DIGIT_RUN.test(token.text);
}

/**
 * The tokens after a row's values (none when it has no value). More than one word there is no
 * label cut by the text's end (`行政事业性`): the text went on past the row (a later sub-table's
 * header words, `信息内容 上一年项目数量 本年增/`, its caption lost), so a row short of values
 * did not lose its last cells to the text's end, and its values are not placed from the first
 * column on.
 */
function wordsAfter(tokens: readonly Token[], values: readonly Token[]): number {
  const last = values[values.length - 1];
  return last === undefined ? 0 : tokens.length - 1 - tokens.lastIndexOf(last);
}

/**
 * Where the blank piece closing a row's values stands among its tokens: the last of `values`
 * (the row's run of values, {@link rowValues} with no count), blank, and followed by no value,
 * only by words and their blank pieces (the next label's start cut by the excerpt's end: `行`; a
 * sub-table's header repeated after a page break: `信息内容 | 采购项目数量 | 采购总金额 | |`).
 * -1 when the row does not end so.
 */
function closingIndex(tokens: readonly Token[], values: readonly Token[]): number {
  const last = values[values.length - 1];
  if (last === undefined || last.text !== "" || last.beforeRun === true) return -1;
  const index = tokens.lastIndexOf(last);
  for (let after = index + 1; after < tokens.length; after++) {
    if (!tokens[after]!.junk && tokens[after]!.text !== "") return -1;
  }
  return index;
}

/** A row read but not placed: its values quoted, none kept (no placement, no split of glued digits). */
function quotedRow(row: RowResult, values: readonly Token[]): RowResult {
  return {
    id: row.id,
    columnKeys: row.columnKeys,
    cells: {},
    ordered: row.ordered.map(() => undefined),
    unreadable: [],
    printed: values.map((t) => t.text).join(" | "),
    scrambled: true,
  };
}

/**
 * The tokens after a row's values on their line, when words follow the last value there and a
 * value follows the words on that line (the row goes on past a word), or a word holding a digit
 * stands among them; else `undefined`.
 */
function lineGoesOn(
  tokens: readonly Token[],
  values: readonly Token[],
  meter?: Meter,
): Token[] | undefined {
  // The search for the last value, and the walk along the line after it.
  tick(meter, 2 * tokens.length);
  const after = tokens.lastIndexOf(values[values.length - 1]!) + 1;
  const line: Token[] = [];
  for (let index = after; index < tokens.length && tokens[index]!.opens !== true; index++) {
    line.push(tokens[index]!);
  }
  const first = line.findIndex((token) => !token.junk && token.text !== "");
  if (first > 0 && line[0]!.junk) return line;
  // Or a word holding a digit after them (`5  0  0  0  1  6  1件已撤回`, a blank cell not shown):
  // whether it is a cell, and which cell is blank, is not printed.
  return line.some((token) => token.junk && holdsDigit(token.text)) ? line : undefined;
}

/**
 * The row's values with the words on its label's line that print more than a value (`1*`) and
 * are none of them, in their order, when there are such words.
 */
function markedOnLabelLine(
  tokens: readonly Token[],
  values: readonly Token[],
  meter?: Meter,
): Token[] | undefined {
  tick(meter, 2 * tokens.length + values.length);
  // Most rows print no such word: one walk tells, before any set is made.
  let any = false;
  for (const token of tokens) {
    if (token.opens === true) break;
    if (token.junk && printedMore(token) && !values.includes(token)) {
      any = true;
      break;
    }
  }
  if (!any) return undefined;
  const taken = new Set(values);
  const marked = new Set<Token>();
  for (const token of tokens) {
    if (token.opens === true) break;
    if (token.junk && !taken.has(token) && printedMore(token)) marked.add(token);
  }
  if (marked.size === 0) return undefined;
  return tokens.filter((token) => taken.has(token) || marked.has(token));
}

/** A row's tokens without the blank piece closing it (the words after it kept). */
function withoutClosing(tokens: readonly Token[], meter?: Meter): readonly Token[] {
  const index = closingIndex(tokens, rowValues(tokens, Number.POSITIVE_INFINITY, meter));
  return index === -1 ? tokens : [...tokens.slice(0, index), ...tokens.slice(index + 1)];
}

/**
 * Where the row of a label at `at` starts, for the region of the row before it (which starts at
 * `from`): the label's line start when only blanks and pipes precede the label there (they are
 * its row's: the blank cells of a merged column, `| | 6.属于四类过程性信息`), else `at`. Read back
 * from the label over those only (a table printed on one line has no line start near: reading
 * back to it for every row was quadratic), and never past `from`, where the answer is already no.
 */
function rowStart(text: string, from: number, at: number, meter?: Meter): number {
  let start = at;
  while (start > from && isBlankOrPipe(text.charCodeAt(start - 1))) start--;
  tick(meter, 1 + at - start);
  return start > from && text.charCodeAt(start - 1) === NEWLINE ? start : at;
}

/** Whether a row's label stands in the document's table that ends the body (see TableSource). */
function inWholeRows(source: TableSource, hit: LabelHit): boolean {
  return (
    source.wholeRowsFrom !== undefined && source.stream.starts[hit.start]! >= source.wholeRowsFrom
  );
}

/** The text between a label and the next one found, without what belongs to the next label. */
function regionOf(
  source: TableSource,
  hit: LabelHit | undefined,
  next: LabelHit | undefined,
  meter?: Meter,
  from = source.from,
): string {
  const { text, stream } = source;
  // With no label, from `from` (the text before the first label found).
  const regionStart = hit === undefined ? from : stream.ends[hit.end - 1]!;
  let regionEnd = next ? stream.starts[next.start]! : source.to;
  if (next) {
    // The opening bracket of the next label's ordinal (`（二）`) belongs to that label.
    const bracketed = regionEnd;
    while (regionEnd > regionStart && OPENING_BRACKETS.includes(text[regionEnd - 1]!)) regionEnd--;
    tick(meter, 1 + bracketed - regionEnd);
    regionEnd = rowStart(text, regionStart, regionEnd, meter);
  }
  // The slice, and the test for a blank or pipe at its end (one character per position).
  tick(meter, 2 * Math.max(0, regionEnd - regionStart));
  return text.slice(regionStart, Math.max(regionStart, regionEnd));
}

/**
 * The run of two values or more after the words that follow a row's values, when it opens a line;
 * else `undefined`.
 */
function runAfterWords(
  tokens: readonly Token[],
  values: readonly Token[],
  meter?: Meter,
): Token[] | undefined {
  tick(meter, 2 * tokens.length);
  const rest = tokens.slice(tokens.lastIndexOf(values[values.length - 1]!) + 1);
  const first = rest.findIndex((token) => !token.junk && token.text !== "");
  if (first <= 0 || rest[first]!.opens !== true) return undefined;
  const run = rowValues(rest.slice(first), Number.POSITIVE_INFINITY, meter);
  return run.length >= 2 ? run : undefined;
}

/**
 * Where the label's own line ends in `region` (the text from a data row's label to the next label
 * found), when that line holds the row whole (one value per column) and lines of values follow it
 * while rows between this one and the next label found were not found: the lines after are rows
 * whose labels were lost, not this row's. Otherwise `undefined`, and the region is read whole.
 */
function labelLineOnly(
  source: TableSource,
  region: string,
  specs: readonly RowSpec[],
  at: number,
  next: LabelHit | undefined,
  order: ReadonlyMap<string, number>,
  found: Found,
  spec: RowSpec,
  meter?: Meter,
): number | undefined {
  const end = next ? order.get(next.id)! : specs.length;
  // A few rows between two labels; most rows have none lost.
  tick(meter, 1 + end - at);
  let lost = false;
  for (let row = at + 1; row < end; row++) {
    if (specs[row]!.columns && !found.has(specs[row]!.id)) lost = true;
  }
  if (!lost) return undefined;
  const lineEnd = region.indexOf("\n");
  tick(meter, region.length);
  if (lineEnd === -1 || !DIGIT.test(region.slice(lineEnd))) return undefined;
  const own = rowValues(
    tokensOf(source, region.slice(0, lineEnd), meter),
    Number.POSITIVE_INFINITY,
    meter,
  );
  return own.length === spec.columns?.length ? lineEnd : undefined;
}

/** A label as printed (for findings that quote it), its blanks collapsed. */
function labelText(source: TableSource, hit: LabelHit, meter?: Meter): string {
  let from = source.stream.starts[hit.start]!;
  const to = source.stream.ends[hit.end - 1]!;
  // With the opening bracket of its ordinal (`（六）`).
  while (from > 0 && OPENING_BRACKETS.includes(source.text[from - 1]!)) from--;
  // A label is a short fixed word (and a bracket or two): the slice and the collapse.
  tick(meter, 1 + 3 * (to - from));
  return source.text.slice(from, to).replace(/\s+/g, "");
}

/** Whether one of the other layout's row labels is printed between a label and the next. */
function foreignLabelIn(
  stream: KeyStream,
  forms: readonly Form[],
  hit: LabelHit,
  next: LabelHit | undefined,
  toKey: number,
  meter?: Meter,
): boolean {
  const end = next ? next.start : toKey;
  // The key cut where the row ends (a slice shares the key's characters): the search stops there.
  const key = stream.key.slice(0, Math.max(hit.end, end));
  return forms.some((form) => {
    const at = key.indexOf(form.core, hit.end);
    // The search reads to the label found, or to the row's end: once per such row.
    tick(meter, 1 + (at === -1 ? key.length : at + form.core.length) - hit.end);
    return at !== -1;
  });
}

/**
 * Values printed after a group label, before the next label found, whose rows' labels were lost
 * (`（三）不予公开` then 56 bare values): read in the registry's order inside the group when the
 * rows skipped are all the group's own and the count is exactly their cells, the only reading it
 * leaves. A group that another template prints as one row (2021's （六）, 2019's single row), with
 * one row's values and none of its own rows found, is that layout: nothing is placed.
 */
function readGroup(
  source: TableSource,
  group: RowSpec,
  all: readonly RowSpec[],
  region: string,
  label: string,
  rows: Map<string, RowResult>,
  notes: RowNote[],
  meter?: Meter,
): boolean {
  const children = new Set(group.children);
  // The rows skipped must all be the group's own (a group label after them may be lost too: it
  // holds no values).
  const rowsSkipped = all.filter((spec) => spec.columns);
  if (rowsSkipped.length === 0 || !rowsSkipped.every((spec) => children.has(spec.id))) return false;
  const skipped = rowsSkipped;
  const width = skipped[0]!.columns!.length;
  if (!skipped.every((spec) => spec.columns!.length === width)) return false;
  const tokens = tokensOf(source, region, meter);
  const count = skipped.length * width;
  const values = rowValues(tokens, count, meter);
  // Three passes over the values at most.
  tick(meter, 1 + 3 * values.length);
  // A run with a leading zero (`000`) is glued cells: the count would mean nothing.
  if (values.some((t) => LEADING_ZERO.test(nfkcOfValue(t.text, meter)))) return false;
  const shown = (part: readonly Token[]) => part.map((t) => t.text).join(" | ");
  if (group.foreignLeaf && skipped.length === children.size && values.length === width) {
    notes.push({
      kind: "mixed",
      at: group.id.replace(/^group:/, ""),
      version: group.foreignLeaf,
      detail: `${label}: ${shown(values)}`,
      rows: skipped.map((spec) => spec.id),
    });
    return true;
  }
  if (values.length !== count) return false;
  const placed: string[] = [];
  skipped.forEach((spec, index) => {
    const row = readRow(
      spec.id,
      values.slice(index * width, (index + 1) * width),
      spec.columns!,
      spec.identities ?? [],
      false,
      meter,
    );
    rows.set(spec.id, row);
    placed.push(row.ordered.map((cell) => showValue(cell)).join("/"));
  });
  notes.push({
    kind: "byOrder",
    group: group.id.replace(/^group:/, ""),
    rows: skipped.map((spec) => spec.id),
    actual: placed.join("; "),
  });
  return true;
}

/**
 * Values no label placed, as a finding quotes them: the blank pieces before the first and after
 * the last printed value left out (a lost label's blank cell, a row's closing pipe), those between
 * kept, since they show where each value stood.
 */
function quotedValues(values: readonly Token[]): string {
  let from = 0;
  let to = values.length;
  while (from < to && values[from]!.text === "") from++;
  while (to > from && values[to - 1]!.text === "") to--;
  return values
    .slice(from, to)
    .map((token) => token.text)
    .join(" | ");
}

function showValue(cell: Cell | undefined): string {
  if (cell === undefined) return "?";
  if (cell === null) return "";
  if (typeof cell === "object" && "mark" in cell) return cell.mark;
  return String(cell);
}

/**
 * The label of the row after row `at` (the first row of a group after it too), cut short by the
 * text's end (`（二）部分公`, a page excerpt stopping there) and printed last in `region`: where the
 * cut label starts in the region, and the id of the data row it opens, or undefined. The region's
 * last word, no value, whose key with its ordinal starts one of those labels' forms: a word of two
 * key characters at least (`（二）部`), so that an ordinal alone, which may be a value cut short, is
 * never taken for one.
 */
function cutNextLabel(
  region: string,
  specs: readonly RowSpec[],
  at: number,
  meter?: Meter,
): { readonly offset: number; readonly id: string } | undefined {
  let end = region.length;
  while (end > 0 && isBlankCode(region.charCodeAt(end - 1))) end--;
  let start = end;
  while (
    start > 0 &&
    !isBlankOrPipe(region.charCodeAt(start - 1)) &&
    region.charCodeAt(start - 1) !== NEWLINE
  ) {
    start--;
  }
  // The walks back over the last word and the blanks after it.
  tick(meter, 1 + region.length - start);
  if (start === end) return undefined;
  const word = region.slice(start, end);
  if (isValueText(word, meter)) return undefined;
  const key = matchKey(word, meter);
  if (key.length < 2) return undefined;
  // The next row, and the first data row of a group that comes next.
  const after = specs.slice(at + 1, at + 3);
  const cut = after.findIndex(
    (spec, index) =>
      (index === 0 || !after[0]!.columns) &&
      (spec.forms ?? labelForms(spec.texts)).some(
        (form) => form.ordinal !== "" && (form.ordinal + form.core).startsWith(key),
      ),
  );
  tick(meter, 1 + 2 * after.length);
  if (cut === -1) return undefined;
  const opened = after[cut]!;
  // The data row the cut label opens: the group's first row when the cut label is the group's.
  const data = opened.columns ? opened : after.slice(cut + 1).find((spec) => spec.columns);
  // The blanks and pipes before the cut label on its line are its row's, as after a label found
  // whole (see regionOf): read with the row before, they were blank cells after its values.
  return data === undefined
    ? undefined
    : { offset: rowStart(region, 0, start, meter), id: data.id };
}

/** Whether rows of the table follow `id` in the registry (so a text ending here stops inside it). */
function isCut(specs: readonly RowSpec[], id: string): boolean {
  const index = specs.findIndex((spec) => spec.id === id);
  return specs.slice(index + 1).some((spec) => spec.columns);
}
