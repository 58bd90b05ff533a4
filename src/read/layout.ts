/**
 * The layout passes over a text read as printed (a PDF laid out as text cuts a wrapped label with
 * the side column's group label, and prints its values beside its middle line or above its first),
 * in their order: the group label's words moved out of the label, then the values after it. The
 * passes share the text's line starts while it is unchanged: each pass looks at every line's ends,
 * and finding the lines again cost each pass as much as its own look on most texts.
 *
 * @module
 */
import type { Meter } from "../text/meter.js";
import { withValuesAboveMoved } from "./above.js";
import { withCentredValuesMoved } from "./centred.js";
import { lineStarts } from "./lines.js";
import { withCutLabelsJoined } from "./sidecolumn.js";

/**
 * The text with the side column's words taken out of the labels they cut
 * ({@link withCutLabelsJoined}), then the values printed inside a wrapped label
 * ({@link withCentredValuesMoved}) or above it ({@link withValuesAboveMoved}) moved after it.
 * Returns the text itself when no pass changes it.
 *
 * @example
 * ```ts
 * withLayoutMended("5.要求行政机关确认或重新出具\n  0 0 0 0 0 0 0\n已获取信息");
 * // '5.要求行政机关确认或重新出具\n已获取信息\n0 0 0 0 0 0 0'
 * ```
 */
export function withLayoutMended(text: string, meter?: Meter): string {
  const starts = lineStarts(text, meter);
  const joined = withCutLabelsJoined(text, meter, starts);
  // A pass that changed the text hands on a text whose lines are found again.
  const joinedStarts = joined === text ? starts : lineStarts(joined, meter);
  const centred = withCentredValuesMoved(joined, meter, joinedStarts);
  const centredStarts = centred === joined ? joinedStarts : lineStarts(centred, meter);
  return withValuesAboveMoved(centred, meter, centredStarts);
}
