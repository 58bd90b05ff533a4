/**
 * The body of a Word document (`w:body`) as blocks in reading order: each paragraph with text is a
 * text block, each table a grid (tables nested in its cells follow it), text boxes follow the
 * paragraph they are anchored in, and so do its pictures (image blocks). Headers and footers are
 * other parts and are not read: running headers and page numbers never reach the report.
 *
 * @module
 */
import { type Block, pictureBlock } from "../read/grid.js";
import type { Element } from "../read/markup.js";
import { type Meter, tick } from "../text/meter.js";
import { alternative, MAX_DEPTH, type ReadContext } from "./context.js";
import type { Numberer } from "./numbering.js";
import { readParagraph } from "./paragraphs.js";
import { picturesOf } from "./pictures.js";
import type { Styles } from "./styles.js";
import { readTable } from "./tables.js";
import { isElement, type Prefixes, wordName } from "./xml.js";

/** Block-level elements that hold no printed text (section, table and cell properties, edits). */
const SKIPPED = new Set([
  "sectPr",
  "pPr",
  "rPr",
  "tblPr",
  "tblGrid",
  "trPr",
  "tcPr",
  "del",
  "moveFrom",
  "sdtPr",
  "sdtEndPr",
  "customXmlPr",
]);

function readBlocksOf(container: Element, context: ReadContext, depth: number): Block[] {
  const blocks: Block[] = [];
  if (depth > MAX_DEPTH) return blocks;
  const { prefixes } = context;
  const walk = (element: Element, level: number) => {
    if (level > MAX_DEPTH) return;
    for (const child of element.children) {
      tick(context.meter, 1);
      if (!isElement(child)) continue;
      const name = wordName(child, prefixes);
      if (SKIPPED.has(name)) continue;
      if (name === "p") {
        const { text, boxes, navigation } = readParagraph(child, context, level);
        if (text !== "") {
          blocks.push(navigation ? { kind: "text", text, navigation } : { kind: "text", text });
        }
        for (const box of boxes) blocks.push(box);
        // A table pasted as a picture, or embedded as an object: a block the reader can say it
        // cannot read (PARSE_TABLE_IMAGE), where a table section has nothing else.
        for (const picture of picturesOf(child, prefixes, context.meter)) {
          blocks.push(pictureBlock(picture));
        }
      } else if (name === "tbl") {
        for (const block of readTable(child, context, level)) blocks.push(block);
      } else if (name === "altChunk") {
        // Its content is another part, imported where the chunk stands (see ReadContext.chunk).
        const id = relationshipId(child);
        if (id !== undefined) for (const block of context.chunk?.(id) ?? []) blocks.push(block);
      } else if (name === "mc:AlternateContent") {
        const branch = alternative(child, prefixes);
        if (branch) walk(branch, level + 1);
      } else {
        // Content controls, custom XML, and anything unknown: read through.
        walk(child, level + 1);
      }
    }
  };
  walk(container, depth);
  return blocks;
}

/** The relationship id an element names (`r:id`, whatever the prefix of the relationships' namespace). */
function relationshipId(element: Element): string | undefined {
  for (const [name, value] of Object.entries(element.attribs)) {
    if (name.endsWith(":id")) return value;
  }
  return undefined;
}

/**
 * The blocks of a document's body (or of any container of paragraphs and tables).
 *
 * @example
 * ```ts
 * readBody(body, { prefixes, styles, numberer });
 * // [{ kind: 'text', text: '一、总体情况' }, { kind: 'table', grid: { rows: [...] } }, …]
 * ```
 */
export function readBody(
  body: Element,
  parts: {
    readonly prefixes: Prefixes;
    readonly styles: Styles;
    readonly numberer: Numberer;
    readonly meter?: Meter | undefined;
    readonly chunk?: (id: string) => readonly Block[];
  },
): Block[] {
  const context: ReadContext = {
    prefixes: parts.prefixes,
    styles: parts.styles,
    numberer: parts.numberer,
    meter: parts.meter,
    readBlocks: (container, depth) => readBlocksOf(container, context, depth),
    ...(parts.chunk !== undefined && { chunk: parts.chunk }),
  };
  return readBlocksOf(body, context, 0);
}
