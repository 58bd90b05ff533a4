/**
 * The shape every source is read into before any label is matched (ARCHITECTURE §1, "Reading is
 * one pipeline"): a document is paragraphs and tables in reading order, and a table is a grid of
 * cells as printed, merged cells written once with their spans (as HTML and Word write them).
 * The HTML, Word and PDF readers each build a {@link SourceDocument}; one mapper turns its grids
 * into report cells by the labels printed in them.
 *
 * @module
 */

/** One cell of a table as printed. */
export interface GridCell {
  /** The cell's text, its lines joined by `\n`; `""` for an empty cell. */
  readonly text: string;
  /** Rows the cell spans (HTML `rowspan`, Word `vMerge`); 1 when absent. */
  readonly rowSpan?: number;
  /** Columns the cell spans (HTML `colspan`, Word `gridSpan`); 1 when absent. */
  readonly colSpan?: number;
}

/** A table as printed: its rows, each the cells that start in it, left to right. */
export interface Grid {
  readonly rows: readonly (readonly GridCell[])[];
  /**
   * The columns were inferred from where the text stands (a PDF table printed without lines), not
   * printed: a column in which no row has text is not there. A page of a table continued without
   * its header is then read by the earlier page's columns only where its values fill every column
   * (else its rows with blanks are quoted, not placed). Absent: the columns are the table's own.
   */
  readonly inferred?: boolean;
  /**
   * Ruled across only (a PDF table with no side lines): the cells' sides were guessed from where
   * the text stands, a blank cell's from the row above, so a blank cell beside a label may have
   * been taken into the label's cell. A row of table 三 ending in a blank is then read as one
   * whose values may stand a column left, as in a grid whose columns were inferred.
   */
  readonly acrossOnly?: boolean;
}

/**
 * A paragraph (a heading, a line of prose), a table or a picture, in reading order. A text block
 * marked `navigation` is a line of the page around the report, made (mostly) of links to other
 * pages: a menu, a breadcrumb, a list of other years' reports, 上一篇/下一篇. It is never taken as
 * the report's title, year, metadata or preamble, and the report's last section ends before it.
 *
 * A picture standing on its own between paragraphs (an `<img>` alone in its paragraph, a Word
 * drawing) holds nothing the reader can read, but where a table section holds one and no table,
 * its table was printed as a picture (`PARSE_TABLE_IMAGE`) rather than left out. `name` is what
 * the source calls it (the file's name, else its alternative text), for the finding.
 */
export type Block =
  | { readonly kind: "text"; readonly text: string; readonly navigation?: boolean }
  | { readonly kind: "table"; readonly grid: Grid }
  | { readonly kind: "image"; readonly name?: string };

/** The longest picture name kept: a file's name, not a data URL's bytes nor a long description. */
const MAX_PICTURE_NAME = 120;

/**
 * The block of a picture named `name` (trimmed, at most 120 characters; none when blank).
 *
 * @example
 * ```ts
 * pictureBlock(" 图片 1 "); // { kind: 'image', name: '图片 1' }
 * pictureBlock(""); // { kind: 'image' }
 * ```
 */
export function pictureBlock(name: string | undefined): Block {
  const trimmed = name?.trim() ?? "";
  if (trimmed === "") return { kind: "image" };
  return { kind: "image", name: [...trimmed].slice(0, MAX_PICTURE_NAME).join("") };
}

/** A published report as its reader found it: blocks in reading order. */
export interface SourceDocument {
  readonly blocks: readonly Block[];
}
