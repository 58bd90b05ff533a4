/**
 * What each entry loads, read from the built files: the root entry never loads the zip reader
 * (fflate) nor zod, which live behind `./docx` and `./schema`, so that a page that only validates
 * or renders reports does not download them. The ESM build keeps one file per module: the test
 * follows the relative imports from an entry and collects the packages they import.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";

const dist = join(inject("distRoot"), "dist");

/** The bare specifiers (packages) that a built ESM entry loads, through its relative imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const stack = [resolve(dist, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
      if (specifier!.startsWith(".")) stack.push(resolve(dirname(file), specifier!));
      else packages.add(specifier!.split("/")[0]!);
    }
  }
  return packages;
}

const required = (file: string) =>
  new Set(
    [...readFileSync(join(dist, file), "utf8").matchAll(/\brequire\(["']([^"']+)["']\)/g)].map(
      (m) => m[1]!,
    ),
  );

describe("what the entries load", () => {
  it("the root entry (ESM) loads neither fflate nor zod", () => {
    const loaded = packagesLoadedBy("esm/index.js");
    expect(loaded.has("decimal.js")).toBe(true);
    expect([...loaded].filter((name) => name === "fflate" || name === "zod")).toEqual([]);
  });

  it("the root entry (CommonJS) requires neither fflate nor zod", () => {
    const loaded = required("index.cjs");
    expect(loaded.has("decimal.js")).toBe(true);
    expect(loaded.has("fflate")).toBe(false);
    expect(loaded.has("zod")).toBe(false);
  });

  it("./docx loads fflate (so that the checks above can fail)", () => {
    expect(packagesLoadedBy("esm/docx.js").has("fflate")).toBe(true);
    expect(required("docx.cjs").has("fflate")).toBe(true);
  });
});

describe("the Word writer's library (docx) is inlined, once", () => {
  const manifest = (path: string) =>
    JSON.parse(readFileSync(path, "utf8")) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
  const root = manifest(resolve(import.meta.dirname, "../../package.json"));

  it("no built entry imports or requires docx: it is inside the build", () => {
    expect(packagesLoadedBy("esm/docx.js").has("docx")).toBe(false);
    expect(required("docx.cjs").has("docx")).toBe(false);
  });

  it("the ESM build holds it in one module, which the writer's modules share", () => {
    // `Packer` is docx's own class; a second inlined copy would make Document and Table classes
    // of two different libraries meet.
    const holding = ["document.js", "table.js", "library.js"].filter((file) =>
      /\bclass Packer\b|\bPacker = class\b/.test(
        readFileSync(join(dist, "esm/docx/write", file), "utf8"),
      ),
    );
    expect(holding).toEqual(["library.js"]);
  });

  it("no runtime dependency brings @types/node into a consumer's project", () => {
    // A consumer's TypeScript loads every @types package it finds; one of a newer Node than its
    // TypeScript reads breaks the consumer's build (docx 9 depends on @types/node 26).
    const bringing = Object.keys(root.dependencies ?? {}).filter((name) => {
      const own = manifest(
        resolve(import.meta.dirname, "../../node_modules", name, "package.json"),
      );
      return "@types/node" in { ...own.dependencies, ...own.peerDependencies };
    });
    expect(bringing).toEqual([]);
    expect(Object.keys(root.dependencies ?? {})).not.toContain("docx");
  });
});
