/**
 * The held-out real reports (test/fixtures/heldout/ to heldout6/, sources in their READMEs): a
 * fixture read the way it was published (a saved page by parseHTML, a text excerpt by
 * parseText after its header block) and compared with its hand-typed oracle.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ParseResult, parseHTML, parseText } from "../../src/index.js";
import { cellsOf, compareCells } from "./cells.js";
import { reportText } from "./reporttext.js";

/** The held-out sets, each a folder of test/fixtures/. */
export const HELDOUT_SETS = [
  "heldout",
  "heldout2",
  "heldout3",
  "heldout4",
  "heldout5",
  "heldout6",
] as const;
export type HeldOutSet = (typeof HELDOUT_SETS)[number];

/** An oracle: the report's year, template and cells as printed. */
export interface Oracle {
  readonly year: number;
  /**
   * Set where the page prints its year only as a span from it (`2022年以来，丰收乡…`), which the
   * readers by design never take as the year (`2018年以来` may open a later year's report): the
   * reading may leave the year null, saying so (PARSE_YEAR_UNCERTAIN), but never read another.
   */
  readonly yearOnlyAsSpan?: true;
  readonly template: "2019" | "2021";
  readonly cells: Readonly<Record<string, unknown>>;
}

/** One held-out report: its oracle, the library's reading and the two compared. */
export interface HeldOut {
  readonly name: string;
  readonly oracle: Oracle;
  readonly result: ParseResult;
  readonly compared: ReturnType<typeof compareCells>;
}

/** The folder of a held-out set. */
export function heldOutDir(set: HeldOutSet): string {
  return fileURLToPath(new URL(`../fixtures/${set}/`, import.meta.url));
}

/** The names of a set's reports (each with a `NAME.cells.json`), sorted. */
export function heldOutNames(set: HeldOutSet): string[] {
  return readdirSync(heldOutDir(set))
    .filter((file) => file.endsWith(".cells.json"))
    .map((file) => file.replace(/\.cells\.json$/, ""))
    .sort();
}

/** The report text of a fixture: after its header block (`---`), as in test/fixtures/corpus. */
function body(raw: string): string {
  return reportText(raw);
}

/** The report text of a held-out text fixture, as parseText is given it. */
export function heldOutText(set: HeldOutSet, name: string): string {
  return body(readFileSync(`${heldOutDir(set)}${name}.txt`, "utf8"));
}

/** Reads one held-out report and compares it with its oracle. */
export function loadHeldOut(set: HeldOutSet, name: string): HeldOut {
  const dir = heldOutDir(set);
  const oracle = JSON.parse(readFileSync(`${dir}${name}.cells.json`, "utf8")) as Oracle;
  const files = readdirSync(dir);
  const result = files.includes(`${name}.html`)
    ? parseHTML(readFileSync(`${dir}${name}.html`, "utf8"))
    : parseText(heldOutText(set, name));
  const expected = new Map(Object.entries(oracle.cells).map(([k, v]) => [k, JSON.stringify(v)]));
  return { name, oracle, result, compared: compareCells(cellsOf(result.report), expected) };
}
