/**
 * Small .docx files made in the test: a body of WordprocessingML zipped with the parts Word writes
 * (content types, relationships, and numbering or styles when given), so that each feature of the
 * reader has a case that fails when the feature does.
 */
import { strToU8, zipSync } from "fflate";
import type { Block, Grid } from "../../src/read/grid.js";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

export interface DocxParts {
  /** The main document's name in the zip; `word/document.xml` by default. */
  readonly main?: string;
  readonly numbering?: string;
  readonly styles?: string;
  /** Replaces the package relationships (`_rels/.rels`); `null` leaves the part out. */
  readonly packageRelationships?: string | null;
  /** Replaces [Content_Types].xml; `null` leaves the part out. */
  readonly contentTypes?: string | null;
  /** The root element's namespace declarations; `xmlns:w` and `xmlns:mc` by default. */
  readonly namespaces?: string;
  /** More parts, by their names in the zip (`word/chunk1.html`). */
  readonly files?: Readonly<Record<string, string>>;
  /** More relationships of the main document (`<Relationship Id=… Type=… Target=…/>`). */
  readonly relationships?: readonly string[];
}

/** The namespace of relationships, for an `r:id` attribute's declaration. */
export const R = RELATIONSHIPS;

/** A whole main document part around `body` (the content of `w:body`). */
export function documentXML(body: string, namespaces = `xmlns:w="${W}" xmlns:mc="${MC}"`): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${namespaces}><w:body>${body}</w:body></w:document>`;
}

/** A .docx whose body is `body`. */
export function docx(body: string, parts: DocxParts = {}): Uint8Array {
  const main = parts.main ?? "word/document.xml";
  const folder = main.slice(0, main.lastIndexOf("/") + 1);
  const file = main.slice(folder.length);
  const related: string[] = [];
  const files: Record<string, Uint8Array> = {
    [main]: strToU8(
      parts.namespaces === undefined ? documentXML(body) : documentXML(body, parts.namespaces),
    ),
  };
  if (parts.numbering !== undefined) {
    files[`${folder}numbering.xml`] = strToU8(
      `<?xml version="1.0"?><w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`,
    );
    related.push(
      `<Relationship Id="rId1" Type="${RELATIONSHIPS}/numbering" Target="numbering.xml"/>`,
    );
  }
  if (parts.styles !== undefined) {
    files[`${folder}styles.xml`] = strToU8(
      `<?xml version="1.0"?><w:styles xmlns:w="${W}">${parts.styles}</w:styles>`,
    );
    related.push(`<Relationship Id="rId2" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`);
  }
  related.push(...(parts.relationships ?? []));
  for (const [name, content] of Object.entries(parts.files ?? {})) files[name] = strToU8(content);
  if (related.length > 0) {
    files[`${folder}_rels/${file}.rels`] = strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${related.join("")}</Relationships>`,
    );
  }
  if (parts.contentTypes !== null) {
    files["[Content_Types].xml"] = strToU8(
      parts.contentTypes ??
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${MAIN_TYPE}"/></Types>`,
    );
  }
  if (parts.packageRelationships !== null) {
    files["_rels/.rels"] = strToU8(
      parts.packageRelationships ??
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="${main}"/></Relationships>`,
    );
  }
  return zipSync(files);
}

/** A paragraph of runs, each run's text given as is (XML). */
export const p = (...runs: string[]) =>
  `<w:p>${runs.map((r) => `<w:r><w:t>${r}</w:t></w:r>`).join("")}</w:p>`;

/** A table cell: its properties (XML inside w:tcPr) and its paragraph's text. */
export const tc = (text: string, properties = "") =>
  `<w:tc>${properties === "" ? "" : `<w:tcPr>${properties}</w:tcPr>`}${text === "" ? "<w:p/>" : p(text)}</w:tc>`;

/** A table row of cells, with row properties (XML inside w:trPr). */
export const tr = (cells: string[], properties = "") =>
  `<w:tr>${properties === "" ? "" : `<w:trPr>${properties}</w:trPr>`}${cells.join("")}</w:tr>`;

export const tbl = (rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;

/** The texts of the text blocks. */
export const texts = (blocks: readonly Block[] | undefined) =>
  (blocks ?? []).flatMap((block) => (block.kind === "text" ? [block.text] : []));

/** The grids of the table blocks. */
export const grids = (blocks: readonly Block[] | undefined): Grid[] =>
  (blocks ?? []).flatMap((block) => (block.kind === "table" ? [block.grid] : []));
