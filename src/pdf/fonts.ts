/**
 * How pdf.js is told to handle the fonts of a document it reads for text and lines only.
 *
 * pdf.js hands every embedded font to the main thread for drawing. With `disableFontFace: true`
 * (no font loaded into a page) its evaluator instead turns each glyph shown into a drawing path
 * (`buildFontPaths`) while it builds a page's operator list, which the reader asks for to find the
 * ruling lines: in a CPU profile of `zfxxgk validate` over PDFs that was a tenth of the time, all
 * of it for drawings nobody makes. With `disableFontFace: false` and no `document` (Node), pdf.js
 * would try to add a `@font-face` rule to a document that is not there, fail, and fall back to the
 * same paths. So where there is no document, pdf.js gets one that takes its font rules and keeps
 * none ({@link discardingDocument}); the fonts stay out of any page, and no path is built.
 * In a browser, the app's page is the document: its fonts are left alone and the paths are built,
 * as before.
 *
 * If a later pdf.js used the document otherwise, its font loading would fail and fall back to
 * building the paths: slower, never wrong (test/pdf/fonts.test.ts checks the rules still arrive).
 *
 * @module
 */

/** The few document methods pdf.js's `FontLoader` uses to insert a `@font-face` rule. */
export interface RuleSink {
  createElement(tag: string): {
    readonly sheet: { readonly cssRules: readonly unknown[]; insertRule(rule: string): number };
    remove(): void;
  };
  readonly documentElement: {
    getElementsByTagName(tag: string): readonly { append(node: unknown): void }[];
  };
}

/**
 * A stand-in document that accepts pdf.js's font rules and discards them.
 *
 * @param onRule - Called with each rule (tests count them).
 * @example
 * ```ts
 * const sink = discardingDocument();
 * sink.createElement("style").sheet.insertRule("@font-face {…}"); // 0, and nothing kept
 * ```
 */
export function discardingDocument(onRule?: (rule: string) => void): RuleSink {
  const sheet = {
    cssRules: [] as const,
    insertRule(rule: string): number {
      onRule?.(rule);
      return 0;
    },
  };
  return {
    createElement: () => ({ sheet, remove: () => undefined }),
    documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
  };
}

/**
 * The font settings for `getDocument`: no font in any page, and no glyph paths where there is no
 * page to keep fonts out of.
 *
 * @param hasDocument - Whether the thread has a `document` (a browser page).
 * @example
 * ```ts
 * fontSettings(typeof document !== "undefined"); // in Node: { disableFontFace: false, ownerDocument: … }
 * ```
 */
export function fontSettings(
  hasDocument: boolean,
): { disableFontFace: true } | { disableFontFace: false; ownerDocument: RuleSink } {
  return hasDocument
    ? { disableFontFace: true }
    : { disableFontFace: false, ownerDocument: discardingDocument() };
}
