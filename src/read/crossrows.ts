/**
 * Settling rows that their own text leaves open, with the identities of the whole table, through
 * the one evaluator of `src/model/identities.ts`:
 *
 * - a glued row whose own row total left several splits (`candidates`) is taken only when exactly
 *   one split survives;
 * - a short row, printing fewer values than columns with nothing to hold the other positions
 *   (`placements`: every order-preserving placement of the printed values, the rest absent), gets
 *   the cells that every surviving placement agrees on, and no other.
 *
 * A reading survives when the table, with that reading in and every other open row left absent,
 * can still satisfy the identities the reading reaches: an identity with one unknown operand
 * implies its value, which is carried into the identities reading that cell, and a violated
 * identity rules the reading out. Absent, blank and marked cells are unknown counts ≥ 0, never
 * zero, so a reading is ruled out only when the printed numbers contradict the table whatever the
 * unknown cells hold.
 *
 * @module
 */

import type { Cell } from "../model/cell.js";
import { evaluateIndexed } from "../model/identities.js";
import type { CellPath, Identity } from "../templates/identities.js";
import { type Meter, tick } from "../text/meter.js";
import type { RowResult } from "./rows.js";

/** Where a row's cells sit in the canonical JSON: the path of cell `index` of row `id`. */
export type PathOf = (id: string, index: number) => CellPath;

/** A reading of one row: a cell per column, `undefined` where the reading leaves it absent. */
type Reading = readonly (Cell | undefined)[];

/**
 * Identity evaluations one table may spend on settling (each reads at most a few dozen cells).
 * Beyond it the rows still open stay unsettled: absent, with their findings, never guessed.
 */
const EVALUATION_BUDGET = 60_000;
/** Combinations of open rows' readings tried together at most. */
const JOINT_LIMIT = 4_096;

interface Slot {
  readonly id: string;
  readonly index: number;
}

/**
 * The cells of the table and of the identities' operands, each numbered once (one number per
 * distinct path, whichever path object names it): the table's cell at each number (none for an
 * operand outside the rows), the identities with their operands' numbers, the identities reading
 * each number (by their index, once per operand), and the numbers of each row's cells.
 */
interface Slots {
  readonly cells: readonly (Slot | undefined)[];
  readonly identities: readonly Operands[];
  readonly touching: readonly (readonly number[])[];
  readonly rows: ReadonlyMap<string, readonly number[]>;
}

/** An identity with the number of each of its left and right operands. */
interface Operands {
  readonly identity: Identity;
  readonly left: readonly number[];
  readonly right: readonly number[];
}

/**
 * Numbers cell paths, one number per distinct `[section, row, column]` (what `cellKey` tells
 * apart), by lookups of the parts instead of a key string built per path. Paths come in runs of
 * one section and often one row (a row's cells, a row total's operands): the last section's and
 * row's maps are kept at hand.
 */
function numbering(): (path: CellPath) => number {
  const sections = new Map<string, Map<string, Map<string, number>>>();
  let count = 0;
  let lastSection: string | undefined;
  let lastRow: string | undefined;
  let rows: Map<string, Map<string, number>> | undefined;
  let columns: Map<string, number> | undefined;
  return ([section, row, column]) => {
    if (rows === undefined || section !== lastSection) {
      rows = sections.get(section);
      if (rows === undefined) {
        rows = new Map();
        sections.set(section, rows);
      }
      lastSection = section;
      columns = undefined;
    }
    if (columns === undefined || row !== lastRow) {
      columns = rows.get(row);
      if (columns === undefined) {
        columns = new Map();
        rows.set(row, columns);
      }
      lastRow = row;
    }
    let number = columns.get(column);
    if (number === undefined) {
      number = count++;
      columns.set(column, number);
    }
    return number;
  };
}

interface Budget {
  left: number;
}

function isOpen(row: RowResult): boolean {
  return (
    (row.candidates !== undefined && row.candidates.length > 0) ||
    (row.placements !== undefined && row.placements.length > 0)
  );
}

/** Whether some row is open: most tables have none, told without copying the rows. */
function someOpen(rows: ReadonlyMap<string, RowResult>): boolean {
  for (const row of rows.values()) if (isOpen(row)) return true;
  return false;
}

function readingsOf(row: RowResult): readonly Reading[] {
  return row.candidates ?? row.placements ?? [];
}

/**
 * Whether the table can satisfy its identities with `chosen` readings in place of the rows they
 * name, the other cells as read (an open row's cells not yet placed read as absent). The
 * identities touching a chosen cell are judged first; a value one of them implies is carried to the
 * identities touching that cell, and so on, until none is left or one is violated. Identities no
 * chosen or implied value touches are not judged: a slip elsewhere in the table (a real report's
 * own arithmetic error) rules out no reading here. `undefined` when the budget runs out.
 */
function satisfiable(
  slots: Slots,
  rows: ReadonlyMap<string, RowResult>,
  chosen: ReadonlyMap<string, Reading>,
  budget: Budget,
  meter?: Meter,
): boolean | undefined {
  // Implied values by cell number: one cell is named by a different path object in each identity.
  const implied = new Map<number, unknown>();
  const read = (number: number): unknown => {
    if (implied.has(number)) return implied.get(number);
    const slot = slots.cells[number];
    if (slot === undefined) return undefined;
    const reading = chosen.get(slot.id) ?? rows.get(slot.id)?.ordered;
    return reading?.[slot.index];
  };
  const queued = new Array<boolean>(slots.identities.length).fill(false);
  const queue: number[] = [];
  const touch = (number: number) => {
    for (const identity of slots.touching[number] ?? []) {
      if (queued[identity]) continue;
      queued[identity] = true;
      queue.push(identity);
    }
  };
  for (const id of chosen.keys()) for (const number of slots.rows.get(id) ?? []) touch(number);
  // Each identity is judged again only after a cell it reads was implied, and a cell is implied
  // once: the work is bounded by the cells times the identities touching each.
  for (let next = 0; next < queue.length; next++) {
    const { identity, left, right } = slots.identities[queue[next]!]!;
    queued[queue[next]!] = false;
    if (--budget.left < 0) return undefined;
    // The evaluator reads every operand of the identity.
    tick(meter, 1 + 3 * (identity.left.length + identity.right.length));
    const verdict = evaluateIndexed(identity, left, right, read);
    if (verdict.verdict === "violated") return false;
    if (verdict.verdict === "implies") {
      // The operand is one of the identity's own path objects: its number sits at its position.
      const onLeft = identity.left.indexOf(verdict.operand);
      const number = onLeft >= 0 ? left[onLeft]! : right[identity.right.indexOf(verdict.operand)]!;
      implied.set(number, verdict.value);
      touch(number);
    }
  }
  return true;
}

/** The row left by its surviving readings: the one split, or the cells every placement agrees on. */
function settled(row: RowResult, survivors: readonly Reading[]): RowResult {
  if (row.candidates !== undefined) {
    if (survivors.length !== 1) return { ...row, candidates: survivors };
    const { candidates: _open, ...rest } = row;
    return withCells(rest, survivors[0]!);
  }
  return { ...withCells(row, agreed(survivors, row.ordered.length)), placements: survivors };
}

/** A row with its cells by index, by key and the keys of the cells left absent. */
function withCells(row: RowResult, ordered: Reading): RowResult {
  const cells: Record<string, Cell> = {};
  const unreadable: string[] = [];
  row.columnKeys.forEach((key, index) => {
    const cell = ordered[index];
    if (cell === undefined) unreadable.push(key);
    else cells[key] = cell;
  });
  return { ...row, ordered: [...ordered], cells, unreadable };
}

/** The cells on which every reading agrees (the same value, never absent in one of them). */
function agreed(readings: readonly Reading[], width: number): (Cell | undefined)[] {
  const cells: (Cell | undefined)[] = new Array(width).fill(undefined);
  if (readings.length === 0) return cells;
  for (let index = 0; index < width; index++) {
    const first = readings[0]![index];
    if (first === undefined) continue;
    if (readings.every((reading) => sameCell(reading[index], first))) cells[index] = first;
  }
  return cells;
}

function sameCell(a: Cell | undefined, b: Cell): boolean {
  if (a === b) return true;
  if (a === undefined || a === null || b === null) return false;
  if (typeof a === "number" || typeof b === "number") return false;
  if ("mark" in a || "mark" in b) return "mark" in a && "mark" in b && a.mark === b.mark;
  return a.equals(b);
}

function placedCount(row: RowResult): number {
  return row.ordered.filter((cell) => cell !== undefined).length;
}

/**
 * The cells of `rows` and the operands of `identities` numbered (see {@link Slots}): one number
 * per distinct path, the cells first, row by row.
 */
function slotsOf(
  rows: readonly { readonly id: string; readonly width: number }[],
  identities: readonly Identity[],
  pathOf: PathOf,
  meter?: Meter,
): Slots {
  const numberOf = numbering();
  const cells: (Slot | undefined)[] = [];
  const rowNumbers = new Map<string, number[]>();
  for (const { id, width } of rows) {
    // One slot per cell of the table (a fixed number of them).
    tick(meter, width);
    const own: number[] = [];
    for (let index = 0; index < width; index++) {
      const number = numberOf(pathOf(id, index));
      own.push(number);
      cells[number] = { id, index };
    }
    rowNumbers.set(id, own);
  }
  // Each operand's number once, so that reading an operand needs no lookup by path. An identity
  // given twice is one identity (judged once per round, as one object).
  const indexOf = new Map<Identity, number>();
  const operands: Operands[] = [];
  const touching: number[][] = [];
  for (const identity of identities) {
    tick(meter, identity.left.length + identity.right.length);
    let at = indexOf.get(identity);
    if (at === undefined) {
      at = operands.length;
      indexOf.set(identity, at);
      operands.push({
        identity,
        left: identity.left.map(numberOf),
        right: identity.right.map(numberOf),
      });
    }
    const { left, right } = operands[at]!;
    for (const side of [left, right]) {
      for (const number of side) {
        const list = touching[number] ?? [];
        list.push(at);
        touching[number] = list;
      }
    }
  }
  return { cells, identities: operands, touching, rows: rowNumbers };
}

/**
 * A table's cells and identities numbered once, for every row of its layout: made at load per
 * template (see `src/read/tables.ts`), it spares {@link settleRows} numbering the same paths on
 * every call. Rows of the layout that a call does not have read as absent, as cells outside the
 * rows do, so the numbering serves any subset of its rows.
 */
export interface SettlementPlan {
  readonly identities: readonly Identity[];
  /** Each row's column keys, as the paths were made from them. */
  readonly columns: ReadonlyMap<string, readonly string[]>;
  readonly slots: Slots;
}

/**
 * The {@link SettlementPlan} of a table layout: its rows with their column keys, the identities
 * of the table, and the path of each cell (as {@link settleRows} is given it).
 *
 * @example
 * ```ts
 * const plan = settlementPlan([{ id: "newlyReceived", columnKeys }], identities, pathOf);
 * settleRows(rows, identities, pathOf, undefined, plan);
 * ```
 */
export function settlementPlan(
  layout: readonly { readonly id: string; readonly columnKeys: readonly string[] }[],
  identities: readonly Identity[],
  pathOf: PathOf,
): SettlementPlan {
  return {
    identities,
    columns: new Map(layout.map(({ id, columnKeys }) => [id, columnKeys])),
    slots: slotsOf(
      layout.map(({ id, columnKeys }) => ({ id, width: columnKeys.length })),
      identities,
      pathOf,
    ),
  };
}

/**
 * Whether a plan numbers these rows as {@link slotsOf} would: the same identities, and every row
 * one of its layout with the same column keys (table 二's printed layouts change them).
 */
function fits(
  plan: SettlementPlan,
  rows: ReadonlyMap<string, RowResult>,
  identities: readonly Identity[],
  meter?: Meter,
): boolean {
  if (plan.identities !== identities) return false;
  for (const row of rows.values()) {
    // The row's column keys compared once.
    tick(meter, 1 + row.columnKeys.length);
    const columns = plan.columns.get(row.id);
    if (columns === undefined || columns.length !== row.ordered.length) return false;
    if (row.columnKeys.length !== columns.length) return false;
    for (let index = 0; index < columns.length; index++) {
      if (row.columnKeys[index] !== columns[index]) return false;
    }
  }
  return true;
}

/**
 * The rows with their open readings settled where the table's identities allow: first one row at a
 * time against the others as read, as long as that settles or narrows something, then the open
 * rows together (when few enough combinations), keeping for each row the readings that appear in
 * some combination satisfying the table.
 *
 * @param rows - The rows read, by id; open rows carry `candidates` (glued) or `placements` (short).
 * @param identities - The identities of the table (`identitiesOf(version)` filtered to it).
 * @param pathOf - The path of a row's cell, to read the identities' operands.
 * @example
 * ```ts
 * settleRows(result.rows, identitiesOf("2021"), (id, i) => ["applications", id, columns[i]!.key]);
 * ```
 */
export function settleRows(
  rows: ReadonlyMap<string, RowResult>,
  identities: readonly Identity[],
  pathOf: PathOf,
  meter?: Meter,
  plan?: SettlementPlan,
): ReadonlyMap<string, RowResult> {
  if (!someOpen(rows)) return rows;
  const slots =
    plan !== undefined && fits(plan, rows, identities, meter)
      ? plan.slots
      : slotsOf(
          [...rows.values()].map((row) => ({ id: row.id, width: row.ordered.length })),
          identities,
          pathOf,
          meter,
        );
  const budget: Budget = { left: EVALUATION_BUDGET };
  const current = new Map(rows);
  let changed = true;
  while (changed) {
    changed = false;
    for (const row of [...current.values()].filter(isOpen)) {
      const readings = readingsOf(row);
      const survivors: Reading[] = [];
      for (const reading of readings) {
        const chosen = new Map([[row.id, reading]]);
        const verdict = satisfiable(slots, current, chosen, budget, meter);
        // Out of budget: the row keeps what it had (cells agreed by a wider set of readings).
        if (verdict === undefined) return current;
        if (verdict) survivors.push(reading);
      }
      const next = settled(row, survivors);
      // Other rows read this one's cells: go round again when it gained some.
      if (placedCount(next) > placedCount(row)) changed = true;
      current.set(row.id, next);
    }
  }
  return settleJointly(current, slots, budget, meter);
}

/**
 * Rows still open after one-at-a-time filtering (two glued rows in the same column sum): every
 * combination of their readings is tried, when there are few enough, and each row keeps the
 * readings that some satisfying combination uses.
 */
function settleJointly(
  rows: Map<string, RowResult>,
  slots: Slots,
  budget: Budget,
  meter?: Meter,
): Map<string, RowResult> {
  const open = [...rows.values()].filter(isOpen);
  if (open.length < 2) return rows;
  const combinations = open.reduce((product, row) => product * readingsOf(row).length, 1);
  if (combinations > JOINT_LIMIT) return rows;
  const used = open.map(() => new Set<number>());
  const choice = new Map<string, Reading>();
  const picked: number[] = [];
  let undecided = false;
  const visit = (index: number): void => {
    if (undecided) return;
    if (index === open.length) {
      const verdict = satisfiable(slots, rows, choice, budget, meter);
      if (verdict === undefined) undecided = true;
      else if (verdict) {
        picked.forEach((reading, row) => {
          used[row]!.add(reading);
        });
      }
      return;
    }
    readingsOf(open[index]!).forEach((reading, at) => {
      choice.set(open[index]!.id, reading);
      picked[index] = at;
      visit(index + 1);
    });
    choice.delete(open[index]!.id);
  };
  visit(0);
  if (undecided) return rows;
  const result = new Map(rows);
  open.forEach((row, index) => {
    const readings = readingsOf(row);
    result.set(
      row.id,
      settled(
        row,
        readings.filter((_, at) => used[index]!.has(at)),
      ),
    );
  });
  return result;
}
