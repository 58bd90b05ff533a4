/**
 * Printed cells that hold two labels. A table printed without ruling lines, or with columns too
 * narrow for their words, can run two rows' labels into one cell (`4.保护第三方合法权益5.属于三类
 * 内部事务信息`: the row under the first printed no value, so its label was read as the rest of the
 * next row's). Matched alone, such a cell names its first label with words after it (as an
 * annotation would), and the values beside it go to a row they may not belong to. A cell that
 * holds two labels names neither: its values are quoted, never placed.
 *
 * @module
 */
import type { Form } from "../labels.js";
import { type Candidate, candidatesFor, matchScore } from "./match.js";

/** A score this high matches a label exactly or with words after it (see `matchScore`). */
const WHOLE = 2000;
/** A label without its ordinal must be this long to stand alone (as in `matchScore`). */
const DISTINCTIVE = 4;

/**
 * Whether a cell's rest opens with another label with its ordinal, cut short: its ordinal and at
 * least {@link DISTINCTIVE} characters of its words. Cut where the cell ends (a label wrapped
 * onto a line the cell did not get: `5.要求行政机关确认或重新出具已获取信` without its `息`), or
 * where a third label runs in (`…已获取信息1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公
 * 2.申请人逾期…`: two rows printed blank, their labels wrapped into the next row's cell).
 */
function cutShort(rest: string, forms: readonly Form[]): boolean {
  return forms.some(({ ordinal, core }) => {
    if (ordinal === "" || rest.length < ordinal.length + DISTINCTIVE) return false;
    const label = ordinal + core;
    return rest.length < label.length
      ? label.startsWith(rest)
      : !rest.startsWith(label) && rest.startsWith(label.slice(0, ordinal.length + DISTINCTIVE));
  });
}

/**
 * The second label of a cell whose match key starts with one candidate's label and goes on with
 * another's (printed whole, or with words after it): two labels run into one cell. `undefined`
 * when the cell holds one label or none.
 *
 * @param key - The cell's match key.
 * @param candidates - The labels the cell could name.
 * @example
 * ```ts
 * const rows = PLANS["2021"].applicationRows;
 * secondLabel("4保护第三方合法权益5属于三类内部事务信息", rows)?.key; // 'withheldInternalAffairs'
 * secondLabel("4保护第三方合法权益", rows); // undefined
 * ```
 */
export function secondLabel<T>(key: string, candidates: readonly Candidate<T>[]): T | undefined {
  for (const { candidate, start } of startsFor(key, candidates)) {
    if (key.length <= start.length || !key.startsWith(start)) continue;
    const rest = key.slice(start.length);
    // Both kinds of second label start `rest` as a label's form starts (see `candidatesFor`).
    const second = candidatesFor(rest, candidates).find(
      (other) =>
        other.id !== candidate.id &&
        (matchScore(rest, other.forms) >= WHOLE || cutShort(rest, other.forms)),
    );
    if (second !== undefined) return second.value;
  }
  return undefined;
}

/** A label a cell can start with: a form whole, or its core alone when that is distinctive. */
interface Start {
  readonly candidate: Candidate<unknown>;
  readonly start: string;
}

/** No start: one list for every key that starts like no label, not one each. */
const NO_STARTS: readonly never[] = [];

/** The starts of each candidate list, by their first character (a UTF-16 code unit). */
const STARTS = new WeakMap<readonly Candidate<unknown>[], ReadonlyMap<number, readonly Start[]>>();

/**
 * The labels a key can start with, in the order of the candidates and their forms: only those
 * starting with the key's first character, for a cell is looked at against every row label of
 * table 三. Kept (weakly) per candidate list, as `candidatesFor` keeps its index.
 */
function startsFor<T>(
  key: string,
  candidates: readonly Candidate<T>[],
): readonly { readonly candidate: Candidate<T>; readonly start: string }[] {
  if (key === "") return NO_STARTS;
  let index = STARTS.get(candidates);
  if (index === undefined) {
    const built = new Map<number, Start[]>();
    for (const candidate of candidates) {
      for (const { ordinal, core } of candidate.forms) {
        if (core === "") continue;
        const starts = [ordinal + core];
        if (ordinal !== "" && core.length >= DISTINCTIVE) starts.push(core);
        for (const start of starts) {
          const code = start.charCodeAt(0);
          const list = built.get(code) ?? [];
          list.push({ candidate, start });
          built.set(code, list);
        }
      }
    }
    index = built;
    STARTS.set(candidates, index);
  }
  return (index.get(key.charCodeAt(0)) ?? NO_STARTS) as readonly {
    readonly candidate: Candidate<T>;
    readonly start: string;
  }[];
}
