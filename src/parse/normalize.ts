/**
 * Normalisation of report text for matching against the registry's labels.
 *
 * @module
 */

// Traditional forms of the format's own vocabulary, as seen on converted mirrors (format-spec D13).
// Only characters that occur in the template's labels and headings: this is not a general converter.
const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  規: "规",
  範: "范",
  檔: "档",
  許: "许",
  處: "处",
  罰: "罚",
  強: "强",
  製: "制",
  費: "费",
  採: "采",
  購: "购",
  項: "项",
  數: "数",
  總: "总",
  計: "计",
  決: "决",
  開: "开",
  資: "资",
  請: "请",
  結: "结",
  轉: "转",
  無: "无",
  與: "与",
  務: "务",
  體: "体",
  況: "况",
  複: "复",
  議: "议",
  訴: "诉",
  訟: "讼",
  維: "维",
  糾: "纠",
  審: "审",
  報: "报",
  個: "个",
  護: "护",
  權: "权",
  機: "机",
  關: "关",
  現: "现",
  場: "场",
  門: "门",
  應: "应",
  會: "会",
  組: "组",
  織: "织",
  構: "构",
  業: "业",
  單: "单",
  萬: "万",
  幣: "币",
  廢: "废",
  發: "发",
  劃: "划",
  經: "经",
  濟: "济",
  實: "实",
  際: "际",
  據: "据",
  內: "内",
  訊: "讯",
  類: "类",
  過: "过",
  執: "执",
  詢: "询",
  沒: "没",
  補: "补",
  後: "后",
  確: "确",
  舉: "举",
  訪: "访",
  復: "复",
  繳: "缴",
  納: "纳",
  們: "们",
  區: "区",
  證: "证",
  號: "号",
  時: "时",
  間: "间",
  題: "题",
  進: "进",
  問: "问",
  險: "险",
  穩: "稳",
  條: "条",
  減: "减",
  說: "说",
  為: "为",
  屬: "属",
  於: "于",
  國: "国",
  級: "级",
  縣: "县",
  鎮: "镇",
  鄉: "乡",
  辦: "办",
  員: "员",
  檢: "检",
  質: "质",
  傳: "传",
  統: "统",
  純: "纯",
  顯: "显",
  動: "动",
  態: "态",
};

// 檔案 is the Taiwan word for 文件 (format-spec D13): 規範性檔案 → 规范性文件.
const TAIWAN_VOCABULARY: readonly (readonly [string, string])[] = [["档案", "文件"]];

/** Replaces the traditional characters of the format's vocabulary by their simplified forms. */
export function toSimplified(text: string): string {
  let out = "";
  for (const char of text) out += TRADITIONAL_TO_SIMPLIFIED[char] ?? char;
  for (const [from, to] of TAIWAN_VOCABULARY) out = out.split(from).join(to);
  return out;
}

// Everything that is not a letter or digit: punctuation of both widths, quotes, spaces, pipes.
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The form of a label used for matching: NFKC (full → half width), simplified characters, no
 * whitespace or punctuation. Two spellings that differ only in width, script, spacing or
 * punctuation (`（一）` / `(一)`, `1.` / `1、`, `“”` / `""`, `规 章`) have the same key.
 *
 * @example
 * ```ts
 * matchKey("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") === matchKey("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"); // true
 * matchKey("規範性檔案"); // '规范性文件'
 * ```
 */
export function matchKey(text: string): string {
  return toSimplified(text.normalize("NFKC")).replace(NOT_WORD, "");
}
