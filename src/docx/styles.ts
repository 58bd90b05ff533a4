/**
 * Paragraph styles (word/styles.xml), read only for what they say about numbering: Word numbers
 * headings through their style (a multilevel list linked to 标题 1, 标题 2), so a heading paragraph
 * carries no numbering of its own and its label comes from its style, or from a style it is based on.
 * Character styles, read only for what they say about printing a run apart from its line (raised,
 * lowered, struck out) or not at all (hidden): a footnote's reference printed in its style is
 * superscript; an old value kept in a hidden style is not printed.
 *
 * @module
 */
import type { Element } from "../read/markup.js";
import { type Meter, tick } from "../text/meter.js";
import {
  elements,
  integerAttribute,
  isOn,
  type Prefixes,
  wordAttribute,
  wordChild,
  wordName,
} from "./xml.js";

/** Numbering properties (`w:numPr`) as written: either part may be left to the style. */
export interface NumberingProperties {
  readonly id?: string;
  readonly level?: number;
}

interface Style {
  readonly basedOn: string | undefined;
  readonly numbering: NumberingProperties | undefined;
  /** What its `w:rPr` says of printing its runs apart from their line. */
  readonly look: RunLookParts;
}

/**
 * What a character style says of how its runs are printed apart from their line (see
 * docx/raised.ts): each left undefined where the style does not say.
 */
export interface RunStyle {
  readonly basedOn: string | undefined;
  /** `w:vertAlign` superscript or subscript (false for baseline). */
  readonly aligned?: boolean;
  /** `w:position`, half-points up. */
  readonly position?: number;
  /** `w:strike` or `w:dstrike`. */
  readonly struck?: boolean;
  /** `w:vanish`: hidden text, not printed. */
  readonly hidden?: boolean;
}

/** The paragraph styles by id, the default paragraph style, and the character styles by id. */
export interface Styles {
  readonly byId: ReadonlyMap<string, Style>;
  readonly defaultStyle: string | undefined;
  readonly runs: ReadonlyMap<string, RunStyle>;
}

/** What run properties say of printing a run apart from its line, each part where they say it. */
export type RunLookParts = Omit<RunStyle, "basedOn">;

/**
 * How a run's properties (`w:rPr`, a run's or a style's) print it apart from its line, each part
 * undefined where they do not say: its alignment, its position, whether it is struck out.
 */
export function runLookOf(properties: Element | undefined, prefixes: Prefixes): RunLookParts {
  if (properties === undefined) return {};
  const align = wordChild(properties, prefixes, "vertAlign");
  const value = align && wordAttribute(align, prefixes, "val");
  const moved = wordChild(properties, prefixes, "position");
  const position = Number.parseInt((moved && wordAttribute(moved, prefixes, "val")) ?? "", 10);
  const strikes = ["strike", "dstrike"]
    .map((name) => wordChild(properties, prefixes, name))
    .filter((element) => element !== undefined);
  const vanish = wordChild(properties, prefixes, "vanish");
  return {
    ...(vanish !== undefined && { hidden: isOn(vanish, prefixes) }),
    ...(value !== undefined && {
      aligned: value === "superscript" || value === "subscript",
    }),
    ...(Number.isFinite(position) && { position }),
    ...(strikes.length > 0 && { struck: strikes.some((element) => isOn(element, prefixes)) }),
  };
}

/**
 * How a character style (or, with `paragraph`, a paragraph style) and those it is based on print a
 * run apart from its line: each part from the nearest style that says it.
 */
export function runStyleLook(
  styles: Styles,
  styleId: string | undefined,
  paragraph = false,
): RunLookParts {
  let aligned: boolean | undefined;
  let position: number | undefined;
  let struck: boolean | undefined;
  let hidden: boolean | undefined;
  let current = styleId;
  for (let hop = 0; current !== undefined && hop < MAX_CHAIN; hop++) {
    const style = paragraph ? styles.byId.get(current) : styles.runs.get(current);
    if (style === undefined) break;
    const look: RunLookParts = "look" in style ? style.look : style;
    aligned ??= look.aligned;
    position ??= look.position;
    struck ??= look.struck;
    hidden ??= look.hidden;
    current = style.basedOn;
  }
  return {
    ...(aligned !== undefined && { aligned }),
    ...(position !== undefined && { position }),
    ...(struck !== undefined && { struck }),
    ...(hidden !== undefined && { hidden }),
  };
}

/** How far a `w:basedOn` chain is followed: Word allows no cycle, a damaged file may have one. */
export const MAX_CHAIN = 16;

/** The `w:numPr` of a paragraph's or a style's `w:pPr`, when it has one. */
export function numberingPropertiesOf(
  properties: Element | undefined,
  prefixes: Prefixes,
): NumberingProperties | undefined {
  const numPr = properties && wordChild(properties, prefixes, "numPr");
  if (numPr === undefined) return undefined;
  const idElement = wordChild(numPr, prefixes, "numId");
  const id = idElement && wordAttribute(idElement, prefixes, "val");
  const level = integerAttribute(wordChild(numPr, prefixes, "ilvl"), prefixes);
  return { ...(id !== undefined && { id }), ...(level !== undefined && { level }) };
}

/**
 * Reads the paragraph styles of word/styles.xml.
 *
 * @example
 * ```ts
 * const styles = stylesOf(root, { w: "w:", mc: "mc:" });
 * numberingOfStyle(styles, "Heading2"); // { id: '1', level: 1 }
 * ```
 */
export function stylesOf(root: Element | undefined, prefixes: Prefixes, meter?: Meter): Styles {
  const byId = new Map<string, Style>();
  const runs = new Map<string, RunStyle>();
  let defaultStyle: string | undefined;
  if (root === undefined) return { byId, defaultStyle, runs };
  for (const element of elements(root)) {
    // The element, and the property lookups over its children and its w:pPr's.
    tick(meter, 1 + 4 * element.children.length);
    if (wordName(element, prefixes) !== "style") continue;
    const type = wordAttribute(element, prefixes, "type");
    if (type === "character") {
      // A character style (a footnote's reference style is superscript): what it says of how its
      // runs are printed apart from their line.
      const id = wordAttribute(element, prefixes, "styleId");
      if (id === undefined || runs.has(id)) continue;
      const basedOnElement = wordChild(element, prefixes, "basedOn");
      const properties = wordChild(element, prefixes, "rPr");
      tick(meter, 5 * (properties?.children.length ?? 0));
      runs.set(id, {
        basedOn: basedOnElement && wordAttribute(basedOnElement, prefixes, "val"),
        ...runLookOf(properties, prefixes),
      });
      continue;
    }
    if (type !== "paragraph") continue;
    const id = wordAttribute(element, prefixes, "styleId");
    if (id === undefined || byId.has(id)) continue;
    const basedOnElement = wordChild(element, prefixes, "basedOn");
    const properties = wordChild(element, prefixes, "pPr");
    const runProperties = wordChild(element, prefixes, "rPr");
    tick(meter, 4 * (properties?.children.length ?? 0) + 5 * (runProperties?.children.length ?? 0));
    byId.set(id, {
      basedOn: basedOnElement && wordAttribute(basedOnElement, prefixes, "val"),
      numbering: numberingPropertiesOf(properties, prefixes),
      look: runLookOf(runProperties, prefixes),
    });
    const isDefault = wordAttribute(element, prefixes, "default");
    if (defaultStyle === undefined && (isDefault === "1" || isDefault === "true")) {
      defaultStyle = id;
    }
  }
  return { byId, defaultStyle, runs };
}

/**
 * The numbering a style gives its paragraphs: its own `w:numPr`, or the nearest one up its
 * `w:basedOn` chain, each part taken from the nearest style that sets it.
 */
export function numberingOfStyle(
  styles: Styles,
  styleId: string | undefined,
): NumberingProperties | undefined {
  let id: string | undefined;
  let level: number | undefined;
  let current = styleId;
  for (let hop = 0; current !== undefined && hop < MAX_CHAIN; hop++) {
    const style = styles.byId.get(current);
    if (style === undefined) break;
    id ??= style.numbering?.id;
    level ??= style.numbering?.level;
    if (id !== undefined && level !== undefined) break;
    current = style.basedOn;
  }
  if (id === undefined && level === undefined) return undefined;
  return { ...(id !== undefined && { id }), ...(level !== undefined && { level }) };
}
