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
  readonly rowSpan?: number;
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
              `<td${cell.colSpan === undefined ? "" : ` colspan="${cell.colSpan}"`}${cell.rowSpan === undefined ? "" : ` rowspan="${cell.rowSpan}"`}>${escaped(cell.text)}</td>`,
          )
          .join("")}</tr>`,
    );
    return `<table border="1" cellspacing="0" width="100%">${rows.join("")}</table>`;
  });
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escaped(title)}</title></head>\n<body>\n${out.join("\n")}\n</body></html>\n`;
}

/** The report text (after the header block) as a web page, tables rebuilt from cell rows. */
export function pageOf(text: string, title: string): string {
  return pageOfBlocks(blocksOf(text), title);
}

/** Whether a text prints its tables as cell rows ({@link MIN_ROWS} lines of three cells or more). */
export function printsCellRows(text: string): boolean {
  const rows = text
    .split(/\r?\n/)
    .map(cellsOfLine)
    .filter((cells) => cells !== undefined && cells.filter((cell) => cell !== "").length >= 3);
  return rows.length >= MIN_ROWS;
}

// ---------------------------------------------------------------- the tables' spans put back

/** A printed cell that holds a value (or is left blank, or marked) rather than a label. */
const isValueCell = (text: string) => /^(?:[-+−増增减減]?\s*\d[\d,.，]*|\/|—+|-+|无|)$/.test(text);

/**
 * The nesting level of a row label: 0 for `一、`, 1 for `（一）`, 2 for `1.`; undefined for a
 * label with no number (a local row, a header).
 */
function levelOf(text: string): number | undefined {
  if (/^[一二三四五六七八九十]+、/.test(text)) return 0;
  if (/^[(（][一二三四五六七八九十]+[)）]/.test(text)) return 1;
  if (/^\d+[.．、]/.test(text)) return 2;
  return undefined;
}

/**
 * Table 三 with the spans of the statutory table, where its excerpt printed them flattened: the
 * corner and the applicant headers spanned (申请人情况 over the seven value columns, 法人或其他组织
 * over five), each row label spanning the label columns its level leaves, and a group label
 * (`三、本年度办理结果`, `（三）不予公开`) printed on its first row spanning its sub-rows.
 * Undefined when the table is not table 三 or a row does not fit that shape, so the table stays
 * as printed.
 */
function spannedApplications(rows: readonly (readonly PageCell[])[]): PageCell[][] | undefined {
  const texts = rows.map((row) => row.map((cell) => cell.text));
  const naturalAt = texts.findIndex((row) => row[0] === "自然人");
  if (naturalAt < 1 || texts[naturalAt]!.length !== 3 || texts[naturalAt + 1]?.length !== 5) {
    return undefined;
  }
  const values = 7;
  const bodyRows = texts.slice(naturalAt + 2).map((row) => {
    const firstValue = row.findIndex(isValueCell);
    const labels = firstValue < 0 ? row : row.slice(0, firstValue);
    return { labels, values: firstValue < 0 ? [] : row.slice(firstValue) };
  });
  // Every row prints its seven values, but the last, which the excerpt may cut.
  if (
    bodyRows.some(
      (row, index) =>
        row.labels.length === 0 ||
        (index + 1 < bodyRows.length ? row.values.length !== values : row.values.length > values),
    )
  ) {
    return undefined;
  }
  const levelled = bodyRows.map((row) => row.labels.map(levelOf));
  const depth = Math.max(...levelled.flatMap((levels) => levels.map((level) => level ?? 0))) + 1;
  const out: PageCell[][] = [];
  const corner = texts[naturalAt - 1]!;
  const head = corner.length === 2 ? corner : ["", ...corner];
  if (head.length !== 2) return undefined;
  out.push([
    { text: head[0]!, colSpan: depth, rowSpan: 3 },
    { text: head[1]!, colSpan: values },
  ]);
  const [natural, legal, total] = texts[naturalAt]!;
  out.push([
    { text: natural!, rowSpan: 2 },
    { text: legal!, colSpan: values - 2 },
    { text: total!, rowSpan: 2 },
  ]);
  out.push(texts[naturalAt + 1]!.map((text) => ({ text })));
  let previous = 0;
  for (const [index, row] of bodyRows.entries()) {
    const levels = levelled[index]!;
    // A label with no number is a sibling of the row before's last label.
    const at = levels.map((level, i) => level ?? (i === 0 ? previous : levels[i - 1]! + 1));
    for (let i = 1; i < at.length; i++) if (at[i]! <= at[i - 1]!) return undefined;
    if (at.at(-1)! >= depth) return undefined;
    previous = at.at(-1)!;
    const cells: PageCell[] = row.labels.map((text, i) => {
      const colSpan = (i + 1 < at.length ? at[i + 1]! : depth) - at[i]!;
      if (i + 1 === at.length) return colSpan > 1 ? { text, colSpan } : { text };
      // A group label: it spans the rows after it whose labels all sit deeper.
      let rowSpan = 1;
      for (let next = index + 1; next < bodyRows.length; next++) {
        const first = levelled[next]![0];
        if (first === undefined || first <= at[i]!) break;
        rowSpan++;
      }
      return { text, ...(colSpan > 1 && { colSpan }), ...(rowSpan > 1 && { rowSpan }) };
    });
    out.push([...cells, ...row.values.map((text) => ({ text }))]);
  }
  // Rows before the corner (a caption printed as a row) span the whole table.
  const before = texts
    .slice(0, naturalAt - 1)
    .map((row) => [{ text: row.join(" "), colSpan: depth + values }]);
  return [...before, ...out];
}

/**
 * A table with the spans a published table has: table 三 as {@link spannedApplications} builds
 * it; in any other table, a row printing fewer cells than the widest row has its last cell
 * spanning the rest (a sub-table's caption over the whole width, `本年处理决定数量` over three
 * columns).
 */
function spannedTable(rows: readonly (readonly PageCell[])[]): PageCell[][] {
  const applications = spannedApplications(rows);
  if (applications !== undefined) return applications;
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) =>
    row.length >= width || row.length === 0
      ? [...row]
      : [...row.slice(0, -1), { ...row.at(-1)!, colSpan: width - row.length + 1 }],
  );
}

/**
 * The blocks with their tables' spans put back ({@link spannedTable}): the page as a published
 * report's tables would print it, where the excerpt kept only the cells' text.
 */
export function withSpans(blocks: readonly PageBlock[]): PageBlock[] {
  return blocks.map((block) =>
    block.kind === "table" ? { kind: "table", rows: spannedTable(block.rows) } : block,
  );
}
