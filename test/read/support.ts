/** Corpus access for parser tests: the report text without the corpus header block. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { type Report, tableLayout } from "../../src/index.js";
import { toJSON } from "../../src/serialize/json.js";
import { reportText } from "../support/reporttext.js";

const dir = fileURLToPath(new URL("../fixtures/corpus/", import.meta.url));

export interface CorpusFile {
  readonly name: string;
  readonly header: Readonly<Record<string, string>>;
  readonly text: string;
}

export function corpusFiles(): CorpusFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => corpus(name.replace(/\.txt$/, "")));
}

export function corpus(name: string): CorpusFile {
  const raw = readFileSync(`${dir}${name}.txt`, "utf8");
  const text = reportText(raw);
  const header = Object.fromEntries(
    raw
      .slice(0, raw.length - text.length)
      .replace(/\n---\n$/, "")
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
  );
  return { name, header, text };
}

/**
 * Separates the cell tokens of a row. No cell value or mark can hold it: a number never does, and
 * a pipe is what separates cells in the texts the parser reads, so it never ends up inside a mark
 * (rowsOf checks this, so that a token can never be misread).
 */
export const SEPARATOR = "|";

/** The token of an absent cell (unread); the parser never makes a mark of it. */
const ABSENT = "?";

/**
 * A table as rows of cell tokens in registry order, joined by {@link SEPARATOR}: numbers, "" for
 * blank, the mark itself (e.g. "/" for `{ mark: "/" }`), "?" for absent.
 */
export function rowsOf(report: Report | undefined, table: string): Record<string, string> {
  const json = toJSON(report!) as Record<string, Record<string, Record<string, unknown>>>;
  const layout = tableLayout(report!.template).find((t) => t.key === table)!;
  const rows: Record<string, string> = {};
  if (json[table] === undefined) return rows;
  for (const row of layout.rows) {
    const cells = json[table]![row.key] ?? {};
    rows[row.key] = row.columns
      .map((column) => {
        const v = cells[column.key];
        if (v === undefined) return ABSENT;
        if (v === null) return "";
        if (typeof v !== "object") return String(v);
        const { mark } = v as { mark: string };
        // A mark that could be read as another token (blank, absent, or two cells) is a test bug.
        if (mark === "" || mark === ABSENT || mark.includes(SEPARATOR)) {
          throw new Error(`rowsOf: the mark ${JSON.stringify(mark)} cannot be told apart`);
        }
        return mark;
      })
      .join(SEPARATOR);
  }
  return rows;
}

/**
 * The cells of `read` that `reference` gives another value, both as {@link rowsOf} gives them, an
 * absent cell of `read` aside: a reading may leave a cell absent, never give it another value.
 * Each as `row column: read ≠ reference`, so that a failing test names the cell.
 */
export function cellsDiffering(
  read: Readonly<Record<string, string>>,
  reference: Readonly<Record<string, string>>,
): string[] {
  const differing: string[] = [];
  for (const [row, cells] of Object.entries(read)) {
    const printed = reference[row]?.split(SEPARATOR) ?? [];
    cells.split(SEPARATOR).forEach((cell, column) => {
      if (cell !== ABSENT && cell !== printed[column]) {
        differing.push(`${row} ${column}: ${cell} ≠ ${printed[column]}`);
      }
    });
  }
  return differing;
}

/**
 * seed-dacaozhuang-2022 (one cell a paragraph) with rows of table 三 printing `values`: each row
 * given by its label as printed, its seven `0` cells replaced.
 */
export function seedWith(rows: Readonly<Record<string, readonly string[]>>): string {
  let text = corpus("seed-dacaozhuang-2022").text;
  for (const [label, values] of Object.entries(rows)) {
    const escaped = label.replace(/[()]/g, "\\$&");
    const row = new RegExp(`(${escaped}\\n\\n)(?:\\s*0\\u00a0? *\\n\\n){7}`);
    expect(row.test(text)).toBe(true);
    text = text.replace(row, (_all, head: string) => head + values.map((v) => `${v}\n\n`).join(""));
  }
  return text;
}

/**
 * A pipe-table text (`toMarkdown`'s, a page copied as pipes) as an HTML page: each pipe row a
 * `<tr>`, each piece a `<td>`, each other line a paragraph; Markdown's separator rows left out.
 * The flat tables a Word export or a CMS prints, for reading the same text through the grid mapper.
 */
export function pipeTextAsHTML(markdown: string): string {
  const parts: string[] = [];
  let open = false;
  for (const line of markdown.split("\n")) {
    const row = line.startsWith("|");
    if (row && /^\|[-\s|:]+\|$/.test(line)) continue;
    if (row !== open) parts.push(row ? "<table>" : "</table>");
    open = row;
    const cells = line
      .slice(1, -1)
      .split("|")
      .map((cell) => `<td>${cell.trim()}</td>`)
      .join("");
    parts.push(row ? `<tr>${cells}</tr>` : `<p>${line}</p>`);
  }
  if (open) parts.push("</table>");
  return `<html><body>${parts.join("")}</body></html>`;
}

/** A pipe-table text with its cells set apart by spaces instead, as `pdftotext -layout` prints. */
export function spaced(markdown: string): string {
  return markdown
    .split("\n")
    .filter((line) => !/^\|[-\s|:]+\|$/.test(line))
    .map((line) =>
      line.startsWith("|")
        ? line
            .slice(1, -1)
            .split("|")
            .map((cell) => cell.trim())
            .join("    ")
            .trim()
        : line,
    )
    .join("\n");
}
