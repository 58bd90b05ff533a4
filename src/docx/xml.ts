/**
 * A part's XML: its bytes decoded, parsed through the one door to the parser (read/markup.ts), and
 * its elements named by namespace rather than by the prefix a writer happened to choose.
 *
 * @module
 */
import { strFromU8 } from "fflate";
import type { ChildNode, Element } from "../read/markup.js";
import { parseDocument } from "../read/markup.js";
import { type Meter, tick } from "../text/meter.js";

/** WordprocessingML, as Word writes it (transitional) and as "Strict Open XML" files name it. */
const WORD_NAMESPACES = [
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
const COMPATIBILITY_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/**
 * The prefixes of a part's namespaces, as its root element declares them (Word and LibreOffice
 * declare every namespace there). `w` is `"w:"` for `xmlns:w`, `""` for a default namespace.
 */
export interface Prefixes {
  readonly w: string;
  readonly mc: string;
}

/** The text of an XML part: UTF-8, or UTF-16 when a byte-order mark or the first bytes say so. */
export function decodeXML(bytes: Uint8Array, meter?: Meter): string {
  tick(meter, bytes.length);
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return strFromU8(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return utf16(bytes.subarray(2), true);
  if (a === 0xfe && b === 0xff) return utf16(bytes.subarray(2), false);
  // `<` as UTF-16 without a byte-order mark.
  if (a === 0x3c && b === 0) return utf16(bytes, true);
  if (a === 0 && b === 0x3c) return utf16(bytes, false);
  return strFromU8(bytes);
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units: number[] = [];
  const parts: string[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    units.push(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    // In slices: String.fromCharCode takes its units as arguments, and engines cap their count.
    if (units.length === 4096) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return parts.join("");
}

/** Whether a node is an element (htmlparser2 types `script` and `style` elements apart). */
export function isElement(node: ChildNode): node is Element {
  return "attribs" in node;
}

/** The elements among a node's children. */
export function elements(node: Element): Element[] {
  return node.children.filter(isElement);
}

/** The root element of an XML part, or `undefined` when the text holds none. */
export function parseXML(text: string, meter?: Meter): Element | undefined {
  const document = parseDocument(text, { xmlMode: true }, meter);
  return document.children.find(isElement);
}

/**
 * The prefixes a root element binds to WordprocessingML and markup compatibility. A root that
 * declares neither keeps `w:` and `mc:` (writers that leave declarations out still use them); a
 * root that binds `w` to another namespace is not WordprocessingML, and no element will match.
 */
export function prefixesOf(root: Element): Prefixes {
  let w: string | undefined;
  let mc = "mc:";
  let otherW = false;
  for (const [name, value] of Object.entries(root.attribs)) {
    const prefix = name === "xmlns" ? "" : name.startsWith("xmlns:") ? `${name.slice(6)}:` : null;
    if (prefix === null) continue;
    if (WORD_NAMESPACES.includes(value)) w ??= prefix;
    else if (value === COMPATIBILITY_NAMESPACE) mc = prefix;
    else if (prefix === "w:") otherW = true;
  }
  // A prefix no XML name can carry: nothing matches it.
  return { w: w ?? (otherW ? "\u0000:" : "w:"), mc };
}

/**
 * An element's name without its prefix: the local name of a WordprocessingML element, `mc:` and
 * the local name of a markup-compatibility element, `""` for any other namespace (DrawingML, VML,
 * math), whose text the reader does not take.
 */
export function wordName(element: Element, prefixes: Prefixes): string {
  const { name } = element;
  if (name.startsWith(prefixes.mc) && prefixes.mc !== "") {
    return `mc:${name.slice(prefixes.mc.length)}`;
  }
  if (prefixes.w === "") return name.includes(":") ? "" : name;
  return name.startsWith(prefixes.w) ? name.slice(prefixes.w.length) : "";
}

/** A WordprocessingML attribute (`w:val`, …) of an element. */
export function wordAttribute(
  element: Element,
  prefixes: Prefixes,
  local: string,
): string | undefined {
  return element.attribs[prefixes.w + local];
}

/** The first child element of a WordprocessingML name. */
export function wordChild(
  element: Element,
  prefixes: Prefixes,
  local: string,
): Element | undefined {
  const name = prefixes.w + local;
  for (const child of element.children) {
    if (isElement(child) && child.name === name) return child;
  }
  return undefined;
}

/**
 * An element's name without any prefix, for the package's own parts ([Content_Types].xml and the
 * relationship parts), whose single namespace is always the default one in practice.
 */
export function localName(element: Element): string {
  const colon = element.name.indexOf(":");
  return colon === -1 ? element.name : element.name.slice(colon + 1);
}

/** The text directly inside an element: its text nodes and CDATA sections, not its comments. */
export function textOf(element: Element): string {
  let text = "";
  for (const child of element.children) {
    const type: string = child.type;
    if (type === "text" && "data" in child) text += child.data;
    else if (type === "cdata" && "children" in child) {
      for (const inner of child.children) if ("data" in inner) text += inner.data;
    }
  }
  return text;
}

/**
 * An on/off property (`<w:vanish/>`, `<w:vanish w:val="false"/>`): on unless its value says off.
 */
export function isOn(element: Element | undefined, prefixes: Prefixes): boolean {
  if (element === undefined) return false;
  const value = wordAttribute(element, prefixes, "val");
  return value === undefined || !["false", "0", "off"].includes(value);
}

/** A decimal attribute as an integer, or `undefined` when absent or not a plain integer. */
export function integerAttribute(
  element: Element | undefined,
  prefixes: Prefixes,
  local = "val",
): number | undefined {
  if (element === undefined) return undefined;
  const value = wordAttribute(element, prefixes, local);
  if (value === undefined || !/^\s*-?\d{1,9}\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}
