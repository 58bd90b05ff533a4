/**
 * The page's own words, in Chinese and English: its labels, buttons and status lines. The words
 * of the report come from the report and the library's registry, and every finding's message
 * from the library's catalogues; only what the page itself says is here.
 */
import type { Locale, Severity } from "../../src/index.js";
import type { Counts, Refusal } from "./check.js";

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
  readonly noFindings: string;
  readonly report: string;
  readonly exports: string;
  readonly exportJson: string;
  readonly exportDocx: string;
  readonly exportHtml: string;
  readonly placeholder: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly reading: (name: string) => string;
  readonly loading: (what: string) => string;
  readonly opened: (name: string, format: string) => string;
  readonly pastedHtml: string;
  readonly noReport: string;
  readonly refused: (refusal: Refusal) => string;
  readonly failed: (message: string) => string;
  readonly previousRead: (year: number | undefined) => string;
  readonly previousNone: string;
  readonly summary: (
    counts: Counts,
    template: string | undefined,
    instrument: string | undefined,
    year: number | undefined,
  ) => string;
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
  noFindings: "未发现问题。",
  report: "报告",
  exports: "导出",
  exportJson: "JSON",
  exportDocx: "Word（.docx）",
  exportHtml: "网页（.html）",
  placeholder: "在此粘贴年度报告……",
  severity: { error: "错误", warning: "警告", info: "提示" },
  reading: (name) => `正在读取 ${name}……`,
  loading: (what) => `正在加载${what === "pdf" ? " PDF 读取程序" : " Word 程序"}……`,
  opened: (name, format) => `已读取 ${name}（${format}）。`,
  pastedHtml: "已按粘贴内容中的网页表格读取。",
  noReport: "没有找到年度报告的内容。",
  refused: (refusal) =>
    refusal.reason === "empty"
      ? "文件是空的。"
      : refusal.reason === "binary"
        ? `无法读取：这不是文本或报告文件（${refusal.what}）。`
        : `无法读取：不支持的格式（${refusal.format === "doc" ? "旧版 Word .doc 或加密文件，请另存为 .docx" : refusal.format === "rtf" ? "RTF，请另存为 .docx" : "网页存档 .mht，请另存为 .html"}）。`,
  failed: (message) => `读取出错：${message}`,
  previousRead: (year) => `已读取上一年度报告${year === undefined ? "" : `（${year}年）`}。`,
  previousNone: "上一年度报告中没有找到报告内容，未作跨年度检查。",
  summary: (counts, template, instrument, year) =>
    [
      `错误 ${counts.error} 项`,
      `警告 ${counts.warning} 项`,
      `提示 ${counts.info} 项`,
      template === undefined ? "模板未知" : `模板 ${template}（${instrument ?? ""}）`,
      year === undefined ? "年度未知" : `${year}年度`,
    ].join(" · "),
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
  noFindings: "No findings.",
  report: "Report",
  exports: "Export",
  exportJson: "JSON",
  exportDocx: "Word (.docx)",
  exportHtml: "Web page (.html)",
  placeholder: "Paste an annual report here…",
  severity: { error: "error", warning: "warning", info: "info" },
  reading: (name) => `Reading ${name}…`,
  loading: (what) => `Loading the ${what === "pdf" ? "PDF reader" : "Word library"}…`,
  opened: (name, format) => `Read ${name} (${format}).`,
  pastedHtml: "Read from the web page tables in what was pasted.",
  noReport: "No part of an annual report was found.",
  refused: (refusal) =>
    refusal.reason === "empty"
      ? "The file is empty."
      : refusal.reason === "binary"
        ? `Cannot read it: this is not text nor a report document (${refusal.what}).`
        : `Cannot read it: unsupported format (${refusal.format === "doc" ? "old Word .doc or an encrypted file; save it as .docx" : refusal.format === "rtf" ? "RTF; save it as .docx" : "web archive .mht; save it as .html"}).`,
  failed: (message) => `Reading failed: ${message}`,
  previousRead: (year) => `Last year's report read${year === undefined ? "" : ` (${year})`}.`,
  previousNone: "No report found in last year's text: the cross-year rules did not run.",
  summary: (counts, template, instrument, year) =>
    [
      `${counts.error} error${counts.error === 1 ? "" : "s"}`,
      `${counts.warning} warning${counts.warning === 1 ? "" : "s"}`,
      `${counts.info} info`,
      template === undefined ? "template unknown" : `template ${template} (${instrument ?? ""})`,
      year === undefined ? "year unknown" : `year ${year}`,
    ].join(" · "),
};

/** The page's words in a locale. */
export function wordsOf(locale: Locale): Words {
  return locale === "en" ? en : zh;
}
