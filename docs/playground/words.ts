/**
 * The page's own words, in Chinese and English: its labels, buttons and status lines. The words
 * of the report come from the report and the library's registry, and every finding's message
 * from the library's catalogues; only what the page itself says is here.
 */
import type { Locale, RuleCode, Severity } from "../../src/index.js";
import type { Counts, Refusal } from "./check.js";

/** A count with its noun, singular or plural (English). */
const many = (count: number, one: string, more = `${one}s`) =>
  `${count} ${count === 1 ? one : more}`;

/** The page's words in one locale. */
export interface Words {
  readonly lang: string;
  readonly title: string;
  readonly intro: string;
  readonly locale: string;
  readonly source: string;
  readonly sourceHint: string;
  readonly file: string;
  readonly check: string;
  readonly previous: string;
  readonly previousHint: string;
  readonly previousSource: string;
  readonly previousFile: string;
  readonly findings: string;
  readonly problems: string;
  readonly readingProblems: string;
  readonly readingHint: string;
  readonly noFindings: string;
  readonly noProblems: string;
  /** The line of many findings of one code under one item, e.g. 24 处数字粘连已按勾稽关系拆分. */
  readonly group: (code: RuleCode, count: number) => string;
  readonly back: string;
  readonly report: string;
  readonly exports: string;
  readonly exportJson: string;
  readonly exportDocx: string;
  readonly exportHtml: string;
  readonly exportsNote: string;
  readonly docxFindings: string;
  readonly placeholder: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly reading: (name: string) => string;
  readonly loading: (what: string) => string;
  readonly opened: (name: string, format: string) => string;
  readonly unreadable: (name: string, reason: string) => string;
  readonly pastedHtml: string;
  readonly noReport: string;
  readonly refused: (refusal: Refusal, from: "text" | "file") => string;
  readonly failed: (message: string) => string;
  readonly previousRead: (year: number | undefined) => string;
  readonly previousNone: string;
  readonly summary: (
    counts: Counts,
    template: string | undefined,
    instrument: string | undefined,
    year: number | undefined,
  ) => string;
  /** What the summary adds about reading: how many cells could not be read, how many problems. */
  readonly readingSummary: (unreadableCells: number, problems: number) => string;
}

const zh: Words = {
  lang: "zh-CN",
  title: "政府信息公开工作年度报告 检查",
  intro:
    "粘贴年度报告的文字（网页、Word 或 PDF 中复制的均可），或打开报告文件，即可看到按官方格式排出的表格，有问题的单元格会被标出。所有处理都在本机浏览器中完成，不上传任何内容。",
  locale: "语言",
  source: "报告文字",
  sourceHint: "粘贴后自动检查；也可修改后点击“检查”。",
  file: "打开文件（.txt .md .html .docx .pdf）",
  check: "检查",
  previous: "上一年度报告（可选）",
  previousHint: "给出上一年度报告，可检查结转数、存量和重复文字等跨年度问题。",
  previousSource: "上一年度报告文字",
  previousFile: "打开上一年度报告文件",
  findings: "检查发现",
  problems: "报告问题",
  readingProblems: "读取问题",
  readingHint: "本页读取报告时遇到的问题，不一定是报告本身的错误：无法读取的单元格请对照原文核对。",
  noFindings: "未发现问题。",
  noProblems: "未发现报告问题。",
  group: (code, count) => {
    switch (code) {
      case "PARSE_CELL_UNREADABLE":
        return `${count} 个单元格无法读取`;
      case "PARSE_CELLS_RECOVERED":
        return `${count} 处数字粘连已按勾稽关系拆分`;
      case "PARSE_ROWS_BY_ORDER":
        return `${count} 处未印行名的行已按模板顺序读取`;
      case "PARSE_CELL_AMBIGUOUS":
        return `${count} 处数字无法确定所在单元格`;
      case "PARSE_TRUNCATED":
        return `${count} 处内容不完整`;
      case "SECTION_MISSING":
        return `${count} 个部分没有找到`;
      default:
        return `同类问题 ${count} 项（${code}）`;
    }
  },
  back: "↑ 返回检查发现",
  report: "报告",
  exports: "导出",
  exportJson: "JSON 数据",
  exportDocx: "Word（.docx）",
  exportHtml: "网页（.html，标出问题）",
  exportsNote:
    "JSON 和 Word：报告本身的数据（Word 按官方格式排版）；网页：报告及标出的问题，后附检查发现清单。",
  docxFindings: "Word 后附检查发现清单",
  placeholder: "在此粘贴年度报告……",
  severity: { error: "错误", warning: "警告", info: "提示" },
  reading: (name) => `正在读取 ${name}……`,
  loading: (what) => `正在加载${what === "pdf" ? " PDF 读取程序" : " Word 程序"}……`,
  opened: (name, format) => `已读取 ${name}（${format}）。`,
  unreadable: (name, reason) => `无法读取 ${name}：${reason}`,
  pastedHtml: "已按粘贴内容中的网页表格读取。",
  noReport: "没有找到年度报告的内容。",
  refused: (refusal, from) =>
    refusal.reason === "empty"
      ? from === "text"
        ? "请先粘贴报告文字或打开文件。"
        : "文件是空的。"
      : refusal.reason === "binary"
        ? `无法读取：这不是文本或报告文件（${refusal.what}）。`
        : `无法读取：不支持的格式（${refusal.format === "doc" ? "旧版 Word .doc 或加密文件，请另存为 .docx" : refusal.format === "rtf" ? "RTF，请另存为 .docx" : "网页存档 .mht，请另存为 .html"}）。`,
  failed: (message) => `读取出错：${message}`,
  previousRead: (year) => `已读取上一年度报告${year === undefined ? "" : `（${year}年）`}。`,
  previousNone: "上一年度报告中没有找到报告内容，未作跨年度检查。",
  summary: (counts, template, instrument, year) =>
    [
      `报告问题：错误 ${counts.error} 项`,
      `警告 ${counts.warning} 项`,
      ...(counts.info > 0 ? [`提示 ${counts.info} 项`] : []),
      template === undefined ? "模板未知" : `模板 ${template}（${instrument ?? ""}）`,
      year === undefined ? "年度未知" : `${year}年度`,
    ].join(" · "),
  readingSummary: (unreadable, problems) =>
    problems === 0
      ? ""
      : unreadable > 0
        ? `另有 ${unreadable} 个单元格无法读取（读取问题共 ${problems} 项，见下方）。`
        : `另有读取问题 ${problems} 项，见下方。`,
};

const en: Words = {
  lang: "en",
  title: "Government information disclosure annual report checker",
  intro:
    "Paste the text of an annual report (copied from a web page, Word or PDF), or open the report's file: the tables appear in the official layout, with the cells that have a problem marked. Everything runs in your browser; nothing is uploaded.",
  locale: "Language",
  source: "Report text",
  sourceHint: "Checked when you paste; after an edit, press Check.",
  file: "Open a file (.txt .md .html .docx .pdf)",
  check: "Check",
  previous: "Last year's report (optional)",
  previousHint:
    "With last year's report, the cross-year rules run too: carried-over numbers, stocks, repeated text.",
  previousSource: "Last year's report text",
  previousFile: "Open last year's report file",
  findings: "Findings",
  problems: "Problems in the report",
  readingProblems: "Reading problems",
  readingHint:
    "What got in the way of reading the report, not necessarily a mistake in it: check the cells that could not be read against the original.",
  noFindings: "No findings.",
  noProblems: "No problems found in the report.",
  group: (code, count) => {
    switch (code) {
      case "PARSE_CELL_UNREADABLE":
        return `${many(count, "cell")} could not be read`;
      case "PARSE_CELLS_RECOVERED":
        return `${many(count, "run")} of glued digits split by the table's sums`;
      case "PARSE_ROWS_BY_ORDER":
        return `${many(count, "row")} without a printed label read in the template's order`;
      case "PARSE_CELL_AMBIGUOUS":
        return `${many(count, "number")} with more than one cell to go in`;
      case "PARSE_TRUNCATED":
        return `${many(count, "part")} cut short`;
      case "SECTION_MISSING":
        return `${many(count, "section")} not found`;
      default:
        return `${many(count, "problem")} of one kind (${code})`;
    }
  },
  back: "↑ Back to the findings",
  report: "Report",
  exports: "Export",
  exportJson: "JSON data",
  exportDocx: "Word (.docx)",
  exportHtml: "Web page (.html, problems marked)",
  exportsNote:
    "JSON and Word: the report's data (Word in the official layout); web page: the report with the findings marked, and their list after it.",
  docxFindings: "Word: add the list of findings",
  placeholder: "Paste an annual report here…",
  severity: { error: "error", warning: "warning", info: "info" },
  reading: (name) => `Reading ${name}…`,
  loading: (what) => `Loading the ${what === "pdf" ? "PDF reader" : "Word library"}…`,
  opened: (name, format) => `Read ${name} (${format}).`,
  unreadable: (name, reason) => `Could not read ${name}: ${reason}`,
  pastedHtml: "Read from the web page tables in what was pasted.",
  noReport: "No part of an annual report was found.",
  refused: (refusal, from) =>
    refusal.reason === "empty"
      ? from === "text"
        ? "Paste the report's text or open its file first."
        : "The file is empty."
      : refusal.reason === "binary"
        ? `Cannot read it: this is neither text nor a report document (${refusal.what}).`
        : `Cannot read it: unsupported format (${refusal.format === "doc" ? "old Word .doc or an encrypted file; save it as .docx" : refusal.format === "rtf" ? "RTF; save it as .docx" : "web archive .mht; save it as .html"}).`,
  failed: (message) => `Reading failed: ${message}`,
  previousRead: (year) => `Last year's report read${year === undefined ? "" : ` (${year})`}.`,
  previousNone: "No report found in last year's text: the cross-year rules did not run.",
  summary: (counts, template, instrument, year) =>
    [
      `Problems in the report: ${many(counts.error, "error")}`,
      many(counts.warning, "warning"),
      ...(counts.info > 0 ? [`${counts.info} info`] : []),
      template === undefined ? "template unknown" : `template ${template} (${instrument ?? ""})`,
      year === undefined ? "year unknown" : `year ${year}`,
    ].join(" · "),
  readingSummary: (unreadable, problems) =>
    problems === 0
      ? ""
      : unreadable > 0
        ? `Also, ${many(unreadable, "cell")} could not be read (${many(problems, "reading problem")} in all, listed below).`
        : `Also ${many(problems, "reading problem")}, listed below.`,
};

/** The page's words in a locale. */
export function wordsOf(locale: Locale): Words {
  return locale === "en" ? en : zh;
}
