/**
 * Every built file is ES2019 syntax: government front ends still build with webpack 4, whose parser
 * (acorn 6) stops at `??`, `?.` and class fields. acorn parses each file of the package built by
 * the global setup at exactly that edition.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "acorn";
import { describe, expect, inject, it } from "vitest";

const dist = join(inject("distRoot"), "dist");
const files = readdirSync(dist, { recursive: true, encoding: "utf8" })
  .filter((name) => /\.(c|m)?js$/.test(name))
  .map((name) => join(dist, name));

function parseAs2019(file: string): void {
  parse(readFileSync(file, "utf8"), {
    ecmaVersion: 2019,
    sourceType: file.endsWith(".cjs") ? "script" : "module",
    allowHashBang: true,
  });
}

/**
 * The command line's files run in Node only (≥ 20.19), never through a bundler: besides ES2019
 * they may use `import()` (commands and readers are loaded when used) and `import.meta` (the
 * worker's path), and nothing else of ES2020: no `?.`, `??`, BigInt or `export * as`.
 */
const isCli = (name: string) => /^cli(-worker)?\.js$|^cli-chunks[\\/]/.test(name);

/**
 * The `./pdf` entry's engine loads pdf.js with `import()` when the first PDF is read, so that the
 * thread's built-ins are captured before pdf.js replaces them in any bundle (src/pdf/natives.ts).
 * That one ES2020 form is allowed there: webpack 4 parses `import()` (it splits there), and pdf.js
 * itself is newer than ES2019, so no ES2019-only tool bundles `./pdf` anyway.
 */
const isPdfEngine = (name: string) => /^pdf\.cjs$|^esm[\\/]pdf[\\/]engine\.js$/.test(name);

/** ES2020 syntax in a file besides `import()` (a script for .cjs, where `import.meta` is an error). */
function newerThan2019WithImport(file: string): string[] {
  const code = readFileSync(file, "utf8");
  if (file.endsWith(".cjs")) {
    parse(code, { ecmaVersion: 2020, sourceType: "script", allowHashBang: true });
    if (/\bimport\.meta\b/.test(code)) return ["import.meta"];
  }
  return newerThan2019(code);
}

function newerThan2019(code: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as Record<string, unknown> & { type?: string };
    if (n.type === "ChainExpression") found.push("?.");
    if (n.type === "LogicalExpression" && n["operator"] === "??") found.push("??");
    if (n.type === "Literal" && n["bigint"] !== undefined) found.push("BigInt");
    if (n.type === "ExportAllDeclaration" && n["exported"]) found.push("export * as");
    for (const value of Object.values(n)) if (typeof value === "object") visit(value);
  };
  visit(parse(code, { ecmaVersion: 2020, sourceType: "module", allowHashBang: true }));
  return found;
}

describe("built files are ES2019", () => {
  it("the build has the entry files", () => {
    const names = files.map((file) => relative(dist, file));
    expect(names).toEqual(
      expect.arrayContaining([
        "esm/index.js",
        "esm/vitest.js",
        "index.cjs",
        "vitest.cjs",
        "cli.js",
        "cli-worker.js",
      ]),
    );
  });

  it.each(files.map((file) => [relative(dist, file), file]))("%s", (name, file) => {
    if (isCli(name)) expect(newerThan2019(readFileSync(file, "utf8"))).toEqual([]);
    else if (isPdfEngine(name)) expect(newerThan2019WithImport(file)).toEqual([]);
    else expect(() => parseAs2019(file)).not.toThrow();
  });

  it("the command line is split into chunks loaded when used", () => {
    expect(files.filter((file) => isCli(relative(dist, file))).length).toBeGreaterThan(3);
  });

  it("the check rejects newer syntax (so that it can fail)", () => {
    expect(() => parse("a ?? b", { ecmaVersion: 2019 })).toThrow();
    expect(() => parse("a?.b", { ecmaVersion: 2019 })).toThrow();
    const newer = "async function f() { await import(x); } a?.b; c ?? d; 1n; import.meta.url;";
    expect(newerThan2019(newer)).toEqual(["?.", "??", "BigInt"]);
    expect(newerThan2019('export * as n from "m";')).toEqual(["export * as"]);
  });
});
