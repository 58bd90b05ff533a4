/**
 * Tables ruled across only → their cells' sides. A table printed with its cells' top and bottom
 * borders and no side borders (`border-left: none; border-right: none`, a style of many reports)
 * has no vertical line, so no cell is found from its lines. A browser draws each cell's border
 * as a piece of its own, so each rule across is a row of pieces end to end, one per column: the
 * joints are where the columns meet. Here each such piece gets the two sides of the cell above
 * it, from the rule above it to its own, where no word of that band crosses them (a cell merged
 * over columns has its text across the joints, which are not its sides). A joint with no word on
 * one side (a blank cell, or a short value in a merged cell) goes as the band above goes there.
 * A word across joints centred on a wider span of pieces than the joints it crosses (a title over
 * the whole table, a group's header over its columns) is that span's: browsers centre a merged
 * cell's text in the cell, and the joints it does not reach are no sides of it, whatever the band
 * above says; the span's own ends are. So is a label within one piece centred on a span of
 * pieces but not on its own (`（七）总计` over two columns); never a value alone in its column
 * (a number, `—`, `无`), which belongs to it (set right or left in its cell, it may be centred on
 * some span by chance).
 *
 * Rules drawn in one piece (a word processor's rule across a table) have no joints and get no
 * sides: such tables are read from positions, as before. A rule meeting a drawn vertical line
 * belongs to a table whose sides are drawn, and is left alone.
 *
 * @module
 */
import type { Segment, TextRun } from "./geometry.js";
import { splitWords } from "./tables.js";

// Ends of pieces this close (in points) meet; a piece's place across within this is one rule.
const JOINT = 1;
// A vertical line this close to a rule's joint draws that side: the table's sides are drawn.
const NEAR = 2;
// A text run crosses a side when it reaches this far past it on both sides (a glyph's edge may
// touch a border).
const CROSS = 1;
// Beyond this many pieces of rules across, the page is a drawing: nothing is added.
const MAX_PIECES = 5_000;
// A word is centred on a span when its middle is this close to the span's (in points): browsers
// and word processors centre a cell's text exactly, to a hundredth of a point.
const CENTRED = 1;
// Of a page, the centred words are looked for in at most this many steps (a word's joints, a
// boundary tried, a word checked against a span); past it, no more are: a hostile page stays
// bounded, a page of real tables takes a few thousand.
const MAX_CENTRING = 200_000;

/** A rule across drawn in pieces end to end: its place down the page and its pieces. */
interface Pieced {
  readonly y: number;
  readonly pieces: readonly Segment[];
}

/** The rules across of a page that are drawn in two or more pieces end to end. */
function piecedRules(horizontals: readonly Segment[]): Pieced[] {
  const sorted = [...horizontals].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const rules: Pieced[] = [];
  let chain: Segment[] = [];
  const close = () => {
    if (chain.length > 1) rules.push({ y: chain[0]?.top ?? 0, pieces: chain });
    chain = [];
  };
  for (const piece of sorted) {
    const last = chain[chain.length - 1];
    if (
      last !== undefined &&
      Math.abs(piece.top - last.top) <= JOINT &&
      Math.abs(piece.x0 - last.x1) <= JOINT
    ) {
      chain.push(piece);
    } else {
      close();
      chain = [piece];
    }
  }
  close();
  return rules;
}

/** Whether a drawn vertical line meets the rule at one of its joints or ends. */
function meetsSide(rule: Pieced, verticals: ReadonlyMap<number, readonly Segment[]>): boolean {
  const xs = [rule.pieces[0]?.x0 ?? 0, ...rule.pieces.map((piece) => piece.x1)];
  return xs.some((x) => {
    for (let key = Math.round(x) - NEAR; key <= Math.round(x) + NEAR; key++) {
      const meets = (verticals.get(key) ?? []).some(
        (v) => v.top <= rule.y + NEAR && v.bottom >= rule.y - NEAR && Math.abs(v.x0 - x) <= NEAR,
      );
      if (meets) return true;
    }
    return false;
  });
}

/** The runs between two heights (by their middle), from runs sorted by their middle. */
function runsBetween(sorted: readonly TextRun[], top: number, bottom: number): TextRun[] {
  const middle = (run: TextRun) => (run.top + run.bottom) / 2;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (middle(sorted[mid]!) <= top) low = mid + 1;
    else high = mid;
  }
  const band: TextRun[] = [];
  for (let i = low; i < sorted.length && middle(sorted[i]!) < bottom; i++) band.push(sorted[i]!);
  return band;
}

/** The top of the cell a piece closes: the nearest rule above over it with a piece of its column. */
function topOf(rules: readonly Pieced[], index: number, piece: Segment): number | undefined {
  const rule = rules[index];
  if (rule === undefined) return undefined;
  for (let k = index - 1; k >= 0; k--) {
    const above = rules[k];
    if (above === undefined || above.y >= rule.y - JOINT) continue;
    const over = above.pieces.filter(
      (other) => Math.min(other.x1, piece.x1) - Math.max(other.x0, piece.x0) > JOINT,
    );
    if (over.length === 0) continue;
    // A browser draws every rule of a table column by column: the rule above a table is another
    // table's (or the page's), and its columns are others.
    const column = over.some(
      (other) => Math.abs(other.x0 - piece.x0) <= JOINT && Math.abs(other.x1 - piece.x1) <= JOINT,
    );
    return column ? above.y : undefined;
  }
  return undefined;
}

/**
 * A possible side of a cell, at a joint of its rule, from `top` to `bottom`: what the band's text
 * says of it. `crossed`: a word runs across it (a cell merged over the joint); `between`: words
 * on both sides of it (two cells); `silent`: neither (a cell left blank, or a short value in a
 * merged cell: which, the bands above and below tell); `edge`: the rule's end, the table's side.
 */
interface Side {
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly says: "crossed" | "between" | "silent" | "edge";
}

function sideAt(
  x: number,
  from: number | undefined,
  to: number | undefined,
  band: readonly TextRun[],
  top: number,
  bottom: number,
): Side {
  if (from === undefined || to === undefined) return { x, top, bottom, says: "edge" };
  if (band.some((word) => word.x0 < x - CROSS && word.x1 > x + CROSS)) {
    return { x, top, bottom, says: "crossed" };
  }
  // Words in the pieces on either side (none crosses the joint; a merged cell's may start or end
  // in a piece farther off).
  const before = band.some((word) => word.x1 > from + CROSS && word.x0 < x);
  const after = band.some((word) => word.x0 < to - CROSS && word.x1 > x);
  return { x, top, bottom, says: before && after ? "between" : "silent" };
}

/** What the centred words of a rule's bands say of its joints, by the joint's index (see below). */
type Spans = Map<number, "crossed" | "between">;

/**
 * The span of a rule's boundaries `xs` (its first piece's start, then each piece's end) that a
 * word is centred on, the widest if several, between `first` and `last` (the boundaries
 * of the pieces that share the word's band): every word of the band within it centred on it too
 * (the other lines of the cell), none across its ends. `undefined` when there is none. Each
 * boundary tried, and each word checked, is taken from `budget`.
 */
function centredSpan(
  word: TextRun,
  xs: readonly number[],
  first: number,
  last: number,
  band: readonly TextRun[],
  budget: { left: number },
): [number, number] | undefined {
  const middle = (word.x0 + word.x1) / 2;
  let best: [number, number] | undefined;
  // Each boundary left of the word in turn; for each, the one right of it that would centre it.
  for (let i = first; i < last && (xs[i] ?? 0) <= word.x0 + CROSS && budget.left > 0; i++) {
    budget.left--;
    const target = 2 * middle - (xs[i] ?? 0);
    let low = i + 1;
    let high = last;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((xs[mid] ?? 0) < target - 2 * CENTRED) low = mid + 1;
      else high = mid;
    }
    const j = low;
    const [a, b] = [xs[i] ?? 0, xs[j] ?? 0];
    if (Math.abs((a + b) / 2 - middle) > CENTRED || b < word.x1 - CROSS) continue;
    budget.left -= band.length;
    const fits = band.every((other) => {
      if (other.x1 <= a + CROSS || other.x0 >= b - CROSS) return true;
      const inside = other.x0 >= a - CROSS && other.x1 <= b + CROSS;
      return inside && Math.abs((other.x0 + other.x1) / 2 - (a + b) / 2) <= CENTRED;
    });
    if (fits && (best === undefined || b - a > (xs[best[1]] ?? 0) - (xs[best[0]] ?? 0))) {
      best = [i, j];
    }
  }
  return best;
}

// A label, not a value: two ideographs or more and no digit of any script (`１２`, `一` aside).
// A value (a number, `—`, `/`, `无`) belongs to its column, and one set right or left in its cell
// may be centred on some span by chance.
const LABEL = /^(?!.*\p{Nd})(?=(?:.*\p{Script=Han}){2})/u;

/** Whether a word within one piece (between two boundaries of `xs`) is centred in it. */
function centredInOwn(word: TextRun, xs: readonly number[], first: number, last: number): boolean {
  let k = first;
  while (k < last - 1 && (xs[k + 1] ?? 0) <= word.x0 + CROSS) k++;
  return Math.abs(((xs[k] ?? 0) + (xs[k + 1] ?? 0)) / 2 - (word.x0 + word.x1) / 2) <= CENTRED;
}

/**
 * What the words of a rule's bands centred on a span of its pieces say of its joints: `crossed`
 * inside the span, `between` at its ends (index `k` is the boundary `xs[k]`). Each band is the
 * run of pieces with the same top (`tops`, `bands` by piece). `budget` counts the steps taken.
 */
function centredSpans(
  rule: Pieced,
  tops: readonly (number | undefined)[],
  bands: readonly (readonly TextRun[])[],
  budget: { left: number },
): Spans {
  const spans: Spans = new Map();
  const xs = [rule.pieces[0]?.x0 ?? 0, ...rule.pieces.map((piece) => piece.x1)];
  const same = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && Math.abs(a - b) <= JOINT;
  for (let first = 0; first < rule.pieces.length; ) {
    let end = first + 1;
    while (end < rule.pieces.length && same(tops[end], tops[first])) end++;
    const band = bands[first] ?? [];
    if (tops[first] !== undefined && budget.left > 0) {
      for (const word of band) {
        budget.left -= end - first;
        if (budget.left <= 0) break;
        let crosses = false;
        for (let k = first + 1; k < end && !crosses; k++) {
          crosses = word.x0 < (xs[k] ?? 0) - CROSS && word.x1 > (xs[k] ?? 0) + CROSS;
        }
        const span =
          crosses || (LABEL.test(word.text) && !centredInOwn(word, xs, first, end))
            ? centredSpan(word, xs, first, end, band, budget)
            : undefined;
        if (span === undefined) continue;
        for (let k = span[0] + 1; k < span[1]; k++) spans.set(k, "crossed");
        for (const k of span) if (spans.get(k) !== "crossed") spans.set(k, "between");
      }
    }
    first = end;
  }
  return spans;
}

/**
 * The sides to draw: every edge and every joint with cells on both sides; none where a word
 * crosses; a silent joint drawn unless the nearest bands along it that tell, above and below,
 * are merged there (a short value in a cell merged like the header over it).
 */
function resolved(candidates: readonly Side[]): Side[] {
  const byX = new Map<number, Side[]>();
  for (const side of candidates) {
    const key = Math.round(side.x);
    const column = byX.get(key) ?? [];
    column.push(side);
    byX.set(key, column);
  }
  const column = (side: Side) =>
    [Math.round(side.x) - 1, Math.round(side.x), Math.round(side.x) + 1]
      .flatMap((key) => byX.get(key) ?? [])
      .filter((other) => Math.abs(other.x - side.x) <= JOINT);
  // A silent joint says what the band directly above says of it, in turn (a short value in a
  // cell merged as the header over it, and the rows under that one); with none above, a side.
  const memo = new Map<Side, Side["says"]>();
  const says = (side: Side): Side["says"] => {
    const known = memo.get(side);
    if (known !== undefined) return known;
    // Bands are looked up one at a time upward; each is settled once.
    const chain: Side[] = [];
    let at: Side | undefined = side;
    let found: Side["says"] = "between";
    while (at !== undefined) {
      const settled = memo.get(at);
      if (settled !== undefined) {
        found = settled;
        break;
      }
      if (at.says !== "silent") {
        found = at.says;
        break;
      }
      chain.push(at);
      const here: Side = at;
      at = column(here).find((other) => Math.abs(other.bottom - here.top) <= JOINT);
      if (at !== undefined && chain.includes(at)) break;
    }
    for (const link of chain) memo.set(link, found);
    return found;
  };
  return candidates.filter((side) => says(side) !== "crossed");
}

/**
 * The sides of the cells of tables ruled across only (see the module), apart from the page's own
 * segments: each piece of a rule drawn in pieces gets a side at each end, from the nearest such
 * rule above over it, unless a text run of that band crosses it. None when no rule is drawn in
 * pieces. Returned alone, so that a caller tells the guessed sides from the drawn lines by where
 * they come from, not by their place in one list.
 *
 * @param segments - The page's ruling lines ({@link rulingSegments}).
 * @param runs - The page's text runs.
 * @example
 * ```ts
 * // Two rows of two cells, each cell's top and bottom drawn, no side: six sides.
 * sidesOfRowRules(rules, runs).length; // 6
 * ```
 */
export function sidesOfRowRules(
  segments: readonly Segment[],
  runs: readonly TextRun[],
): readonly Segment[] {
  const horizontals = segments.filter((s) => s.top === s.bottom);
  if (horizontals.length > MAX_PIECES) return [];
  // Vertical lines by their place across, rounded to the point.
  const verticals = new Map<number, Segment[]>();
  for (const s of segments) {
    if (s.x0 !== s.x1 || s.top === s.bottom) continue;
    const key = Math.round(s.x0);
    const bucket = verticals.get(key);
    if (bucket === undefined) verticals.set(key, [s]);
    else bucket.push(s);
  }
  const rules = piecedRules(horizontals).filter((rule) => !meetsSide(rule, verticals));
  if (rules.length < 2) return [];
  const sorted = [...runs].sort((a, b) => a.top + a.bottom - (b.top + b.bottom));
  const candidates: Side[] = [];
  const budget = { left: MAX_CENTRING };
  for (const [index, rule] of rules.entries()) {
    const tops = rule.pieces.map((piece) => topOf(rules, index, piece));
    // The band's words: pdf.js joins the values of neighbouring cells into one run when they
    // stand close, and a run across two cells does not merge them. One band per top.
    const byTop = new Map<number, TextRun[]>();
    const bands = tops.map((top) => {
      if (top === undefined) return [];
      let band = byTop.get(top);
      if (band === undefined) {
        band = runsBetween(sorted, top, rule.y).flatMap((run) =>
          /\s/.test(run.text.trim()) ? splitWords(run) : [run],
        );
        byTop.set(top, band);
      }
      return band;
    });
    const spans = centredSpans(rule, tops, bands, budget);
    const told = (side: Side, k: number): Side => {
      const says = spans.get(k);
      return says === undefined || side.says === "edge" ? side : { ...side, says };
    };
    for (const [at, piece] of rule.pieces.entries()) {
      const top = tops[at];
      if (top === undefined) continue;
      const band = bands[at] ?? [];
      const left = rule.pieces[at - 1];
      const right = rule.pieces[at + 1];
      candidates.push(
        told(sideAt(piece.x0, left?.x0, piece.x1, band, top, rule.y), at),
        told(sideAt(piece.x1, piece.x0, right?.x1, band, top, rule.y), at + 1),
      );
    }
  }
  return resolved(candidates).map(({ x, top, bottom }) => ({ x0: x, x1: x, top, bottom }));
}
