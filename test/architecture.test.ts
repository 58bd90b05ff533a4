import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the core does no I/O", () => {
  const core = files("src").filter((file) => !file.startsWith(join("src", "cli")));

  it("no module outside src/cli imports a Node built-in", () => {
    const offenders = core.filter((file) =>
      /from\s+["'](node:[^"']+|fs|path|os|child_process|process|url|stream)["']|require\(/.test(
        readFileSync(file, "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("no module uses process or global decimal.js / zod configuration", () => {
    const offenders = core.filter((file) =>
      /\bprocess\.|Decimal\.set\(|z\.config\(|import \{ z \} from "zod"/.test(
        readFileSync(file, "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("the check above can fail", () => {
    expect(/from\s+["'](node:[^"']+|fs)["']/.test('import { readFileSync } from "node:fs";')).toBe(
      true,
    );
  });
});

/**
 * The floors of ARCHITECTURE §1: text < templates < findings < model < {rules, build, serialize,
 * read} < {aggregate, docx, pdf} < index.ts < entries (cli/, vitest.ts, schema.ts, docx.ts, pdf.ts). A module may import from its
 * own folder and from any lower floor; never from a higher floor, and never from a sibling folder
 * on its own floor (rules, build, serialize and read do not see each other's insides). With that,
 * no two folders can import each other: there is no folder cycle.
 */
const FLOORS: readonly (readonly string[])[] = [
  ["text"],
  ["templates"],
  ["findings"],
  ["model"],
  ["rules", "build", "serialize", "read"],
  // The DOCX and PDF readers turn bytes into a SourceDocument and hand it to read/'s public
  // readDocument; their heavy libraries never reach the root entry.
  ["aggregate", "docx", "pdf"],
  ["index.ts"],
  ["cli", "vitest.ts", "schema.ts", "docx.ts", "pdf.ts"],
];
// The entries form one floor and may use one another's public files (cli prints jsonSchema()).
const ENTRIES = FLOORS[FLOORS.length - 1]!;

/** The folder (or root file) of a path under src/, and its floor. */
function place(path: string): { unit: string; floor: number } {
  const [first = ""] = relative("src", path).split(sep);
  const unit = ENTRIES.includes(first) ? "entries" : first;
  const floor = FLOORS.findIndex((names) => names.includes(first));
  if (floor === -1) throw new Error(`src/${first} is on no floor: add it to FLOORS`);
  return { unit, floor };
}

/** Every relative import of a module, resolved to the path of the imported .ts file. */
function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)];
  return specs.map((m) => join(dirname(file), m[1]!.replace(/\.js$/, ".ts")));
}

/** The imports that break the floors, as `importer -> imported`. */
function floorViolations(edges: readonly (readonly [string, string])[]): string[] {
  return edges
    .filter(([from, to]) => {
      const a = place(from);
      const b = place(to);
      return b.floor > a.floor || (b.floor === a.floor && b.unit !== a.unit);
    })
    .map(([from, to]) => `${from} -> ${to}`);
}

describe("floors", () => {
  const edges = files("src").flatMap((file) =>
    importsOf(file, readFileSync(file, "utf8")).map((to) => [file, to] as const),
  );

  it("every import resolves to a module of the tree (so that none escapes the check)", () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges.filter(([, to]) => !files("src").includes(to))).toEqual([]);
  });

  it("no import runs up a floor or into a sibling folder", () => {
    expect(floorViolations(edges)).toEqual([]);
  });

  it("the check finds an import up a floor, into a sibling and a folder cycle", () => {
    const p = (name: string) => join("src", ...name.split("/"));
    expect(
      floorViolations([
        [p("templates/registry.ts"), p("read/normalize.ts")],
        [p("rules/validate.ts"), p("serialize/json.ts")],
        [p("model/input.ts"), p("findings/finding.ts")],
        [p("findings/finding.ts"), p("model/input.ts")],
        [p("cli/index.ts"), p("schema.ts")],
      ]),
    ).toEqual([
      `${p("templates/registry.ts")} -> ${p("read/normalize.ts")}`,
      `${p("rules/validate.ts")} -> ${p("serialize/json.ts")}`,
      `${p("findings/finding.ts")} -> ${p("model/input.ts")}`,
    ]);
  });
});
