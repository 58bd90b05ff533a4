/**
 * The arithmetic identities of tables 三 and 四 (T3_ROW_TOTAL, T3_RESULT_TOTAL, T3_BALANCE,
 * T4_GROUP_TOTAL), read from `identitiesOf(version)`, and CELL_BLANK for every table cell that is
 * blank, marked or absent.
 *
 * A blank, marked or absent operand is an unknown non-negative count, never zero (ARCHITECTURE §5).
 * An identity `Σleft = Σright` is then checked only where it is decidable:
 * - every operand known: the sums must be equal;
 * - unknowns on one side only: the identity is broken for sure when the fully known side is below
 *   the known part of the other (the unknowns cannot be negative); `expected` is then `≥ n`;
 * - unknowns on both sides: nothing can be said.
 * A blank total whose parts are all known gets its implied value as the CELL_BLANK `expected`.
 *
 * @module
 */

import type { FindingDraft, FindingPath } from "../findings/finding.js";
import type { Report } from "../model/report.js";
import { type Identity, identitiesOf } from "../templates/identities.js";
import { tableLayout } from "../templates/layout.js";
import { cellState, samePath, startsWith } from "./cells.js";

interface Side {
  readonly known: number;
  readonly unknowns: number;
}

function sideOf(report: Report, paths: readonly FindingPath[]): Side | undefined {
  let known = 0;
  let unknowns = 0;
  for (const path of paths) {
    const cell = cellState(report, path);
    if (cell.state === "noTable") return undefined;
    if (cell.state === "number" && typeof cell.value === "number") known += cell.value;
    else unknowns += 1;
  }
  return { known, unknowns };
}

/**
 * Where a broken identity is reported: a total's own cell; for T3_BALANCE (two cells on each side)
 * the last cell of the right side, 四、结转下年度继续办理 of that column — the figure the balance
 * determines. Every other operand is listed in `related`.
 */
export function identityPath(identity: Identity): FindingPath {
  return identity.left.length === 1
    ? identity.left[0]!
    : identity.right[identity.right.length - 1]!;
}

function operands(identity: Identity): readonly FindingPath[] {
  return [...identity.left, ...identity.right];
}

function shown(side: Side): number | string {
  return side.unknowns === 0 ? side.known : `≥ ${side.known}`;
}

function brokenIdentity(report: Report, identity: Identity): FindingDraft | undefined {
  const left = sideOf(report, identity.left);
  const right = sideOf(report, identity.right);
  if (left === undefined || right === undefined) return undefined;
  const broken =
    left.unknowns === 0 && right.unknowns === 0
      ? left.known !== right.known
      : left.unknowns === 0
        ? left.known < right.known
        : right.unknowns === 0 && right.known < left.known;
  if (!broken) return undefined;
  const path = identityPath(identity);
  // A total "should equal" its parts; the balance states 一 + 二 against 三 + 四 (messages).
  const [expected, actual] =
    identity.left.length === 1 ? [shown(right), shown(left)] : [shown(left), shown(right)];
  return {
    code: identity.code,
    path,
    expected,
    actual,
    related: operands(identity).filter((p) => !samePath(p, path)),
  };
}

/** T3_ROW_TOTAL, T3_RESULT_TOTAL, T3_BALANCE and T4_GROUP_TOTAL: one draft per broken instance. */
export function checkIdentities(report: Report): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const identity of identitiesOf(report.template)) {
    const draft = brokenIdentity(report, identity);
    if (draft !== undefined) drafts.push(draft);
  }
  return drafts;
}

/** The value an identity implies for its only unknown operand, when it is a valid count. */
function impliedValue(
  report: Report,
  path: FindingPath,
): { value: number; related: FindingPath[] } | undefined {
  const same = (p: FindingPath) => samePath(p, path);
  for (const identity of identitiesOf(report.template)) {
    const inLeft = identity.left.some(same);
    if (!inLeft && !identity.right.some(same)) continue;
    const others = operands(identity).filter((p) => !same(p));
    const left = sideOf(
      report,
      identity.left.filter((p) => !same(p)),
    );
    const right = sideOf(
      report,
      identity.right.filter((p) => !same(p)),
    );
    if (left === undefined || right === undefined) return undefined;
    if (left.unknowns + right.unknowns > 0) continue;
    const value = inLeft ? right.known - left.known : left.known - right.known;
    if (value >= 0) return { value, related: others };
  }
  return undefined;
}

/**
 * CELL_BLANK for every cell of a present table that is `null`, a mark or absent, except cells the
 * reader already reported (a CELL_TYPE or SECTION_MISSING at the cell or above it).
 */
export function checkBlankCells(report: Report, reported: readonly FindingPath[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const table of tableLayout(report.template)) {
    for (const row of table.rows) {
      for (const column of row.columns) {
        const path: FindingPath = [table.key, row.key, column.key];
        const cell = cellState(report, path);
        if (cell.state === "noTable" || cell.state === "number") continue;
        if (reported.some((r) => startsWith(path, r))) continue;
        const implied = impliedValue(report, path);
        drafts.push({
          code: "CELL_BLANK",
          path,
          detail: cell.state,
          ...(cell.state === "mark" && { actual: cell.mark }),
          ...(implied !== undefined && { expected: implied.value, related: implied.related }),
        });
      }
    }
  }
  return drafts;
}
