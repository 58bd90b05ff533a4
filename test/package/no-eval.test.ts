/**
 * A page under a strict Content-Security-Policy (no 'unsafe-eval') reports every `eval` and every
 * `new Function`, even one whose error is caught (zod probes `new Function` that way). The library,
 * its dependencies included, must call neither while it loads or reads, checks, builds or renders a
 * report, and must leave zod's global configuration (shared with the host app's own zod) as it was.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";

type Global = typeof globalThis & { __zod_globalConfig?: object };

/** Replaces the global `Function` and `eval` by counting wrappers until `restore` is called. */
function countEval(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const realFunction = globalThis.Function;
  // biome-ignore lint/security/noGlobalEval: kept to be restored; the test counts eval calls
  const realEval = globalThis.eval;
  const countingFunction: FunctionConstructor = new Proxy(realFunction, {
    apply(target, thisArg, args) {
      calls.push(`Function(${String(args.at(-1)).slice(0, 40)})`);
      return Reflect.apply(target, thisArg, args);
    },
    construct(target, args, newTarget): object {
      calls.push(`new Function(${String(args.at(-1)).slice(0, 40)})`);
      return Reflect.construct(target, args, newTarget === countingFunction ? target : newTarget);
    },
  });
  globalThis.Function = countingFunction;
  globalThis.eval = (code: string) => {
    calls.push(`eval(${String(code).slice(0, 40)})`);
    return realEval(code);
  };
  return {
    calls,
    restore: () => {
      globalThis.Function = realFunction;
      globalThis.eval = realEval;
    },
  };
}

describe("no eval, no new Function", () => {
  let restore = () => {};
  afterEach(() => restore());

  it("the counter sees a call (so that the test below can fail)", () => {
    const counter = countEval();
    restore = counter.restore;
    new Function("return 1")();
    // biome-ignore lint/security/noGlobalEval: the test shows that an eval call is counted
    eval("1");
    expect(counter.calls).toEqual(["new Function(return 1)", "eval(1)"]);
  });

  it("while the library loads, parses (text and Word), validates, reads JSON, builds and renders", async () => {
    // zod keeps its configuration on globalThis, shared by every copy of zod in the page.
    const zodConfig = JSON.stringify((globalThis as Global).__zod_globalConfig ?? {});
    const counter = countEval();
    restore = counter.restore;
    vi.resetModules();
    const lib = await import("../../src/index.js");
    for (const report of [seedReport, shanghai2019Report]) {
      const json = lib.toJSON(report);
      const read = lib.fromJSON(JSON.stringify(json));
      expect(read.findings).toEqual([]);
      expect(lib.validate(report, { previous: report }).findings.length).toBeGreaterThanOrEqual(0);
      expect(lib.validate(json).ok).toBe(lib.validate(report).ok);
      const text = lib.toText(report);
      expect(lib.parseText(text).report?.template).toBe(report.template);
      lib.parseText(lib.toMarkdown(report));
      lib.parseText(lib.toHTML(report));
      lib.fromJSON({ ...json, applications: { disclosed: { naturalPerson: { mark: "/" } } } });
    }
    const docx = await import("../../src/docx.js");
    const word = readFileSync(new URL("../fixtures/docx/seed-2022.docx", import.meta.url));
    expect((await docx.parseDocx(word)).report?.template).toBe("2021");
    lib.createReport({ template: "2021", year: 2022, agency: "某局" });
    lib.aggregate([seedReport, seedReport], { agency: "某县" });
    counter.restore();
    expect(counter.calls).toEqual([]);
    expect(JSON.stringify((globalThis as Global).__zod_globalConfig ?? {})).toBe(zodConfig);
  });

  it("while the Word writer (and the docx library) loads and writes, and the page renders", async () => {
    const counter = countEval();
    restore = counter.restore;
    vi.resetModules();
    const { toDocx } = await import("../../src/docx/write/index.js");
    const lib = await import("../../src/index.js");
    for (const report of [seedReport, shanghai2019Report]) {
      const findings = lib.validate(report).findings;
      expect((await toDocx(report, { findings })).length).toBeGreaterThan(1000);
      lib.toHTML(report, { standalone: true, findings });
    }
    counter.restore();
    expect(counter.calls).toEqual([]);
  });
});
