/**
 * The pictures of a Word paragraph: a table pasted as a screenshot (a DrawingML picture,
 * `w:drawing` holding `pic:pic`; or VML, `w:pict` holding `v:imagedata`, as older Word and WPS
 * write), or an embedded object (`w:object`: an Excel worksheet shows as its picture, its numbers
 * in a part the document's text does not hold). The reader cannot read them; a table section
 * holding one and no table says its table is a picture (`PARSE_TABLE_IMAGE`), by the name found
 * here. A drawing that is a text box holds text, which the paragraph reader reads; it is no picture,
 * and the paragraphs inside it are its own (they are read as the text box's blocks). An equation
 * (`Equation.3`, an embedded object too) is no table either.
 *
 * @module
 */
import type { Element } from "../read/markup.js";
import { type Meter, tick } from "../text/meter.js";
import { alternative } from "./context.js";
import { isElement, type Prefixes, wordName } from "./xml.js";

/** How deep a paragraph's elements are looked through for pictures (Word nests them 6 deep). */
const MAX_PICTURE_DEPTH = 32;

/** The local name of an element of any namespace (`pic:pic` → `pic`). */
const localName = (element: Element): string => element.name.slice(element.name.indexOf(":") + 1);

/** The elements below `root` (itself first), depth first, `enter` deciding which are gone into. */
function* walk(
  root: Element,
  enter: (element: Element) => Element | undefined,
  meter: Meter | undefined,
): Generator<Element> {
  const stack: [Element, number][] = [[root, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [element, depth] = top;
    tick(meter, 1);
    yield element;
    const inner = depth < MAX_PICTURE_DEPTH ? enter(element) : undefined;
    if (inner === undefined) continue;
    for (let index = inner.children.length - 1; index >= 0; index--) {
      const child = inner.children[index]!;
      if (isElement(child)) stack.push([child, depth + 1]);
    }
  }
}

/**
 * The name of a drawing, VML picture or object that is a picture (`""` when it has none), or
 * `undefined` when it is none: a drawing without a picture (a text box, a shape), an equation.
 * What Word calls the drawing (its description, else its name), the VML title, the object's kind.
 */
function pictureOf(kind: string, holder: Element, meter: Meter | undefined): string | undefined {
  let picture = kind === "object";
  let name: string | undefined;
  // Text boxes' contents are not looked into: their pictures are their paragraphs'.
  for (const element of walk(
    holder,
    (e) => (localName(e) === "txbxContent" ? undefined : e),
    meter,
  )) {
    const local = localName(element);
    if (local === "pic" || local === "blip" || local === "imagedata") picture = true;
    if (local === "OLEObject" && /^Equation/i.test(element.attribs["ProgID"] ?? ""))
      return undefined;
    name ??=
      local === "docPr"
        ? element.attribs["descr"]?.trim() || element.attribs["name"]?.trim() || undefined
        : local === "imagedata"
          ? element.attribs["o:title"]?.trim() || undefined
          : local === "OLEObject"
            ? element.attribs["ProgID"]?.trim() || undefined
            : undefined;
  }
  return picture ? (name ?? "") : undefined;
}

/**
 * The pictures a paragraph holds, each by its name (`""` for none), in order: drawings with a
 * picture, VML pictures and embedded objects. Of Word's alternative content (`mc:AlternateContent`)
 * one branch is read, as for its text; a drawing is one picture, whatever it nests; text boxes'
 * paragraphs are their own.
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
  const enter = (element: Element): Element | undefined => {
    const kind = wordName(element, prefixes);
    if (kind === "drawing" || kind === "pict" || kind === "object") {
      const name = pictureOf(kind, element, meter);
      if (name !== undefined) names.push(name);
      return undefined;
    }
    if (kind === "mc:AlternateContent") return alternative(element, prefixes);
    return kind === "txbxContent" ? undefined : element;
  };
  for (const _ of walk(paragraph, enter, meter)) {
    // The walk's `enter` does the work.
  }
  return names;
}
