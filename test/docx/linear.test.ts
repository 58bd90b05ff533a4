/**
 * readDocx works in linear time, proved by counting work (src/text/meter.ts), not by a clock: for
 * each kind of hostile or heavy content, the parts' XML at 10 KB, 100 KB and 1 MB (characters)
 * costs at most K steps per character, and the cost per character does not grow with the size.
 * Quadratic work (a vertical merge looked up by scanning the rows above, a label re-rendered from a
 * growing text) grows it tenfold at 100 KB, so larger sizes would add time and no power.
 *
 * Measured steps per character at 1 MB (a little higher at 10 KB, where the fixed work weighs
 * more): split runs 4.78, rows merged into one cell 4.61, wide spans 4.28, numbered paragraphs
 * 4.56, nested content controls 4.03, one paragraph of many runs 4.21, nested tables 4.24, a long
 * label 7.29 (its "、" are three bytes each, and the bytes are inflated, checked and decoded), text
 * boxes 4.22; many zip entries 0.24 per byte of the archive. Hence K = 10.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx/read.js";
import type { Meter } from "../../src/text/meter.js";
import { documentXML, W } from "./support.js";

const SIZES = [10_000, 100_000, 1_000_000];
const K = 10;
const GROWTH = 1.1;
const SLACK = 0.5;

const repeat = (unit: string, size: number) =>
  unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

interface Case {
  /** The parts' XML for a body of about `size` characters. */
  readonly parts: (size: number) => Record<string, string>;
  /** What must come out, so that a case that reads nothing cannot pass. */
  readonly check: (blocks: number) => boolean;
}

const body = (inner: string) => ({ "word/document.xml": documentXML(inner) });
const numberingRelationship =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>';
const numbering = (text: string) => ({
  "word/numbering.xml": `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="${text}"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  "word/_rels/document.xml.rels": numberingRelationship,
});
const numbered =
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>';
const nest = (open: string, close: string, depth: number, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);

const CASES: Readonly<Record<string, Case>> = {
  "split runs": {
    parts: (size) =>
      body(repeat("<w:p><w:r><w:t>本年</w:t></w:r><w:r><w:t>12</w:t></w:r></w:p>", size)),
    check: (blocks) => blocks > 10,
  },
  "rows merged into one cell": {
    parts: (size) =>
      body(
        `<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>${repeat(
          "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>",
          size,
        )}</w:tbl>`,
      ),
    check: (blocks) => blocks === 1,
  },
  "wide spans": {
    parts: (size) =>
      body(
        `<w:tbl>${repeat(
          '<w:tr><w:trPr><w:gridBefore w:val="999999999"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc></w:tr>',
          size,
        )}</w:tbl>`,
      ),
    check: (blocks) => blocks === 1,
  },
  "numbered paragraphs": {
    parts: (size) => ({ ...body(repeat(numbered, size)), ...numbering("%1、") }),
    check: (blocks) => blocks > 10,
  },
  "content controls nested past the depth limit": {
    parts: (size) =>
      body(
        repeat(
          nest(
            "<w:sdt><w:sdtContent>",
            "</w:sdtContent></w:sdt>",
            300,
            "<w:p><w:r><w:t>深</w:t></w:r></w:p>",
          ),
          size,
        ) + "<w:p><w:r><w:t>浅</w:t></w:r></w:p>",
      ),
    check: (blocks) => blocks >= 1,
  },
  "one paragraph of many runs": {
    parts: (size) =>
      body(`<w:p>${repeat("<w:r><w:rPr><w:b/></w:rPr><w:t>1</w:t></w:r>", size)}</w:p>`),
    check: (blocks) => blocks === 1,
  },
  "tables nested in cells": {
    parts: (size) =>
      body(
        repeat(
          nest(
            "<w:tbl><w:tr><w:tc>",
            "</w:tc></w:tr></w:tbl>",
            40,
            "<w:p><w:r><w:t>内</w:t></w:r></w:p>",
          ),
          size,
        ),
      ),
    // Each nest reads as its innermost table: the tables holding it are frames, read as blocks.
    check: (blocks) => blocks >= 1,
  },
  "a long label on every paragraph": {
    parts: (size) => ({
      ...body(repeat(numbered, size / 2)),
      ...numbering(`%1${"、".repeat(size / 2)}`),
    }),
    check: (blocks) => blocks > 10,
  },
  "text boxes": {
    parts: (size) =>
      body(
        repeat(
          '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
          size,
        ),
      ),
    check: (blocks) => blocks > 10,
  },
};

function zipOf(parts: Record<string, string>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])),
    { level: 1 },
  );
}

/**
 * Counts readDocx on each size and checks each size as soon as it is counted, so that quadratic
 * work fails at 100 KB instead of running on.
 */
function expectLinear(
  make: (size: number) => { bytes: Uint8Array; n: number },
  check: Case["check"],
) {
  const seen: string[] = [];
  let atSmallest: number | undefined;
  for (const size of SIZES) {
    const { bytes, n } = make(size);
    const meter: Meter = { steps: 0 };
    const { document, drafts } = readDocx(bytes, meter);
    expect(drafts).toEqual([]);
    expect(check(document?.blocks.length ?? 0)).toBe(true);
    const perChar = meter.steps / n;
    atSmallest ??= perChar;
    seen.push(`${size}: ${perChar.toFixed(2)} steps/char`);
    const shown = seen.join(", ");
    expect(meter.steps, `steps ≤ ${K}·n (${shown})`).toBeLessThanOrEqual(K * n);
    expect(perChar, `steps/char does not grow (${shown})`).toBeLessThanOrEqual(
      GROWTH * atSmallest + SLACK,
    );
  }
}

describe("readDocx works in linear time", () => {
  it.each(Object.entries(CASES))("%s", (_name, { parts, check }) => {
    expectLinear((size) => {
      const xml = parts(size);
      const n = Object.values(xml).reduce((total, text) => total + text.length, 0);
      return { bytes: zipOf(xml), n };
    }, check);
  });

  it("many zip entries (n: the archive's bytes)", () => {
    expectLinear(
      (size) => {
        const files: Record<string, Uint8Array> = {
          "word/document.xml": strToU8(documentXML("<w:p><w:r><w:t>正文</w:t></w:r></w:p>")),
        };
        for (let i = 0; files && i < size / 100; i++)
          files[`media/${"x".repeat(20)}${i}.png`] = new Uint8Array(1);
        const bytes = zipSync(files, { level: 0 });
        return { bytes, n: bytes.length };
      },
      (blocks) => blocks === 1,
    );
  });

  it("the check can fail: quadratic work is caught at 100 KB", () => {
    const quadratic = (size: number) => {
      const bytes = zipOf(body(repeat("<w:p/>", size)));
      return { bytes, n: size };
    };
    // A make() whose n stays fixed while the work grows stands for work that is not linear.
    expect(() =>
      expectLinear(
        (size) => ({ ...quadratic(size), n: 10_000 }),
        () => true,
      ),
    ).toThrow();
  });
});
