/**
 * Paragraph styles (word/styles.xml), read only for what they say about numbering: Word numbers
 * headings through their style (a multilevel list linked to 标题 1, 标题 2), so a heading paragraph
 * carries no numbering of its own and its label comes from its style, or from a style it is based on.
 *
 * @module
 */
import type { Element } from "../read/markup.js";
import { type Meter, tick } from "../text/meter.js";
import {
  elements,
  integerAttribute,
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
}

/** The paragraph styles by id, and the default paragraph style. */
export interface Styles {
  readonly byId: ReadonlyMap<string, Style>;
  readonly defaultStyle: string | undefined;
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
  let defaultStyle: string | undefined;
  if (root === undefined) return { byId, defaultStyle };
  for (const element of elements(root)) {
    // The element, and the property lookups over its children and its w:pPr's.
    tick(meter, 1 + 4 * element.children.length);
    if (wordName(element, prefixes) !== "style") continue;
    if (wordAttribute(element, prefixes, "type") !== "paragraph") continue;
    const id = wordAttribute(element, prefixes, "styleId");
    if (id === undefined || byId.has(id)) continue;
    const basedOnElement = wordChild(element, prefixes, "basedOn");
    const properties = wordChild(element, prefixes, "pPr");
    tick(meter, 4 * (properties?.children.length ?? 0));
    byId.set(id, {
      basedOn: basedOnElement && wordAttribute(basedOnElement, prefixes, "val"),
      numbering: numberingPropertiesOf(properties, prefixes),
    });
    const isDefault = wordAttribute(element, prefixes, "default");
    if (defaultStyle === undefined && (isDefault === "1" || isDefault === "true")) {
      defaultStyle = id;
    }
  }
  return { byId, defaultStyle };
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
