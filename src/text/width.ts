/**
 * Display width of text in a monospaced terminal: East Asian Wide (W) and Fullwidth (F) characters
 * take two columns, combining marks and format characters none, everything else one (Ambiguous
 * counts as narrow, as most terminals outside CJK locales do). The ranges are those of Unicode's
 * EastAsianWidth.txt for W and F, merged where adjacent; no dependency is needed for this.
 *
 * @module
 */

// [first, last] code points, sorted, non-overlapping (Unicode 15.1, W and F). Written as base-36
// numbers, for each range the gap after the previous range's last code point and then its length
// less one: a third of the bytes of the pairs written out, in the bundle of every entry point.
const WIDE_RANGES =
  "3cw,2n,3i3,1,e,1,5b,3,4,0,3,0,ei,1,m,1,1f,b,18,0,k,0,e,0,9,1,i,1,6,1,9,0,6,0,m,0,8,1,2,0,5,0,3,0,8,0,5,1,t,0,10,0,2,0,5,2,2,0,1q,2,p,0,f,0,nw,1,1g,0,5,0,mj,p,2,2g,d,5x,r,26,3,2d,3,2u,6,16,2,2l,2,2b,c,1b,2,13,9,mkc,4,1i,wq,s,hw,8mb,6l9,e7,lt,9,n,y,2,i,2,3,46,2n,3k,6,m4a,4,c,1,f,4qf,9,yd,17,8,6w8,e,2,82,g,0,u,2,3,0,f,3,9,az,c21,0,5n,0,5b,0,3,9,2u,2,e,17,5,8,8,1,f,5,4b,w,d,8,2,1x,2,l,d,16,5,4,d,g,4,0,4,1y,2,0,2,56,3,1q,e,3,2,n,j,0,r,1,e,0,2f,2c,1d,1x,7,0,4,2,3,2,5,3,c,1,8,8,6c,b,5,0,7w,1a,2,9,2,54,35,c,4,8,8,19,2,6,9,d,5,8,8,8,zs,1ekd,3,1ekd";

const WIDE: readonly (readonly [number, number])[] = (() => {
  const numbers = WIDE_RANGES.split(",").map((part) => parseInt(part, 36));
  const ranges: [number, number][] = [];
  let last = 0;
  for (let i = 0; i < numbers.length; i += 2) {
    const first = last + numbers[i]!;
    last = first + numbers[i + 1]!;
    ranges.push([first, last]);
  }
  return ranges;
})();

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]$/u;

function isWide(codePoint: number): boolean {
  let low = 0;
  let high = WIDE.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = WIDE[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The number of terminal columns a code point takes: 0, 1 or 2.
 *
 * @example
 * ```ts
 * charWidth("a".codePointAt(0)!); // 1
 * charWidth("报".codePointAt(0)!); // 2
 * charWidth("（".codePointAt(0)!); // 2
 * ```
 */
export function charWidth(codePoint: number): 0 | 1 | 2 {
  if (isWide(codePoint)) return 2;
  return ZERO_WIDTH.test(String.fromCodePoint(codePoint)) ? 0 : 1;
}

/**
 * The number of terminal columns a text takes (East Asian Width W/F count twice).
 *
 * @param text - Any text without line breaks.
 * @returns Its display width.
 * @example
 * ```ts
 * displayWidth("abc"); // 3
 * displayWidth("总计"); // 4
 * displayWidth("（一）予以公开"); // 14
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += charWidth(character.codePointAt(0)!);
  return width;
}

/**
 * A text padded with spaces on the right to a display width (unchanged when already as wide).
 *
 * @example
 * ```ts
 * padToWidth("总计", 6); // '总计  '
 * ```
 */
export function padToWidth(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
