/**
 * The arithmetic identities of tables 三 and 四 (T3_ROW_TOTAL, T3_RESULT_TOTAL, T3_BALANCE,
 * T4_GROUP_TOTAL), read from `identitiesOf(version)` and judged by the model's one evaluator
 * (`evaluateIdentity`, src/model/identities.ts), and CELL_BLANK for the blank and marked cells of
 * the tables, one finding per row.
 *
 * A blank, marked or absent operand is an unknown non-negative count, never zero (ARCHITECTURE §5):
 * an identity is reported only when the evaluator finds it violated whatever the unknowns hold.
 * An absent cell (unread, or dropped by the reader with a CELL_TYPE) is not blank: it gets no
 * CELL_BLANK, since whoever read the report has already said why it is missing.
 *
 * @module
 */

import type { FindingDraft } from "../findings/finding.js";
import { cellsOf, evaluateIdentity, showAmount, violation } from "../model/identities.js";
import type { Report } from "../model/report.js";
import { type CellPath, identitiesOf } from "../templates/identities.js";
import { tableLayout } from "../templates/layout.js";
import { cellState, samePath, tableOf } from "./cells.js";

/** T3_ROW_TOTAL, T3_RESULT_TOTAL, T3_BALANCE and T4_GROUP_TOTAL: one draft per violated instance. */
export function checkIdentities(report: Report): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const read = cellsOf(report);
  for (const identity of identitiesOf(report.template)) {
    const draft = violation(identity, read);
    if (draft !== undefined) drafts.push(draft);
  }
  return drafts;
}

/** The value an identity implies for a cell, when it is that identity's only unknown operand. */
function impliedValue(report: Report, path: CellPath): number | string | undefined {
  const read = cellsOf(report);
  for (const identity of identitiesOf(report.template)) {
    if (![...identity.left, ...identity.right].some((p) => samePath(p, path))) continue;
    const verdict = evaluateIdentity(identity, read);
    if (verdict.verdict === "implies" && samePath(verdict.operand, path)) {
      return showAmount(verdict.value);
    }
  }
  return undefined;
}

/**
 * CELL_BLANK, one draft per row of a present table that has blank (`null`) or marked cells: at the
 * first such cell, with every such cell of the row (that one first) in `related`. `actual` is the
 * mark of the cell at `path`, `expected` the value an identity implies for it when it is that
 * identity's only unknown operand (e.g. a blank 总计 whose parts are all known). Absent cells are
 * not blank and are skipped.
 */
export function checkBlankCells(report: Report): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const table of tableLayout(report.template)) {
    if (tableOf(report, table.key) === undefined) continue;
    for (const row of table.rows) {
      const blanks = row.columns.flatMap((column) => {
        const path: CellPath = [table.key, row.key, column.key];
        const cell = cellState(report, path);
        return cell.state === "blank" || cell.state === "mark" ? [{ path, cell }] : [];
      });
      const first = blanks[0];
      if (first === undefined) continue;
      const implied = impliedValue(report, first.path);
      drafts.push({
        code: "CELL_BLANK",
        path: first.path,
        detail: first.cell.state,
        ...(first.cell.state === "mark" && { actual: first.cell.mark }),
        ...(implied !== undefined && { expected: implied }),
        related: blanks.map((blank) => blank.path),
      });
    }
  }
  return drafts;
}
