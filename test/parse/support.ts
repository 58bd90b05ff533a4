/** Corpus access for parser tests: the report text without the corpus header block. */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Report, tableLayout } from "../../src/index.js";
import { toJSON } from "../../src/serialize/json.js";

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
  const split = raw.indexOf("\n---\n");
  const header = Object.fromEntries(
    raw
      .slice(0, split)
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
  );
  return { name, header, text: raw.slice(split + 5) };
}

/** A table as rows of cell tokens in registry order: numbers, "" for blank, the mark, "?" for absent. */
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
        if (v === undefined) return "?";
        if (v === null) return "";
        return typeof v === "object" ? (v as { mark: string }).mark : String(v);
      })
      .join("/");
  }
  return rows;
}

/** Seven cells of a table-三 row written as "a/b/c/d/e/f/g". */
export const zeros7 = "0/0/0/0/0/0/0";
