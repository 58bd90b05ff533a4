/**
 * A small reader of the Word files toDocx writes, for its tests: the package's parts, the body's
 * paragraphs (text, style, run fonts and sizes) and tables (every cell with its text, the grid
 * column it starts in, `gridSpan` and the rows its `vMerge` covers; header rows; grid widths).
 * Written for our own output (and independent of the library's Word reader), not as a general one.
 */
import type { Element } from "domhandler";
import * as DomUtils from "domutils";
import { strFromU8, unzipSync } from "fflate";
import { parseDocument } from "htmlparser2";

export interface WordCell {
  readonly text: string;
  readonly row: number;
  readonly column: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface WordTable {
  readonly cells: readonly WordCell[];
  readonly rows: number;
  readonly headerRows: number;
  readonly gridWidths: readonly number[];
  /** The paragraph styles of the cells' paragraphs. */
  readonly styles: readonly string[];
  readonly cantSplit: boolean;
}

export interface WordParagraph {
  readonly text: string;
  readonly style: string | undefined;
  readonly runFonts: readonly (string | undefined)[];
}

export type WordBlock =
  | ({ readonly kind: "paragraph" } & WordParagraph)
  | ({ readonly kind: "table" } & WordTable);

export interface WordFile {
  readonly parts: Readonly<Record<string, string>>;
  readonly blocks: readonly WordBlock[];
  /** The XML of a part, parsed. */
  readonly xml: (part: string) => Element[];
}

const children = (element: Element, name: string): Element[] =>
  element.children.filter((c): c is Element => c.type === "tag" && c.name === name);
const child = (element: Element, name: string) => children(element, name)[0];
const all = (element: Element | Element[], name: string) =>
  DomUtils.getElementsByTagName(name, Array.isArray(element) ? element : [element], true);
const textOf = (element: Element) =>
  all(element, "w:t")
    .map((t) => DomUtils.textContent(t))
    .join("");

function paragraphOf(p: Element): WordParagraph {
  const style = all(p, "w:pStyle")[0]?.attribs["w:val"];
  return {
    text: textOf(p),
    style,
    runFonts: all(p, "w:r").map((r) => all(r, "w:rFonts")[0]?.attribs["w:eastAsia"]),
  };
}

function tableOf(tbl: Element): WordTable {
  const rows = children(tbl, "w:tr");
  const cells: { text: string; row: number; column: number; colSpan: number; merge?: string }[] =
    [];
  rows.forEach((tr, row) => {
    let column = 0;
    for (const tc of children(tr, "w:tc")) {
      const tcPr = child(tc, "w:tcPr");
      const colSpan = Number((tcPr && child(tcPr, "w:gridSpan")?.attribs["w:val"]) ?? 1);
      const vMerge = tcPr && child(tcPr, "w:vMerge");
      cells.push({
        text: children(tc, "w:p").map(textOf).join("\n"),
        row,
        column,
        colSpan,
        ...(vMerge !== undefined && { merge: vMerge.attribs["w:val"] ?? "continue" }),
      });
      column += colSpan;
    }
  });
  const merged: WordCell[] = [];
  for (const cell of cells) {
    if (cell.merge === "continue") continue;
    let rowSpan = 1;
    if (cell.merge === "restart") {
      while (
        cells.some(
          (c) =>
            c.row === cell.row + rowSpan &&
            c.column === cell.column &&
            c.merge === "continue" &&
            c.colSpan === cell.colSpan,
        )
      ) {
        rowSpan++;
      }
    }
    merged.push({
      text: cell.text,
      row: cell.row,
      column: cell.column,
      rowSpan,
      colSpan: cell.colSpan,
    });
  }
  const headerRows = rows.filter((tr) => all(tr, "w:tblHeader").length > 0).length;
  return {
    cells: merged,
    rows: rows.length,
    headerRows,
    gridWidths: all(tbl, "w:gridCol").map((g) => Number(g.attribs["w:w"])),
    // The paragraphs of the cells under a merged cell are the library's, empty and unstyled.
    styles: [
      ...new Set(
        all(tbl, "w:p")
          .filter((p) => textOf(p) !== "" || all(p, "w:pStyle").length > 0)
          .map((p) => all(p, "w:pStyle")[0]?.attribs["w:val"] ?? ""),
      ),
    ],
    cantSplit: rows.every((tr) => all(tr, "w:cantSplit").length > 0),
  };
}

/** Reads a .docx written by toDocx. */
export function readWordFile(bytes: Uint8Array): WordFile {
  const files = unzipSync(bytes);
  const parts = Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith(".xml") || name.endsWith(".rels"))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
  const xml = (part: string) =>
    parseDocument(parts[part] ?? "", { xmlMode: true }).children.filter(
      (c): c is Element => c.type === "tag",
    );
  const body = all(xml("word/document.xml"), "w:body")[0]!;
  const blocks = body.children
    .filter((c): c is Element => c.type === "tag")
    .flatMap((element): WordBlock[] => {
      if (element.name === "w:p") return [{ kind: "paragraph", ...paragraphOf(element) }];
      if (element.name === "w:tbl") return [{ kind: "table", ...tableOf(element) }];
      return [];
    });
  return { parts, blocks, xml };
}

/** The lines of a table as the contract reads them: per grid row, the texts of the cells starting in it. */
export function tableLines(table: WordTable): string[][] {
  return Array.from({ length: table.rows }, (_, row) =>
    table.cells
      .filter((c) => c.row === row)
      .sort((a, b) => a.column - b.column)
      .map((c) => c.text),
  );
}
