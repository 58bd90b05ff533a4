/**
 * The type of the official document (党政机关公文格式, GB/T 9704-2012): the font of each kind of
 * text, with the names other machines know it by, and its size. The Word writer and the page's
 * stylesheet both read this, so that the document and the page look alike.
 *
 * Each list starts with the font GB/T 9704 names, then the name Windows and Word know the same
 * face by, then faces of the same style found on macOS and Linux (Noto CJK, Source Han), so that
 * a machine without the official fonts still shows the text in a like face.
 *
 * @module
 */

/** A kind of text and how it is set. */
export interface TypeFace {
  /** Font names, most wanted first. */
  readonly fonts: readonly string[];
  /** Size in points (二号 22, 三号 16, 五号 10.5, 小五 9). */
  readonly size: number;
  /** The CSS generic family that ends the list on a page. */
  readonly generic: "serif" | "sans-serif";
}

const SONG = ["宋体", "SimSun", "STSong", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC"];

/** The faces of the document. */
export const typography = {
  /** The title: 方正小标宋简体, 二号. */
  title: {
    fonts: [
      "方正小标宋简体",
      "FZXiaoBiaoSong-B05S",
      "华文中宋",
      "STZhongsong",
      "Noto Serif CJK SC",
      "Source Han Serif SC",
      "SimSun",
    ],
    size: 22,
    generic: "serif",
  },
  /** The body: 仿宋_GB2312, 三号. */
  body: {
    fonts: [
      "仿宋_GB2312",
      "FangSong",
      "仿宋",
      "STFangsong",
      "Noto Serif CJK SC",
      "Source Han Serif SC",
      "SimSun",
    ],
    size: 16,
    generic: "serif",
  },
  /** First-level headings (一、总体情况): 黑体, 三号. */
  heading: {
    fonts: ["黑体", "SimHei", "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC"],
    size: 16,
    generic: "sans-serif",
  },
  /** Second-level headings ((一)…): 楷体_GB2312, 三号. */
  subheading: {
    fonts: ["楷体_GB2312", "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", "SimSun"],
    size: 16,
    generic: "serif",
  },
  /** Narrow tables (二): 宋体, 五号. */
  table: { fonts: SONG, size: 10.5, generic: "serif" },
  /** Wide tables (三, 四): 宋体, 小五. */
  wideTable: { fonts: SONG, size: 9, generic: "serif" },
} as const satisfies Record<string, TypeFace>;

/**
 * A line of prose that is a second-level heading of GB/T 9704 (`（一）主动公开政府信息情况`): it
 * opens with a Chinese numeral in brackets. Returns how many characters the heading takes: the
 * whole line, or a run-in heading up to its first `。` (`（一）主动公开情况。2022年…`); 0 when the
 * line is no heading.
 *
 * @example
 * ```ts
 * subheadingLength("（一）主动公开政府信息情况"); // 13
 * subheadingLength("(二)依申请公开情况。本年度收到申请3件。"); // 10
 * subheadingLength("2022年，我局…"); // 0
 * ```
 */
export function subheadingLength(line: string): number {
  if (!/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(line)) return 0;
  const stop = line.indexOf("。");
  if (stop === -1) return line.length <= 40 ? line.length : 0;
  return stop < 40 ? stop + 1 : 0;
}

/**
 * How many characters the numbering that opens a label takes (`三、`, `（三）`, `(三)`), 0 when it
 * opens with none: a narrow column of labels spanning rows is as wide as its numbering, so that a
 * label breaks after it, as in the official table (`（三）` / `不予公` / `开`).
 *
 * @example
 * ```ts
 * numberingLength("三、本年度办理结果"); // 2
 * numberingLength("（三）不予公开"); // 3
 * numberingLength("规章"); // 0
 * ```
 */
export function numberingLength(label: string): number {
  return (
    /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/.exec(label)?.[0]
      .length ?? 0
  );
}
