/**
 * In Node the engine gives pdf.js a document that discards its font rules (src/pdf/fonts.ts), so
 * that pdf.js neither fails to load a font (and falls back to building every glyph's drawing
 * path) nor loads one anywhere. pdf.js is wrapped here to see what the engine passes and what
 * pdf.js does with it.
 */
import { describe, expect, it, vi } from "vitest";
import { discardingDocument, fontSettings, type RuleSink } from "../../src/pdf/fonts.js";
import { pagesOf } from "./support.js";

const seen = vi.hoisted(() => ({ settings: [] as Record<string, unknown>[], rules: 0 }));

vi.mock("pdfjs-dist/legacy/build/pdf.mjs", async (original) => {
  const pdfjs = await original<typeof import("pdfjs-dist/legacy/build/pdf.mjs")>();
  return {
    ...pdfjs,
    getDocument: (params: Record<string, unknown>) => {
      seen.settings.push(params);
      const sink = params["ownerDocument"] as RuleSink | undefined;
      if (sink === undefined) return pdfjs.getDocument(params);
      // The same stand-in, counting the rules pdf.js inserts into it.
      const counting: RuleSink = {
        ...sink,
        createElement: (tag) => {
          const element = sink.createElement(tag);
          return {
            ...element,
            sheet: {
              cssRules: element.sheet.cssRules,
              insertRule: (rule) => {
                seen.rules += 1;
                return element.sheet.insertRule(rule);
              },
            },
          };
        },
      };
      return pdfjs.getDocument({ ...params, ownerDocument: counting });
    },
  };
});

describe("fonts of a PDF read in Node", () => {
  it("go as @font-face rules into a document that keeps none, and the text is read", async () => {
    const pages = await pagesOf("seed-chromium.pdf");
    expect(seen.settings.at(-1)).toMatchObject({ disableFontFace: false });
    // pdf.js loaded the fonts through the stand-in: had it failed, it would have drawn paths.
    expect(seen.rules).toBeGreaterThan(0);
    expect(pages[0]!.runs.length).toBeGreaterThan(0);
    expect(pages.some((page) => page.segments.length > 0)).toBe(true);
  });
});

describe("fontSettings", () => {
  it("keeps pdf.js's fonts out of a browser page, and off glyph paths where there is no page", () => {
    expect(fontSettings(true)).toEqual({ disableFontFace: true });
    const settings = fontSettings(false);
    expect(settings.disableFontFace).toBe(false);
    expect("ownerDocument" in settings).toBe(true);
  });

  it("the stand-in takes rules and keeps none", () => {
    const rules: string[] = [];
    const sink = discardingDocument((rule) => rules.push(rule));
    const style = sink.createElement("style");
    sink.documentElement.getElementsByTagName("head")[0]!.append(style);
    expect(style.sheet.insertRule("@font-face {}")).toBe(0);
    expect(rules).toEqual(["@font-face {}"]);
    expect(style.sheet.cssRules).toEqual([]);
  });
});
