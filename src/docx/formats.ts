/**
 * List numbers in the formats Word's numbering definitions name (`w:numFmt`): section headings of
 * a report are often numbered by Word (一、 （一） 1.), and the numbers are then not in the text.
 * The common formats of Chinese documents are written out; any other falls back to decimal.
 *
 * @module
 */

const CHINESE_DIGITS = "〇一二三四五六七八九";
const LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
const LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖";
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const PARENTHESIZED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
const FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛";

/**
 * A number below 10000 in Chinese counting: 十 for 10 (never 一十), 二十一, 一百零五, 一千零一十.
 * Larger numbers (no report numbers a list that far) are written in digits.
 */
function counting(n: number, digits: string, units: readonly [string, string, string]): string {
  if (n <= 0 || n >= 10000) return String(n);
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const names = [units[2], units[1], units[0], ""];
  let text = "";
  let zero = false;
  places.forEach((digit, place) => {
    if (digit === 0) {
      zero = text !== "";
      return;
    }
    if (zero) text += "零";
    zero = false;
    // 十 alone opens a number below 20: 十一, not 一十一.
    if (!(place === 2 && digit === 1 && text === "")) text += digits[digit];
    text += names[place];
  });
  return text;
}

/** Word's letters stop at 780 (26 letters, each up to 30 times); past it, digits. */
const MAX_LETTERS = 780;

function letters(n: number, alphabet: string): string {
  if (n <= 0 || n > MAX_LETTERS) return String(n);
  // Word repeats the letter: 27 → AA, 28 → BB.
  return alphabet[(n - 1) % 26]!.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const numerals: readonly [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let text = "";
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      text += numeral;
      rest -= value;
    }
  }
  return text;
}

const fromList = (list: string, n: number) =>
  n >= 1 && n <= list.length ? list[n - 1]! : String(n);

const cycle = (list: string, n: number) => (n >= 1 ? list[(n - 1) % list.length]! : String(n));

/**
 * A list number in a `w:numFmt` format. `bullet` and `none` give `""` (the label's text is then
 * its literal characters); an unknown format gives decimal digits, so that a number is never lost.
 *
 * @example
 * ```ts
 * formatNumber(3, "chineseCounting"); // '三'
 * formatNumber(12, "chineseCounting"); // '十二'
 * formatNumber(2, "ideographTraditional"); // '乙'
 * formatNumber(4, "upperRoman"); // 'IV'
 * ```
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "japaneseCounting":
      return counting(n, CHINESE_DIGITS, ["十", "百", "千"]);
    case "chineseLegalSimplified":
      return counting(n, LEGAL_SIMPLIFIED, ["拾", "佰", "仟"]);
    case "ideographLegalTraditional":
    case "japaneseLegal":
      return counting(n, LEGAL_TRADITIONAL, ["拾", "佰", "仟"]);
    case "ideographDigital":
    case "taiwaneseDigital":
      return n >= 0 ? [...String(n)].map((d) => CHINESE_DIGITS[Number(d)]).join("") : String(n);
    case "ideographTraditional":
      return cycle(HEAVENLY_STEMS, n);
    case "ideographZodiac":
      return cycle(EARTHLY_BRANCHES, n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return fromList(CIRCLED, n);
    case "decimalEnclosedParen":
      return fromList(PARENTHESIZED, n);
    case "decimalEnclosedFullstop":
      return fromList(FULL_STOP, n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "bullet":
    case "none":
      return "";
    default:
      return String(n);
  }
}
