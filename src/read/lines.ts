/**
 * A text's lines by their offsets, and the text rebuilt with some of its lines changed: for the
 * passes over a PDF's text laid out by column (src/read/sidecolumn.ts, above.ts), which look at a
 * few lines of a text and change fewer. Splitting the whole text into lines and joining them again
 * cost those passes more than their own work on most texts.
 *
 * @module
 */
import { type Meter, tick } from "../text/meter.js";

/**
 * Where each line of a text starts (a line break ends a line; the text after the last one is a
 * line too, empty when the text ends with a line break).
 *
 * @example
 * ```ts
 * lineStarts("a\nbc\n"); // [0, 2, 5]
 * ```
 */
export function lineStarts(text: string, meter?: Meter): number[] {
  tick(meter, text.length);
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * Where line `index` ends (before its line break).
 *
 * @example
 * ```ts
 * lineEnd("a\nbc\n", [0, 2, 5], 1); // 4
 * ```
 */
export function lineEnd(text: string, starts: readonly number[], index: number): number {
  return index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
}

/**
 * The text with lines replaced and dropped, as joining its kept lines with line breaks would give
 * it (a dropped last line takes the line break before it): the unchanged runs are copied whole.
 *
 * @param starts - The text's {@link lineStarts}.
 * @param edits - Each changed line's new text, by index.
 * @param dropped - The lines left out (their edits are not read).
 * @example
 * ```ts
 * withLineEdits("a\nb\nc", [0, 2, 4], new Map([[0, "A"]]), new Set([2])); // "A\nb"
 * ```
 */
export function withLineEdits(
  text: string,
  starts: readonly number[],
  edits: ReadonlyMap<number, string>,
  dropped: ReadonlySet<number>,
  meter?: Meter,
): string {
  tick(meter, text.length);
  const count = starts.length;
  let lastKept = count - 1;
  while (lastKept >= 0 && dropped.has(lastKept)) lastKept--;
  if (lastKept === -1) return "";
  // Everything after the last line kept goes, with the line break before it.
  const stop = lineEnd(text, starts, lastKept);
  const changed = new Set([...edits.keys(), ...dropped]);
  const pieces: string[] = [];
  let at = 0;
  for (const index of [...changed].sort((a, b) => a - b)) {
    if (index > lastKept) break;
    pieces.push(text.slice(at, starts[index]!));
    const end = lineEnd(text, starts, index);
    if (dropped.has(index)) {
      // The line and the line break after it.
      at = end + 1;
    } else {
      pieces.push(edits.get(index)!);
      at = end;
    }
  }
  pieces.push(text.slice(at, stop));
  return pieces.join("");
}
