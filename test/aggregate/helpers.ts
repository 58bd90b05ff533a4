/** Helpers of the aggregate tests: edit a report through its canonical JSON, read cells by path. */
import type { Report } from "../../src/index.js";
import { fromJSON, toJSON } from "../../src/index.js";

type Json = { [key: string]: unknown };

/** A copy of a report with the given cells (JSON values: numbers, decimal strings, null, marks) set, or deleted when `undefined`. */
export function withCells(
  report: Report,
  cells: readonly (readonly [readonly (string | number)[], unknown])[],
  top: Readonly<Record<string, unknown>> = {},
): Report {
  const json = JSON.parse(JSON.stringify(toJSON(report))) as Json;
  for (const [path, value] of cells) {
    let node = json;
    for (const key of path.slice(0, -1)) node = node[key] as Json;
    const last = path[path.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  Object.assign(json, top);
  const { report: back, findings } = fromJSON(json);
  // An absent section is what some edits make; a wrong type is a mistake in the test.
  const wrong = findings.filter((f) => f.code !== "SECTION_MISSING");
  if (back === undefined || wrong.length > 0) throw new Error(JSON.stringify(wrong));
  return back;
}

/** A copy of a report under another agency name. */
export function named(report: Report, name: string): Report {
  return withCells(report, [], { agency: { name } });
}

/** The value at a path of a report (or undefined). */
export function at(report: unknown, path: readonly (string | number)[]): unknown {
  let node = report;
  for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
  return node;
}
