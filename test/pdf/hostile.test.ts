/**
 * parsePdf never throws nor rejects, on any bytes: random bytes (with and without a PDF header)
 * and real PDFs with bytes changed, cut or inserted. pdf.js logs what it repairs as warnings on
 * the console; the tests keep them off the test output.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sourceDocumentOf } from "../../src/pdf/document.js";
import { readPdf } from "../../src/pdf/engine.js";
import { parsePdf } from "../../src/pdf.js";
import { fixture } from "./support.js";

beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

/** The heading printed above the small PDF's table: a line of a report's Chinese. */
const HEADING = "二、主动公开政府信息情况：第二十条第（一）项，规章与规范性文件的制发情况";

/**
 * A small PDF written out here: one page with a heading and a ruled two-by-two table, in a
 * Chinese font it does not embed, whose codes its Unicode map (`/ToUnicode`) turns into
 * characters; so that a changed byte lands in every part of a PDF (header, objects, content
 * stream, CMap, cross-reference table) and pdf.js reads it fast. It has a page's worth of Chinese:
 * a page of a few Latin words would be a scan's or garble (src/pdf/textlayer.ts), and its mutants
 * would stop there.
 */
function smallPdf(): Uint8Array {
  const characters = [...new Set(`${HEADING}规章其他123`)];
  const code = (text: string) =>
    `<${[...text].map((c) => (characters.indexOf(c) + 1).toString(16).padStart(4, "0")).join("")}>`;
  const unicode = (c: string) => c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
  const toUnicode = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    `${characters.length} beginbfchar`,
    ...characters.map((c, i) => `<${(i + 1).toString(16).padStart(4, "0")}> <${unicode(c)}>`),
    "endbfchar endcmap CMapName currentdict /CMapResource defineresource pop end end",
  ].join("\n");
  const content = [
    "0.5 w 100 700 m 300 700 l 100 680 m 300 680 l 100 660 m 300 660 l",
    "100 700 m 100 660 l 200 700 m 200 660 l 300 700 m 300 660 l S",
    `BT /F1 8 Tf 40 740 Td ${code(HEADING)} Tj ET`,
    `BT /F1 10 Tf 105 685 Td ${code("规章")} Tj 100 0 Td ${code("12")} Tj ET`,
    `BT /F1 10 Tf 105 665 Td ${code("其他")} Tj 100 0 Td ${code("3")} Tj ET`,
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 800] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
    "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
    `<< /Length ${toUnicode.length} >>\nstream\n${toUnicode}\nendstream`,
    "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** Runs parsePdf and checks the shape of what it returns. */
async function neverThrows(bytes: Uint8Array): Promise<void> {
  const result = await parsePdf(bytes);
  expect(typeof result.ok).toBe("boolean");
  expect(Array.isArray(result.findings)).toBe(true);
  // No report without a finding saying why.
  if (result.report === undefined) expect(result.findings.length).toBeGreaterThan(0);
  // An unreadable file is one finding, never one among the findings of a report read.
  if (result.report !== undefined) {
    expect(result.findings.some((f) => f.code === "SOURCE_UNREADABLE")).toBe(false);
  }
}

/** A change to some bytes: one overwritten, a run cut out, bytes inserted, the file cut short. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("set" as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant("cut" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 32 }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

type Mutation =
  | { kind: "set"; at: number; byte: number }
  | { kind: "cut"; at: number; length: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "truncate"; at: number };

function mutate(bytes: Uint8Array, changes: readonly Mutation[]): Uint8Array {
  let out = bytes.slice();
  for (const change of changes) {
    const at = out.length === 0 ? 0 : change.at % out.length;
    if (change.kind === "set") out[at] = change.byte;
    else if (change.kind === "cut")
      out = new Uint8Array([...out.subarray(0, at), ...out.subarray(at + change.length)]);
    else if (change.kind === "insert")
      out = new Uint8Array([...out.subarray(0, at), ...change.bytes, ...out.subarray(at)]);
    else out = out.slice(0, at);
  }
  return out;
}

describe("parsePdf on hostile bytes", () => {
  it("the small PDF of these tests is read (so that its mutants test the reader)", async () => {
    const reading = await readPdf(smallPdf());
    const blocks = reading.ok ? sourceDocumentOf(reading.pages).blocks : [];
    expect(blocks).toEqual([
      { kind: "text", text: HEADING },
      {
        kind: "table",
        grid: {
          rows: [
            [{ text: "规章" }, { text: "12" }],
            [{ text: "其他" }, { text: "3" }],
          ],
        },
      },
    ]);
  });

  it("a page tree pointing at no page: damaged, not a scan", async () => {
    // The one kid replaced by a reference to no object (the same length: the offsets still hold).
    const text = new TextDecoder().decode(smallPdf()).replace("/Kids [3 0 R]", "/Kids [9 0 R]");
    const result = await parsePdf(new TextEncoder().encode(text));
    expect(result.report).toBeUndefined();
    expect(result.findings).toEqual([
      expect.objectContaining({ code: "SOURCE_UNREADABLE", expected: "pdf", actual: "damaged" }),
    ]);
  });

  it("random bytes, with or without a PDF header", async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 2048 }), async (header, body) => {
        const prefix = header ? new TextEncoder().encode("%PDF-1.7\n") : new Uint8Array();
        await neverThrows(new Uint8Array([...prefix, ...body]));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("a small PDF with bytes changed, cut out, inserted or cut short", async () => {
    const pdf = smallPdf();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (changes) => {
        await neverThrows(mutate(pdf, changes));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("a real report's PDF with bytes changed", async () => {
    const pdf = fixture("seed-libreoffice.pdf");
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 12 }), async (changes) => {
        await neverThrows(mutate(pdf, changes));
      }),
      { numRuns: 5 },
    );
  }, 180_000);
});
