/**
 * The table properties of a Word document's XML changed for the PDF fixtures and the rendering
 * matrix: every table ruled or not, and its columns scaled to a width. Used by
 * scripts/word-pdf-fixtures.ts and scripts/rendering-matrix.ts.
 */

const SINGLE = (side: string) =>
  `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const RULED = `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(SINGLE).join("")}</w:tblBorders>`;

/** The page's width less its left and right margins (w:pgSz, w:pgMar), in twentieths of a point. */
export function textWidth(document: string): number {
  const page = Number(/<w:pgSz w:w="(\d+)"/.exec(document)?.[1]);
  const left = Number(/<w:pgMar [^>]*w:left="(\d+)"/.exec(document)?.[1]);
  const right = Number(/<w:pgMar [^>]*w:right="(\d+)"/.exec(document)?.[1]);
  if (![page, left, right].every(Number.isFinite)) throw new Error("no page size or margins");
  return page - left - right;
}

/** A table's widths scaled so that its columns sum to `width` (only when wider, if `onlyWider`). */
function fitted(table: string, width: number, onlyWider: boolean): string {
  const columns = [...table.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => Number(m[1]));
  const total = columns.reduce((a, b) => a + b, 0);
  if (onlyWider && total <= width) return table;
  const scale = (value: string) => String(Math.floor((Number(value) * width) / total));
  return table
    .replace(/(<w:gridCol w:w=")(\d+)(")/g, (_, a, w, b) => a + scale(w) + b)
    .replace(/(<w:tcW w:w=")(\d+)(" w:type="dxa")/g, (_, a, w, b) => a + scale(w) + b)
    .replace(/(<w:tblW w:w=")(\d+)(" w:type="dxa")/g, (_, a, _w, b) => a + width + b);
}

/**
 * The document with every table's own borders and its cells' removed, all lines drawn when
 * `ruled`, and the tables fitted to `width` when one is given.
 */
export function restyledTables(
  document: string,
  options: { readonly ruled: boolean; readonly width?: number; readonly onlyWider?: boolean },
): string {
  let xml = document.replace(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/g, "");
  xml = xml.replace(/<w:tcBorders>[\s\S]*?<\/w:tcBorders>/g, "");
  if (options.ruled) xml = xml.replace(/<w:tblPr>/g, `<w:tblPr>${RULED}`);
  const { width } = options;
  if (width !== undefined) {
    xml = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) =>
      fitted(table, width, options.onlyWider === true),
    );
  }
  return xml;
}
