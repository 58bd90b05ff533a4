import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromJSON, parseText, toJSON } from "../../src/index.js";
import { rowsOf } from "./support.js";

// A hand-written sample in the toText contract: title, metadata, blank, preamble, headings as the
// registry prints them, `|`-separated padded rows, `?` for an absent cell, empty for blank.
const zero = "0 | 0 | 0 | 0 | 0 | 0 | 0";
const sample = [
  "某镇2022年政府信息公开工作年度报告",
  "发布机构：某镇",
  "发布日期：2023-01-19",
  "索引号：abc/2023-001",
  "",
  "本报告依据《条例》编制。",
  "一、总体情况",
  "第一段。",
  "第二段。",
  "二、主动公开政府信息情况",
  "第二十条第（一）项",
  "信息内容       | 本年制发件数 | 本年废止件数 | 现行有效件数",
  "规章           | 1            | 0            | 5",
  "行政规范性文件 | 2            | 无           | ",
  "第二十条第（五）项",
  "信息内容 | 本年处理决定数量",
  "行政许可 | ?",
  "第二十条第（六）项",
  "信息内容 | 本年处理决定数量",
  "行政处罚 | 3",
  "行政强制 | 0",
  "第二十条第（八）项",
  "信息内容       | 本年收费金额（单位：万元）",
  "行政事业性收费 | 0.35",
  "三、收到和处理政府信息公开申请情况",
  "申请人情况 | 自然人 | 法人或其他组织 | 总计",
  "一、本年新收政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 | 3",
  `二、上年结转政府信息公开申请数量 | ${zero}`,
  "三、本年度办理结果",
  "（一）予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3",
  `（二）部分公开（区分处理的，只计这一情形，不计其他情形） | ${zero}`,
  "（三）不予公开",
  ...[
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
  ].map((l) => `${l} | ${zero}`),
  "（四）无法提供",
  ...["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"].map(
    (l) => `${l} | ${zero}`,
  ),
  "（五）不予处理",
  ...[
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
  ].map((l) => `${l} | ${zero}`),
  "（六）其他处理",
  "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | ",
  `2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | ${zero}`,
  `3.其他 | ${zero}`,
  "（七）总计 | 2 | 1 | 0 | 0 | 0 | 0 | 3",
  `四、结转下年度继续办理 | ${zero}`,
  "四、政府信息公开行政复议、行政诉讼情况",
  "行政复议 | 行政诉讼",
  "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉",
  "1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | — | 0 | 0 | 0 | 0",
  "五、存在的主要问题及改进情况",
  "问题一。",
  "六、其他需要报告的事项",
  "无。",
].join("\n");

describe("reading the renderers' text format", () => {
  it("reads metadata, texts and every cell back", () => {
    const { report, findings } = parseText(sample);
    expect(report?.meta).toEqual({
      title: "某镇2022年政府信息公开工作年度报告",
      publisher: "某镇",
      publishedOn: "2023-01-19",
      indexNumber: "abc/2023-001",
    });
    expect(report?.agency.name).toBe("某镇");
    expect(report?.year).toBe(2022);
    expect(report?.preamble).toBe("本报告依据《条例》编制。");
    expect(report?.overview).toBe("第一段。\n第二段。");
    expect(report?.otherMatters).toBe("无。");
    expect(rowsOf(report, "activeDisclosure")).toEqual({
      regulations: "1|0|5",
      normativeDocuments: "2|无|",
      licensing: "?",
      punishment: "3",
      coercion: "0",
      fees: "0.35",
    });
    const three = rowsOf(report, "applications");
    expect(three["newlyReceived"]).toBe("2|1|0|0|0|0|3");
    expect(three["otherOverdueCorrection"]).toBe("0|0|0|0|0|0|");
    expect(rowsOf(report, "reviewsAndLitigation")).toEqual({
      administrativeReview: "1|0|0|0|1",
      litigationWithoutReview: "0|0|0|0|0",
      litigationAfterReview: "—|0|0|0|0",
    });
    expect(findings.map((f) => `${f.code} ${f.path.join(".")}`)).toEqual([
      "PARSE_CELL_UNREADABLE activeDisclosure.licensing.decisions",
    ]);
  });

  it("shows a mark `/` and a blank cell as different tokens", () => {
    const line = "行政规范性文件 | 2            | 无           | ";
    expect(sample).toContain(line);
    const text = sample.replace(line, "行政规范性文件 | /            |              | /");
    const { report } = parseText(text);
    expect(report?.activeDisclosure?.normativeDocuments).toEqual({
      issued: { mark: "/" },
      repealed: null,
      inForce: { mark: "/" },
    });
    // Joined with "/" (the old separator), these cells and ["/", "/", blank] were all "////".
    expect(rowsOf(report, "activeDisclosure")["normativeDocuments"]).toBe("/||/");
  });

  it("refuses (as a test error) a mark its tokens could not tell apart", () => {
    const json = toJSON(parseText(sample).report!) as unknown as {
      activeDisclosure: Record<string, Record<string, unknown>>;
    };
    for (const mark of ["|", "?", ""]) {
      json.activeDisclosure["regulations"]!["issued"] = { mark };
      const { report } = fromJSON(json);
      expect(report?.activeDisclosure?.regulations).toMatchObject({ issued: { mark } });
      expect(() => rowsOf(report, "activeDisclosure"), mark).toThrow(/cannot be told apart/);
    }
  });

  it("reads the Markdown form too", () => {
    const markdown = sample
      .replace(/^(.*报告)$/m, "# $1")
      .replace(/^(发布.*|索引号.*)$/gm, "- $1")
      .replace(
        /^([一二三四五六]、(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议、行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项))$/gm,
        "## $1",
      )
      .replace(/^(.* \| .*)$/gm, "| $1 |\n|---|");
    const text = parseText(sample).report;
    const md = parseText(markdown).report;
    expect(md?.meta).toEqual(text?.meta);
    expect(md?.overview).toBe(text?.overview);
    for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
      expect(rowsOf(md, table)).toEqual(rowsOf(text, table));
    }
  });
});

describe("hostile input", () => {
  it("never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const { report, findings } = parseText(text);
        // Not throwing is the claim; a text it cannot read gives no report and says why.
        expect(Array.isArray(findings)).toBe(true);
        if (report === undefined) expect(findings.length).toBeGreaterThan(0);
      }),
    );
  });

  it("a long glued digit run ends unread and quoted, not in a blow-up", () => {
    const digits = "1".repeat(60);
    const text = `某镇2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量${digits}\n二、上年结转政府信息公开申请数量0000000\n`;
    const { findings } = parseText(text);
    expect(
      findings
        .filter((f) => f.path.join(".").startsWith("applications.newlyReceived"))
        .map((f) => [f.code, f.path.join("."), f.actual]),
    ).toEqual([["PARSE_CELL_AMBIGUOUS", "applications.newlyReceived", digits]]);
  });
});
