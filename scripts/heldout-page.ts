// A held-out text's tables put back into a web page, shared by scripts/heldout-grids.ts (which
// reads the page as HTML, Word and PDF) and scripts/hunt.ts --grids (which changes its tables
// first). Each run of row lines (`a | b | c`, or tabs) becomes one table, each printed cell one
// cell with its text exactly as printed; every other line a paragraph.

/** A text prints its tables as cell rows when this many lines print three cells or more. */
const MIN_ROWS = 5;

/** A table cell: its text, and the columns it spans when more than one. */
export interface PageCell {
  readonly text: string;
  readonly colSpan?: number;
}

/** What a page holds, in order: paragraphs and tables (rows of cells). */
export type PageBlock =
  | { readonly kind: "p"; readonly text: string }
  | { readonly kind: "table"; readonly rows: readonly (readonly PageCell[])[] };

/**
 * The cells a line prints: split at `|` (or, without one, at tabs); the empty pieces at the
 * line's end (the terminator and a flattened span's `|||`) are no cells; a blank piece between
 * two printed cells is a blank cell. Undefined for a line that is no table row.
 */
function cellsOfLine(line: string): string[] | undefined {
  let pieces: string[];
  if (line.includes("|")) pieces = line.split("|");
  else if (/\S\t+\S/.test(line.trim())) pieces = line.trim().split(/\t+/);
  else return undefined;
  const cells = pieces.map((piece) => piece.trim());
  while (cells.length > 0 && cells.at(-1) === "") cells.pop();
  while (cells.length > 0 && cells[0] === "" && pieces[0]!.trim() === "") cells.shift();
  return cells;
}

const escaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The report text (after the header block) as blocks: tables rebuilt from cell rows. */
export function blocksOf(text: string): PageBlock[] {
  const blocks: PageBlock[] = [];
  let rows: PageCell[][] | undefined;
  for (const line of text.split(/\r?\n/)) {
    const cells = cellsOfLine(line);
    if (cells === undefined) {
      if (rows !== undefined) blocks.push({ kind: "table", rows });
      rows = undefined;
      if (line.trim() !== "") blocks.push({ kind: "p", text: line.trim() });
      continue;
    }
    rows ??= [];
    if (cells.length > 0) rows.push(cells.map((cell) => ({ text: cell })));
  }
  if (rows !== undefined) blocks.push({ kind: "table", rows });
  return blocks;
}

/** The blocks as a web page. */
export function pageOfBlocks(blocks: readonly PageBlock[], title: string): string {
  const out = blocks.map((block) => {
    if (block.kind === "p") return `<p>${escaped(block.text)}</p>`;
    const rows = block.rows.map(
      (row) =>
        `<tr>${row
          .map(
            (cell) =>
              `<td${cell.colSpan === undefined ? "" : ` colspan="${cell.colSpan}"`}>${escaped(cell.text)}</td>`,
          )
          .join("")}</tr>`,
    );
    return `<table border="1" cellspacing="0">${rows.join("")}</table>`;
  });
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escaped(title)}</title></head>\n<body>\n${out.join("\n")}\n</body></html>\n`;
}

/** The report text (after the header block) as a web page, tables rebuilt from cell rows. */
export function pageOf(text: string, title: string): string {
  return pageOfBlocks(blocksOf(text), title);
}

/** The report text of a held-out file: what follows its header block. */
export const body = (raw: string) => raw.slice(raw.indexOf("\n---\n") + 5);

/** Whether a text prints its tables as cell rows ({@link MIN_ROWS} lines of three cells or more). */
export function printsCellRows(text: string): boolean {
  const rows = text
    .split(/\r?\n/)
    .map(cellsOfLine)
    .filter((cells) => cells !== undefined && cells.filter((cell) => cell !== "").length >= 3);
  return rows.length >= MIN_ROWS;
}
