/**
 * Running the built command as users do: dist/cli.js, built once per test run into a temporary
 * folder by test/setup/build.ts. Corpus reports are written without their corpus header.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { corpus } from "../read/support.js";

export const CLI = join(inject("distRoot"), "dist", "cli.js");

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly bytes: Buffer;
}

/** Runs `node dist/cli.js ARGS` with `input` on standard input; `node` options before the script. */
export function run(
  args: readonly string[],
  input?: Buffer | string,
  options: { readonly cwd?: string; readonly node?: readonly string[] } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...(options.node ?? []), CLI, ...args],
      {
        maxBuffer: 64 * 1024 * 1024,
        encoding: "buffer",
        ...(options.cwd !== undefined && { cwd: options.cwd }),
      },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({
          code,
          stdout: stdout.toString("utf8"),
          stderr: stderr.toString("utf8"),
          bytes: stdout,
        });
      },
    );
    child.stdin?.end(input ?? "");
  });
}

/** A fresh temporary folder. */
export function tempFolder(prefix = "zfxxgk-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the body of a corpus file (`name.txt`) into `folder` (made if needed); its path. */
export function writeBody(folder: string, name: string, as = name): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, as);
  writeFileSync(path, corpus(name.replace(/\.txt$/, "")).text);
  return path;
}

/** The JSON records of an NDJSON output. */
export function records(stdout: string): { file: string; [key: string]: unknown }[] {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}

export const readText = (path: string) => readFileSync(path, "utf8");
