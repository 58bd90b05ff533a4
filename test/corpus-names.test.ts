import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("no special cases for one report", () => {
  it("no file outside test/ names a corpus file", () => {
    const corpus = readdirSync("test/fixtures/corpus").filter((f) => f.endsWith(".txt"));
    const stems = corpus.map((f) => f.replace(/\.txt$/, ""));
    expect(stems.length).toBeGreaterThan(40);
    const offenders = files("src").filter((file) => {
      const text = readFileSync(file, "utf8");
      return stems.some((stem) => text.includes(stem));
    });
    expect(offenders).toEqual([]);
  });
});
