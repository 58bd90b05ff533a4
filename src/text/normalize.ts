/**
 * Normalisation of report text for matching against the registry's labels.
 *
 * @module
 */
import { hasMark, nfkcOfMarked } from "./marks.js";
import { type Meter, tick } from "./meter.js";

/**
 * Traditional forms of the format's own vocabulary, as seen on converted mirrors (format-spec D13,
 * mirrors in traditional script). Only characters of the template's labels, headings and
 * common metadata words: this is not a general converter. Exported for tests.
 */
export const TRADITIONAL_TO_SIMPLIFIED: Readonly<Record<string, string>> = Object.freeze({
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
  對: "对",
  託: "托",
  導: "导",
  黨: "党",
  認: "认",
  貫: "贯",
  徹: "彻",
  華: "华",
  價: "价",
  營: "营",
  環: "环",
  衛: "卫",
  療: "疗",
  養: "养",
  產: "产",
  稅: "税",
  財: "财",
  預: "预",
  節: "节",
  紀: "纪",
  線: "线",
  網: "网",
  頁: "页",
  欄: "栏",
  細: "细",
  則: "则",
  獲: "获",
  書: "书",
  記: "记",
  錄: "录",
  聯: "联",
  繫: "系",
  係: "系",
  電: "电",
  話: "话",
  郵: "邮",
  編: "编",
  築: "筑",
  設: "设",
  達: "达",
  標: "标",
  準: "准",
  勢: "势",
  戰: "战",
  歷: "历",
  曆: "历",
  學: "学",
  習: "习",
  課: "课",
  當: "当",
  從: "从",
  將: "将",
  屆: "届",
  團: "团",
  勵: "励",
  貼: "贴",
  專: "专",
  張: "张",
  廳: "厅",
  陽: "阳",
  雲: "云",
  長: "长",
  東: "东",
  寧: "宁",
  鄭: "郑",
  漢: "汉",
  蘇: "苏",
  濱: "滨",
  灣: "湾",
  島: "岛",
  歲: "岁",
  億: "亿",
  參: "参",
  選: "选",
  調: "调",
  諮: "咨",
  談: "谈",
  論: "论",
  讀: "读",
  讓: "让",
  變: "变",
  邊: "边",
  遞: "递",
  違: "违",
  還: "还",
  遠: "远",
  適: "适",
  簡: "简",
  約: "约",
  紙: "纸",
  終: "终",
  績: "绩",
  續: "续",
  繼: "继",
  歸: "归",
  戶: "户",
  災: "灾",
  舊: "旧",
  嚴: "严",
  醫: "医",
  藥: "药",
  農: "农",
  異: "异",
  監: "监",
  盡: "尽",
  眾: "众",
  稱: "称",
  積: "积",
  極: "极",
  樣: "样",
  歡: "欢",
  獎: "奖",
  識: "识",
  譯: "译",
  貨: "货",
  賬: "账",
  輯: "辑",
  運: "运",
  閱: "阅",
  陳: "陈",
  隨: "随",
  雜: "杂",
  難: "难",
  響: "响",
  頒: "颁",
  領: "领",
  頻: "频",
  額: "额",
  飛: "飞",
  館: "馆",
  點: "点",
});

// 檔案 is the Taiwan word for 文件 (format-spec D13): 規範性檔案 → 规范性文件. Each word has the
// length of its replacement, which keeps the key stream's positions aligned.
const TAIWAN_VOCABULARY: readonly (readonly [string, string])[] = [["档案", "文件"]];

/**
 * The Taiwan words of a text replaced (檔案 → 文件). Keys have it done on the key itself, where
 * spaces and punctuation are gone, so that `檔 案` wrapped in a cell reads as the word too. Each
 * replacement has the length of its word, which keeps a key stream's positions aligned.
 */
function withTaiwanWords(text: string, meter?: Meter): string {
  // Per word a search, a split and a join.
  tick(meter, text.length * 3 * TAIWAN_VOCABULARY.length);
  let out = text;
  for (const [from, to] of TAIWAN_VOCABULARY)
    if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;

// The table as a string indexed by `code - CJK_FIRST` (every key is a CJK ideograph): the simplified
// character, or U+0000 for none. Looking a character up in the object costs a string hash per
// character of the text; a string is immutable and O(1) to index.
const SIMPLIFIED_BY_CODE = (() => {
  const codes = new Array<number>(CJK_LAST - CJK_FIRST + 1).fill(0);
  for (const [traditional, simplified] of Object.entries(TRADITIONAL_TO_SIMPLIFIED)) {
    codes[traditional.charCodeAt(0) - CJK_FIRST] = simplified.charCodeAt(0);
  }
  let table = "";
  for (let at = 0; at < codes.length; at += 4096) {
    table += String.fromCharCode(...codes.slice(at, at + 4096));
  }
  return table;
})();

function simplifiedOfCode(code: number): string | undefined {
  if (code < CJK_FIRST || code > CJK_LAST) return undefined;
  const simplified = SIMPLIFIED_BY_CODE.charCodeAt(code - CJK_FIRST);
  return simplified === 0 ? undefined : String.fromCharCode(simplified);
}

/** Replaces the traditional characters of the format's vocabulary by their simplified forms. */
export function toSimplified(text: string, meter?: Meter): string {
  // Slices between replacements, not a string per character; every key of the table is one BMP
  // ideograph, so scanning UTF-16 units is exact.
  const parts: string[] = [];
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < CJK_FIRST || code > CJK_LAST) continue;
    const simplified = simplifiedOfCode(code);
    if (simplified === undefined) continue;
    if (run < index) parts.push(text.slice(run, index));
    parts.push(simplified);
    run = index + 1;
  }
  let out = text;
  if (run > 0) {
    parts.push(text.slice(run));
    out = parts.join("");
  }
  // The scan (a table look-up per unit) and the join.
  tick(meter, 2 * text.length);
  return withTaiwanWords(out, meter);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const WORD_CHARACTERS = /[\p{L}\p{N}]/gu;

/**
 * How many letters and digits a text has: the readers weigh a line's link text against it.
 *
 * @example
 * ```ts
 * wordCharacterCount("上一篇：某局2020年报告"); // 12
 * ```
 */
export function wordCharacterCount(text: string, meter?: Meter): number {
  tick(meter, 1 + text.length);
  return text.match(WORD_CHARACTERS)?.length ?? 0;
}

/**
 * `text.normalize("NFKC")`, without the call for pure ASCII (its own NFKC form): the parser
 * normalises every cell token, and most are digits.
 *
 * @example
 * ```ts
 * nfkc("１２"); // '12'
 * ```
 */
export function nfkc(text: string, meter?: Meter): string {
  // The ASCII scan, then at most one normalisation.
  tick(meter, 2 * text.length);
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= 0x80) return text.normalize("NFKC");
  }
  return text;
}

/**
 * {@link nfkc} of a value's text: a number printed as a mark (`①`, `¹`) makes no digit, and one
 * right after a digit, a footnote's reference, is taken out (text/marks.ts).
 *
 * @example
 * ```ts
 * nfkcOfValue("１１①"); // '11'
 * ```
 */
export function nfkcOfValue(text: string, meter?: Meter): string {
  const plain = nfkc(text, meter);
  if (plain === text) return plain;
  // One more scan, and the marks' own normalisation where there are any.
  tick(meter, text.length);
  return hasMark(text) ? nfkcOfMarked(text) : plain;
}

// CJK Unified Ideographs (U+4E00–U+9FFF) are letters and their own NFKC form in the Unicode data of
// current runtimes; checked once here rather than assumed, so that the fast path below stays exact.
const CJK_PLAIN = (() => {
  const units: number[] = [];
  for (let code = CJK_FIRST; code <= CJK_LAST; code++) units.push(code);
  const block = String.fromCharCode(...units);
  return block.normalize("NFKC") === block && /^[\p{L}]*$/u.test(block);
})();

/**
 * Whether a UTF-16 code unit is a CJK Unified Ideograph that NFKC leaves as it is (all of them, on
 * the runtimes checked at load): a text starting with one starts with it after normalisation too.
 *
 * @example
 * ```ts
 * isPlainIdeograph("政".charCodeAt(0)); // true
 * isPlainIdeograph("⽂".charCodeAt(0)); // false: a Kangxi radical, 文 after NFKC
 * ```
 */
export function isPlainIdeograph(code: number): boolean {
  return CJK_PLAIN && code >= CJK_FIRST && code <= CJK_LAST;
}

function isAsciiWord(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** A character's key: its NFKC form, simplified, without what is not a letter or a digit. */
function characterKey(character: string): string {
  let key = "";
  for (const piece of toSimplified(character.normalize("NFKC"))) {
    if (WORD_CHAR.test(piece)) key += piece;
  }
  return key;
}

// What each code unit of the Basic Multilingual Plane gives the key, learnt on first sight and kept
// across calls (as BMP_WORD below): the one unit of its key, DROPPED (no letter or digit), SEVERAL
// (a key of several units, or a surrogate), 0 not yet seen (U+0000 is never a key unit). One
// look-up per unit replaces the branches by block (ASCII, ideographs, punctuation) and the
// normalisation per distinct character of every call; it holds at most 128 kB.
const DROPPED = 0xffff;
const SEVERAL = 0xfffe;
const UNIT_KEYS = new Uint16Array(0x10000);

function learnUnitKey(code: number): number {
  let unit: number = SEVERAL;
  if (code < 0xd800 || code > 0xdfff) {
    const key = characterKey(String.fromCharCode(code));
    // U+FFFE and U+FFFF are not letters: no key unit is mistaken for the marks.
    if (key.length === 0) unit = DROPPED;
    else if (key.length === 1 && key.charCodeAt(0) < SEVERAL) unit = key.charCodeAt(0);
  }
  UNIT_KEYS[code] = unit;
  return unit;
}

/** The key of one BMP code unit: its one key unit, DROPPED or SEVERAL. */
function unitKey(code: number): number {
  const unit = UNIT_KEYS[code]!;
  return unit === 0 ? learnUnitKey(code) : unit;
}

/**
 * A UTF-16 decoder where the platform has one and stores `Uint16Array`s little-endian (every
 * platform JavaScript runs on in practice): it turns code units into a string several times faster
 * than `String.fromCharCode`. The units decoded are never lone surrogates (the key stream keeps
 * letters and digits only), which a decoder would replace.
 */
const UTF16: { decode(units: Uint16Array): string } | undefined = (() => {
  try {
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    return littleEndian && typeof TextDecoder === "function"
      ? new TextDecoder("utf-16le")
      : undefined;
  } catch {
    return undefined;
  }
})();

/** The string of the first `length` code units. */
function fromUnits(units: Uint16Array, length: number): string {
  if (UTF16 !== undefined) return UTF16.decode(units.subarray(0, length));
  // In chunks that stay within the call stack.
  let text = "";
  for (let at = 0; at < length; at += 4096) {
    text += String.fromCharCode.apply(
      null,
      units.subarray(at, Math.min(length, at + 4096)) as unknown as number[],
    );
  }
  return text;
}

// The letters and digits of a text, as `text.replace(/[^\p{L}\p{N}]+/gu, "")`, in one pass: the
// Unicode property class costs a range search per character, so it is run only outside ASCII and
// the CJK block, and once per distinct character.
/**
 * Whether a code point outside ASCII and the CJK block is a letter or a digit, remembered for the
 * Basic Multilingual Plane (0 not yet seen, 1 yes, 2 no) across calls: matchKey runs on every line
 * of a report, and a map made per call cost more than the tests it saved.
 */
const BMP_WORD = new Uint8Array(0x10000);

function isWordPoint(point: number): boolean {
  if (point > 0xffff) return WORD_CHAR.test(String.fromCodePoint(point));
  let known = BMP_WORD[point]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(point)) ? 1 : 2;
    BMP_WORD[point] = known;
  }
  return known === 1;
}

function wordsOnly(text: string, meter?: Meter): string {
  // One pass, constant work per character (a Unicode test once per distinct character, on that
  // character alone); the join.
  tick(meter, 2 * text.length);
  const parts: string[] = [];
  let run = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    let word: boolean;
    let width = 1;
    if (code < 0x80) word = isAsciiWord(code);
    else if (CJK_PLAIN && code >= CJK_FIRST && code <= CJK_LAST) word = true;
    else {
      const point = text.codePointAt(index)!;
      width = point > 0xffff ? 2 : 1;
      word = isWordPoint(point);
    }
    if (!word) {
      if (run < index) parts.push(text.slice(run, index));
      run = index + width;
    }
    index += width;
  }
  if (run === 0) return text;
  if (run < text.length) parts.push(text.slice(run));
  return parts.join("");
}

/**
 * The form of a label used for matching: NFKC (full → half width), simplified characters, no
 * whitespace or punctuation. Two spellings that differ only in width, script, spacing or
 * punctuation (`（一）` / `(一)`, `1.` / `1、`, `“”` / `""`, `规 章`) have the same key. The Taiwan
 * word 檔案 is 文件, spaced or not (as in {@link keyStream}'s key).
 *
 * @example
 * ```ts
 * matchKey("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") === matchKey("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"); // true
 * matchKey("規範性檔案"); // '规范性文件'
 * matchKey("規範性檔 案"); // '规范性文件'
 * ```
 */
export function matchKey(text: string, meter?: Meter): string {
  return withTaiwanWords(
    keyOfSafeText(text, meter) ?? wordsOnly(toSimplified(nfkc(text, meter), meter), meter),
    meter,
  );
}

/**
 * Whether NFKC of a text holding this code unit is the NFKC of each character put end to end:
 * ASCII, the ideographs (when CJK_PLAIN), and the punctuation blocks except the characters that
 * join their neighbours (the ideographic tone marks U+302A–302F, which are combining marks; the
 * half-width katakana and Hangul, whose voiced marks and jamo compose with the character before).
 * Every other character (combining marks, jamo, compatibility forms, surrogates) may compose,
 * decompose or reorder across the boundary, and takes the whole-text path.
 */
function joinsNothing(code: number): boolean {
  if (code < 0x100) return true;
  if (code >= CJK_FIRST && code <= CJK_LAST) return CJK_PLAIN;
  if (code >= 0x2000 && code < 0x2070) return true;
  if (code >= 0x3000 && code < 0x3040) return code < 0x302a || code > 0x302f;
  return (code >= 0xff00 && code < 0xff65) || (code >= 0xffe0 && code < 0xfff0);
}

/**
 * {@link matchKey} in one pass over the code units, for a text whose every character
 * {@link joinsNothing}: then the key is each character's key end to end, read from UNIT_KEYS.
 * `undefined` for any other text (the whole-text path reads it).
 */
function keyOfSafeText(text: string, meter?: Meter): string | undefined {
  // One pass, a table look-up per unit; the slices and their concatenation. Most texts here are
  // short (a line, a heading's words) with a few characters dropped: concatenating the pieces costs
  // less than collecting them in an array to join.
  tick(meter, 2 * text.length);
  let key: string | undefined;
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!joinsNothing(code)) return undefined;
    const unit = unitKey(code);
    if (unit === code) continue;
    if (unit === SEVERAL) return undefined;
    const kept = unit === DROPPED ? "" : String.fromCharCode(unit);
    key = (key ?? "") + text.slice(run, index) + kept;
    run = index + 1;
  }
  if (key === undefined) return text;
  return run < text.length ? key + text.slice(run) : key;
}

/**
 * A text reduced to its matching key, with the source position of every key character, so that a
 * label found in the key can be located in the source text.
 */
export interface KeyStream {
  /** The key: NFKC, simplified, letters and digits only (as {@link matchKey}). */
  readonly key: string;
  /** `starts[i]`: index in the source of the character that produced `key[i]`. */
  readonly starts: Readonly<Int32Array>;
  /** `ends[i]`: index in the source just after that character. */
  readonly ends: Readonly<Int32Array>;
}

/** Texts up to this many code units have their key's units made in the buffer kept below. */
const UNIT_BUFFER_LIMIT = 1 << 16;
let unitBuffer = new Uint16Array(0);
/**
 * The positions' buffer of the last stream made with `scratch` (see {@link keyStream}): a typed
 * array outside V8's heap costs microseconds to allocate (more than the scan of a page excerpt).
 */
let positionBuffer = new Int32Array(0);

function grownBuffer(size: number): Uint16Array {
  unitBuffer = new Uint16Array(size);
  return unitBuffer;
}

/** Room for twice `size` positions: the kept buffer, grown when it is too small. */
function scratchPositions(size: number): Int32Array {
  if (positionBuffer.length < 2 * size) positionBuffer = new Int32Array(2 * size);
  return positionBuffer;
}

/**
 * The first `length` starts and ends of `positions` (ends from `capacity` on) copied into one
 * buffer of twice `size`, starts first.
 */
function widenedPositions(
  positions: Int32Array,
  capacity: number,
  length: number,
  size: number,
): Int32Array {
  const wider = new Int32Array(2 * size);
  wider.set(positions.subarray(0, length));
  wider.set(positions.subarray(capacity, capacity + length), size);
  return wider;
}

/** The first `length` units copied with room for `size` (an NFKC expansion outgrew them). */
function widened(units: Uint16Array, length: number, size: number): Uint16Array {
  const wider = new Uint16Array(size);
  wider.set(units.subarray(0, length));
  return wider;
}

/**
 * The key of a text together with source positions, one entry per key character.
 *
 * @example
 * ```ts
 * const stream = keyStream("规 章 | 0");
 * stream.key; // '规章0'
 * [...stream.starts]; // [0, 2, 6]
 * ```
 * @param scratch - Keep the positions in a buffer shared by every call made with `scratch`: the
 *   stream's `starts` and `ends` then hold until the next such call only (the reading pipeline's
 *   one stream per parse, used within that parse).
 */
export function keyStream(text: string, meter?: Meter, scratch = false): KeyStream {
  // The key's code units and their two positions go into typed arrays sized to the text (most
  // units keep their character, so the key is about as long as the text) and the key is made from
  // the units at the end: string slices and a join, or pushes onto growing arrays, cost more than
  // the scan itself in parseText's profile. An NFKC expansion (`㍻` → `平成`) widens the arrays.
  // The units are only read back into the key: a buffer kept across calls serves (up to a size,
  // so that one large text does not stay in memory). The two positions share one buffer: each
  // typed array outside V8's heap costs an allocation that showed in profiles of short pages.
  const size = text.length + 16;
  let units: Uint16Array =
    size <= UNIT_BUFFER_LIMIT
      ? unitBuffer.length >= size
        ? unitBuffer
        : grownBuffer(size)
      : new Uint16Array(size);
  // How many entries the three hold: the units' buffer may be longer (kept from a larger text),
  // so it is this, not the buffer's length, that tells when they are full.
  let capacity = size;
  // A kept buffer may be longer than twice `size`: starts take its first `capacity` entries, ends
  // the next, as in a buffer of their own. Both are written through `positions` itself (an end at
  // `capacity` on): a view of each made per call (and per widening) cost more on a short page than
  // the offset added per write.
  let positions: Int32Array =
    scratch && size <= UNIT_BUFFER_LIMIT ? scratchPositions(size) : new Int32Array(2 * capacity);
  let length = 0;
  // Characters whose key has several units are normalised once per distinct character per call.
  let pieces: Map<number, string> | undefined;
  let index = 0;
  const textLength = text.length;
  while (index < textLength) {
    const code = text.charCodeAt(index);
    // Most characters give one key unit or none: one table look-up (UNIT_KEYS), written out here
    // (unitKey's body): the pass measured about a tenth faster so than through the call.
    let unit: number = UNIT_KEYS[code]!;
    if (unit === 0) unit = learnUnitKey(code);
    if (unit === DROPPED) {
      index++;
      continue;
    }
    if (unit !== SEVERAL) {
      if (length === capacity) {
        units = widened(units, length, 2 * length);
        positions = widenedPositions(positions, capacity, length, 2 * length);
        capacity = 2 * length;
      }
      units[length] = unit;
      positions[length] = index;
      positions[capacity + length++] = index + 1;
      index++;
      continue;
    }
    const point = text.codePointAt(index)!;
    // A lone surrogate is one unit, as when iterating the string.
    const end = index + (point > 0xffff ? 2 : 1);
    pieces ??= new Map();
    let replacement = pieces.get(point);
    if (replacement === undefined) {
      replacement = characterKey(text.slice(index, end));
      pieces.set(point, replacement);
    }
    if (length + replacement.length > capacity) {
      const wider = 2 * capacity + replacement.length;
      units = widened(units, length, wider);
      positions = widenedPositions(positions, capacity, length, wider);
      capacity = wider;
    }
    // One entry per UTF-16 unit, so that key offsets and positions stay aligned.
    for (let unit = 0; unit < replacement.length; unit++) {
      units[length] = replacement.charCodeAt(unit);
      positions[length] = index;
      positions[capacity + length++] = end;
    }
    index = end;
  }
  // The pass above: per unit a bounded amount of work (one character normalised, at most once per
  // distinct character; an NFKC expansion is at most 18 units) and three entries written.
  tick(meter, 3 * text.length);
  // The Taiwan words, as `matchKey` applies them, on the whole key: a word spans characters, so the
  // per-character pass above cannot see it.
  tick(meter, length);
  const key = withTaiwanWords(fromUnits(units, length), meter);
  return {
    key,
    starts: positions.subarray(0, length),
    ends: positions.subarray(capacity, capacity + length),
  };
}
