/**
 * Where a .docx keeps its parts (Open Packaging Conventions): the main document is the target of
 * the package's `officeDocument` relationship (`_rels/.rels`), or the part that [Content_Types].xml
 * types as a Word main document; `word/document.xml` is only the usual name. The numbering and
 * styles parts are found through the main document's own relationships.
 *
 * @module
 */
import type { Element } from "../read/markup.js";
import { type Meter, tick } from "../text/meter.js";
import { elements, localName } from "./xml.js";

/** The usual name of the main document, for packages whose relationships say nothing usable. */
export const DEFAULT_MAIN = "word/document.xml";

const MAIN_TYPE =
  /^application\/vnd\.(openxmlformats-officedocument\.wordprocessingml\.(document|template)|ms-word\.(document|template)\.macroenabled(template)?)\.main\+xml$/i;

/** The relationships of a part, by the last segment of their type (`officeDocument`, `styles`). */
export type Relationships = ReadonlyMap<string, string>;

/**
 * A part name as the zip stores it: no leading slash, `.` and `..` segments resolved, percent
 * escapes decoded, lower case (part names are case-insensitive). `base` is the folder of the part
 * that holds the relationship (`""` for the package).
 *
 * @example
 * ```ts
 * resolvePart("word/", "../customXml/item1.xml"); // 'customxml/item1.xml'
 * resolvePart("word/", "/word/Numbering.xml"); // 'word/numbering.xml'
 * ```
 */
export function resolvePart(base: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray `%` is kept as written.
  }
  const path = decoded.startsWith("/") ? decoded.slice(1) : base + decoded;
  const segments: string[] = [];
  for (const segment of path.replace(/\\/g, "/").split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/").toLowerCase();
}

/** The folder of a part name, with its trailing slash (`word/` for `word/document.xml`). */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The relationship part of a part: `word/_rels/document.xml.rels` for `word/document.xml`. */
export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/**
 * The internal relationships of a relationship part by the key `keyOf` gives each (those without
 * one skipped), each target resolved against `base`. The first relationship of a key wins.
 */
function internalRelationships(
  root: Element | undefined,
  base: string,
  keyOf: (attributes: Readonly<Record<string, string | undefined>>) => string | undefined,
  meter?: Meter,
): Map<string, string> {
  const found = new Map<string, string>();
  if (root === undefined) return found;
  for (const element of elements(root)) {
    tick(meter, 1);
    if (localName(element) !== "Relationship") continue;
    const { Target: target, TargetMode: mode } = element.attribs;
    if (target === undefined || mode === "External") continue;
    const key = keyOf(element.attribs);
    if (key === undefined) continue;
    // The key's making and the target's resolution, each a pass over its characters.
    tick(meter, key.length + 4 * (base.length + target.length));
    if (!found.has(key)) found.set(key, resolvePart(base, target));
  }
  return found;
}

/**
 * The internal relationships of a relationship part, by type (its last path segment), each
 * target resolved against `base`. The first relationship of a type wins.
 */
export function relationshipsOf(
  root: Element | undefined,
  base: string,
  meter?: Meter,
): Relationships {
  return internalRelationships(
    root,
    base,
    ({ Type: type }) => type?.slice(type.lastIndexOf("/") + 1),
    meter,
  );
}

/**
 * The internal relationships of a relationship part, by their id (`rId7`), each target resolved
 * against `base`: what an element of the part names by `r:id` (an alternative format chunk).
 */
export function relationshipsById(
  root: Element | undefined,
  base: string,
  meter?: Meter,
): ReadonlyMap<string, string> {
  return internalRelationships(root, base, ({ Id: id }) => id, meter);
}

/** The content types that [Content_Types].xml gives to named parts (`Override`), by part name. */
export function contentTypesOf(
  root: Element | undefined,
  meter?: Meter,
): ReadonlyMap<string, string> {
  const types = new Map<string, string>();
  if (root === undefined) return types;
  for (const element of elements(root)) {
    tick(meter, 1);
    if (localName(element) !== "Override") continue;
    const { PartName: part, ContentType: type } = element.attribs;
    if (part === undefined || type === undefined) continue;
    tick(meter, 4 * part.length);
    types.set(resolvePart("", part), type);
  }
  return types;
}

/** The main document part, or why the package holds none. */
export type MainPart =
  | { readonly ok: true; readonly part: string }
  | { readonly ok: false; readonly reason: string };

/**
 * The main document among the package's parts (`has` says whether the zip holds a part): the
 * `officeDocument` relationship's target, else the part typed as a Word main document, else
 * `word/document.xml`. A main part typed as something else (a spreadsheet renamed .docx) is
 * refused with its type.
 *
 * @example
 * ```ts
 * mainPartOf(new Map([["officeDocument", "word/document2.xml"]]), new Map(), () => true);
 * // { ok: true, part: 'word/document2.xml' }
 * ```
 */
export function mainPartOf(
  packageRelationships: Relationships,
  contentTypes: ReadonlyMap<string, string>,
  has: (part: string) => boolean,
  meter?: Meter,
): MainPart {
  const related = packageRelationships.get("officeDocument");
  let part: string | undefined = related !== undefined && has(related) ? related : undefined;
  if (part === undefined) {
    for (const [name, type] of contentTypes) {
      // The type's test (the pattern has no nested repetition: one pass) and the lookup.
      tick(meter, type.length + name.length);
      if (MAIN_TYPE.test(type) && has(name)) {
        part = name;
        break;
      }
    }
  }
  part ??= has(DEFAULT_MAIN) ? DEFAULT_MAIN : undefined;
  if (part === undefined) {
    return {
      ok: false,
      reason: "a zip archive without a Word document in it (no word/document.xml)",
    };
  }
  const type = contentTypes.get(part);
  if (type !== undefined && !MAIN_TYPE.test(type)) {
    return { ok: false, reason: `its main part ${part} is ${type}, not a Word document` };
  }
  return { ok: true, part };
}
