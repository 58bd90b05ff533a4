/**
 * Edits one value cell of a `toHTML` rendering, found by its `data-path`: the tests that feed
 * parseText a cell as some page prints it start from our rendering and change that cell only.
 */
import { expect } from "vitest";

/** The `<td …>…</td>` of the value cell at `path` (dotted), asserting there is exactly one. */
export function valueCell(html: string, path: string): string {
  const pattern = new RegExp(
    `<td[^<>]* data-path="${path.replace(/\./g, "\\.")}"[^<>]*>[^<]*</td>`,
    "g",
  );
  const found = html.match(pattern) ?? [];
  expect(found, path).toHaveLength(1);
  return found[0]!;
}

/** The rendering with the content of the value cell at `path` replaced by `content` (markup). */
export function withCell(html: string, path: string, content: string): string {
  const cell = valueCell(html, path);
  return html.replace(cell, `${cell.slice(0, cell.indexOf(">") + 1)}${content}</td>`);
}
