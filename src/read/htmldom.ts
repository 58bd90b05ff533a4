/**
 * An HTML page or fragment read with a real HTML parser (htmlparser2, through `markup.ts`) into a
 * {@link SourceDocument}: tables keep their `rowspan`/`colspan`; Word's exported markup (`<o:p>`,
 * `mso` spans splitting a word, `&nbsp;` cells, conditional comments) reads as a browser shows it.
 *
 * @module
 */
import { type Meter, tick } from "../text/meter.js";
import type { Block, Grid, GridCell, SourceDocument } from "./grid.js";
import { type ChildNode, type Element, parseDocument } from "./markup.js";

/**
 * Elements whose content is no text of the page. `nav` and `aside` are a page's menus and side
 * notes, not its article: a CMS page's links, or the findings panel of our own standalone page
 * (`toHTML(report, { standalone: true, findings })`), which would otherwise read into 六's text.
 */
const SKIPPED = new Set([
  "head",
  "nav",
  "aside",
  "title",
  "style",
  "script",
  "noscript",
  "template",
  "xml",
  "svg",
  "object",
  "iframe",
  "select",
  "textarea",
]);

/**
 * An element a browser does not show (the `hidden` attribute, or `display: none` in its own style):
 * its text is not what the page says, and a copy from the page would not have it.
 */
function isHidden(element: Element): boolean {
  const { attribs } = element;
  if (attribs["hidden"] !== undefined) return true;
  const style = attribs["style"];
  return style !== undefined && /(?:^|;)\s*display\s*:\s*none\b/i.test(style);
}

/** Elements that break the line before and after them (a browser's block boxes). */
const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "blockquote",
  "pre",
  "address",
  "center",
  "form",
  "fieldset",
  "figure",
  "figcaption",
  "hr",
  "body",
  "html",
  "caption",
  "tr",
]);

/**
 * Tables nested deeper than this are read as blocks of text: a real page nests a layout table or
 * two, and each level of nesting moves the blocks inside it once more.
 */
const MAX_TABLE_DEPTH = 16;

/**
 * How deep elements nest at most. The parser keeps its open elements in an array it shifts at
 * every tag, so each tag costs the depth: real pages nest a few dozen deep, hostile markup (a
 * million unclosed `<div>`) would make the parse quadratic. Opening tags past this depth are
 * dropped before parsing; their text stays, in the deepest element.
 */
const MAX_DEPTH = 256;

/**
 * Elements that never hold others of their kind: void elements, and those the parser closes when
 * the next one opens (`<p>`, `<td>`, `<li>` …). They are not counted as nesting.
 */
const NOT_NESTING = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "p",
  "li",
  "td",
  "th",
  "tr",
  "option",
  "dt",
  "dd",
]);

/**
 * The markup with opening tags past {@link MAX_DEPTH} of nesting dropped, and the number of tags.
 * A linear scan of the tags (a tag pattern stops at the next `<` or `>`); comments are not told
 * apart, which only matters for markup nested hundreds deep.
 */
function capNesting(html: string, meter?: Meter): { readonly html: string; readonly tags: number } {
  // The open elements as the parser will see them (implied closes aside): a closing tag closes
  // up to the last open element of its name, and one of no open element is ignored.
  const open: string[] = [];
  let tags = 0;
  let dropped = false;
  // The scan and the replacement: each character read about twice.
  tick(meter, 2 * html.length);
  const out = html.replace(
    /<(\/?)([A-Za-z][\w:-]*)[^<>]*>/g,
    (tag, closing: string, name: string) => {
      tags++;
      const lower = name.toLowerCase();
      if (NOT_NESTING.has(lower) || tag.endsWith("/>")) return tag;
      if (closing !== "") {
        // A search of at most MAX_DEPTH names.
        tick(meter, open.length);
        const at = open.lastIndexOf(lower);
        if (at !== -1) open.length = at;
        return tag;
      }
      if (open.length >= MAX_DEPTH) {
        dropped = true;
        return "";
      }
      open.push(lower);
      return tag;
    },
  );
  return { html: dropped ? out : html, tags };
}

/**
 * Where text goes: the current line's pieces, finished lines, and grids met on the way; `linked`
 * counts the letters and digits of the current line that are the text of a link to another page.
 */
interface Sink {
  readonly blocks: Block[];
  pieces: string[];
  linked: number;
}

interface CellBuilder {
  readonly sink: Sink;
  readonly rowSpan: number;
  readonly colSpan: number;
}

interface TableBuilder {
  readonly rows: CellBuilder[][];
  row: CellBuilder[] | undefined;
  /** Text met inside the table outside any cell (a browser shows it before the table). */
  readonly outside: Sink;
}

const newSink = (): Sink => ({ blocks: [], pieces: [], linked: 0 });

const WORD_CHARACTERS = /[\p{L}\p{N}]/gu;

/** How many letters and digits a text has. */
function wordCharacters(text: string, meter?: Meter): number {
  tick(meter, 1 + text.length);
  return text.match(WORD_CHARACTERS)?.length ?? 0;
}

/**
 * A link to another page (or a page action such as `javascript:window.print()`): an `href` that is
 * not a fragment of this page. A table of contents linking to the report's own headings is no
 * navigation away from it.
 */
function isLinkAway(element: Element): boolean {
  const href = element.attribs["href"];
  return href !== undefined && !href.trim().startsWith("#");
}

/** Ends the current line of a sink: its pieces joined, blanks collapsed, as one text block. */
function breakLine(sink: Sink, meter?: Meter): void {
  if (sink.pieces.length === 0) return;
  const joined = sink.pieces.join("");
  sink.pieces = [];
  // The join, the collapse of blank runs, the trim.
  tick(meter, 3 * joined.length);
  const line = joined.replace(/[\s\u00a0]+/g, " ").trim();
  const linked = sink.linked;
  sink.linked = 0;
  if (line === "") return;
  // A line at least half of whose letters are link text is the page's navigation (a menu item, a
  // breadcrumb, 上一篇：《…》), as reading modes tell a page's chrome from its article.
  const navigation = linked > 0 && 2 * linked >= wordCharacters(line, meter);
  sink.blocks.push(
    navigation ? { kind: "text", text: line, navigation } : { kind: "text", text: line },
  );
}

function spanAttribute(element: Element, name: string): number {
  const value = Number.parseInt(element.attribs[name] ?? "", 10);
  return Number.isFinite(value) && value > 1 ? value : 1;
}

/** A cell's text: its lines; the grids nested in it follow the table as their own blocks. */
function cellText(cell: CellBuilder): string {
  return cell.sink.blocks
    .filter((block): block is Extract<Block, { kind: "text" }> => block.kind === "text")
    .map((block) => block.text)
    .join("\n");
}

/**
 * A table laid out for the page, not for data: one column (every row one cell at most), or a cell
 * holding a table (an older CMS page frames its menu and its article in the cells of a table, the
 * report's tables inside; no table of a report holds another). Its cells' content is read as
 * blocks in order, as the page shows it.
 */
function isLayoutTable(table: TableBuilder): boolean {
  return (
    table.rows.every((row) => row.length <= 1) ||
    table.rows.some((row) =>
      row.some((cell) => cell.sink.blocks.some((block) => block.kind === "table")),
    )
  );
}

function finishTable(table: TableBuilder, into: Sink, meter?: Meter): void {
  breakLine(table.outside, meter);
  into.blocks.push(...table.outside.blocks);
  const rows = table.row === undefined ? table.rows : [...table.rows, table.row];
  const all = { ...table, rows };
  for (const row of rows) for (const cell of row) breakLine(cell.sink, meter);
  tick(meter, 1 + rows.length);
  if (isLayoutTable(all)) {
    for (const row of rows) for (const cell of row) into.blocks.push(...cell.sink.blocks);
    return;
  }
  const grid: Grid = {
    rows: rows.map((row) =>
      row.map((cell): GridCell => {
        tick(meter, 1);
        return {
          text: cellText(cell),
          ...(cell.rowSpan > 1 && { rowSpan: cell.rowSpan }),
          ...(cell.colSpan > 1 && { colSpan: cell.colSpan }),
        };
      }),
    ),
  };
  into.blocks.push({ kind: "table", grid });
  for (const row of rows) {
    for (const cell of row) {
      for (const block of cell.sink.blocks) if (block.kind === "table") into.blocks.push(block);
    }
  }
}

type Frame =
  | { readonly kind: "node"; readonly node: ChildNode }
  | { readonly kind: "exit"; readonly run: () => void };

/**
 * The blocks of an HTML page or fragment, in reading order: paragraphs, headings and line breaks
 * give text blocks; each `<table>` a grid (merged cells with their spans; a nested table its own
 * grid after the one it sits in; a one-column layout table its content as blocks). Inline
 * elements add nothing between their texts (Word splits words across runs), blank runs collapse
 * to one space, and `<head>`, styles, scripts and comments (Word's conditional comments included)
 * are skipped. The walk keeps its own stack, so no nesting depth can overflow the call stack.
 *
 * @example
 * ```ts
 * htmlDocument("<p>规章</p><table><tr><td colspan=2>第二十条第（一）项</td></tr></table>").blocks;
 * // [{ kind: 'text', text: '规章' }, { kind: 'table', grid: { rows: [[{ text: '第二十条第（一）项', colSpan: 2 }]] } }]
 * ```
 */
export function htmlDocument(html: string, meter?: Meter): SourceDocument {
  const capped = capNesting(html, meter);
  // The parser reads each character a bounded number of times (a tokenizer and a tree builder),
  // and moves its stack of open elements (at most MAX_DEPTH deep) once per tag.
  tick(meter, 4 * capped.html.length + MAX_DEPTH * capped.tags);
  const root = parseDocument(capped.html);
  const top = newSink();
  const sinks: Sink[] = [top];
  const tables: TableBuilder[] = [];
  const sink = () => sinks[sinks.length - 1]!;
  // How many links away from the page the walk is inside (links do not nest, but markup may).
  let links = 0;
  const stack: Frame[] = root.children
    .slice()
    .reverse()
    .map((node) => ({ kind: "node", node }));
  while (stack.length > 0) {
    const frame = stack.pop()!;
    tick(meter, 1);
    if (frame.kind === "exit") {
      frame.run();
      continue;
    }
    const { node } = frame;
    if (node.type === "text") {
      tick(meter, node.data.length);
      const into = sink();
      into.pieces.push(node.data);
      if (links > 0) into.linked += wordCharacters(node.data, meter);
      continue;
    }
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (SKIPPED.has(name) || isHidden(element)) continue;
    const children = (): Frame[] => {
      tick(meter, element.children.length);
      return element.children
        .slice()
        .reverse()
        .map((child) => ({ kind: "node", node: child }));
    };
    const table = tables[tables.length - 1];
    if (name === "table" && tables.length < MAX_TABLE_DEPTH) {
      const into = sink();
      breakLine(into, meter);
      const builder: TableBuilder = { rows: [], row: undefined, outside: newSink() };
      tables.push(builder);
      sinks.push(builder.outside);
      stack.push({
        kind: "exit",
        run: () => {
          sinks.pop();
          tables.pop();
          finishTable(builder, into, meter);
        },
      });
      stack.push(...children());
      continue;
    }
    if (name === "tr" && table !== undefined && sink() === table.outside) {
      if (table.row !== undefined) table.rows.push(table.row);
      table.row = [];
      stack.push({
        kind: "exit",
        run: () => {
          if (table.row !== undefined) table.rows.push(table.row);
          table.row = undefined;
        },
      });
      stack.push(...children());
      continue;
    }
    if ((name === "td" || name === "th") && table !== undefined && sink() === table.outside) {
      table.row ??= [];
      const cell: CellBuilder = {
        sink: newSink(),
        rowSpan: spanAttribute(element, "rowspan"),
        colSpan: spanAttribute(element, "colspan"),
      };
      table.row.push(cell);
      sinks.push(cell.sink);
      stack.push({ kind: "exit", run: () => sinks.pop() });
      stack.push(...children());
      continue;
    }
    if (name === "a" && isLinkAway(element)) {
      links++;
      stack.push({ kind: "exit", run: () => links-- });
      stack.push(...children());
      continue;
    }
    if (name === "br") {
      breakLine(sink(), meter);
      continue;
    }
    if (BLOCKS.has(name) || name === "table" || name === "td" || name === "th") {
      const into = sink();
      breakLine(into, meter);
      stack.push({ kind: "exit", run: () => breakLine(into, meter) });
      stack.push(...children());
      continue;
    }
    stack.push(...children());
  }
  breakLine(top, meter);
  return { blocks: top.blocks };
}
