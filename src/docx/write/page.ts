/**
 * The page of the official document (GB/T 9704-2012 §5.2): A4, its margins, and the body's line
 * pitch (22 lines a page), in Word's units. 1 mm = 1440 / 25.4 twips; a point is 20 twips and a
 * font size is written in half-points.
 *
 * @module
 */
import { typography } from "../../serialize/typography.js";

/** Twips in a millimetre, rounded where used. */
const TWIPS_PER_MM = 1440 / 25.4;

/** A length in millimetres as whole twips. */
export const mm = (millimetres: number) => Math.round(millimetres * TWIPS_PER_MM);

/** A4, portrait. */
export const PAGE_SIZE = { width: mm(210), height: mm(297) } as const;

/** 天头 37 mm, 下白边 35 mm, 订口 (left) 28 mm, 切口 (right) 26 mm. */
export const PAGE_MARGIN = {
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  // The page number sits 7 mm under the text block (GB/T 9704 §7.5).
  footer: mm(35 - 7 - 5),
  header: mm(15),
} as const;

/** The width of the text block, which the tables fill. */
export const TEXT_WIDTH = PAGE_SIZE.width - PAGE_MARGIN.left - PAGE_MARGIN.right;

/**
 * The body's fixed line pitch: the text block's 225 mm height over the 22 lines GB/T 9704 asks
 * for, in twips (28.95 pt, the value offices set in Word).
 */
export const BODY_LINE = 579;

/** A size in points as Word's half-points. */
export const halfPoints = (points: number) => Math.round(points * 2);

/** Two characters of the body: the first-line indent of a paragraph (空两字). */
export const BODY_INDENT = typography.body.size * 20 * 2;
