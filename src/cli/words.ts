// The command line's own words, in Chinese and English: why an input gave no report, the summary
// line and the progress line. Findings keep their messages from the library's catalogues.
import type { Locale } from "../findings/codes.js";
import type { UnreadableReason } from "../findings/unreadable.js";
import type { BinaryKind, SourceFormat } from "../read/source.js";
import { REPORT_EXTENSION_LIST } from "./extensions.js";

/**
 * Why an input has no report. Stable: pipelines branch on them.
 * - `NOT_FOUND`: no such file.
 * - `UNREADABLE`: the file (or a folder below a listed one) could not be read (permissions, …).
 * - `EMPTY`: no bytes, or only white space.
 * - `BINARY`: bytes that are no text and no document a reader takes (an image, an archive, …).
 * - `UNSUPPORTED_FORMAT`: a document format no reader of this version takes (.doc, RTF, MHT, …).
 * - `SOURCE_UNREADABLE`: a reader took the document and found it damaged, truncated or encrypted.
 * - `NOT_A_REPORT`: readable text with no part of an annual report in it.
 * - `NO_MATCH`: a pattern or folder that named no file.
 * - `INTERNAL`: the reading stopped unexpectedly (a bug: please report it).
 */
export type InputErrorCode =
  | "NOT_FOUND"
  | "UNREADABLE"
  | "EMPTY"
  | "BINARY"
  | "UNSUPPORTED_FORMAT"
  | "SOURCE_UNREADABLE"
  | "NOT_A_REPORT"
  | "NO_MATCH"
  | "INTERNAL";

/** The formats an input may be in, as named to users (`doc`: an OLE compound file). */
export type FormatName = SourceFormat | "doc" | "rtf" | "mht";

const BINARY: Readonly<Record<Locale, Readonly<Record<BinaryKind, string>>>> = {
  zh: {
    zip: "ZIP 压缩包，其中没有 Word 文档",
    png: "PNG 图片",
    jpeg: "JPEG 图片",
    gif: "GIF 图片",
    gzip: "gzip 压缩文件",
    "7z": "7z 压缩包",
    rar: "RAR 压缩包",
    other: "二进制数据",
  },
  en: {
    zip: "a ZIP archive without a Word document",
    png: "a PNG image",
    jpeg: "a JPEG image",
    gif: "a GIF image",
    gzip: "a gzip file",
    "7z": "a 7z archive",
    rar: "a RAR archive",
    other: "binary data",
  },
};

const FORMATS: Readonly<Record<Locale, Readonly<Record<FormatName, string>>>> = {
  zh: {
    text: "文本",
    html: "HTML",
    json: "JSON",
    pdf: "PDF",
    docx: "Word（.docx）",
    doc: "Word 97-2003（.doc）或加密的 Office",
    rtf: "RTF",
    mht: "MHT（单一文件网页）",
  },
  en: {
    text: "text",
    html: "HTML",
    json: "JSON",
    pdf: "PDF",
    docx: "Word (.docx)",
    doc: "Word 97-2003 (.doc) or password-protected Office",
    rtf: "RTF",
    mht: "MHT (single-file web page)",
  },
};

/** Operating-system errors users meet, by their code. */
const SYSTEM: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  zh: {
    EACCES: "没有读取权限",
    EPERM: "没有读取权限",
    EISDIR: "是目录",
    ELOOP: "符号链接循环",
    ENAMETOOLONG: "路径过长",
    EMFILE: "打开的文件过多",
    EIO: "输入输出错误",
  },
  en: {
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "is a directory",
    ELOOP: "too many symbolic links",
    ENAMETOOLONG: "path too long",
    EMFILE: "too many open files",
    EIO: "input/output error",
  },
};

/** The words of one record's error, with what it depends on. */
export type InputError =
  | { readonly code: "NOT_FOUND" | "EMPTY" | "NOT_A_REPORT" }
  | { readonly code: "NO_MATCH"; readonly folder: boolean }
  | { readonly code: "UNREADABLE"; readonly system: string }
  | { readonly code: "BINARY"; readonly what: BinaryKind }
  | { readonly code: "UNSUPPORTED_FORMAT"; readonly format: FormatName }
  | {
      readonly code: "SOURCE_UNREADABLE";
      readonly message: string;
      /** Why, for programs to switch on (the finding's `actual`). */
      readonly reason?: UnreadableReason;
    }
  | { readonly code: "INTERNAL"; readonly message: string };

/** The message of an input error in the locale. */
export function errorMessage(error: InputError, locale: Locale): string {
  const zh = locale === "zh";
  switch (error.code) {
    case "NOT_FOUND":
      return zh ? "文件不存在" : "no such file";
    case "EMPTY":
      return zh ? "文件为空" : "the file is empty";
    case "NOT_A_REPORT":
      return zh
        ? "文件中没有年度报告的任何部分（六个部分和三张表格均未找到）"
        : "no part of an annual report was found (none of the six sections or three tables)";
    case "NO_MATCH":
      return error.folder
        ? zh
          ? `目录中没有报告文件（${REPORT_EXTENSION_LIST}）`
          : `no report files in this folder (${REPORT_EXTENSION_LIST})`
        : zh
          ? "没有与此模式匹配的文件"
          : "no file matches this pattern";
    case "UNREADABLE":
      return `${zh ? "无法读取" : "cannot read"}${zh ? "：" : ": "}${SYSTEM[locale][error.system] ?? error.system}`;
    case "BINARY":
      return zh
        ? `不是报告：文件内容是${BINARY.zh[error.what]}`
        : `not a report: the file holds ${BINARY.en[error.what]}`;
    case "UNSUPPORTED_FORMAT":
      return zh
        ? `本版本不能读取 ${FORMATS.zh[error.format]} 文件`
        : `this version cannot read ${FORMATS.en[error.format]} files`;
    case "SOURCE_UNREADABLE":
      return error.message;
    case "INTERNAL":
      return zh ? `内部错误：${error.message}` : `internal error: ${error.message}`;
  }
}

/** The totals of a run, for the summary line. */
export interface Tally {
  readonly files: number;
  /** Reports with at least one error finding. */
  readonly filesWithErrors: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Inputs that gave no report (an error record). */
  readonly unreadable: number;
}

/** The summary line, e.g. `500 files: 3 with errors (12 errors), 40 warnings, 1 unreadable; 8.2 s`. */
export function summaryLine(tally: Tally, seconds: number, locale: Locale): string {
  const time = seconds.toFixed(1);
  return locale === "zh"
    ? `共 ${tally.files} 个文件：${tally.filesWithErrors} 个有错误（${tally.errors} 个错误），${tally.warnings} 个警告，${tally.unreadable} 个无法读取；用时 ${time} 秒`
    : `${tally.files} files: ${tally.filesWithErrors} with errors (${tally.errors} errors), ${tally.warnings} warnings, ${tally.unreadable} unreadable; ${time} s`;
}

/** `h:mm:ss` or `m:ss`. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The progress line: files done (of how many, once known), files per second, time left. */
export function progressLine(
  done: number,
  total: number | undefined,
  perSecond: number,
  locale: Locale,
): string {
  const rate = perSecond >= 10 ? perSecond.toFixed(0) : perSecond.toFixed(1);
  const count = total === undefined ? String(done) : `${done}/${total}`;
  const left = total !== undefined && perSecond > 0 ? clock((total - done) / perSecond) : undefined;
  return locale === "zh"
    ? `已完成 ${count} 个文件 · ${rate} 个/秒${left === undefined ? "" : ` · 剩余 ${left}`}`
    : `${count} files · ${rate} files/s${left === undefined ? "" : ` · ${left} left`}`;
}
