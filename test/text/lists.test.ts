import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { append, least, most } from "../../src/text/lists.js";

// Past every engine's cap on a call's arguments (V8 near 120,000, JavaScriptCore 65,536).
const LONG = 200_000;

describe("least, most and append", () => {
  it("give what Math.min, Math.max and push give for short lists (property)", () => {
    const numbers = fc.array(fc.oneof(fc.double(), fc.integer()), { maxLength: 40 });
    fc.assert(
      fc.property(numbers, numbers, (a, b) => {
        expect(Object.is(least(a), Math.min(...a))).toBe(true);
        expect(Object.is(most(a), Math.max(...a))).toBe(true);
        const pushed = [...a];
        pushed.push(...b);
        const appended = [...a];
        append(appended, b);
        expect(appended).toEqual(pushed);
      }),
    );
  });

  it("take lists longer than a call's arguments", () => {
    const values = Array.from({ length: LONG }, (_, i) => (i * 7919) % LONG);
    expect(() => Math.min(...values)).toThrow(RangeError);
    expect(least(values)).toBe(0);
    expect(most(values)).toBe(LONG - 1);
    const into = [-1];
    append(into, values);
    expect(into.length).toBe(LONG + 1);
    expect(into[LONG]).toBe(values[LONG - 1]);
  });
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/**
 * The lines of `source` (comments left out) calling Math.min, Math.max or a push with an argument
 * spread: `...x` at the call's own depth (`{ ...x }` and `[...x]` inside it are values).
 */
function spreadCalls(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  for (const match of text.matchAll(/(?:Math\.(?:min|max)|\.push)\(/g)) {
    let depth = 0;
    for (let i = match.index + match[0].length - 1; i < text.length; i++) {
      const c = text[i]!;
      if ("([{".includes(c)) depth++;
      else if (")]}".includes(c) && --depth === 0) break;
      else if (depth === 1 && text.startsWith("...", i)) {
        const start = text.lastIndexOf("\n", match.index) + 1;
        found.push(text.slice(start, text.indexOf("\n", i)).trim());
        break;
      }
    }
  }
  return found;
}

describe("no list is spread into a call's arguments", () => {
  it("no module outside src/cli spreads a list into Math.min, Math.max or push", () => {
    const offenders = files("src")
      .filter((file) => !file.startsWith(join("src", "cli")))
      .flatMap((file) => spreadCalls(readFileSync(file, "utf8")).map((call) => `${file}: ${call}`));
    expect(offenders).toEqual([]);
  });

  it("the check above can fail, and passes values built with spreads", () => {
    expect(spreadCalls("x.push(a, ...b);\n")).toEqual(["x.push(a, ...b);"]);
    expect(spreadCalls("Math.max(\n  ...rows.map(f),\n);\n")).toEqual([
      "Math.max(\n  ...rows.map(f),",
    ]);
    expect(spreadCalls("/** as `Math.min(...values)` gives */\n// x.push(...y)\n")).toEqual([]);
    expect(spreadCalls("x.push({ ...a, b }); x.push([...a]); Math.min(a, b);")).toEqual([]);
  });
});
