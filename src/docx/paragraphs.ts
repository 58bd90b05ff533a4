/**
 * The text of a Word paragraph (`w:p`) as printed: its numbering label, then its runs in order.
 *
 * Runs split words anywhere (a change of font, a spell-check mark, an edit: `20` `22年` are two
 * runs), so their texts are joined with nothing between them. Tracked insertions are kept and
 * deletions dropped, as the document reads with its changes accepted; hidden text is dropped;
 * hyperlinks, smart tags, simple fields, content controls and custom XML are read through; a field's
 * instructions are not text, nor is the result of a field nested in another field's instructions. A text box anchored in the paragraph is read as blocks of its own.
 *
 * @module
 */
import type { Block } from "../read/grid.js";
import type { Element } from "../read/markup.js";
import { append } from "../text/lists.js";
import { tick } from "../text/meter.js";
import { wordCharacterCount } from "../text/normalize.js";
import { asStruck } from "../text/struck.js";
import { alternative, MAX_DEPTH, type ReadContext } from "./context.js";
import { markRaised, type RunPiece } from "./raised.js";
import {
  MAX_CHAIN,
  numberingOfStyle,
  numberingPropertiesOf,
  type RunLookParts,
  runLookOf,
  runStyleLook,
} from "./styles.js";
import { isElement, type Prefixes, textOf, wordAttribute, wordChild, wordName } from "./xml.js";

/** Elements whose content is never printed text: properties, deletions, field instructions. */
const SKIPPED = new Set([
  "pPr",
  "rPr",
  "del",
  "moveFrom",
  "delText",
  "instrText",
  "delInstrText",
  "sdtPr",
  "sdtEndPr",
  "customXmlPr",
  "smartTagPr",
  "fldData",
  "rt",
]);

/** Run content that stands for a character. */
const CHARACTERS: Readonly<Record<string, string>> = {
  tab: "\t",
  ptab: "\t",
  br: "\n",
  cr: "\n",
  // A hyphen that does not break the line prints as a hyphen; an optional one prints as nothing.
  noBreakHyphen: "-",
  softHyphen: "",
};

/**
 * The character of a `w:sym`. Symbol fonts put their glyphs at U+F020–U+F0FF; in the Symbol font
 * the digits and most ASCII punctuation sit at their ASCII places (and U+F02D is a minus sign), so
 * those are read as the characters they show. Any other symbol keeps its code point.
 */
function symbol(element: Element, prefixes: Prefixes): string {
  const code = Number.parseInt(wordAttribute(element, prefixes, "char") ?? "", 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0xffff) return "";
  const font = (wordAttribute(element, prefixes, "font") ?? "").toLowerCase();
  const low = code - 0xf000;
  if (font === "symbol" && low >= 0x20 && low <= 0x3f) {
    if (low === 0x2d) return "−";
    if (!"\"$'*".includes(String.fromCharCode(low))) return String.fromCharCode(low);
  }
  return String.fromCharCode(code);
}

/**
 * How a run is printed apart from its line: its `w:position`, raised or lowered, struck out; or
 * not at all, hidden.
 */
interface RunLook {
  /** `w:position`, half-points up (0 when absent). */
  readonly position: number;
  /** `w:vertAlign` superscript or subscript. */
  readonly aligned: boolean;
  /** `w:strike` or `w:dstrike`. */
  readonly struck: boolean;
  /** `w:vanish`: not printed. */
  readonly hidden: boolean;
}

const PLAIN: RunLook = { position: 0, aligned: false, struck: false, hidden: false };

/**
 * How a run is printed apart from its line (see raised.ts): its own properties, then its character
 * style's (`w:rStyle`, with those it is based on), then its paragraph style's, for what each leaves
 * unsaid (Word's order).
 */
function lookOf(run: Element, context: ReadContext): RunLook {
  const { prefixes, styles } = context;
  const properties = wordChild(run, prefixes, "rPr");
  // The searches: the run's children, the properties' children six times, and the style chain,
  // at most MAX_CHAIN styles.
  tick(context.meter, run.children.length + 6 * (properties?.children.length ?? 0));
  const paragraph = context.paragraphLook ?? PARAGRAPH_PLAIN;
  if (properties === undefined) return paragraph === PARAGRAPH_PLAIN ? PLAIN : lookFrom(paragraph);
  const own = runLookOf(properties, prefixes);
  const styleElement = wordChild(properties, prefixes, "rStyle");
  const styleId = styleElement && wordAttribute(styleElement, prefixes, "val");
  const styled = styleId === undefined ? {} : runStyleLook(styles, styleId);
  if (styleId !== undefined) tick(context.meter, MAX_CHAIN);
  return lookFrom(own, styled, paragraph);
}

/** A look of nothing said: every paragraph whose style says nothing of its runs. */
const PARAGRAPH_PLAIN: RunLookParts = {};

/** Each part of a run's look from the first that says it, else plain. */
function lookFrom(...layers: readonly RunLookParts[]): RunLook {
  const first = <K extends keyof RunLookParts>(key: K) =>
    layers.find((layer) => layer[key] !== undefined)?.[key];
  return {
    position: first("position") ?? 0,
    aligned: first("aligned") ?? false,
    struck: first("struck") ?? false,
    hidden: first("hidden") ?? false,
  };
}

/** A paragraph's properties (`w:pPr`) and its style: its own `w:pStyle`, else the default. */
function paragraphStyle(
  paragraph: Element,
  context: ReadContext,
): { readonly properties: Element | undefined; readonly style: string | undefined } {
  const { prefixes, styles } = context;
  const properties = wordChild(paragraph, prefixes, "pPr");
  const styleElement = properties && wordChild(properties, prefixes, "pStyle");
  const style =
    (styleElement && wordAttribute(styleElement, prefixes, "val")) ?? styles.defaultStyle;
  return { properties, style };
}

/** What a paragraph's style says of its runs (see `ReadContext.paragraphLook`). */
function paragraphLookOf(style: string | undefined, context: ReadContext): RunLookParts {
  tick(context.meter, MAX_CHAIN);
  const look = runStyleLook(context.styles, style, true);
  return Object.keys(look).length === 0 ? PARAGRAPH_PLAIN : look;
}

/** The numbering label of a paragraph: from its own `w:numPr`, else from its style's. */
function labelOf(
  paragraph: Element,
  context: ReadContext,
  properties: Element | undefined,
  style: string | undefined,
): string {
  const { prefixes, styles } = context;
  const own = numberingPropertiesOf(properties, prefixes);
  const inherited = numberingOfStyle(styles, style);
  // The searches of the paragraph's children, of its properties' (style, numbering and the numbering
  // properties' own two), and the style chain, at most MAX_CHAIN styles.
  const propertyCount = properties?.children.length ?? 0;
  tick(context.meter, paragraph.children.length + 4 * propertyCount + MAX_CHAIN);
  const id = own?.id ?? inherited?.id;
  // numId 0 removes the numbering a style would give.
  if (id === undefined || id === "0") return "";
  return context.numberer.label({ id, level: own?.level ?? inherited?.level, style });
}

/**
 * The complex fields open at a point of a paragraph (`w:fldChar` begin, separate, end), innermost
 * last: `true` while a field's code is read (begin to separate), `false` in its result. Only the
 * result of the outermost field is printed: a field nested in another's code (`{ = { = 12 } }`, a
 * mail merge's `IF` around a `MERGEFIELD`) keeps its own result there, which is no printed text.
 */
type OpenFields = boolean[];

/** Whether text read now is printed: no open field is in its code. */
const printed = (fields: OpenFields): boolean => !fields.includes(true);

/** A `w:fldChar` read: a field opens, turns to its result, or closes. */
function fieldMark(mark: Element, prefixes: Prefixes, fields: OpenFields): void {
  const type = wordAttribute(mark, prefixes, "fldCharType");
  if (type === "begin") fields.push(true);
  else if (type === "separate" && fields.length > 0) fields[fields.length - 1] = false;
  else if (type === "end") fields.pop();
}

/**
 * Appends the text of the inline content of `element` to `out`, text boxes to `boxes`, and the
 * text of hyperlinks to other documents (not to a bookmark of this one) to `links`.
 */
function readInline(
  element: Element,
  context: ReadContext,
  depth: number,
  out: string[],
  boxes: Block[],
  links: string[],
  runs: RunPiece[],
  fields: OpenFields,
): void {
  if (depth > MAX_DEPTH) return;
  const { prefixes } = context;
  for (const child of element.children) {
    tick(context.meter, 1 + fields.length);
    if (!isElement(child)) continue;
    const name = wordName(child, prefixes);
    if (SKIPPED.has(name)) continue;
    if (name === "fldChar") {
      fieldMark(child, prefixes, fields);
      continue;
    }
    const written =
      CHARACTERS[name] ??
      (name === "t" ? textOf(child) : name === "sym" ? symbol(child, prefixes) : undefined);
    if (written !== undefined) {
      if (printed(fields)) out.push(written);
    } else if (name === "r") {
      // Hidden text (`w:vanish`, the run's own, its character style's or its paragraph style's)
      // is not printed: an old value kept hidden beside the new one is no digit of it.
      const look = lookOf(child, context);
      if (look.hidden) {
        // Its field marks still open and close fields: the text after them is printed or not.
        for (const mark of child.children) {
          if (isElement(mark) && wordName(mark, prefixes) === "fldChar") {
            fieldMark(mark, prefixes, fields);
          }
        }
        continue;
      }
      const text: string[] = [];
      readInline(child, context, depth + 1, text, boxes, links, runs, fields);
      const joined = text.join("");
      // Struck-out text (a correction shown) is a word of its own, never glued to a value, and
      // its digits are no number (text/struck.ts).
      if (look.struck) out.push(" ", asStruck(joined), " ");
      else {
        out.push(joined);
        const { position, aligned } = look;
        runs.push({ pieces: out, at: out.length - 1, position, aligned });
      }
    } else if (name === "txbxContent") {
      for (const block of context.readBlocks(child, depth + 1)) boxes.push(block);
    } else if (name === "ruby") {
      // Phonetic guides: the base text is printed, the guide above it is not.
      const base = wordChild(child, prefixes, "rubyBase");
      if (base) readInline(base, context, depth + 1, out, boxes, links, runs, fields);
    } else if (name === "mc:AlternateContent") {
      const branch = alternative(child, prefixes);
      if (branch) readInline(branch, context, depth + 1, out, boxes, links, runs, fields);
    } else if (name === "hyperlink" && wordAttribute(child, prefixes, "anchor") === undefined) {
      // A link to another document (a web page pasted into Word keeps its menus' links).
      const start = out.length;
      readInline(child, context, depth + 1, out, boxes, links, runs, fields);
      append(links, out.slice(start));
    } else {
      // Bookmark links, smart tags, fields, content controls, insertions, drawings (for their
      // text boxes), and elements of other namespaces: read through.
      readInline(child, context, depth + 1, out, boxes, links, runs, fields);
    }
  }
}

/**
 * A paragraph's printed text (label and runs, trimmed) and the blocks of the text boxes anchored
 * in it.
 *
 * @example
 * ```ts
 * // <w:p><w:r><w:t>20</w:t></w:r><w:r><w:t>22年</w:t></w:r></w:p>
 * readParagraph(paragraph, context, 0).text; // '2022年'
 * ```
 */
export function readParagraph(
  paragraph: Element,
  context: ReadContext,
  depth: number,
): { readonly text: string; readonly boxes: readonly Block[]; readonly navigation: boolean } {
  const { properties, style } = paragraphStyle(paragraph, context);
  const out = [labelOf(paragraph, context, properties, style)];
  const boxes: Block[] = [];
  const links: string[] = [];
  const runs: RunPiece[] = [];
  const paragraphLook = paragraphLookOf(style, context);
  // The runs read with their paragraph's style (a new context only where it says something).
  const runContext =
    paragraphLook === PARAGRAPH_PLAIN && context.paragraphLook === undefined
      ? context
      : { ...context, paragraphLook };
  readInline(paragraph, runContext, depth + 1, out, boxes, links, runs, []);
  // A footnote's reference raised beside a value is no more of the number (raised.ts).
  markRaised(out, runs, context.meter);
  const text = out.join("");
  tick(context.meter, 2 * text.length);
  // At least half of its letters in links to other documents: a line of a page's navigation, as
  // the HTML reader tells it (the text of nested links is counted once per level, which only
  // makes a line of links more of one).
  const linked = links.length === 0 ? 0 : wordCharacterCount(links.join(""), context.meter);
  const navigation = linked > 0 && 2 * linked >= wordCharacterCount(text, context.meter);
  return { text: text.trim(), boxes, navigation };
}
