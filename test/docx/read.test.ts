/**
 * readDocx, feature by feature, on .docx files made in the test: each case holds the Word markup
 * that the feature is about, so that it fails when the feature does.
 */
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/docx/read.js";
import { docx, grids, MC, p, R, tbl, tc, texts, tr, W } from "./support.js";

const read = (body: string, parts?: Parameters<typeof docx>[1]) => readDocx(docx(body, parts));
const textsOf = (body: string, parts?: Parameters<typeof docx>[1]) =>
  texts(read(body, parts).document?.blocks);

describe("paragraphs", () => {
  it("joins the runs of a paragraph with nothing between them (runs split words and numbers)", () => {
    expect(textsOf(p("本年新收", "1", "2", "件") + p("20", "22年"))).toEqual([
      "本年新收12件",
      "2022年",
    ]);
  });

  it("reads tabs, line breaks, non-breaking hyphens and symbols; drops optional hyphens", () => {
    const body =
      "<w:p><w:r><w:t>行政许可</w:t><w:tab/><w:t>3</w:t><w:br/><w:t>第二行</w:t><w:cr/>" +
      "<w:t>减</w:t><w:noBreakHyphen/><w:t>4</w:t><w:softHyphen/>" +
      '<w:sym w:font="Symbol" w:char="F02D"/><w:sym w:font="Symbol" w:char="F033"/>' +
      '<w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>';
    expect(textsOf(body)).toEqual(["行政许可\t3\n第二行\n减-4−3\uf0fc"]);
  });

  it("keeps tracked insertions and drops deletions (the document with its changes accepted)", () => {
    const body =
      "<w:p><w:r><w:t>申请</w:t></w:r>" +
      '<w:del w:id="1" w:author="a"><w:r><w:delText>12</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a"><w:r><w:t>13</w:t></w:r></w:ins>' +
      '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>' +
      '<w:moveTo w:id="4" w:author="a"><w:r><w:t>件</w:t></w:r></w:moveTo></w:p>';
    expect(textsOf(body)).toEqual(["申请13件"]);
  });

  it("reads hyperlinks, smart tags, simple fields, content controls and custom XML through", () => {
    const body =
      '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>网站</w:t></w:r></w:hyperlink>' +
      '<w:smartTag w:element="date"><w:r><w:t>2022年</w:t></w:r></w:smartTag>' +
      '<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>' +
      "<w:sdt><w:sdtPr><w:alias w:val='不是正文'/><w:placeholder><w:docPart w:val='x'/></w:placeholder></w:sdtPr>" +
      "<w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>" +
      '<w:customXml w:element="x"><w:r><w:t>自定义</w:t></w:r></w:customXml></w:p>';
    expect(textsOf(body)).toEqual(["网站2022年3控件自定义"]);
  });

  it("reads a complex field's result, not its instructions", () => {
    const body =
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "yyyy" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2023</w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    expect(textsOf(body)).toEqual(["2023"]);
  });

  // A formula or a mail merge nests fields: the inner field's result stands in the outer field's
  // instructions and is not printed (`{ = { = 10 } + 2 }` prints 12; read 1012 before).
  it("reads only the outermost result of nested fields, not an inner result in the outer's code", () => {
    const mark = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const code = (text: string) =>
      `<w:r><w:instrText xml:space="preserve">${text}</w:instrText></w:r>`;
    const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const inner = `${mark("begin")}${code(" = 10 ")}${mark("separate")}${run("10")}${mark("end")}`;
    const body =
      `<w:p>${mark("begin")}${code(" = ")}${inner}${code(" + 2 ")}${mark("separate")}${run("12")}${mark("end")}</w:p>` +
      // A field with no result; text after every field is printed again.
      `<w:p>${run("前")}${mark("begin")}${code(" PAGE ")}${mark("end")}${run("后")}</w:p>` +
      // A field's mark in a hidden run still marks it (a review: its result was lost as code).
      `<w:p>${mark("begin")}${code(" PAGE ")}` +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>' +
      `${run("3")}${mark("end")}${run("件")}</w:p>`;
    expect(textsOf(body)).toEqual(["12", "前后", "3件"]);
  });

  it("reads mc:AlternateContent once: its Fallback, else its first Choice", () => {
    const both =
      '<w:p><w:r><w:t>前</w:t></w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>甲</w:t></w:r></mc:Choice>' +
      "<mc:Fallback><w:r><w:t>乙</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>";
    const choiceOnly =
      '<w:p><mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>甲</w:t></w:r></mc:Choice>' +
      '<mc:Choice Requires="w15"><w:r><w:t>丙</w:t></w:r></mc:Choice></mc:AlternateContent></w:p>';
    expect(textsOf(both + choiceOnly)).toEqual(["前乙", "甲"]);
  });

  it("reads a text box once, as blocks after its paragraph", () => {
    const box = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const body =
      "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent>" +
      `<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${box("文本框")}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox>${box("文本框")}</v:textbox></v:shape></w:pict></mc:Fallback>` +
      "</mc:AlternateContent></w:r></w:p>";
    expect(textsOf(body)).toEqual(["正文", "文本框"]);
  });

  // An old value kept hidden by its style beside the new one (`3` in a style with w:vanish, then
  // `12`): Word prints 12; read 312 before.
  it("drops runs hidden by their character style or their paragraph style", () => {
    const styles =
      '<w:style w:type="character" w:styleId="HiddenOld"><w:rPr><w:vanish/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Old2"><w:basedOn w:val="HiddenOld"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Hidden"><w:rPr><w:vanish/></w:rPr></w:style>';
    const styled = (style: string, text: string, own = "") =>
      `<w:r><w:rPr><w:rStyle w:val="${style}"/>${own}</w:rPr><w:t>${text}</w:t></w:r>`;
    const body =
      `<w:p>${styled("HiddenOld", "3")}<w:r><w:t>12</w:t></w:r></w:p>` +
      `<w:p>${styled("Old2", "4")}<w:r><w:t>13</w:t></w:r></w:p>` +
      // The run's own w:vanish off says first.
      `<w:p>${styled("HiddenOld", "14", '<w:vanish w:val="0"/>')}</w:p>` +
      '<w:p><w:pPr><w:pStyle w:val="Hidden"/></w:pPr><w:r><w:t>5</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Hidden"/></w:pPr><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>15</w:t></w:r></w:p>';
    expect(textsOf(body, { styles })).toEqual(["12", "13", "14", "15"]);
  });

  it("drops hidden runs and empty paragraphs, trims paragraphs", () => {
    const body =
      '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>显示</w:t></w:r></w:p>' +
      "<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>" +
      '<w:p><w:r><w:t xml:space="preserve">\u3000\u3000首行缩进 </w:t></w:r></w:p>';
    expect(textsOf(body)).toEqual(["显示", "首行缩进"]);
  });

  // A footnote's reference set raised after a number (`11¹`): read 111 before, a number never
  // printed. Raised digits after a digit are marks (text/marks.ts); elsewhere they are text.
  it("reads a raised run's digits after a digit as marks, not more of the number", () => {
    const raised = (align: string, text: string) =>
      `<w:r><w:rPr><w:vertAlign w:val="${align}"/></w:rPr><w:t>${text}</w:t></w:r>`;
    const body =
      `<w:p><w:r><w:t>11</w:t></w:r>${raised("superscript", "1")}</w:p>` +
      `<w:p><w:r><w:t>12</w:t></w:r>${raised("subscript", "2")}</w:p>` +
      `<w:p>${raised("superscript", "13")}</w:p>` +
      `<w:p><w:r><w:t>14</w:t></w:r>${raised("baseline", "4")}</w:p>`;
    expect(textsOf(body)).toEqual(["11¹", "12²", "13", "144"]);
  });

  // A raised `1` before a number is a footnote's reference too (`¹25` read 125); a number raised
  // alone is the value.
  it("reads a raised run's digits just before a number as marks", () => {
    const raised = (text: string) =>
      `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>${text}</w:t></w:r>`;
    const body =
      `<w:p>${raised("1")}<w:r><w:t>25</w:t></w:r></w:p>` +
      `<w:p>${raised("2")}<w:r><w:t xml:space="preserve"> 26</w:t></w:r></w:p>` +
      `<w:p>${raised("3")}<w:r><w:t>件</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>7</w:t></w:r>${raised("1")}${raised("2")}</w:p>` +
      // A value printed raised a digit a run: the value, not marks of each other (review).
      `<w:p>${raised("1")}${raised("2")}</w:p>`;
    expect(textsOf(body)).toEqual(["¹25", "² 26", "3件", "7¹²", "12"]);
  });

  // LibreOffice writes HTML's <sup> as a run moved up by w:position (half-points) and printed
  // smaller: `7` and a moved `1` read 71. The line is 0 where anything printed stands at 0, so a
  // paragraph moved as a whole reads as printed, and a reference longer than its value (`7`, `12`)
  // does not make the line.
  it("reads a run moved off its paragraph's line by w:position as marks beside a number", () => {
    const run = (text: string, properties = "") =>
      `<w:r><w:rPr>${properties}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const up = (by: number) => `<w:position w:val="${by}"/>`;
    const body =
      `<w:p>${run("7")}${run("1", up(6))}</w:p>` +
      `<w:p>${run("1", up(8))}${run("25")}</w:p>` +
      `<w:p>${run("7")}${run("12", `${up(8)}<w:sz w:val="19"/>`)}</w:p>` +
      // Moved alike: the line itself; blanks at 0 around them print nothing.
      `<w:p>${run("1", up(6))}${run("2", up(6))}</w:p>` +
      `<w:p>${run(" ")}${run("1", up(6))}${run("2", up(6))}${run(" ")}</w:p>` +
      // Moved 1 pt, smaller (a converter's run per digit; LibreOffice's <sub> too): no mark.
      `<w:p>${run("1")}${run("0", `${up(2)}<w:sz w:val="20"/>`)}</w:p>` +
      // Moved off a line of text, not beside a number; a value moved a digit a run (review).
      `<w:p>${run("行政许可")}${run("5", up(8))}${run("件")}</w:p>` +
      `<w:p>${run("1", up(-4))}${run("1", up(-4))}${run("件")}</w:p>`;
    expect(textsOf(body)).toEqual(["7¹", "¹25", "7¹²", "12", "12", "10", "行政许可5件", "11件"]);
  });

  // A correction shown struck out (`9̶7`): read glued, it was 97; a value struck out alone read as
  // the value. Its digits are struck (text/struck.ts): no number is read in them.
  it("reads struck-out text as a word of its own, its digits struck", () => {
    const struck = (property: string, text: string) =>
      `<w:r><w:rPr>${property}</w:rPr><w:t>${text}</w:t></w:r>`;
    const body =
      `<w:p>${struck("<w:strike/>", "9")}<w:r><w:t>7</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>8</w:t></w:r>${struck("<w:dstrike/>", "6")}</w:p>` +
      `<w:p><w:r><w:t>5</w:t></w:r>${struck('<w:strike w:val="0"/>', "4")}</w:p>` +
      `<w:p>${struck("<w:strike/>", "12")}</w:p>` +
      `<w:p>${struck("<w:strike/>", "行政许可")}</w:p>`;
    expect(textsOf(body)).toEqual(["9\u0336 7", "8 6\u0336", "54", "1\u03362\u0336", "行政许可"]);
  });

  // A run printed in a character style that raises, lowers or strikes it (Word's footnote
  // reference style is superscript): read as printed plain before, `7` and a styled `1` read 71.
  // The run's own properties say first; the style, then the styles it is based on, say the rest.
  it("reads a run's character style for its raise, position and strike", () => {
    const styles =
      '<w:style w:type="character" w:styleId="FootnoteReference"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="MyNote"><w:basedOn w:val="FootnoteReference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Moved"><w:rPr><w:position w:val="8"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Struck"><w:rPr><w:strike/></w:rPr></w:style>' +
      // A paragraph style of the same id says nothing of runs.
      '<w:style w:type="paragraph" w:styleId="Para"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>';
    const styled = (style: string, text: string, own = "") =>
      `<w:r><w:rPr><w:rStyle w:val="${style}"/>${own}</w:rPr><w:t>${text}</w:t></w:r>`;
    const plain = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const body =
      `<w:p>${plain("7")}${styled("FootnoteReference", "1")}</w:p>` +
      `<w:p>${plain("8")}${styled("MyNote", "2")}</w:p>` +
      `<w:p>${plain("9")}${styled("Moved", "3")}</w:p>` +
      `<w:p>${styled("Struck", "5")}${plain("6")}</w:p>` +
      // The run's own baseline and strike off override the style's.
      `<w:p>${plain("1")}${styled("FootnoteReference", "4", '<w:vertAlign w:val="baseline"/>')}</w:p>` +
      `<w:p>${plain("1")}${styled("Struck", "5", '<w:strike w:val="0"/>')}</w:p>` +
      // No such character style (a paragraph style's id): printed plain.
      `<w:p>${plain("1")}${styled("Para", "6")}</w:p>`;
    expect(textsOf(body, { styles })).toEqual(["7¹", "8²", "9³", "5\u0336 6", "14", "15", "16"]);
  });

  // Review: a paragraph style moving its runs (`w:rPr/w:position`), with a character style linked
  // to it moving them alike. Its plain runs stand where its styled ones do: read with the
  // character style alone, `1` then a styled `2` read 1², the value printed 12.
  it("reads a paragraph style's run properties under the runs' own and their character style's", () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="TableText"><w:link w:val="TableTextChar"/><w:rPr><w:position w:val="-6"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="TableTextChar"><w:link w:val="TableText"/><w:rPr><w:position w:val="-6"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Raised"><w:basedOn w:val="TableText"/></w:style>';
    const para = (style: string, runs: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs}</w:p>`;
    const plain = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const styled = (text: string, own = "") =>
      `<w:r><w:rPr><w:rStyle w:val="TableTextChar"/>${own}</w:rPr><w:t>${text}</w:t></w:r>`;
    const body =
      para("TableText", plain("1") + styled("2")) +
      para("TableText", plain("年度") + styled("2") + plain("3")) +
      // Based on it: the same line. A run's own position still sets it apart.
      para("Raised", plain("4") + styled("5")) +
      para("TableText", plain("17") + styled("1", '<w:position w:val="2"/>'));
    expect(textsOf(body, { styles })).toEqual(["12", "年度23", "45", "17¹"]);
  });

  it("reads ruby base text only, and XML entities and CDATA as text", () => {
    const body =
      "<w:p><w:r><w:ruby><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>注</w:t></w:r></w:rubyBase></w:ruby></w:r>" +
      "<w:r><w:t>&lt;&amp;&#x4E00;</w:t></w:r><w:r><w:t><![CDATA[<二>]]></w:t></w:r><!-- 注释 --></w:p>";
    expect(textsOf(body)).toEqual(["注<&一<二>"]);
  });

  it("names elements by namespace, whatever prefix the writer chose", () => {
    const other = `<x:p><x:r><x:t>前缀</x:t></x:r></x:p>`;
    const body = `<x:document xmlns:x="${W}"><x:body>${other}</x:body></x:document>`;
    const strict = `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>${p("严格")}</w:body></w:document>`;
    const wrong = `<w:document xmlns:w="urn:other"><w:body>${p("别的")}</w:body></w:document>`;
    const readWhole = (xml: string) => readDocx(docxWith({ "word/document.xml": xml }));
    expect(texts(readWhole(body).document?.blocks)).toEqual(["前缀"]);
    expect(texts(readWhole(strict).document?.blocks)).toEqual(["严格"]);
    expect(readWhole(wrong).drafts[0]?.code).toBe("SOURCE_UNREADABLE");
  });
});

/** A package of exactly these parts (no content types, no relationships). */
function docxWith(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}

describe("tables", () => {
  const gridsOf = (body: string) => grids(read(body).document?.blocks);

  // Borders dragged a little off their column in the data rows make a grid column of 40 twips
  // that the header's cells span and the data rows' cells end at: the data rows had a cell more
  // than the header has columns, and table 三 lost 175 of 200 cells.
  it("drops a grid column too narrow to hold text when no cell holds text in it alone", () => {
    const grid = (widths: number[]) =>
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
    const table = (widths: number[], rows: string[]) =>
      `<w:tbl><w:tblPr/>${grid(widths)}${rows.join("")}</w:tbl>`;
    const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
    const ragged = table(
      [1800, 40, 900, 900],
      [
        tr([tc("信息内容", span(2)), tc("本年制发件数"), tc("本年废止件数")]),
        tr([tc("规章"), tc("", ""), tc("12"), tc("13")]),
        tr([tc("行政规范性文件"), tc("14", span(2)), tc("15")]),
      ],
    );
    expect(grids(read(ragged).document?.blocks)[0]?.rows).toEqual([
      [{ text: "信息内容" }, { text: "本年制发件数" }, { text: "本年废止件数" }],
      [{ text: "规章" }, { text: "12" }, { text: "13" }],
      [{ text: "行政规范性文件" }, { text: "14" }, { text: "15" }],
    ]);
    // Text standing alone in a narrow column is kept, and so is its column.
    const written = table(
      [1800, 40, 900],
      [tr([tc("信息内容", span(2)), tc("件数")]), tr([tc("规章"), tc("注"), tc("12")])],
    );
    expect(grids(read(written).document?.blocks)[0]?.rows).toEqual([
      [{ text: "信息内容", colSpan: 2 }, { text: "件数" }],
      [{ text: "规章" }, { text: "注" }, { text: "12" }],
    ]);
  });

  it("reads w:gridSpan as a column span", () => {
    const body = tbl([
      tr([tc("信息内容"), tc("本年处理决定数量", '<w:gridSpan w:val="3"/>')]),
      tr([tc("行政许可"), tc("404", '<w:gridSpan w:val="3"/>')]),
    ]);
    expect(gridsOf(body)).toEqual([
      {
        rows: [
          [{ text: "信息内容" }, { text: "本年处理决定数量", colSpan: 3 }],
          [{ text: "行政许可" }, { text: "404", colSpan: 3 }],
        ],
      },
    ]);
  });

  it("reads w:vMerge: the restarting cell spans the rows, continuing cells are removed", () => {
    const body = tbl([
      tr([tc("三、本年度办理结果", '<w:vMerge w:val="restart"/>'), tc("（一）予以公开"), tc("1")]),
      tr([tc("", "<w:vMerge/>"), tc("（二）部分公开"), tc("2")]),
      tr([tc("", '<w:vMerge w:val="continue"/>'), tc("（三）不予公开"), tc("3")]),
      tr([tc("四、结转下年度继续办理"), tc(""), tc("4")]),
    ]);
    expect(gridsOf(body)).toEqual([
      {
        rows: [
          [{ text: "三、本年度办理结果", rowSpan: 3 }, { text: "（一）予以公开" }, { text: "1" }],
          [{ text: "（二）部分公开" }, { text: "2" }],
          [{ text: "（三）不予公开" }, { text: "3" }],
          [{ text: "四、结转下年度继续办理" }, { text: "" }, { text: "4" }],
        ],
      },
    ]);
  });

  it("matches vertical merges by grid column, spans counted", () => {
    // The merge is in the third grid column, after a cell spanning two.
    const body = tbl([
      tr([tc("甲", '<w:gridSpan w:val="2"/>'), tc("乙", '<w:vMerge w:val="restart"/>')]),
      tr([tc("丙"), tc("丁"), tc("", "<w:vMerge/>")]),
      tr([tc("戊", '<w:gridSpan w:val="2"/>'), tc("", "<w:vMerge/>")]),
    ]);
    expect(gridsOf(body)[0]?.rows).toEqual([
      [
        { text: "甲", colSpan: 2 },
        { text: "乙", rowSpan: 3 },
      ],
      [{ text: "丙" }, { text: "丁" }],
      [{ text: "戊", colSpan: 2 }],
    ]);
  });

  it("ends a vertical merge at a cell that does not continue it, and keeps continued text", () => {
    const body = tbl([
      tr([tc("甲", '<w:vMerge w:val="restart"/>'), tc("1")]),
      tr([tc("乙"), tc("2")]),
      // A continuing cell with nothing open above it opens the merge; its hidden text is kept.
      tr([tc("丙", "<w:vMerge/>"), tc("3")]),
      tr([tc("丁", "<w:vMerge/>"), tc("4")]),
    ]);
    expect(gridsOf(body)[0]?.rows).toEqual([
      [{ text: "甲" }, { text: "1" }],
      [{ text: "乙" }, { text: "2" }],
      [{ text: "丙\n丁", rowSpan: 2 }, { text: "3" }],
      [{ text: "4" }],
    ]);
  });

  it("gives the columns a row leaves out (w:gridBefore, w:gridAfter) as empty cells", () => {
    const body = tbl([
      tr([tc("甲"), tc("乙"), tc("丙"), tc("丁")]),
      tr([tc("1"), tc("2")], '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
      tr([tc("3")], '<w:gridBefore w:val="3"/>'),
    ]);
    expect(gridsOf(body)[0]?.rows).toEqual([
      [{ text: "甲" }, { text: "乙" }, { text: "丙" }, { text: "丁" }],
      [{ text: "" }, { text: "1" }, { text: "2" }, { text: "" }],
      [{ text: "", colSpan: 3 }, { text: "3" }],
    ]);
  });

  it("counts w:gridBefore when matching vertical merges", () => {
    const body = tbl([
      tr([tc("甲"), tc("乙", '<w:vMerge w:val="restart"/>')]),
      tr([tc("", "<w:vMerge/>")], '<w:gridBefore w:val="1"/>'),
    ]);
    expect(gridsOf(body)[0]?.rows).toEqual([
      [{ text: "甲" }, { text: "乙", rowSpan: 2 }],
      [{ text: "" }],
    ]);
  });

  it("drops a cell deleted as a tracked change (w:cellDel), as the table reads with it accepted", () => {
    const deleted = '<w:cellDel w:id="1" w:author="a"/>';
    const body = tbl([
      tr([tc("信息内容"), tc("旧列", deleted), tc("本年处理决定数量")]),
      tr([tc("行政许可"), tc("900", deleted), tc("404")]),
    ]);
    expect(gridsOf(body)[0]?.rows).toEqual([
      [{ text: "信息内容" }, { text: "本年处理决定数量" }],
      [{ text: "行政许可" }, { text: "404" }],
    ]);
  });

  it("joins w:hMerge continuing cells to the cell before them", () => {
    const body = tbl([
      tr([tc("合并", '<w:hMerge w:val="restart"/>'), tc("", "<w:hMerge/>"), tc("1")]),
    ]);
    expect(gridsOf(body)[0]?.rows).toEqual([[{ text: "合并", colSpan: 2 }, { text: "1" }]]);
  });

  // A block merged both ways (table 三's top-left header in an older Word's markup): the rows below
  // the first continue it down and across. Each of them opened a cell of its own, and table 三 was
  // lost (175 of 200 cells).
  it("joins a block merged by w:hMerge and w:vMerge together into one cell", () => {
    const first = '<w:hMerge w:val="restart"/><w:vMerge w:val="restart"/>';
    const across = '<w:hMerge/><w:vMerge w:val="restart"/>';
    const down = '<w:hMerge w:val="restart"/><w:vMerge/>';
    const both = "<w:hMerge/><w:vMerge/>";
    const body = tbl([
      tr([tc("说明", first), tc("", across), tc("申请人情况", '<w:gridSpan w:val="2"/>')]),
      tr([tc("", down), tc("", both), tc("自然人"), tc("法人")]),
      tr([tc("一、本年新收", '<w:gridSpan w:val="2"/>'), tc("3"), tc("4")]),
    ]);
    expect(gridsOf(body)[0]?.rows).toEqual([
      [
        { text: "说明", rowSpan: 2, colSpan: 2 },
        { text: "申请人情况", colSpan: 2 },
      ],
      [{ text: "自然人" }, { text: "法人" }],
      [{ text: "一、本年新收", colSpan: 2 }, { text: "3" }, { text: "4" }],
    ]);
  });

  it("joins a cell's paragraphs with line breaks", () => {
    const body = tbl([tr([`<w:tc>${p("本年新", "制作")}<w:p/>${p("数量")}</w:tc>`])]);
    expect(gridsOf(body)[0]?.rows).toEqual([[{ text: "本年新制作\n数量" }]]);
  });

  it("reads a table whose cell holds a table as a page's frame: its cells' blocks in order", () => {
    const inner = tbl([tr([tc("内")])]);
    const body = tbl([tr([`<w:tc>${p("外")}${inner}</w:tc>`, tc("1")])]) + p("后");
    const blocks = read(body).document?.blocks;
    expect(blocks).toEqual([
      { kind: "text", text: "外" },
      { kind: "table", grid: { rows: [[{ text: "内" }]] } },
      { kind: "text", text: "1" },
      { kind: "text", text: "后" },
    ]);
  });

  it("keeps a table split into several w:tbl as several grids", () => {
    const body = tbl([tr([tc("甲"), tc("1")])]) + p("") + tbl([tr([tc("乙"), tc("2")])]);
    expect(gridsOf(body)).toHaveLength(2);
  });

  it("reads rows and cells inside content controls, drops deleted rows", () => {
    const body = tbl([
      `<w:sdt><w:sdtPr/><w:sdtContent>${tr([tc("甲"), `<w:sdt><w:sdtContent>${tc("1")}</w:sdtContent></w:sdt>`])}</w:sdtContent></w:sdt>`,
      tr([tc("删"), tc("9")], '<w:del w:id="1" w:author="a"/>'),
      tr([tc("乙"), tc("2")]),
    ]);
    expect(gridsOf(body)[0]?.rows).toEqual([
      [{ text: "甲" }, { text: "1" }],
      [{ text: "乙" }, { text: "2" }],
    ]);
  });
});

describe("numbering", () => {
  const lvl = (ilvl: number, format: string, text: string, extra = "") =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
  const numbered = (numId: string, ilvl: number, text: string, style = "") =>
    `<w:p><w:pPr>${style}<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const definitions =
    `<w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、", '<w:suff w:val="nothing"/>')}${lvl(1, "chineseCounting", "（%2）", '<w:suff w:val="nothing"/>')}${lvl(2, "decimal", "%3.", '<w:suff w:val="nothing"/>')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, "ideographTraditional", "%1、")}${lvl(1, "bullet", "")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2">${lvl(0, "decimal", "%1.%2")}${lvl(1, "decimal", "%1.%2", "<w:isLgl/>")}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>';

  it("renders Word's auto-numbered headings (一、 （一） 1.), restarting lower levels", () => {
    const body =
      numbered("1", 0, "总体情况") +
      numbered("1", 1, "主动公开") +
      numbered("1", 2, "规章") +
      numbered("1", 2, "规范性文件") +
      numbered("1", 1, "依申请公开") +
      numbered("1", 0, "主动公开政府信息情况") +
      numbered("1", 1, "第一项");
    expect(textsOf(body, { numbering: definitions })).toEqual([
      "一、总体情况",
      "（一）主动公开",
      "1.规章",
      "2.规范性文件",
      "（二）依申请公开",
      "二、主动公开政府信息情况",
      "（一）第一项",
    ]);
  });

  it("continues a definition's count across its list instances; startOverride restarts", () => {
    const body =
      numbered("1", 0, "甲") +
      numbered("3", 0, "乙") +
      numbered("4", 0, "戊") +
      numbered("4", 0, "己");
    expect(textsOf(body, { numbering: definitions })).toEqual([
      "一、甲",
      "二、乙",
      "五、戊",
      "六、己",
    ]);
  });

  it("formats ideographTraditional, gives bullets no label, suffixes a tab as a space", () => {
    const body = numbered("2", 0, "甲项") + numbered("2", 0, "乙项") + numbered("2", 1, "要点");
    expect(textsOf(body, { numbering: definitions })).toEqual(["甲、 甲项", "乙、 乙项", "要点"]);
  });

  it("writes every level in decimal under w:isLgl, and an unused upper level at its start", () => {
    const body = numbered("5", 1, "条");
    expect(textsOf(body, { numbering: definitions })).toEqual(["1.1 条"]);
  });

  it("takes numbering from the paragraph's style and the styles it is based on; numId 0 removes it", () => {
    const styles =
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>';
    const styled = (style: string, text: string, own = "") =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/>${own}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body =
      styled("Heading", "总体情况") +
      styled("Heading2", "主动公开") +
      styled("Heading", "不编号", '<w:numPr><w:numId w:val="0"/></w:numPr>') +
      styled("Heading", "主动公开政府信息情况") +
      p("正文");
    expect(textsOf(body, { numbering: definitions, styles })).toEqual([
      "一、总体情况",
      "（一）主动公开",
      "不编号",
      "二、主动公开政府信息情况",
      "正文",
    ]);
  });

  it("takes the level linked to the style when the style names none", () => {
    const linked =
      `<w:abstractNum w:abstractNumId="9">${lvl(0, "chineseCounting", "%1、", '<w:suff w:val="nothing"/>')}` +
      `${lvl(1, "chineseCounting", "（%2）", '<w:pStyle w:val="H2"/><w:suff w:val="nothing"/>')}</w:abstractNum>` +
      '<w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style>';
    const body = '<w:p><w:pPr><w:pStyle w:val="H2"/></w:pPr><w:r><w:t>标题</w:t></w:r></w:p>';
    expect(textsOf(body, { numbering: linked, styles })).toEqual(["（一）标题"]);
  });

  it("gives no label for a list the numbering part does not define, or without a numbering part", () => {
    expect(textsOf(numbered("7", 0, "甲"), { numbering: definitions })).toEqual(["甲"]);
    expect(textsOf(numbered("1", 0, "乙"))).toEqual(["乙"]);
  });
});

describe("the package", () => {
  it("finds the main document through the package relationships", () => {
    const blocks = read(p("别名"), { main: "word/document2.xml" }).document?.blocks;
    expect(texts(blocks)).toEqual(["别名"]);
  });

  it("finds it through [Content_Types].xml when the relationships are missing", () => {
    const blocks = read(p("类型"), { main: "doc/main.xml", packageRelationships: null }).document
      ?.blocks;
    expect(texts(blocks)).toEqual(["类型"]);
  });

  it("falls back to word/document.xml when both are missing", () => {
    const blocks = read(p("默认"), { packageRelationships: null, contentTypes: null }).document
      ?.blocks;
    expect(texts(blocks)).toEqual(["默认"]);
  });

  it("refuses a package whose main part is not a Word document", () => {
    const sheet =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
    const { document, drafts } = read(p("表"), { contentTypes: sheet });
    expect(document).toBeUndefined();
    expect(drafts).toEqual([
      expect.objectContaining({
        code: "SOURCE_UNREADABLE",
        actual: "no-document",
        detail: expect.stringContaining("spreadsheetml"),
      }),
    ]);
  });

  it("reads a .docx with a namespace declared as MC's default prefix elsewhere", () => {
    const namespaces = `xmlns:w="${W}" xmlns:m2="${MC}"`;
    const body =
      "<w:p><m2:AlternateContent><m2:Choice Requires='x'><w:r><w:t>甲</w:t></w:r></m2:Choice>" +
      "<m2:Fallback><w:r><w:t>乙</w:t></w:r></m2:Fallback></m2:AlternateContent></w:p>";
    expect(textsOf(body, { namespaces })).toEqual(["乙"]);
  });
});

/**
 * Programs that write .docx files from web pages (the .NET Open XML SDK's `AltChunk`, docx4j) put
 * the page's HTML in a part of its own, which Word imports where `w:altChunk` stands. Such a body
 * held nothing the reader read: the whole report was lost, with no finding but SECTION_MISSING
 * (a hunt, 2026-12-06).
 */
describe("alternative format chunks (w:altChunk)", () => {
  const AF_CHUNK = `${R}/aFChunk`;
  const withChunk = (name: string, content: string, type?: string) =>
    read(`${p("前言")}<w:altChunk r:id="rIdChunk"/>${p("后记")}`, {
      namespaces: `xmlns:w="${W}" xmlns:mc="${MC}" xmlns:r="${R}"`,
      files: { [`word/${name}`]: content },
      relationships: [`<Relationship Id="rIdChunk" Type="${AF_CHUNK}" Target="${name}"/>`],
      ...(type !== undefined && {
        contentTypes: `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/${name}" ContentType="${type}"/></Types>`,
      }),
    });

  it("reads an HTML chunk's paragraphs and tables where the chunk stands", () => {
    const html =
      "<html><body><p>一、总体情况</p><table><tr><td>规章</td><td>1</td></tr></table></body></html>";
    const blocks = withChunk("chunk1.html", html).document?.blocks;
    expect(texts(blocks)).toEqual(["前言", "一、总体情况", "后记"]);
    expect(grids(blocks)[0]?.rows).toEqual([[{ text: "规章" }, { text: "1" }]]);
    // By its content type too, whatever the part's name.
    const typed = withChunk("afchunk.dat", html, "application/xhtml+xml").document?.blocks;
    expect(texts(typed)).toEqual(["前言", "一、总体情况", "后记"]);
  });

  it("reads a plain text chunk a paragraph a line; a chunk of another format adds nothing", () => {
    expect(texts(withChunk("chunk1.txt", "第一行\r\n\r\n第二行").document?.blocks)).toEqual([
      "前言",
      "第一行",
      "第二行",
      "后记",
    ]);
    expect(texts(withChunk("chunk1.rtf", "{\\rtf1 正文}").document?.blocks)).toEqual([
      "前言",
      "后记",
    ]);
    // A part named by two chunks is imported once (a hostile file could name a large one often).
    const twice = read(`<w:altChunk r:id="rIdChunk"/>${p("中间")}<w:altChunk r:id="rIdChunk"/>`, {
      namespaces: `xmlns:w="${W}" xmlns:mc="${MC}" xmlns:r="${R}"`,
      files: { "word/chunk1.txt": "一行" },
      relationships: [`<Relationship Id="rIdChunk" Type="${AF_CHUNK}" Target="chunk1.txt"/>`],
    });
    expect(texts(twice.document?.blocks)).toEqual(["一行", "中间"]);
    // A chunk naming no part of the package, or no relationship, adds nothing either.
    const lost = read(`${p("前言")}<w:altChunk r:id="rIdNone"/>`, {
      namespaces: `xmlns:w="${W}" xmlns:mc="${MC}" xmlns:r="${R}"`,
    });
    expect(texts(lost.document?.blocks)).toEqual(["前言"]);
  });

  it("reads the page of a web archive chunk (MHTML), whatever its transfer encoding", () => {
    const html =
      '<html lang="zh-CN"><body><p>一、总体情况</p><table><tr><td>规章</td><td>1</td></tr></table></body></html>';
    // As html-docx-js writes it: `=` quoted, the UTF-8 bytes left as they are, a part of its own.
    const archive = (head: string, body: string) =>
      [
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '    type="text/html";',
        '    boundary="----=mhtDocumentPart"',
        "",
        "",
        "------=mhtDocumentPart",
        head,
        "Content-Location: file:///C:/fake/document.html",
        "",
        body,
        "",
        "------=mhtDocumentPart--",
      ].join("\n");
    const quoted = archive(
      'Content-Type: text/html;\n    charset="utf-8"\nContent-Transfer-Encoding: quoted-printable',
      html.replace(/=/g, "=3D").replace("一、", "=E4=B8=80=\r\n=E3=80=81"),
    );
    const expected = ["前言", "一、总体情况", "后记"];
    const blocks = withChunk("afchunk.mht", quoted, "message/rfc822").document?.blocks;
    expect(texts(blocks)).toEqual(expected);
    expect(grids(blocks)[0]?.rows).toEqual([[{ text: "规章" }, { text: "1" }]]);
    // By its name too, and base64.
    const utf8 = String.fromCharCode(...new TextEncoder().encode(html));
    const base64 = archive(
      'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: base64',
      btoa(utf8).replace(/.{76}/g, "$&\r\n"),
    );
    expect(texts(withChunk("afchunk.mht", base64).document?.blocks)).toEqual(expected);
    // A message of one part, the page itself, in the charset it names (GB18030's 一、 is D2BB A1A2).
    const single = 'Content-Type: text/html; charset="gb2312"\r\n\r\n<p>=D2=BB=A1=A2</p>';
    const gb = `Content-Transfer-Encoding: quoted-printable\r\n${single}`;
    expect(texts(withChunk("page.mht", gb).document?.blocks)).toEqual(["前言", "一、", "后记"]);
    // An archive without a page adds nothing.
    const none = archive("Content-Type: image/png\nContent-Transfer-Encoding: base64", "iVBOR");
    expect(texts(withChunk("afchunk.mht", none).document?.blocks)).toEqual(["前言", "后记"]);
  });
});
