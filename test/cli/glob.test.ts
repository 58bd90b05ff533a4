import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileGlob, globMatches, globMayEnter, hasMagic } from "../../src/cli/glob.js";

const matches = (pattern: string, path: string, windows = false) => {
  const glob = compileGlob(pattern, windows);
  // Without a wildcard the pattern is a path: the base, unescaped.
  if (glob.segments.length === 0) return glob.base === path;
  const prefix = glob.base === "" ? "" : `${glob.base}/`;
  if (!path.startsWith(prefix)) return false;
  return globMatches(glob, path.slice(prefix.length).split("/"));
};

describe("compileGlob", () => {
  it("splits off the literal folder to walk from", () => {
    expect(compileGlob("reports/2022/*.txt").base).toBe("reports/2022");
    expect(compileGlob("*.txt").base).toBe("");
    expect(compileGlob("/data/**/x.pdf").base).toBe("/data");
    expect(compileGlob("/*.pdf").base).toBe("/");
    expect(compileGlob("a/**/**/b").segments.map((s) => s.kind)).toEqual(["globstar", "name"]);
    expect(compileGlob("C:\\reports\\*.txt", true).base).toBe("C:/reports");
  });

  it("* and ? stay within a segment; ** spans folders, none included", () => {
    expect(matches("*.txt", "a.txt")).toBe(true);
    expect(matches("*.txt", "d/a.txt")).toBe(false);
    expect(matches("r?.txt", "r1.txt")).toBe(true);
    expect(matches("r?.txt", "r12.txt")).toBe(false);
    expect(matches("reports/**/*.txt", "reports/a.txt")).toBe(true);
    expect(matches("reports/**/*.txt", "reports/x/y/a.txt")).toBe(true);
    expect(matches("reports/**/*.txt", "reports/x/y/a.pdf")).toBe(false);
    expect(matches("**", "x/y/z")).toBe(true);
    expect(matches("a/**/b/*.md", "a/x/b/c.md")).toBe(true);
    expect(matches("a/**/b/*.md", "a/x/c/c.md")).toBe(false);
  });

  it("sets, alternatives and escapes", () => {
    expect(matches("r[0-9].txt", "r5.txt")).toBe(true);
    expect(matches("r[!0-9].txt", "r5.txt")).toBe(false);
    expect(matches("r[!0-9].txt", "ra.txt")).toBe(true);
    expect(matches("*.{txt,pdf}", "a.pdf")).toBe(true);
    expect(matches("*.{txt,pdf}", "a.docx")).toBe(false);
    expect(matches("{a,b{c,d}}.txt", "bd.txt")).toBe(true);
    expect(matches("\\*.txt", "*.txt")).toBe(true);
    expect(matches("\\*.txt", "a.txt")).toBe(false);
    expect(matches("[z-a].txt", "[z-a].txt")).toBe(true);
    expect(matches("报告*.txt", "报告2022.txt")).toBe(true);
    expect(matches("reports\\*.txt", "reports/a.txt", true)).toBe(true);
  });

  it("wildcards do not match names starting with a dot, unless the pattern says so", () => {
    expect(matches("*", ".hidden")).toBe(false);
    expect(matches(".*", ".hidden")).toBe(true);
    expect(matches("**/*.txt", ".git/a.txt")).toBe(false);
  });

  it("globMayEnter prunes the folders no match can be in", () => {
    const glob = compileGlob("r*/20??/*.txt");
    expect(globMayEnter(glob, ["reports"])).toBe(true);
    expect(globMayEnter(glob, ["data"])).toBe(false);
    expect(globMayEnter(glob, ["reports", "2022"])).toBe(true);
    expect(globMayEnter(glob, ["reports", "2022", "x"])).toBe(false);
    expect(globMayEnter(compileGlob("a/**/*.txt"), ["a", "b", "c"])).toBe(true);
    expect(globMayEnter(compileGlob("a/**/*.txt"), ["a", ".git"])).toBe(false);
  });

  it("hasMagic tells patterns from paths", () => {
    expect(hasMagic("a/*.txt")).toBe(true);
    expect(hasMagic("a/b.txt")).toBe(false);
    expect(hasMagic("a/\\*.txt")).toBe(false);
    expect(hasMagic("a\\b.txt", true)).toBe(false);
  });

  it("a name without wildcards (escaped) matches itself and nothing else", () => {
    const segment = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes("/"));
    fc.assert(
      fc.property(segment, segment, (name, other) => {
        const escaped = name.replace(/[\\*?[{}\],]/g, "\\$&");
        // After a wildcard segment, so that the name is a segment to match, not the base.
        const glob = compileGlob(`x*/${escaped}`);
        expect(globMatches(glob, ["x", name])).toBe(true);
        expect(globMatches(glob, ["x", other])).toBe(other === name);
      }),
    );
  });

  it("* matches exactly the names of a segment without a leading dot", () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes("/"));
    fc.assert(
      fc.property(name, (n) => {
        expect(globMatches(compileGlob("x/*"), [n])).toBe(!n.startsWith("."));
      }),
    );
  });
});
