/**
 * Values printed against a row's label in a table without lines: a PDF laid out by where its text
 * stands joins a value set nearer the label than cells stand apart into the label's cell
 * (`息需要另行制114 115`, `其他对外管理服务事项—`), and the column it stands over reads blank. The
 * readers of tables 二 and 三 quote such a row, never place it.
 *
 * @module
 */
import { append } from "../../text/lists.js";
import { type Meter, tick } from "../../text/meter.js";
import { NONE_MARK_CLASS } from "../../text/nonemarks.js";
import type { Matrix } from "./expand.js";

/** A label's words and numbers printed after them in its cell (see `numbersEndingLabels`). */
const NUMBERS_AFTER_WORDS = /[\u3400-\u9fff][^\d]*?((?:\d+\s+)*\d+)$/u;
// A mark printed against a word of a label, at its end (`2.没有现成信息—`) or at the end of one of
// its lines, joined to the next (`2.申请人逾期未—按收费…`): no label of tables 二 and 三 holds one.
const MARK_AFTER_WORDS = new RegExp(
  `[\\u3400-\\u9fff）)]([${NONE_MARK_CLASS}]{1,2})(?![^\\u3400-\\u9fff])`,
  "u",
);

/**
 * The numbers printed at the end of the label cells of row `r` (before `valueFrom`), after the
 * label's words, and with `marks` a mark printed against its words, in a grid whose columns were
 * inferred (a table without lines): values set too near the label to be cells of their own. None
 * in a grid with its own cells.
 */
export function numbersEndingLabels(
  matrix: Matrix,
  r: number,
  valueFrom: number,
  meter?: Meter,
  marks = false,
): string[] {
  // A grid with its own cells (HTML, Word, ruling lines) prints its values in them: digits after
  // a label there are the label's own (a footnote's `注1`, a year).
  if (matrix.inferred !== true) return [];
  const found: string[] = [];
  let last = -1;
  const row = matrix.rows[r]!;
  for (let c = 0; c < Math.min(valueFrom, row.length); c++) {
    const slot = row[c];
    if (slot === undefined || slot.copy || slot.cell === last) continue;
    last = slot.cell;
    const text = slot.text.trim();
    // A label ending in an ASCII digit (as `\d` reads) may end in numbers; a row with a blank
    // value may have its mark printed in its label (where the blank is not printed).
    const end = text.charCodeAt(text.length - 1);
    const pattern = end >= 48 && end <= 57 ? NUMBERS_AFTER_WORDS : marks ? MARK_AFTER_WORDS : null;
    if (pattern === null) continue;
    tick(meter, text.length);
    const numbers = pattern.exec(text)?.[1];
    if (numbers !== undefined) append(found, numbers.split(/\s+/));
  }
  return found;
}
