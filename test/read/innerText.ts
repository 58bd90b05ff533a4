/**
 * The text a browser's `innerText` gives for an HTML fragment of `toHTML` (HTML Standard, "the
 * innerText getter steps"), without a browser: tags removed, entities decoded, whitespace of text
 * collapsed (`white-space: normal`), a tab after every table cell but the last of its row, a line
 * feed after every table row but the last of its table, one required line break around block
 * elements (`h1`, `h2`, `section`, `article`, `table`, `caption`, `div`) and two around `<p>`;
 * runs of required line breaks collapse to the largest, and none is kept at either end. A spanning
 * cell (`rowspan`/`colspan`) is one cell: spans add no tabs.
 *
 * Written for the well-formed fragments `toHTML` produces (every element closed, text escaped),
 * not as a general HTML parser.
 */

interface Element {
  readonly tag: string;
  readonly children: Node[];
}
type Node = Element | string;

const BLOCKS = new Set(["h1", "h2", "h3", "section", "article", "table", "caption", "div"]);
const VOID = new Set(["br", "hr", "img", "col"]);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function tree(html: string): Element {
  const root: Element = { tag: "#root", children: [] };
  const stack: Element[] = [root];
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>|[^<]+/g)) {
    const top = stack[stack.length - 1]!;
    if (match[2] === undefined) {
      top.children.push(decode(match[0]));
      continue;
    }
    const tag = match[2].toLowerCase();
    if (match[1] === "/") {
      if (stack.length > 1 && top.tag === tag) stack.pop();
      continue;
    }
    const element: Element = { tag, children: [] };
    top.children.push(element);
    if (!VOID.has(tag)) stack.push(element);
  }
  return root;
}

type Item = string | number;

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (typeof child === "string") continue;
      if (child.tag === "tr") rows.push(child);
      else if (child.tag !== "table") visit(child);
    }
  };
  visit(table);
  return rows;
}

function collect(node: Node, items: Item[], lastRow: Set<Element>, lastCell: Set<Element>): void {
  if (typeof node === "string") {
    // Whitespace-only text between tags renders nothing; other text collapses its whitespace.
    if (/^[ \t\n\r\f]*$/.test(node)) return;
    items.push(node.replace(/[ \t\n\r\f]+/g, " "));
    return;
  }
  if (node.tag === "br") {
    items.push("\n");
    return;
  }
  if (node.tag === "table") {
    const rows = rowsOf(node);
    if (rows.length > 0) lastRow.add(rows[rows.length - 1]!);
  }
  if (node.tag === "tr") {
    const cells = node.children.filter(
      (c): c is Element => typeof c !== "string" && (c.tag === "td" || c.tag === "th"),
    );
    if (cells.length > 0) lastCell.add(cells[cells.length - 1]!);
  }
  const breaks = node.tag === "p" ? 2 : BLOCKS.has(node.tag) ? 1 : 0;
  if (breaks > 0) items.push(breaks);
  const start = items.length;
  for (const child of node.children) collect(child, items, lastRow, lastCell);
  if (node.tag === "td" || node.tag === "th") {
    // Leading and trailing white space of a cell's line is not rendered.
    for (let i = start; i < items.length; i++) {
      if (typeof items[i] === "string") items[i] = (items[i] as string).trim();
    }
    if (!lastCell.has(node)) items.push("\t");
  }
  if (node.tag === "tr" && !lastRow.has(node)) items.push("\n");
  if (breaks > 0) items.push(breaks);
}

/**
 * The `innerText` of an HTML fragment as a browser renders it.
 *
 * @example
 * ```ts
 * innerText("<table><tr><th>规章</th><td>1</td><td></td></tr></table><p>a &amp; b</p>");
 * // '规章\t1\t\n\na & b'
 * ```
 */
export function innerText(html: string): string {
  const items: Item[] = [];
  collect(tree(html), items, new Set(), new Set());
  while (typeof items[0] === "number") items.shift();
  while (typeof items[items.length - 1] === "number") items.pop();
  let out = "";
  let pending = 0;
  for (const item of items) {
    if (typeof item === "number") {
      pending = Math.max(pending, item);
      continue;
    }
    if (item === "") continue;
    out += "\n".repeat(pending) + item;
    pending = 0;
  }
  return out;
}
