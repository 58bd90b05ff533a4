/**
 * Tables printed as pictures (a screenshot pasted into the page or the Word file, an embedded Excel
 * worksheet): the section's heading is there, its table is a picture. The readers keep a picture
 * standing on its own as an `image` block, and a table section holding one and no table gives
 * `PARSE_TABLE_IMAGE` (the table cannot be read without OCR), not `SECTION_MISSING` (the report
 * left it out).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx/read.js";
import { parseDocx } from "../../src/docx.js";
import { parseHTML, parseText, readDocument, toHTML } from "../../src/index.js";
import { type Block, pictureBlock } from "../../src/read/grid.js";
import { htmlDocument, pictureName } from "../../src/read/htmldom.js";
import { toJSON } from "../../src/serialize/json.js";
import { docx, p } from "../docx/support.js";
import { seedReport } from "../fixtures/seed-report.js";

const TABLES = ["activeDisclosure", "applications", "reviewsAndLitigation"];

/** The seed report's page with each table replaced by `picture(n)` (n from 1). */
function pictured(picture: (n: number) => string): string {
  let n = 0;
  return toHTML(seedReport).replace(/<table[\s\S]*?<\/table>/g, () => picture(++n));
}

/** The seed report's blocks with each table replaced by the blocks `picture(n)` gives. */
function picturedBlocks(picture: (n: number) => Block[]): Block[] {
  let n = 0;
  return htmlDocument(toHTML(seedReport)).blocks.flatMap((block) =>
    block.kind === "table" ? picture(++n) : [block],
  );
}

const codes = (result: { findings: readonly { code: string; path: readonly unknown[] }[] }) =>
  result.findings.map((f) => [f.code, f.path.join(".")]);

describe("a web page whose tables are pictures", () => {
  const html = pictured(
    (n) => `<p style="text-align:center"><img src="/u/cms/202301/t${n}.png?v=2" alt="表${n}"></p>`,
  );

  it("says of each table section that its table is a picture, naming it; no section is missing", () => {
    for (const result of [parseHTML(html), parseText(html)]) {
      expect(codes(result)).toEqual(TABLES.map((key) => ["PARSE_TABLE_IMAGE", key]));
      expect(result.findings.map((f) => f.actual)).toEqual(["t1.png", "t2.png", "t3.png"]);
      expect(result.ok).toBe(false);
      // The rest of the report is read as before.
      expect(result.report?.year).toBe(seedReport.year);
      expect(toJSON(result.report!)["overview"]).toEqual(toJSON(seedReport)["overview"]);
    }
    expect(parseHTML(html, { locale: "en" }).findings[0]?.message).toBe(
      "The table of 二、主动公开政府信息情况 is printed as a picture (t1.png): its numbers cannot be read without OCR",
    );
    expect(parseHTML(html).findings[0]?.message).toBe(
      "二、主动公开政府信息情况的表格以图片形式刊登（t1.png），其中数字无法读取，需先进行文字识别（OCR）",
    );
  });

  it("without the pictures, says the tables are missing, as before", () => {
    const result = parseHTML(pictured(() => "<p></p>"));
    expect(codes(result)).toEqual(TABLES.map((key) => ["SECTION_MISSING", key]));
  });

  it("a section with its table and a picture too (a seal, a chart) is read from its table", () => {
    const html = toHTML(seedReport).replace(/<table/g, '<p><img src="seal.png"></p><table');
    const result = parseHTML(html);
    const plain = parseHTML(toHTML(seedReport));
    expect(result.findings).toEqual(plain.findings);
    expect(toJSON(result.report!)).toEqual(toJSON(plain.report!));
    for (const key of TABLES) expect(toJSON(result.report!)[key]).toEqual(toJSON(seedReport)[key]);
  });

  it("a picture inside a line of text, or opening one, is no block: the line goes on", () => {
    expect(
      htmlDocument(
        '<p>一、总体<img src="dot.gif">情况</p><p><img src="a.png"> </p><p><img src="arrow.gif">三、收到</p>',
      ).blocks,
    ).toEqual([
      { kind: "text", text: "一、总体情况" },
      { kind: "image", name: "a.png" },
      { kind: "text", text: "三、收到" },
    ]);
  });

  it("an icon before a heading is no table's picture: the table left out is missing", () => {
    let n = 0;
    const html = toHTML(seedReport).replace(/<table[\s\S]*?<\/table>/, () => (n++ === 0 ? "" : ""));
    const withIcon = html.replace("三、收到", '<img src="arrow.gif">三、收到');
    expect(withIcon).not.toBe(html);
    expect(codes(parseHTML(withIcon))).toEqual([["SECTION_MISSING", "activeDisclosure"]]);
  });
});

describe("pictureName", () => {
  it("is the last part of the address, decoded, else the alternative text", () => {
    expect(pictureName({ src: "/u/cms/www/202301/t1.png" })).toBe("t1.png");
    expect(pictureName({ src: "img/%E8%A1%A8%E4%BA%8C.jpg?x=1#top" })).toBe("表二.jpg");
    expect(pictureName({ src: "img/%E8%A1.jpg" })).toBe("%E8%A1.jpg");
    expect(pictureName({ src: "data:image/png;base64,iVBORw0KGgo=", alt: "表三" })).toBe("表三");
    expect(pictureName({ src: "data:image/png;base64,iVBORw0KGgo=" })).toBeUndefined();
    expect(pictureName({ src: "/images/", alt: " " })).toBeUndefined();
    expect(pictureName({ src: `${"a".repeat(300)}.png` })?.length).toBe(304);
    // The block keeps 120 characters of a name, a character outside the BMP whole.
    const long = pictureBlock(`${"𠀀".repeat(130)}`) as { name: string };
    expect([...long.name]).toHaveLength(120);
    expect(long.name).toBe("𠀀".repeat(120));
    expect(pictureBlock("  ")).toEqual({ kind: "image" });
  });
});

describe("readDocument with image blocks", () => {
  it("a picture named or not, where a table should be", () => {
    const blocks = picturedBlocks((n) =>
      n === 2 ? [{ kind: "image" }] : [{ kind: "image", name: `图片 ${n}` }],
    );
    const result = readDocument({ blocks });
    expect(codes(result)).toEqual(TABLES.map((key) => ["PARSE_TABLE_IMAGE", key]));
    expect(result.findings.map((f) => f.actual)).toEqual(["图片 1", undefined, "图片 3"]);
  });

  it("a picture ending the document, after table 四's heading: the table is a picture, not cut", () => {
    const blocks = htmlDocument(toHTML(seedReport)).blocks;
    const heading = blocks.findIndex((b) => b.kind === "text" && b.text.startsWith("四、"));
    const codesOf = (tail: Block[]) =>
      codes(readDocument({ blocks: [...blocks.slice(0, heading + 1), ...tail] }))[0];
    expect(codesOf([])).toEqual(["PARSE_TRUNCATED", "reviewsAndLitigation"]);
    expect(codesOf([{ kind: "image", name: "t3.png" }])).toEqual([
      "PARSE_TABLE_IMAGE",
      "reviewsAndLitigation",
    ]);
  });

  it("takes an image block as given (a name that is no string is dropped) and skips none", () => {
    const blocks = [...picturedBlocks(() => [{ kind: "image", name: 12 } as unknown as Block])];
    const result = readDocument({ blocks });
    expect(result.findings.map((f) => [f.code, f.actual])).toEqual(
      TABLES.map(() => ["PARSE_TABLE_IMAGE", undefined]),
    );
  });
});

describe("a Word file whose tables are pictures or embedded worksheets", () => {
  const drawing = (name: string) =>
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5274310" cy="3076575"/><wp:docPr id="1" name="${name}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rId5"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  const vml = (title: string) =>
    `<w:p><w:r><w:pict><v:shape style="width:415pt;height:240pt"><v:imagedata r:id="rId6" o:title="${title}"/></v:shape></w:pict></w:r></w:p>`;
  const worksheet = `<w:p><w:r><w:object><v:shape><v:imagedata r:id="rId7" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i1025" r:id="rId8"/></w:object></w:r></w:p>`;
  const textBoxWith = (inside: string) =>
    `<w:p><w:r><w:drawing><wp:anchor><wp:docPr id="9" name="文本框 9"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r>${inside}</w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`;
  const textBox = textBoxWith("<w:t>注：单位为件</w:t>");

  /** The seed report as Word paragraphs, each table replaced by `picture(n)`. */
  function body(picture: (n: number) => string): string {
    let n = 0;
    return htmlDocument(toHTML(seedReport))
      .blocks.map((block) =>
        block.kind === "table" ? picture(++n) : block.kind === "text" ? p(block.text) : "",
      )
      .join("");
  }

  it("a drawing, a VML picture and an embedded worksheet: each its table's picture, by its name", async () => {
    const file = docx(body((n) => [drawing("图片 1"), vml("表三"), worksheet][n - 1]!));
    const result = await parseDocx(file);
    expect(codes(result)).toEqual(TABLES.map((key) => ["PARSE_TABLE_IMAGE", key]));
    expect(result.findings.map((f) => f.actual)).toEqual(["图片 1", "表三", "Excel.Sheet.12"]);
  });

  it("Word's alternative content is one picture, a nested drawing too; an equation is none", async () => {
    const pic = (name: string) =>
      `<w:drawing><wp:inline><wp:docPr id="3" name="${name}"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`;
    const alternate = `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${pic("图片 3")}</mc:Choice><mc:Fallback><w:pict><v:shape><v:imagedata r:id="rId9" o:title="图片 3 (VML)"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    const equation = `<w:p><w:r><w:object><v:shape><v:imagedata r:id="rId10" o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="Equation.3" r:id="rId11"/></w:object></w:r></w:p>`;
    const nested = `<w:p><w:r><w:drawing><wp:anchor><wp:docPr id="4" name="组合 4"/><a:graphic><a:graphicData>${pic("图片 5").repeat(3)}</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`;
    const result = await parseDocx(docx(body((n) => [alternate, equation, nested][n - 1]!)));
    expect(result.findings.map((f) => [f.code, f.path.join("."), f.actual])).toEqual([
      ["PARSE_TABLE_IMAGE", "activeDisclosure", "图片 3 (VML)"],
      ["SECTION_MISSING", "applications", undefined],
      ["PARSE_TABLE_IMAGE", "reviewsAndLitigation", "组合 4"],
    ]);
    const blocks = (await readDocx(docx(alternate + nested + textBoxWith(pic("图片 6"))))).document
      ?.blocks;
    expect(blocks).toEqual([
      { kind: "image", name: "图片 3 (VML)" },
      { kind: "image", name: "组合 4" },
      { kind: "image", name: "图片 6" },
    ]);
  });

  it("a text box is no picture: its text is read, and the table is missing", async () => {
    const result = await parseDocx(docx(body(() => textBox)));
    expect(codes(result)).toEqual(TABLES.map((key) => ["SECTION_MISSING", key]));
  });

  it("a file LibreOffice wrote from a page whose tables are pictures: Image1 to Image3", async () => {
    // test/fixtures/docx/seed-libreoffice-table-pictures.docx: toHTML(seedReport) with each table
    // replaced by <p><img src="tN.png"></p>, converted by Debian's LibreOffice 7.4
    // (`soffice --headless --infilter="HTML (StarWriter)" --convert-to docx`); its pictures are
    // linked, not embedded, as LibreOffice keeps a page's images.
    const file = readFileSync(
      new URL("../fixtures/docx/seed-libreoffice-table-pictures.docx", import.meta.url),
    );
    const result = await parseDocx(new Uint8Array(file));
    expect(result.findings.map((f) => [f.code, f.path.join("."), f.actual])).toEqual(
      TABLES.map((key, index) => ["PARSE_TABLE_IMAGE", key, `Image${index + 1}`]),
    );
    expect(result.report?.year).toBe(seedReport.year);
  });
});
