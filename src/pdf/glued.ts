/**
 * A mark for none printed against a number: two cells' texts, a value and the next cell's mark
 * (`107` and `－`), that pdf.js gave as one item (`107－`, glyphs of one font less than a tenth of
 * an em apart) or that the line builder joined (two items closer than a space: `－` is full-width,
 * and a gap beside one is no space under half an em). Read as one text, the value's cell was
 * unreadable and the mark's cell blank, a mark read as nothing. Cut where the widths of its
 * figures and marks tell the gap between them (tables.ts, stream.ts). Side by side, the two may
 * be one text (`−5`, `0527—`): a line drawn between them makes each cell it crosses quoted,
 * never a number read; without lines, the text is read as printed.
 *
 * @module
 */
import { NONE_MARK_CLASS } from "../text/nonemarks.js";
import type { TextRun } from "./geometry.js";

// A number as a cell prints it: figures, thousands separators between them, decimals.
const FIGURES = "\\d+(?:[,，]\\d+)*(?:\\.\\d+)?";
/** A number as a cell prints it (`107`, `1,016`, `0.5`): figures, separators, decimals. */
export const NUMBER = new RegExp(`^${FIGURES}$`);
const TOKENS = new RegExp(`${FIGURES}|[${NONE_MARK_CLASS}]+`, "g");
const MARK_RUN = new RegExp(`^([${NONE_MARK_CLASS}])\\1?$`);

/** A figure against a mark for none, or a mark against a figure (`107－`, `－31`). */
export const JUNCTION = new RegExp(`\\d[${NONE_MARK_CLASS}]|[${NONE_MARK_CLASS}]\\d`);

/**
 * Whether a text is one mark printed alone (`－`, `——`): its width is the mark's.
 *
 * @example
 * ```ts
 * isMarkRun("－"); // true
 * isMarkRun("－1"); // false
 * ```
 */
export const isMarkRun = (text: string): boolean => MARK_RUN.test(text);

/**
 * A run of a number and a mark (`107－`, `－31`, `1,016－`, `0.5－`) cut into the two, each as wide as `width` says
 * (figures and marks of its font, measured on the page), when the room left between them is
 * `least` at least; undefined when a width is unknown, or they stand side by side.
 *
 * @example
 * ```ts
 * gluedParts(run("107－", 100, 130), (t) => (t === "－" ? 10 : 15), 1).map((p) => p.x1); // [115, 130]
 * ```
 */
export function gluedParts(
  run: TextRun,
  width: (token: string) => number | undefined,
  least: number,
): TextRun[] | undefined {
  const tokens = run.text.match(TOKENS) ?? [];
  const [first = "", second = ""] = tokens;
  if (tokens.length !== 2 || first + second !== run.text) return undefined;
  const end = run.x0 + (width(first) ?? Number.NaN);
  const start = run.x1 - (width(second) ?? Number.NaN);
  if (!(start - end >= least)) return undefined;
  return [
    { ...run, text: first, x1: end },
    { ...run, text: second, x0: start },
  ];
}
