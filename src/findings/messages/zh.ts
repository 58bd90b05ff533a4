/**
 * Chinese message catalogue (the default locale).
 *
 * @module
 */
import type { MessageContext } from "../finding.js";
import { isUnreadableReason, type UnreadableReason } from "../unreadable.js";

// `expected` of CELL_TYPE is a machine-readable English term (it is part of the finding's data);
// the sentence names it in Chinese.
const EXPECTED_TERMS: Readonly<Record<string, string>> = {
  "non-negative integer": "非负整数",
  integer: "整数",
  "non-negative decimal string": "非负小数（字符串）",
  object: "对象",
  string: "文字",
  "report object": "年度报告对象",
  JSON: "JSON 文本",
  year: "年份",
  "YYYY-MM-DD": "YYYY-MM-DD 格式的日期",
  "no such key": "模板中没有的项目（该项未读取）",
};

const AT_MOST_PLACES = /^non-negative decimal, at most (\d+) decimal places$/;

function expectedTerm(expected: number | string | undefined): string {
  if (expected === undefined) return "数字";
  const text = String(expected);
  const places = AT_MOST_PLACES.exec(text);
  if (places) return `非负小数（最多${places[1]}位小数）`;
  return EXPECTED_TERMS[text] ?? text;
}

/**
 * Why a file could not be read (SOURCE_UNREADABLE's `actual`), said to office staff: what the
 * file is, or what is wrong with it and, where there is one, what to do.
 */
export const unreadableReasonsZh: Readonly<Record<UnreadableReason, string>> = {
  "not-bytes": "传入的不是文件的字节数据",
  empty: "文件为空",
  pdf: "这是 PDF 文件",
  zip: "这是 zip 压缩包（如 docx、xlsx 或 ofd 文件）",
  "old-office": "这是旧版 Office 格式文件（如 doc、xls、wps），请另存为 docx 或 PDF 后再读取",
  html: "这是网页或 XML 文本（HTML、MHT）",
  rtf: "这是 RTF 格式文件",
  image: "这是图片，需先进行文字识别（OCR）",
  text: "这是纯文本文件",
  unknown: "无法识别文件格式",
  truncated: "文件不完整（下载或复制时被截断），请重新获取完整文件",
  damaged: "文件已损坏",
  encrypted: "文件已加密，需要密码才能打开，请另存一份不加密的文件",
  "too-large": "文件中有部分解压后超过 32 兆字节，远超报告所需，未予解压",
  "unsupported-compression": "文件使用了不支持的压缩方式，请用 Word 或 WPS 重新保存",
  "no-document": "压缩包中没有 Word 文档",
  "no-text-layer": "各页均无文字层，或仅有页码、印章等零星文字（扫描件），需先进行文字识别（OCR）",
  "no-cmap": "文字所用字体未嵌入文件，读取需要字符映射（CMap）文件而未能取得，并非扫描件",
  "garbled-text":
    "文字无法解码为中文（字体缺少 Unicode 映射，复制出的文字同样是乱码），需先进行文字识别（OCR）",
  "no-worker": "网页应用未配置 pdf.js 的工作线程，并非文件本身的问题",
  unexpected: "读取时意外中断（程序缺陷），请连同文件反馈",
};

/** The Chinese sentence of a finding. */
export function messageZh(c: MessageContext): string {
  switch (c.code) {
    case "CELL_TYPE":
      return `${c.where}的值类型不符：应为${expectedTerm(c.expected)}，实际为「${c.actual ?? c.detail ?? ""}」`;
    case "CELL_BLANK": {
      const state =
        c.detail === "absent"
          ? `${c.where}缺失`
          : c.detail === "mark"
            ? `${c.where}为非数字符号「${c.actual ?? ""}」`
            : `${c.where}为空`;
      const implied = c.expected === undefined ? "" : `；按勾稽关系应为 ${c.expected ?? "?"}`;
      const row =
        c.detail !== "absent" && (c.relatedCount ?? 0) > 1
          ? `（本行共 ${c.relatedCount} 个单元格为空或为非数字符号）`
          : "";
      return `${state}${row}，不按零计算，相关勾稽关系只在可判定时核对${implied}`;
    }
    case "SECTION_MISSING":
      return `缺少${c.where}`;
    case "TEMPLATE_YEAR":
      return c.expected === undefined
        ? `${c.detail ?? "?"}年度早于2019年版模板的施行年度，不适用${c.actual ?? "?"}年版模板`
        : `${c.detail ?? "?"}年度报告应使用${c.expected ?? "?"}年版模板，实际使用${c.actual ?? "?"}年版`;
    case "T3_ROW_TOTAL":
      return `${c.where}应等于本行六类申请人之和 ${c.expected ?? "?"}，实际为 ${c.actual ?? "?"}`;
    case "T3_RESULT_TOTAL":
      return `${c.where}应等于本列各项办理结果之和 ${c.expected ?? "?"}，实际为 ${c.actual ?? "?"}`;
    case "T3_BALANCE":
      return `${c.where}：第一项加第二项之和（${c.expected ?? "?"}）不等于第三项加第四项之和（${c.actual ?? "?"}）`;
    case "T3_SUBTOTAL":
      return `${c.where}印有小计 ${c.actual ?? "?"}，应等于本组各项之和 ${c.expected ?? "?"}`;
    case "T4_GROUP_TOTAL":
      return `${c.where}应等于本组各结果之和 ${c.expected ?? "?"}，实际为 ${c.actual ?? "?"}`;
    case "T2_STOCK_BELOW_FLOW":
      return `${c.where}（${c.actual ?? "?"}）小于本年新公开数量（${c.expected ?? "?"}）`;
    case "CARRY_OVER":
      return `${c.where}为 ${c.actual ?? "?"}，与上一年度结转下年度继续办理数 ${c.expected ?? "?"} 不一致`;
    case "STOCK_FLOW":
      return `${c.where}为 ${c.actual ?? "?"}，按上年现行有效件数加本年制发减本年废止应为 ${c.expected ?? "?"}`;
    case "ITEM_COUNT_FLOW":
      return `${c.where}为 ${c.actual ?? "?"}，按上一年度报告应为 ${c.expected ?? "?"}`;
    case "NARRATIVE_MISMATCH":
      return `总体情况中所述「${c.detail ?? ""}」为 ${c.actual ?? "?"}，与${c.where}的 ${c.expected ?? "?"} 不一致`;
    case "FEE_NOT_REPORTED":
      return `${c.where}有 ${c.actual ?? "?"} 件逾期未缴费申请，但“其他需要报告的事项”未说明信息处理费情况`;
    case "REPEATED_TEXT":
      return `${c.where}与上一年度报告相似度为 ${c.actual ?? "?"}，超过 ${c.expected ?? "?"}`;
    case "PUBLISHED_LATE":
      return `发布日期 ${c.actual ?? "?"} 晚于法定期限 ${c.expected ?? "?"}`;
    case "AGGREGATE_MISMATCH":
      // detail absent: a cell; detail alone: a missing member; with actual: a refused member.
      if (c.detail === undefined)
        return `${c.where}为 ${c.actual ?? "?"}，所辖各报告之和为 ${c.expected ?? "?"}`;
      if (c.actual === undefined) return `缺少所辖报告「${c.detail}」`;
      if (c.expected === undefined) return `所辖报告「${c.detail}」重复，未再次计入汇总`;
      return `${c.detail ? `所辖报告「${c.detail}」的` : ""}${c.where}为 ${c.actual ?? "?"}，应为 ${c.expected ?? "?"}，未计入汇总`;
    case "PARSE_CELL_UNREADABLE":
      return `无法读取${c.where}${c.actual !== undefined ? `（原文「${c.actual}」）` : ""}`;
    case "PARSE_TRUNCATED":
      return `文本在${c.where}处中断${c.detail ? `，止于「${c.detail}」` : ""}`;
    case "PARSE_YEAR_UNCERTAIN":
      return c.actual === undefined
        ? "未能确定报告年度：标题、统计期限和总体情况均未写明"
        : `标题和统计期限未能确定报告年度，已按较弱的依据取 ${c.actual} 年`;
    case "PARSE_CELL_AMBIGUOUS":
      return `${c.where}印有「${c.actual ?? ""}」，但标签和勾稽关系没有为其留下唯一的位置，未予填入`;
    case "PARSE_ROWS_BY_ORDER":
      return `${c.where}各行标签缺失，已按模板行序读取为 ${c.actual ?? "?"}`;
    case "PARSE_EXTRA_ROW":
      return `${c.where}印有模板中没有单元格的一行「${c.detail ?? ""}」（${c.actual ?? ""}），未计入任何单元格`;
    case "PARSE_LABEL_MISPRINTED":
      return `${c.where}的标签印作「${c.actual ?? ""}」，相差一字；其位置只容此行，已按此行读取`;
    case "PARSE_TABLE_IMAGE":
      return `${c.where}的表格以图片形式刊登${c.actual ? `（${c.actual}）` : ""}，其中数字无法读取，需先进行文字识别（OCR）`;
    case "TEMPLATE_MIXED":
      return `${c.where}按 ${c.actual ?? "?"} 版格式印制，本报告为 ${c.expected ?? "?"} 版格式${c.detail ? `；以下内容在 ${c.expected ?? "?"} 版中没有对应的单元格，未填入：${c.detail}` : ""}`;
    case "SOURCE_UNREADABLE":
      // `detail` (the zip reader's or pdf.js's own English words) is not shown: the reason is.
      return `文件无法作为 ${c.expected ?? "?"} 读取${isUnreadableReason(c.actual) ? `：${unreadableReasonsZh[c.actual]}` : ""}`;
    case "SOURCE_PAGE_UNREADABLE":
      return `文件第 ${c.actual ?? "?"} 页（共 ${c.expected ?? "?"} 页）无法读取，该页所印内容未能读入`;
    case "SOURCE_MOJIBAKE":
      return `文本为乱码：其 ${c.expected ?? "?"} 编码的字节曾被逐字节按 ${c.actual ?? "?"} 解读，已按 ${c.expected ?? "?"} 重新解码后读取；请按 ${c.expected ?? "?"} 解码该文件`;
    case "SOURCE_MULTIPLE_REPORTS":
      return `文本先后包含 ${c.actual ?? "?"} 份年度报告，只读取了第一份；下一份从「${c.detail ?? ""}」开始，请逐份分别读取`;
    case "OPTION_INVALID":
      return `选项「${c.detail ?? ""}」无效（${c.actual ?? ""}），已忽略；应为 ${c.expected ?? ""}`;
    case "PARSE_CELLS_RECOVERED":
      return `${c.where}的数字粘连「${c.detail ?? ""}」，已按表格勾稽关系唯一拆分为 ${c.actual ?? "?"}`;
  }
}
