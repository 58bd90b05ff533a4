import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { READERS } from "../../src/cli/readers.js";
import { keepNatives } from "../../src/pdf/natives.js";
import { parsePdf } from "../../src/pdf.js";

const pdf = () =>
  new Uint8Array(readFileSync(new URL("../fixtures/pdf/seed-chromium.pdf", import.meta.url)));

describe("keepNatives", () => {
  it("puts back a built-in replaced after the capture, and only then", () => {
    const stringify = JSON.stringify;
    const restore = keepNatives();
    expect(restore()).toBe(0);
    const replacement = (value: unknown) => stringify(value);
    JSON.stringify = replacement as typeof JSON.stringify;
    try {
      expect(JSON.stringify).toBe(replacement);
      expect(restore()).toBe(1);
      expect(JSON.stringify).toBe(stringify);
      expect(Object.getOwnPropertyDescriptor(JSON, "stringify")?.enumerable).toBe(false);
    } finally {
      JSON.stringify = stringify;
    }
  });

  it("parsePdf leaves this thread's push and JSON as they were", async () => {
    const natives = [Array.prototype.push, JSON.parse, JSON.stringify];
    const first = await parsePdf(pdf());
    expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(natives);
    expect(first.report?.template).toBe("2021");
  });

  it("the command's PDF reader leaves this thread's push and JSON as they were", async () => {
    const natives = [Array.prototype.push, JSON.parse, JSON.stringify];
    const reader = READERS.pdf!;
    if (reader.input !== "bytes") throw new Error("the PDF reader takes bytes");
    const read = await reader.load();
    const first = await read(pdf(), { locale: "zh", severity: {} });
    const second = await read(pdf(), { locale: "zh", severity: {} });
    expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(natives);
    // The same reading with the built-ins back as with pdf.js's replacements (the first file).
    expect(second.report).toEqual(first.report);
    expect(second.findings).toEqual(first.findings);
    expect(first.report?.template).toBe("2021");
  });
});
