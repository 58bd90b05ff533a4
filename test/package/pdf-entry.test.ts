/**
 * The `./pdf` entry as built: it reads a PDF from dist/ in ESM and in CommonJS (pdf.js finding its
 * worker file on its own, nothing configured), without `eval` or `new Function`, and the root
 * entry never loads pdf.js (about 1 MB that `import { validate }` must not pull in).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, inject, it } from "vitest";
import type { parsePdf as ParsePdf } from "../../src/pdf.js";
import { fixture } from "../pdf/support.js";

const dist = join(inject("distRoot"), "dist");

/** The bare module names an ESM file loads, following its relative imports through dist/. */
function packagesLoaded(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) {
      const specifier = match[1] ?? "";
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return packages;
}

const isPdfJs = (name: string) => name.startsWith("pdfjs-dist");
/** A CommonJS bundle's load of pdf.js: `require(…)`, or the `import(…)` the engine loads it with. */
const LOADS_PDFJS = /\b(?:require|import)\(["']pdfjs-dist/;

describe("the root entry never loads pdf.js", () => {
  it("no module the ESM root entry imports, nor the CommonJS one, is pdf.js", () => {
    expect([...packagesLoaded(join(dist, "esm", "index.js"))].filter(isPdfJs)).toEqual([]);
    expect(readFileSync(join(dist, "index.cjs"), "utf8")).not.toMatch(LOADS_PDFJS);
  });

  it("the check finds pdf.js behind the ./pdf entry (so that it can fail)", () => {
    expect([...packagesLoaded(join(dist, "esm", "pdf.js"))].filter(isPdfJs)).toEqual([
      "pdfjs-dist/legacy/build/pdf.mjs",
    ]);
    expect(readFileSync(join(dist, "pdf.cjs"), "utf8")).toMatch(LOADS_PDFJS);
  });
});

describe("the built ./pdf entry", () => {
  it("reads a PDF in ESM and in CommonJS", async () => {
    const esm = (await import(pathToFileURL(join(dist, "esm", "pdf.js")).href)) as {
      parsePdf: typeof ParsePdf;
    };
    const cjs = createRequire(import.meta.url)(join(dist, "pdf.cjs")) as {
      parsePdf: typeof ParsePdf;
    };
    for (const { parsePdf } of [esm, cjs]) {
      const result = await parsePdf(fixture("seed-chromium.pdf"));
      expect(result.report?.year).toBe(2022);
      expect(result.report?.applications).toBeDefined();
    }
  }, 60_000);
});

describe("the user's built-ins", () => {
  // A fresh Node process each, so that the built-ins are the engine's own before the entry loads.
  // On Node 20 and 21, pdf.js's legacy build replaces these three (see src/pdf/natives.ts).
  const script = (load: string) => `
    const before = [Array.prototype.push, JSON.parse, JSON.stringify];
    const same = () => [Array.prototype.push, JSON.parse, JSON.stringify].every((f, i) => f === before[i]);
    (async () => {
      const { parsePdf } = ${load};
      const loaded = same();
      const bytes = require("node:fs").readFileSync(${JSON.stringify(
        fileURLToPath(new URL("../fixtures/pdf/seed-chromium.pdf", import.meta.url)),
      )});
      const result = await parsePdf(new Uint8Array(bytes));
      console.log(JSON.stringify({ loaded, read: same(), year: result.report && result.report.year }));
    })();`;

  it.each([
    [
      "ESM",
      () => `await import(${JSON.stringify(pathToFileURL(join(dist, "esm", "pdf.js")).href)})`,
    ],
    ["CommonJS", () => `require(${JSON.stringify(join(dist, "pdf.cjs"))})`],
  ])(
    "%s: loading ./pdf and reading a PDF leave push, JSON.parse and JSON.stringify alone",
    (_, load) => {
      const out = execFileSync(process.execPath, ["-e", script(load())], { encoding: "utf8" });
      expect(JSON.parse(out)).toEqual({ loaded: true, read: true, year: 2022 });
    },
    60_000,
  );

  it("the built command leaves them alone too, pdf.js being bundled apart from natives.ts", () => {
    // The command's bundle inlines natives.ts into the chunk that reads PDFs and keeps pdf.js
    // external: a static import of pdf.js there was evaluated first (imports are hoisted), the
    // capture saw pdf.js's replacements, and every later push went through core-js's.
    const folder = mkdtempSync(join(tmpdir(), "zfxxgk-natives-"));
    try {
      const preload = join(folder, "natives.cjs");
      writeFileSync(
        preload,
        `const before = [Array.prototype.push, JSON.parse, JSON.stringify];
        process.on("exit", () => process.stderr.write("natives " + JSON.stringify(
          [Array.prototype.push, JSON.parse, JSON.stringify].map((f, i) => f === before[i])) + "\\n"));`,
      );
      const pdf = fileURLToPath(new URL("../fixtures/pdf/seed-chromium.pdf", import.meta.url));
      const run = spawnSync(
        process.execPath,
        ["-r", preload, join(dist, "cli.js"), "validate", pdf, "--jobs", "1", "--format", "json"],
        { encoding: "utf8" },
      );
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, year: 2022 });
      expect(run.stderr).toContain("natives [true,true,true]");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("no eval, no new Function while a PDF is read", () => {
  const realFunction = globalThis.Function;
  // biome-ignore lint/security/noGlobalEval: kept to be restored; the test counts eval calls
  const realEval = globalThis.eval;
  afterEach(() => {
    globalThis.Function = realFunction;
    globalThis.eval = realEval;
  });

  it("pdf.js runs with isEvalSupported: false and probes neither", async () => {
    const calls: string[] = [];
    globalThis.Function = new Proxy(realFunction, {
      apply(target, thisArg, args) {
        calls.push("Function");
        return Reflect.apply(target, thisArg, args);
      },
      construct(target, args) {
        calls.push("new Function");
        return Reflect.construct(target, args);
      },
    });
    globalThis.eval = (code: string) => {
      calls.push("eval");
      return realEval(code);
    };
    const { parsePdf } = (await import(pathToFileURL(join(dist, "esm", "pdf.js")).href)) as {
      parsePdf: typeof ParsePdf;
    };
    const result = await parsePdf(fixture("huaian-hongze-2024.pdf"));
    expect(result.report?.year).toBe(2024);
    expect(calls).toEqual([]);
  }, 60_000);
});
