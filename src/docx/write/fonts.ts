/**
 * The faces of typography.ts in Word's terms: the run fonts (`w:rFonts`, the East Asian slot and
 * the others alike), and the document's font table, which tells Word what to put in place of a
 * face the machine lacks: `w:altName` (the name Windows knows, e.g. 仿宋_GB2312 → FangSong), the
 * GB2312 character set and the family (serif or sans). LibreOffice ignores `w:altName` and finds a
 * face with the glyphs through fontconfig (Noto CJK on Debian).
 *
 * @module
 */
import { type TypeFace, typography } from "../../serialize/typography.js";

/** `w:rFonts` of a face: every slot the first font; the East Asian slot decides ambiguous marks. */
export function runFonts(face: TypeFace) {
  const name = face.fonts[0]!;
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: "eastAsia" } as const;
}

const escapeXML = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * word/fontTable.xml: one entry per face of the document, its first font with the second as
 * `w:altName`, character set GB2312 (`86`), family `roman` (serif) or `swiss` (sans).
 *
 * @example
 * ```ts
 * fontTable().includes('<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/>'); // true
 * ```
 */
export function fontTable(): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const face of Object.values(typography) as TypeFace[]) {
    const [name, alternative] = face.fonts;
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    entries.push(
      `<w:font w:name="${escapeXML(name)}">` +
        (alternative === undefined ? "" : `<w:altName w:val="${escapeXML(alternative)}"/>`) +
        '<w:charset w:val="86"/>' +
        `<w:family w:val="${face.generic === "serif" ? "roman" : "swiss"}"/>` +
        '<w:pitch w:val="variable"/></w:font>',
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="${W}">${entries.join("")}</w:fonts>`
  );
}
