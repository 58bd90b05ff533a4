/**
 * Quotation marks that name another text: 《…》 (a title), and “…”, 「…」, 『…』, 〈…〉, which
 * reports use as well to cite last year's report (`对照“某局2018年政府信息公开工作年度报告”…`).
 * A report named inside them is never the report itself.
 *
 * @module
 */

/** Each opening mark with its closing one. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ["《", "》"],
  ["“", "”"],
  ["「", "」"],
  ["『", "』"],
  ["〈", "〉"],
]);

const CLOSING: ReadonlySet<string> = new Set(PAIRS.values());

/** Text inside any of the marks (not nested), with them. */
const QUOTED = /《[^》]*》|“[^”]*”|「[^」]*」|『[^』]*』|〈[^〉]*〉/g;

/** Whether a text holds an opening mark at all (most lines hold none). */
const OPENING = /[《“「『〈]/;

/**
 * The text without what is quoted in it.
 *
 * @example
 * ```ts
 * withoutQuoted("对照“某局2018年报告”整改"); // '对照整改'
 * ```
 */
export function withoutQuoted(text: string): string {
  return OPENING.test(text) ? text.replace(QUOTED, "") : text;
}

/** Whether a text holds an opening quotation mark. */
export function hasQuote(text: string): boolean {
  return OPENING.test(text);
}

/**
 * A walk's quotation depth: `step` takes the next character and says how deep in quotes the
 * text after it is. A closing mark without its opening one is ignored.
 *
 * @example
 * ```ts
 * const depth = quoteDepth();
 * [..."“甲”乙"].map(depth); // [1, 1, 0, 0]
 * ```
 */
export function quoteDepth(): (char: string) => number {
  const open: string[] = [];
  // How many of each closing mark the open quotes wait for: a closing mark looked up in constant
  // time, and each mark popped once, so that a walk stays linear whatever the text.
  const waiting = new Map<string, number>();
  return (char) => {
    const close = PAIRS.get(char);
    if (close !== undefined) {
      open.push(close);
      waiting.set(close, (waiting.get(close) ?? 0) + 1);
    } else if (CLOSING.has(char) && (waiting.get(char) ?? 0) > 0) {
      for (;;) {
        const closed = open.pop()!;
        waiting.set(closed, waiting.get(closed)! - 1);
        if (closed === char) break;
      }
    }
    return open.length;
  };
}

/**
 * The text without its quotation marks (what they quote kept).
 *
 * @example
 * ```ts
 * withoutQuoteMarks("《某局2020年政府信息公开工作年度报告》"); // '某局2020年政府信息公开工作年度报告'
 * ```
 */
export function withoutQuoteMarks(text: string): string {
  return text.replace(MARKS, "");
}

const MARKS = /[《》“”「」『』〈〉]/g;
