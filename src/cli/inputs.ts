// The inputs of `validate`, listed lazily in a fixed order: each argument in turn (a file as
// given; a folder walked for report files; a pattern expanded), then each line of --files-from.
// Nothing is read ahead: a million paths are never held at once (only one folder's names).
import { createReadStream, type Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { REPORT_EXTENSIONS } from "./extensions.js";
import { compileGlob, type Glob, globMatches, globMayEnter, hasMagic } from "./glob.js";
import type { InputError } from "./words.js";

/** One input: a path (`-` for standard input), or a problem met while listing. */
export interface Input {
  readonly path: string;
  readonly problem?: InputError;
}

const isReportName = (name: string) => {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
};

/** Names in code-unit order: the same order on every machine and file system. */
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function entries(folder: string): Promise<Dirent[]> {
  return (await readdir(folder, { withFileTypes: true })).sort(byName);
}

/** Whether an entry is a file, following a symbolic link (folders behind links are not walked). */
async function isFile(folder: string, entry: Dirent): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return (await stat(join(folder, entry.name)).catch(() => undefined))?.isFile() === true;
}

const unreadable = (path: string, error: unknown): Input => ({
  path,
  problem: { code: "UNREADABLE", system: String((error as { code?: unknown }).code ?? error) },
});

/**
 * The report files below a folder, depth first, names in code-unit order. Hidden entries (a
 * leading dot) are skipped, and folders behind symbolic links are not entered (no cycles).
 */
async function* walkFolder(folder: string): AsyncGenerator<Input> {
  let list: Dirent[];
  try {
    list = await entries(folder);
  } catch (error) {
    yield unreadable(folder, error);
    return;
  }
  for (const entry of list) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (isReportName(entry.name) && (await isFile(folder, entry))) yield { path };
  }
}

/** The paths a pattern names: its files, and the report files of the folders it names. */
async function* walkGlob(glob: Glob): AsyncGenerator<Input> {
  async function* visit(names: readonly string[]): AsyncGenerator<Input> {
    const folder = join(glob.base === "" ? "." : glob.base, ...names);
    let list: Dirent[];
    try {
      list = await entries(folder);
    } catch {
      // As in shells: a folder that cannot be listed contributes no match.
      return;
    }
    for (const entry of list) {
      const child = [...names, entry.name];
      const path = join(folder, entry.name);
      if (globMatches(glob, child)) {
        if (entry.isDirectory()) yield* walkFolder(path);
        else if (await isFile(folder, entry)) yield { path };
      } else if (entry.isDirectory() && globMayEnter(glob, child)) {
        yield* visit(child);
      }
    }
  }
  yield* visit([]);
}

/** One argument as inputs; `literal`: a path only, never a pattern (lines of --files-from). */
async function* expand(
  argument: string,
  literal: boolean,
  windows: boolean,
): AsyncGenerator<Input> {
  if (argument === "-") {
    yield { path: "-" };
    return;
  }
  const stats = await stat(argument).catch(() => undefined);
  let count = 0;
  if (stats?.isDirectory()) {
    for await (const input of walkFolder(argument)) {
      count += 1;
      yield input;
    }
    if (count === 0) yield { path: argument, problem: { code: "NO_MATCH", folder: true } };
    return;
  }
  if (stats !== undefined || literal || !hasMagic(argument, windows)) {
    // A file, or a path the check will report (missing, unreadable).
    yield { path: argument };
    return;
  }
  for await (const input of walkGlob(compileGlob(argument, windows))) {
    count += 1;
    yield input;
  }
  if (count === 0) yield { path: argument, problem: { code: "NO_MATCH", folder: false } };
}

/** The lines of a list file or of standard input: one path a line, blank lines skipped. */
async function* lines(source: string): AsyncGenerator<string> {
  const stream = source === "-" ? process.stdin : createReadStream(source, "utf8");
  let first = true;
  for await (const raw of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    const line = first ? (raw as string).replace(/^\uFEFF/, "") : (raw as string);
    first = false;
    if (line.trim() !== "") yield line;
  }
}

/** Every input of a run, in order: the arguments, then the lines of `filesFrom`. */
export async function* listInputs(
  files: readonly string[],
  filesFrom: string | undefined,
  windows = process.platform === "win32",
): AsyncGenerator<Input> {
  for (const file of files) yield* expand(file, false, windows);
  if (filesFrom !== undefined) {
    for await (const line of lines(filesFrom)) yield* expand(line, true, windows);
  }
}
