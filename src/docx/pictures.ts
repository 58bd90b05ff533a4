/**
 * The pictures of a Word paragraph: a table pasted as a screenshot (a DrawingML picture,
 * `w:drawing` holding `pic:pic`; or VML, `w:pict` holding `v:imagedata`, as older Word and WPS
 * write), or an embedded object (`w:object`: an Excel worksheet shows as its picture, its numbers
 * in a part the document's text does not hold). The reader cannot read them; a table section
 * holding one and no table says its table is a picture (`PARSE_TABLE_IMAGE`), by the name found
 * here. A drawing that is a text box holds text, which the paragraph reader reads; it is no picture.
 *
 * @module
 */
import type { Element } from "../read/markup.js";
import { type Meter, tick } from "../text/meter.js";
import { isElement, type Prefixes, wordName } from "./xml.js";

/** How deep below a drawing its picture's elements are looked for (Word nests them 6 deep). */
const MAX_PICTURE_DEPTH = 32;

/** The local name of an element of any namespace (`pic:pic` → `pic`). */
const localName = (element: Element): string => element.name.slice(element.name.indexOf(":") + 1);

/** The elements below `root`, depth first, at most {@link MAX_PICTURE_DEPTH} levels down. */
function* descendants(root: Element, meter: Meter | undefined): Generator<Element> {
  const stack: [Element, number][] = [[root, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [element, depth] = top;
    tick(meter, 1);
    yield element;
    if (depth >= MAX_PICTURE_DEPTH) continue;
    for (let index = element.children.length - 1; index >= 0; index--) {
      const child = element.children[index]!;
      if (isElement(child)) stack.push([child, depth + 1]);
    }
  }
}

/** A picture's name: what Word calls the drawing (its description, else its name), the VML title, the object's kind. */
function nameOf(kind: string, holder: Element, meter: Meter | undefined): string | undefined {
  let picture = kind === "object";
  let name: string | undefined;
  for (const element of descendants(holder, meter)) {
    const local = localName(element);
    if (local === "pic" || local === "blip" || local === "imagedata") picture = true;
    if (name === undefined && local === "docPr") {
      name = (element.attribs["descr"] || element.attribs["name"] || "").trim() || undefined;
    }
    if (name === undefined && local === "imagedata")
      name = element.attribs["o:title"]?.trim() || undefined;
    if (name === undefined && local === "OLEObject")
      name = element.attribs["ProgID"]?.trim() || undefined;
  }
  if (!picture) return undefined;
  return name ?? "";
}

/**
 * The pictures a paragraph holds, each by its name (`""` for none), in order: drawings with a
 * picture, VML pictures and embedded objects; text boxes are not pictures.
 *
 * @example
 * ```ts
 * // <w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1"/>…<pic:pic>…</pic:pic>
 * //   </wp:inline></w:drawing></w:r></w:p>
 * picturesOf(paragraph, prefixes); // ['图片 1']
 * ```
 */
export function picturesOf(paragraph: Element, prefixes: Prefixes, meter?: Meter): string[] {
  const names: string[] = [];
  for (const element of descendants(paragraph, meter)) {
    const kind = wordName(element, prefixes);
    if (kind !== "drawing" && kind !== "pict" && kind !== "object") continue;
    const name = nameOf(kind, element, meter);
    if (name !== undefined) names.push(name);
  }
  return names;
}
