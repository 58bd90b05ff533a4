/**
 * parseDocx never throws and never rejects: arbitrary bytes, the fixtures with bytes changed, cut or
 * inserted, and the fixtures' document XML edited at random (re-zipped, so that the reader gets
 * past the zip checks) give either a report, or no report with one SOURCE_UNREADABLE (bytes no
 * readable .docx), or no report with SECTION_MISSING only (a readable document in which no table
 * or section of the format is left, as parseText reports any text without one), never a mix.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseDocx } from "../../src/docx.js";
import type { ParseResult } from "../../src/index.js";
import { params } from "../hostile/support.js";

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../fixtures/docx/${name}.docx`, import.meta.url))),
  );
const fixtures = ["seed-2022", "seed-2022-numbered", "shanghai-2019", "pingtan-2021"].map(fixture);

/**
 * A result is a report, or no report with one SOURCE_UNREADABLE, or no report with SECTION_MISSING
 * only; never a report with SOURCE_UNREADABLE; and frozen.
 */
function expectWellFormed(result: ParseResult): void {
  const unreadable = result.findings.filter((f) => f.code === "SOURCE_UNREADABLE");
  if (result.report === undefined) {
    expect(result.ok).toBe(false);
    // An edit can leave a well-formed document with nothing of the format in it (seed 2133488822
    // splices a <w:tbl> into the first paragraph): that is not unreadable bytes.
    if (unreadable.length === 0) {
      const codes = new Set(result.findings.map((f) => f.code));
      codes.delete("OPTION_INVALID");
      expect([...codes]).toEqual(["SECTION_MISSING"]);
    } else expect(unreadable).toHaveLength(1);
  } else expect(unreadable).toEqual([]);
  expect(Object.isFrozen(result)).toBe(true);
  expect(Object.isFrozen(result.findings)).toBe(true);
}

/** Parses and fails the property on an exception or a rejection. */
async function parsed(bytes: Uint8Array): Promise<ParseResult> {
  const result = await parseDocx(bytes);
  expectWellFormed(result);
  return result;
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ maxLength: 40 }),
  }),
);

function applyEdit(bytes: Uint8Array, change: Edit): Uint8Array {
  const at = change.at % (bytes.length + 1);
  if (change.kind === "flip") {
    const copy = bytes.slice();
    if (at < copy.length) copy[at] = change.value;
    return copy;
  }
  if (change.kind === "cut") return bytes.subarray(0, at);
  const out = new Uint8Array(bytes.length + change.bytes.length);
  out.set(bytes.subarray(0, at));
  out.set(change.bytes, at);
  out.set(bytes.subarray(at), at + change.bytes.length);
  return out;
}

type Edit =
  | { kind: "flip"; at: number; value: number }
  | { kind: "cut"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array };

/** Markup that Word documents are made of, to splice into the document XML. */
const MARKUP = [
  "<w:p>",
  "</w:p>",
  "<w:tbl>",
  "</w:tbl>",
  "<w:tr>",
  "<w:tc>",
  "</w:tc>",
  '<w:vMerge w:val="restart"/>',
  "<w:vMerge/>",
  '<w:gridSpan w:val="99999"/>',
  '<w:gridBefore w:val="-3"/>',
  '<w:numPr><w:ilvl w:val="12"/><w:numId w:val="1"/></w:numPr>',
  "<mc:AlternateContent><mc:Choice>",
  "</mc:Fallback>",
  "<w:del>",
  "<![CDATA[",
  "&#xD800;",
  "<w:sym w:char='zz'/>",
  "<w:t>",
  "一、",
  "0",
  "<",
  ">",
  '"',
];

describe("parseDocx on hostile bytes", () => {
  it("the fixtures read (so that the properties below start from good files)", async () => {
    for (const bytes of fixtures) expect((await parsed(bytes)).report).toBeDefined();
  });

  it("arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await parsed(bytes);
      }),
      params(),
    );
  });

  it("bytes that start like a zip archive or an OLE file", async () => {
    const head = fc.constantFrom(
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [0xd0, 0xcf, 0x11, 0xe0],
    );
    await fc.assert(
      fc.asyncProperty(head, fc.uint8Array({ maxLength: 500 }), async (start, rest) => {
        await parsed(new Uint8Array([...start, ...rest]));
      }),
      params(),
    );
  });

  it("the fixtures with bytes changed, cut or inserted", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        async (which, edits) => {
          await parsed(edits.reduce(applyEdit, fixtures[which]!));
        },
      ),
      params(200),
    );
  });

  it("the fixtures' document XML edited at random and zipped again", async () => {
    const documents = fixtures.map((bytes) => unzipSync(bytes));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 200 }), fc.constantFrom(...MARKUP)), {
          minLength: 1,
          maxLength: 6,
        }),
        async (which, splices) => {
          const files = { ...documents[which]! };
          let xml = strFromU8(files["word/document.xml"]!);
          for (const [at, remove, insert] of splices) {
            const from = at % (xml.length + 1);
            xml = xml.slice(0, from) + insert + xml.slice(from + remove);
          }
          files["word/document.xml"] = strToU8(xml);
          await parsed(zipSync(files));
        },
      ),
      params(60),
    );
  });

  it("options of every kind, with good and bad bytes", async () => {
    const options = fc.oneof(
      fc.constant(undefined),
      fc.anything(),
      fc.record({
        locale: fc.constantFrom("en", "zh", "fr"),
        year: fc.anything(),
        template: fc.anything(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.boolean(), options, async (good, given) => {
        const result = await parseDocx(good ? fixtures[0]! : new Uint8Array([1]), given as never);
        expectWellFormed(result);
      }),
      params(40),
    );
  });
});
