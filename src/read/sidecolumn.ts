/**
 * Row labels cut by a side column, joined. Table 三 prints its group labels (`（六）其他处理`,
 * `三、本年度办理结果`) in a column of their own left of the row labels, over the rows they span: a
 * PDF laid out as text (`pdftotext -layout`) then puts the group label's pieces at the start of
 * some lines of a wrapped row label, or on lines of their own between them:
 *
 * ```text
 *       1.申请人无正当理由逾期不补正、
 *       行政机关不再处理其政府信息公      0    0    0      0     0   0    0
 *   （六） 开申请
 * ```
 *
 * Read as it is, `（六）` stands inside the row's label and the row is not found. The pieces are
 * moved to the start of the label's first line, where a group label printed on the row's first
 * line already stands (`（三） 4.保护第三方合法权益 …`). They move only when a registry row label is
 * then read exactly across the lines, and only pieces of the registry's own group labels move (a
 * word at the start of a line whose key lies inside one): never a guess at a label.
 *
 * @module
 */
import { templateDefinition, templateVersions } from "../templates/registry.js";
import { type Meter, tick } from "../text/meter.js";
import { matchKey } from "../text/normalize.js";
import { isValueText } from "./cells.js";
import { DISTINCTIVE, labelForms } from "./labels.js";

/** Lines a row label with the side column's pieces may span (a narrow cell wraps a label over 10). */
const SPAN = 24;

/** Internal: table 三's side labels and value rows, as keys. */
export interface Labels {
  /** The keys of table 三's heading and group labels: the side column's words. */
  readonly side: readonly string[];
  /** The keys of the row labels that hold values (with the ordinal, and without it when distinctive). */
  readonly rows: readonly string[];
}

/** Internal: the keys of table 三's labels, for sidecolumn.ts and above.ts. */
export const LABELS: Labels = (() => {
  const side = new Set<string>();
  const rows = new Set<string>();
  for (const version of templateVersions) {
    for (const row of templateDefinition(version).applications.rows) {
      const grouping = row.role === "heading" || row.role === "group";
      for (const { ordinal, core } of labelForms([row.label, ...row.variants])) {
        if (core === "") continue;
        if (grouping) side.add(ordinal + core);
        else {
          rows.add(ordinal + core);
          if (core.length >= DISTINCTIVE || ordinal === "") rows.add(core);
        }
      }
    }
  }
  return { side: [...side], rows: [...rows] };
})();

/** Whether a word's key lies inside a side label: a piece of the side column. */
function isSideWord(word: string, meter?: Meter): boolean {
  const key = matchKey(word, meter);
  tick(meter, LABELS.side.length);
  return key !== "" && LABELS.side.some((label) => label.includes(key));
}

/** A line cut into its words, each with its offset, and the index of its first trailing value. */
/** Internal: a line cut into its words. */
export interface Line {
  readonly words: readonly string[];
  readonly starts: readonly number[];
  /** Index of the first word of the run of values ending the line (words.length when none). */
  readonly values: number;
  /** How many words open the line that are pieces of the side column. */
  readonly side: number;
}

/** Internal: a line cut into words, with its trailing values and opening side words told. */
export function cut(text: string, meter?: Meter): Line {
  tick(meter, text.length);
  const words: string[] = [];
  const starts: number[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    words.push(match[0]);
    starts.push(match.index);
  }
  let values = words.length;
  while (values > 0 && isValueText(words[values - 1]!, meter)) values--;
  // A line of values only keeps them as values; a run needs a digit (a row's values, not a `—`).
  if (values < words.length && !/\d/.test(words.slice(values).join(""))) values = words.length;
  let side = 0;
  while (side < values && isSideWord(words[side]!, meter)) side++;
  return { words, starts, values, side };
}

/** The key of a line's label words from word `from` (its values left out). */
export function labelKey(line: Line, from: number, meter?: Meter): string {
  return matchKey(line.words.slice(from, line.values).join(""), meter);
}

/** A row label read across lines `[first, last]`, with the side words each line gives up. */
interface Join {
  readonly last: number;
  /** For each line after the first, how many of its opening words are the side column's. */
  readonly dropped: readonly number[];
}

/**
 * The row label starting at line `first` (after its own side words) and read exactly across the
 * lines below it once their opening side words are left out, or undefined. A line's words are
 * kept when they continue the label; its side words are left out only when they do not.
 */
function joinAt(lines: readonly Line[], first: number, meter?: Meter): Join | undefined {
  const start = lines[first]!;
  const head = labelKey(start, start.side, meter);
  if (head === "") return undefined;
  tick(meter, LABELS.rows.length);
  const candidates = LABELS.rows.filter(
    (label) => label.length > head.length && label.startsWith(head),
  );
  if (candidates.length === 0) return undefined;
  for (const label of candidates) {
    let read = head;
    let valueRuns = start.values < start.words.length ? 1 : 0;
    const dropped: number[] = [];
    for (let index = first + 1; index < lines.length && index <= first + SPAN; index++) {
      const line = lines[index]!;
      if (line.words.length === 0) break;
      if (line.values < line.words.length) valueRuns++;
      // Two runs of values: two rows.
      if (valueRuns > 1) break;
      const whole = labelKey(line, 0, meter);
      let skip = 0;
      if (!label.startsWith(whole, read.length)) {
        skip = line.side;
        if (skip === 0 || !label.startsWith(labelKey(line, skip, meter), read.length)) break;
      }
      read += skip === 0 ? whole : labelKey(line, skip, meter);
      dropped.push(skip);
      if (read === label) {
        return dropped.some((count) => count > 0) ? { last: index, dropped } : undefined;
      }
    }
  }
  return undefined;
}

/**
 * The text with the side column's words that cut a wrapped row label moved to the start of the
 * label's first line (a line left empty is dropped). Returns the text itself when there is none.
 *
 * @example
 * ```ts
 * withSideColumnMoved("  1.申请人无正当理由逾期不补正、\n  行政机关不再处理其政府信息公 0 0\n（六） 开申请");
 * // '（六） 1.申请人无正当理由逾期不补正、\n  行政机关不再处理其政府信息公 0 0\n开申请'
 * ```
 */
export function withSideColumnMoved(text: string, meter?: Meter): string {
  const raw = text.split("\n");
  tick(meter, text.length);
  // Nearly every text has no line opening with a side word: returned as it is.
  const lines = raw.map((line) => cut(line, meter));
  if (!lines.some((line) => line.side > 0)) return text;
  const out = raw.slice();
  const dropped = new Set<number>();
  let changed = false;
  for (let first = 0; first < lines.length; first++) {
    const join = joinAt(lines, first, meter);
    if (join === undefined) continue;
    const moved: string[] = [];
    join.dropped.forEach((count, offset) => {
      if (count === 0) return;
      const index = first + 1 + offset;
      const line = lines[index]!;
      moved.push(...line.words.slice(0, count));
      const rest = count < line.words.length ? raw[index]!.slice(line.starts[count]) : "";
      out[index] = rest === "" ? "" : raw[index]!.slice(0, line.starts[0]) + rest;
      if (rest === "") dropped.add(index);
    });
    const start = lines[first]!;
    const at = start.starts[start.side]!;
    out[first] = `${raw[first]!.slice(0, at)}${moved.join(" ")} ${raw[first]!.slice(at)}`;
    changed = true;
    first = join.last;
  }
  if (!changed) return text;
  return out.filter((_, index) => !dropped.has(index)).join("\n");
}
