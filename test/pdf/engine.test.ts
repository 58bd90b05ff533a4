/**
 * How the engine words what pdf.js throws, with pdf.js replaced by a stand-in that fails on
 * purpose (the real pdf.js in Node always finds its worker, and rarely fails mid-document).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

const state: { open: () => Promise<unknown> } = { open: async () => ({}) };

vi.mock("pdfjs-dist/legacy/build/pdf.mjs", () => ({
  AnnotationMode: { DISABLE: 0 },
  OPS: {},
  getDocument: () => ({
    promise: state.open(),
    destroy: () => Promise.reject(new Error("already gone")),
  }),
}));

const { readPdf } = await import("../../src/pdf/engine.js");

const page = (text: string, fail = false) => ({
  getViewport: () => ({ transform: [1, 0, 0, -1, 0, 800], width: 600, height: 800 }),
  getTextContent: async () => {
    if (fail) throw new Error("bad content stream");
    return { items: [{ str: text, transform: [12, 0, 0, 12, 80, 700], width: 24, height: 12 }] };
  },
  getOperatorList: async () => ({ fnArray: [], argsArray: [] }),
  cleanup: () => undefined,
});

describe("readPdf with pdf.js failing", () => {
  beforeEach(() => {
    state.open = async () => ({});
  });

  it("a browser app that set no worker file is told so, not told its file is damaged", async () => {
    state.open = () =>
      Promise.reject(
        new Error('Setting up fake worker failed: "No GlobalWorkerOptions.workerSrc specified.".'),
      );
    const reading = await readPdf(new Uint8Array([1]));
    expect(reading).toMatchObject({ ok: false, reason: "no-worker" });
    expect(reading.ok === false && reading.detail).toMatch(/GlobalWorkerOptions\.workerSrc/);
  });

  it("whatever else pdf.js throws is a damaged PDF (truncated without its %%EOF), with pdf.js's words", async () => {
    const ended = new TextEncoder().encode("%PDF-1.7\n…\n%%EOF\n");
    state.open = () =>
      Promise.reject(
        Object.assign(new Error("Invalid PDF structure."), { name: "InvalidPDFException" }),
      );
    expect(await readPdf(ended)).toEqual({
      ok: false,
      reason: "damaged",
      detail: "Invalid PDF structure.",
    });
    expect(await readPdf(new Uint8Array([1]))).toEqual({
      ok: false,
      reason: "truncated",
      detail: "Invalid PDF structure.",
    });
    state.open = () => Promise.reject("a string");
    expect(await readPdf(ended)).toEqual({ ok: false, reason: "damaged", detail: "a string" });
    state.open = () =>
      Promise.reject(Object.assign(new Error(""), { name: "UnknownErrorException" }));
    expect(await readPdf(ended)).toMatchObject({ detail: "UnknownErrorException" });
  });

  it("a password exception is an encrypted PDF", async () => {
    state.open = () =>
      Promise.reject(Object.assign(new Error("No password given"), { name: "PasswordException" }));
    expect(await readPdf(new Uint8Array([1]))).toEqual({
      ok: false,
      reason: "encrypted",
      detail: "No password given",
    });
  });

  it("a page pdf.js cannot read is left empty; the others are read", async () => {
    // A page's worth of text: a page with a word or two would be a scan's (textlayer.ts).
    const text =
      "二、主动公开政府信息情况：第二十条第（一）项，信息内容，本年制发件数，本年废止件数，现行有效件数";
    state.open = async () => ({ numPages: 2, getPage: async (n: number) => page(text, n === 1) });
    const reading = await readPdf(new Uint8Array([1]));
    expect(reading.ok && reading.pages.map((p) => p.runs.map((r) => r.text))).toEqual([[], [text]]);
  });

  it("a document whose pages have no text has no text layer", async () => {
    state.open = async () => ({ numPages: 3, getPage: async () => page(" ") });
    expect(await readPdf(new Uint8Array([1]))).toEqual({
      ok: false,
      reason: "no-text-layer",
      detail: "none of its 3 page(s) has text",
    });
  });
});
