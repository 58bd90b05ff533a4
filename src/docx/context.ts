/**
 * What the readers of a document part share while they walk it: the part's namespace prefixes, the
 * styles and numbering, the work meter, and the block reader (handed in, so that paragraphs and
 * tables can read the blocks inside text boxes and cells without importing the body reader).
 *
 * @module
 */
import type { Block } from "../read/grid.js";
import type { Element } from "../read/markup.js";
import type { Meter } from "../text/meter.js";
import type { Numberer } from "./numbering.js";
import type { RunLookParts, Styles } from "./styles.js";
import { type Prefixes, wordName } from "./xml.js";

/**
 * How deep the readers follow nested elements. Word's own nesting (a table in a cell in a table,
 * content controls, fields) stays far below; a hostile part nested deeper is read to this depth,
 * so that the walk cannot exhaust the call stack.
 */
export const MAX_DEPTH = 256;

/** The shared state of one read. The numberer counts; everything else is read-only. */
export interface ReadContext {
  readonly prefixes: Prefixes;
  readonly styles: Styles;
  readonly numberer: Numberer;
  readonly meter: Meter | undefined;
  /** The blocks (paragraphs, tables) inside a container: the body, a cell, a text box. */
  readonly readBlocks: (container: Element, depth: number) => Block[];
  /**
   * The blocks of an alternative format chunk (`w:altChunk`: a part of HTML a program put in the
   * document for Word to import where it stands), by its relationship id; none for a chunk of a
   * format not read.
   */
  readonly chunk?: (id: string) => readonly Block[];
  /**
   * What the paragraph being read says of its runs through its style (`w:pPr/w:pStyle`'s
   * `w:rPr`): under each run's own properties and its character style's.
   */
  readonly paragraphLook?: RunLookParts;
}

/**
 * The branch of `mc:AlternateContent` to read: its `mc:Fallback` when there is one (what a
 * consumer that knows none of the choices' extensions reads), else its first `mc:Choice`. Reading
 * one branch only matters: both usually hold the same text (a text box as DrawingML and as VML).
 */
export function alternative(element: Element, prefixes: Prefixes): Element | undefined {
  let choice: Element | undefined;
  for (const child of element.children) {
    if (!("attribs" in child)) continue;
    const name = wordName(child, prefixes);
    if (name === "mc:Fallback") return child;
    if (name === "mc:Choice") choice ??= child;
  }
  return choice;
}
