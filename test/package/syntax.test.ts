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
      ]),
    );
  });

  it.each(files.map((file) => [relative(dist, file), file]))("%s", (_name, file) => {
    expect(() => parseAs2019(file)).not.toThrow();
  });

  it("the check rejects newer syntax (so that it can fail)", () => {
    expect(() => parse("a ?? b", { ecmaVersion: 2019 })).toThrow();
    expect(() => parse("a?.b", { ecmaVersion: 2019 })).toThrow();
  });
});
