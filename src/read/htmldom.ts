/**
 * An HTML page or fragment read with a real HTML parser (htmlparser2, through `markup.ts`) into a
 * {@link SourceDocument}: tables keep their `rowspan`/`colspan`; Word's exported markup (`<o:p>`,
 * `mso` spans splitting a word, `&nbsp;` cells, conditional comments) reads as a browser shows it.
 *
 * @module
 */
import { isBlankCode } from "../text/blank.js";
import { append } from "../text/lists.js";
import { asMarks, endsInDigit, isReferenceText, startsWithDigit } from "../text/marks.js";
import { type Meter, tick } from "../text/meter.js";
import { wordCharacterCount } from "../text/normalize.js";
import { asStruck } from "../text/struck.js";
import { type Block, type Grid, type GridCell, pictureBlock, type SourceDocument } from "./grid.js";
import { type Attributes, parseEvents } from "./markup.js";

/**
 * Elements whose content is no text of the page. `nav` and `aside` are a page's menus and side
 * notes, not its article: a CMS page's links, or the findings panel of our own standalone page
 * (`toHTML(report, { standalone: true, findings })`), which would otherwise read into 六's text.
 */
const SKIPPED = new Set([
  "head",
  "nav",
  "aside",
  "title",
  "style",
  "script",
  "noscript",
  "template",
  "xml",
  "svg",
  "object",
  "iframe",
  "select",
  "textarea",
]);

/**
 * What an element's own style, else its classes in the page's style sheets ({@link classShowing}),
 * say of showing it (`sheets`: read the sheets' rules at all), and whether a sheet said it.
 */
function shownBy(
  attribs: Attributes,
  sheet: ClassSheet,
  name: string,
  sheets: boolean,
): Showing & { readonly bySheet?: boolean } {
  const style = attribs["style"];
  // Word styles most elements (`width:217px;`): the declarations are only read from a style that
  // names either property at all (`/i` matches no other letter for an ASCII one).
  const own =
    style !== undefined && (hasLetters(style, "display") || hasLetters(style, "visibility"))
      ? showingOf(style)
      : NOTHING_SAID;
  const classes =
    !sheets ||
    sheet.showing.size === 0 ||
    (own.display !== undefined && own.visibility !== undefined)
      ? NOTHING_SAID
      : classShowing(sheet, name, attribs["class"]);
  if (classes === NOTHING_SAID) return own;
  const display = own.display ?? classes.display;
  const visibility = own.visibility ?? classes.visibility;
  return {
    ...(display !== undefined && { display }),
    ...(visibility !== undefined && { visibility }),
    bySheet:
      (own.display === undefined && classes.display === true) ||
      (own.visibility === undefined && classes.visibility === true),
  };
}

/**
 * What a style says of showing an element, each part undefined where it says nothing: `display`
 * (true: `none`) and `visibility` (true: `hidden` or `collapse`). Two properties: one does not undo
 * the other.
 */
interface Showing {
  readonly display?: boolean;
  readonly visibility?: boolean;
}

const NOTHING_SAID: Showing = {};

/** What a rule said of one property of showing, and its place among the sheets' rules. */
interface Said {
  readonly said: boolean;
  readonly order: number;
}

/** The properties that show or hide an element. */
const SHOWING_NAMES = /display|visibility/i;

/** What declarations (`a: b; c: d`) say of showing an element ({@link Showing}). */
function showingOf(declarations: string): Showing {
  let display: boolean | undefined;
  let visibility: boolean | undefined;
  for (const [property, value] of declarationsOf(declarations)) {
    if (property === "display") display = value === "none";
    else if (property === "visibility") visibility = value === "hidden" || value === "collapse";
  }
  if (display === undefined && visibility === undefined) return NOTHING_SAID;
  return {
    ...(display !== undefined && { display }),
    ...(visibility !== undefined && { visibility }),
  };
}

/**
 * What an element's own style says of its font size: `"none"` (`font-size: 0`, or a `font`
 * shorthand of size 0: `font: 0/0 a`, a page's way to print text no one sees), `"relative"` (`1em`,
 * `120%`, `larger`, `inherit`: its parent's size times something, nothing when that is nothing),
 * `"own"` for any other (`14px`, `small`, `initial`, `calc(…)`, `var(…)`), `undefined` for none said.
 */
function sizeSaid(style: string | undefined): Size | undefined {
  if (style === undefined || !hasLetters(style, "font")) return undefined;
  let said: Size | undefined;
  for (const [property, value] of declarationsOf(style)) {
    if (property === "font-size") said = sizeOf(value);
    else if (property === "font") {
      // The shorthand's size is its first word that is a length or a size keyword (before `/`);
      // a system font (`font: menu`) is a size of its own.
      said = "own";
      for (const word of value.split(/\s+/)) {
        const size = word.split("/")[0]!;
        if (/^[+.\d]/.test(size) || ABSOLUTE_SIZES.test(size) || RELATIVE_SIZES.test(size)) {
          said = sizeOf(size);
          break;
        }
      }
    }
  }
  return said;
}

type Size = "none" | "relative" | "own";

/** CSS's size keywords that do not follow the parent's size. */
const ABSOLUTE_SIZES = /^(?:xx?-small|small|medium|large|xx?x?-large)$/;

/** Sizes that follow the parent's: nothing when it is nothing. */
const RELATIVE_SIZES = /^(?:smaller|larger|inherit|unset|revert|revert-layer)$/;

/** One `font-size` value ({@link sizeSaid}). */
function sizeOf(value: string): Size {
  if (RELATIVE_SIZES.test(value)) return "relative";
  const length = /^\+?(\d*\.?\d+)([a-z%]*)$/.exec(value);
  if (length === null) return "own";
  if (Number(length[1]) === 0) return "none";
  return /^(?:em|ex|ch|%|cap|ic|lh)$/.test(length[2]!) ? "relative" : "own";
}

/** Declarations (`a: b; c: d`) by property, lower-cased, `!important` dropped; the last wins. */
function declarationsOf(style: string): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon > 0) {
      declarations.set(
        declaration.slice(0, colon).trim().toLowerCase(),
        declaration
          .slice(colon + 1)
          .replace(/!\s*important/i, "")
          .trim()
          .toLowerCase(),
      );
    }
  }
  return declarations;
}

/**
 * How far (points) a run must be moved off the line by its style to be set apart, as `<sup>` is:
 * 3 pt (Word raises text 3 pt by default, LibreOffice a reference 3–4 pt). Digits nudged less (to
 * align a converter's pieces) are the value's.
 */
const SHIFT_POINTS = 3;

/** Points per unit of a CSS length, a table's type taken as 10.5 pt (五号) for `em` and `%`. */
const POINTS: Readonly<Record<string, number>> = {
  pt: 1,
  px: 0.75,
  em: 10.5,
  rem: 10.5,
  ex: 5.25,
  "%": 0.105,
  mm: 72 / 25.4,
  cm: 72 / 2.54,
  in: 72,
};

/**
 * The style properties that may move a run off the line. Not Word's `mso-text-raise`: a browser
 * ignores it (Word writes `position: relative` with it for browsers).
 */
const SHIFT_NAMES = /vertical-align|relative/i;

/** A CSS length in points, signed as written, or 0 (none, or not a length). */
function lengthPoints(value: string | undefined): number {
  // `\d+(?:\.\d*)?`, not `\d+\.?\d*`: a long run of digits is split one way only (linear time).
  const length = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*([a-z%]*)$/i.exec(value?.trim() ?? "");
  if (length === null) return 0;
  const unit = length[2]!.toLowerCase();
  return Number(length[1]) * (unit === "" ? 0.75 : (POINTS[unit] ?? 0));
}

/**
 * Where an inline element's own style moves its text off the line, as `<sup>` and `<sub>` do:
 * `super` or `sub` for `vertical-align: super` or `sub` (Google Docs, some editors), else the
 * points it is raised (negative: lowered) by a `vertical-align` length or by `position: relative`
 * with a `top` or `bottom` (Word's HTML), when {@link SHIFT_POINTS} or more; undefined when it
 * stays on the line.
 */
function shiftOf(style: string | undefined): string | undefined {
  // Word styles nearly every run: one search passes over the styles that name none of the three.
  if (style === undefined || !SHIFT_NAMES.test(style)) return undefined;
  const declarations = declarationsOf(style);
  const align = declarations.get("vertical-align");
  if (align === "super" || align === "sub") return align;
  const relative = declarations.get("position") === "relative";
  // A `top` set (not `auto`) places the element; `bottom` counts only without it, as in CSS.
  const top = declarations.get("top");
  const raised =
    lengthPoints(align) ||
    (!relative
      ? 0
      : top !== undefined && top !== "auto"
        ? -lengthPoints(top)
        : lengthPoints(declarations.get("bottom")));
  return Math.abs(raised) >= SHIFT_POINTS ? String(Math.round(raised)) : undefined;
}

// A rule's selector that names one class, alone or on one element (`.sup`, `span.MsoFootnoteReference`):
// the only selectors read. Others (descendants, pseudo-classes) may match any element or none.
const CLASS_SELECTOR = /^\s*([a-z][a-z0-9]*)?\.(-?[_a-z][\w-]*)\s*$/i;
const CLASS_NAMES = /\.(-?[_a-z][\w-]*)/gi;

/**
 * What a page's style sheets say of moving its classes off the line and of hiding them (see
 * {@link classShifts}).
 */
export interface ClassSheet {
  /**
   * By `element.class` (`.class`: any element), the shift the last rule for it gave, as
   * {@link shiftOf} gives it (undefined: the rule keeps the text on the line), and that rule's
   * place among the sheets' rules.
   */
  readonly rules: Map<string, { readonly shift: string | undefined; readonly order: number }>;
  /** Classes that a selector not read here moves or keeps on the line: no shift is taken for them. */
  readonly unsure: Set<string>;
  /** A selector that outweighs a class moves or keeps some element on the line: none is raised. */
  anyUnsure: boolean;
  /**
   * By `element.class`, what the last rule for it that says `display`, and the last that says
   * `visibility`, say of it ({@link showingOf}), each with that rule's place among the rules.
   */
  readonly showing: Map<string, Partial<Record<keyof Showing, Said>>>;
  /** Classes that a selector not read here shows or hides: their own rules do not hide them. */
  readonly unsureShowing: Set<string>;
  /** A selector that outweighs a class shows or hides some element: no class hides one. */
  anyUnsureShowing: boolean;
  /** The rules read so far. */
  order: number;
}

/** A sheet with no rule read yet. */
export const emptySheet = (): ClassSheet => ({
  rules: new Map(),
  unsure: new Set(),
  anyUnsure: false,
  showing: new Map(),
  unsureShowing: new Set(),
  anyUnsureShowing: false,
  order: 0,
});

/** Where the CSS string opened by the quote at `at` ends (after its closing quote or its line). */
function stringEnd(css: string, at: number): number {
  const quote = css.charCodeAt(at);
  let index = at + 1;
  while (index < css.length) {
    const code = css.charCodeAt(index);
    if (code === 0x5c) index += 2;
    else if (code === quote || code === 0x0a) return index + 1;
    else index++;
  }
  return css.length;
}

/** A block open in a style sheet: a rule's, read when it closes, or one not read (see below). */
interface SheetBlock {
  readonly head: string;
  read: boolean;
}

/**
 * Reads a page's style sheet into `sheet`: the rules that move a class off the line, as Word's HTML
 * raises `span.MsoFootnoteReference` and editors a `<span class="sup">` (a reference raised by its
 * class), and those that hide a class or show it (`display`, `visibility`: `.hide{display:none}`).
 * Only rules whose selector is one class, alone or on one element, are read, each a place in the
 * order of rules: a later one of the same weight wins ({@link classShift}, {@link classShowing}).
 * What a browser may apply otherwise makes a class unsure, never raised nor hidden: another selector (descendants, `.a.b`,
 * pseudo-classes) naming it, a rule inside `@media` or another at-rule, or nested in a rule (CSS
 * nesting), or after a stray `}` (a browser drops that rule); a rule of an id, a pseudo-class or
 * an attribute moving text makes every class unsure ({@link markUnsure}). Strings and comments are
 * skipped, statements such as `@import …;` end where they end. One pass over the text: nothing in
 * it is read twice.
 *
 * @example
 * ```ts
 * classShifts(".sup{vertical-align:super}", emptySheet()).rules.get(".sup"); // { shift: 'super', order: 1 }
 * ```
 */
export function classShifts(css: string, sheet: ClassSheet): ClassSheet {
  if (!SHIFT_NAMES.test(css) && !SHOWING_NAMES.test(css)) return sheet;
  // Word wraps its sheet in `<!-- -->` for browsers that would show it; CSS reads both as nothing.
  const text = css.replaceAll("<!--", "    ").replaceAll("-->", "   ");
  const blocks: SheetBlock[] = [];
  // The text since the last brace or statement, its comments left out: the pieces before them,
  // and where the piece being read starts.
  let pieces: string[] = [];
  let start = 0;
  const since = (end: number): string => {
    const read =
      pieces.length === 0 ? text.slice(start, end) : pieces.join("") + text.slice(start, end);
    pieces = [];
    return read;
  };
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 0x22 || code === 0x27) {
      at = stringEnd(text, at);
      continue;
    }
    if (code === 0x2f && text.charCodeAt(at + 1) === 0x2a) {
      const close = text.indexOf("*/", at + 2);
      pieces.push(text.slice(start, at), " ");
      at = close === -1 ? text.length : close + 2;
      start = at;
      continue;
    }
    if (code === 0x7b) {
      const head = since(at);
      const parent = blocks[blocks.length - 1];
      // A rule holding a rule (CSS nesting) is read as neither.
      if (parent?.read) {
        parent.read = false;
        markUnsure(sheet, parent.head);
        markUnsure(sheet, parent.head, true);
      }
      blocks.push({ head, read: parent === undefined && !head.trimStart().startsWith("@") });
      start = at + 1;
    } else if (code === 0x7d) {
      const block = blocks.pop();
      // A stray `}` stays in the next rule's selector, which it spoils, as in a browser.
      if (block !== undefined) {
        const declarations = since(at);
        if (block.read) readRule(sheet, block.head, declarations);
        else {
          if (SHIFT_NAMES.test(declarations)) markUnsure(sheet, block.head);
          if (SHOWING_NAMES.test(declarations)) markUnsure(sheet, block.head, true);
        }
        start = at + 1;
      }
    } else if (code === 0x3b && blocks.length === 0) {
      // A statement at the top (`@import url(a.css);`) ends at its semicolon.
      pieces = [];
      start = at + 1;
    }
    at++;
  }
  return sheet;
}

/**
 * Marks the classes a selector names as unsure; one that names none but an id, a pseudo-class or
 * an attribute (which outweigh a class in CSS: `#r1`, `span:first-child`) makes every class
 * unsure. Element names alone (`span`, a reset sheet's long list) weigh less than any class.
 */
function markUnsure(sheet: ClassSheet, selectors: string, showing = false): void {
  for (const selector of selectors.split(",")) {
    let named = false;
    for (const name of selector.matchAll(CLASS_NAMES)) {
      (showing ? sheet.unsureShowing : sheet.unsure).add(name[1]!);
      named = true;
    }
    if (!named && !selector.trimStart().startsWith("@") && /[#:[]/.test(selector)) {
      if (showing) sheet.anyUnsureShowing = true;
      else sheet.anyUnsure = true;
    }
  }
}

/** One rule (its selectors, its declarations) read into the sheet. */
function readRule(sheet: ClassSheet, selectors: string, declarations: string): void {
  const moves = SHIFT_NAMES.test(declarations);
  const showing = SHOWING_NAMES.test(declarations) ? showingOf(declarations) : NOTHING_SAID;
  if (!moves && showing === NOTHING_SAID) return;
  const shift = moves ? shiftOf(declarations) : undefined;
  const order = ++sheet.order;
  for (const selector of selectors.split(",")) {
    const simple = CLASS_SELECTOR.exec(selector);
    const key = simple === null ? "" : `${(simple[1] ?? "").toLowerCase()}.${simple[2]}`;
    if (moves) {
      if (simple !== null) sheet.rules.set(key, { shift, order });
      else markUnsure(sheet, selector);
    }
    if (showing !== NOTHING_SAID) {
      if (simple === null) markUnsure(sheet, selector, true);
      else {
        // A later rule for the same class says last what it says (one property or both).
        const known = sheet.showing.get(key) ?? {};
        sheet.showing.set(key, {
          ...known,
          ...(showing.display !== undefined && { display: { said: showing.display, order } }),
          ...(showing.visibility !== undefined && {
            visibility: { said: showing.visibility, order },
          }),
        });
      }
    }
  }
}

/**
 * Of the rules `ruleOf` gives for an element's classes (by `element.class`, then `.class`), the one
 * CSS applies: one on its element outweighs one on any element, and of two alike the later wins;
 * `null` when one of its classes is `unsure` (a selector not read here names it: no rule is taken).
 */
function cascade<R extends { readonly order: number }>(
  name: string,
  classes: string,
  unsure: ReadonlySet<string>,
  ruleOf: (key: string) => R | undefined,
): R | undefined | null {
  let best: { rule: R; weight: number } | undefined;
  for (const one of classes.split(/\s+/)) {
    if (one === "") continue;
    if (unsure.has(one)) return null;
    for (const [key, weight] of [[`${name}.${one}`, 2] as const, [`.${one}`, 1] as const]) {
      const rule = ruleOf(key);
      if (rule === undefined) continue;
      if (
        best === undefined ||
        weight > best.weight ||
        (weight === best.weight && rule.order > best.rule.order)
      )
        best = { rule, weight };
    }
  }
  return best?.rule;
}

/**
 * The shift a page's classes give an element ({@link classShifts}), or undefined: the rule CSS
 * applies of those for its classes ({@link cascade}). None when one of its classes is unsure.
 */
function classShift(
  sheet: ClassSheet,
  name: string,
  classes: string | undefined,
): string | undefined {
  if (sheet.order === 0 || sheet.anyUnsure || classes === undefined) return undefined;
  return cascade(name, classes, sheet.unsure, (key) => sheet.rules.get(key))?.shift;
}

/**
 * What a page's classes say of showing an element ({@link classShifts}): for each of `display` and
 * `visibility`, the rule CSS applies of those for its classes that say it ({@link cascade}).
 * Nothing when one of its classes is unsure: such a class may be shown by a rule not read here (a
 * tab's `.panel.active`), and its text is kept.
 */
function classShowing(sheet: ClassSheet, name: string, classes: string | undefined): Showing {
  if (sheet.anyUnsureShowing || classes === undefined) return NOTHING_SAID;
  const ruled = (property: keyof Showing) =>
    cascade(name, classes, sheet.unsureShowing, (key) => sheet.showing.get(key)?.[property]);
  const display = ruled("display");
  const visibility = ruled("visibility");
  if (display === null || visibility === null) return NOTHING_SAID;
  if (display === undefined && visibility === undefined) return NOTHING_SAID;
  return {
    ...(display !== undefined && { display: display.said }),
    ...(visibility !== undefined && { visibility: visibility.said }),
  };
}

// An element's own style that names any of these places it, whatever its classes say (`top: 0`
// on an element its class moves by a relative `top`).
const OWN_PLACE = /vertical-align|position|top|bottom/i;

/**
 * The shift an element's own style gives it, or, when its style names none of `vertical-align`,
 * `position`, `top` and `bottom`, its classes' ({@link classShift}).
 */
function ownOrClassShift(attribs: Attributes, sheet: ClassSheet, name: string): string | undefined {
  const own = attribs["style"];
  return own !== undefined && OWN_PLACE.test(own)
    ? shiftOf(own)
    : classShift(sheet, name, attribs["class"]);
}

/** Whether a `<style>`'s `type` is CSS's (absent, or `text/css`): a browser applies no other. */
const isCss = (type: string | undefined): boolean =>
  type === undefined || type.trim() === "" || type.trim().toLowerCase() === "text/css";

/** Whether a `<style>`'s `media` applies on a screen: absent, `all` or `screen` among its queries. */
const onScreen = (media: string | undefined): boolean =>
  media === undefined || media.trim() === "" || /(?:^|,)\s*(?:all|screen)\s*(?:,|$)/i.test(media);

// Elements whose content a browser shows no style of: a template's, and a noscript's when scripts
// run, as they do in the browsers that show these pages.
const INERT = new Set(["template", "noscript"]);

/** Whether `text` holds `word` (lower-case ASCII letters) in any case of its letters. */
function hasLetters(text: string, word: string): boolean {
  const first = word.charCodeAt(0);
  for (let at = 0; at + word.length <= text.length; at++) {
    // `| 0x20` lower-cases an ASCII capital and keeps a small letter; no other code unit gives one.
    if ((text.charCodeAt(at) | 0x20) !== first) continue;
    let k = 1;
    while (k < word.length && (text.charCodeAt(at + k) | 0x20) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

/**
 * The attributes the reader reads (`shownBy`, `isLinkAway`, a cell's spans, a picture's name):
 * the parser builds no other, and Word's markup gives most of its tags a few (`class`, `lang`,
 * `width`, `valign`).
 */
const ATTRIBUTES: readonly string[] = [
  "hidden",
  "style",
  "media",
  "type",
  "href",
  "rowspan",
  "colspan",
  "src",
  "alt",
];

/**
 * What a page calls a picture: the last part of its address (`/u/cms/202301/t1.png` → `t1.png`),
 * else its alternative text; `undefined` for neither (a `data:` URL has no name).
 *
 * @example
 * ```ts
 * pictureName({ src: "/u/cms/www/202301/t1.png?v=2" }); // 't1.png'
 * pictureName({ src: "data:image/png;base64,iVBOR…", alt: "表三" }); // '表三'
 * ```
 */
export function pictureName(attribs: Attributes): string | undefined {
  const source = (attribs["src"] ?? "").trim();
  const file = source.startsWith("data:") ? "" : (source.split(/[?#]/)[0]!.split("/").pop() ?? "");
  let name = file;
  try {
    name = decodeURIComponent(file);
  } catch {
    // A malformed escape (`%E4%B8`): the name as written.
  }
  name = name.trim() || (attribs["alt"] ?? "").trim();
  return name === "" ? undefined : name;
}

/** Elements that break the line before and after them (a browser's block boxes). */
const BLOCKS = new Set([
  "p",
  "div",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "main",
  "blockquote",
  "pre",
  "address",
  "center",
  "form",
  "fieldset",
  "figure",
  "figcaption",
  "hr",
  "body",
  "html",
  "caption",
  "tr",
]);

/**
 * Tables nested deeper than this are read as blocks of text: a real page nests a layout table or
 * two, and each level of nesting moves the blocks inside it once more.
 */
const MAX_TABLE_DEPTH = 16;

/**
 * Where text goes: the current line's pieces, finished lines, and grids met on the way; `linked`
 * counts the letters and digits of the current line that are the text of a link to another page;
 * `pictures` holds the pictures met in the current line, blocks only if the line has no text.
 */
interface Sink {
  readonly blocks: Block[];
  readonly pieces: string[];
  linked: number;
  readonly pictures: Block[];
  /**
   * Where the last piece that is not blank was written, since the sink's last line break: the
   * moves off the line of the elements around it (`/super`, `/3`; "" on the line; undefined when
   * none), and whether it was written as marks. A run raised as the one before it stands on its
   * line (a value Word split into runs, every one raised alike): it is more of that text, not its
   * reference. Two fields, not an object: set for every text the page holds.
   */
  lastLine: string | undefined;
  lastMarked: boolean;
}

interface CellBuilder {
  readonly sink: Sink;
  readonly rowSpan: number;
  readonly colSpan: number;
}

interface TableBuilder {
  readonly rows: CellBuilder[][];
  row: CellBuilder[] | undefined;
  /** Text met inside the table outside any cell (a browser shows it before the table). */
  readonly outside: Sink;
}

const newSink = (): Sink => ({
  blocks: [],
  pieces: [],
  linked: 0,
  pictures: [],
  lastLine: undefined,
  lastMarked: false,
});

/**
 * A link to another page (or a page action such as `javascript:window.print()`): an `href` that is
 * not a fragment of this page. A table of contents linking to the report's own headings is no
 * navigation away from it.
 */
function isLinkAway(attribs: Attributes): boolean {
  const href = attribs["href"];
  return href !== undefined && !href.trim().startsWith("#");
}

/**
 * `name.toLowerCase()`, without the call for a name of ASCII letters, digits and marks none of
 * which is upper case (nearly every tag): it is its own lower case. A name sliced from a page that
 * holds Chinese is a two-byte string, whose `toLowerCase` takes the runtime's slow path: about
 * 30 ns against 6 for this scan of `td` (measured alone), at every tag of a page.
 */
function lowerName(name: string): string {
  for (let at = 0; at < name.length; at++) {
    const code = name.charCodeAt(at);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return name.toLowerCase();
  }
  return name;
}

/** A run of blank characters (`\s` holds the no-break space; written out as it always was). */
const BLANKS = /[\s\u00a0]+/g;

/**
 * A line's text with its runs of blanks as one space each, trimmed. Most lines of a page need no
 * new string: one without a blank inside is itself with its ends cut (a Word cell's lone space,
 * the line breaks of the markup around a paragraph); only the others are searched for runs.
 */
function collapsed(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  for (let at = start; at < end; at++) {
    if (isBlankCode(text.charCodeAt(at))) return text.replace(BLANKS, " ").trim();
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Ends the current line of a sink: its pieces joined, blanks collapsed, as one text block. The
 * pictures met in it are blocks of their own when the line has no text (a table pasted as a
 * screenshot stands alone in its paragraph); beside text they are icons, and are left out.
 */
function breakLine(sink: Sink, meter?: Meter): void {
  const { pieces, pictures } = sink;
  sink.lastLine = undefined;
  if (pictures.length > 0) {
    const blank = pieces.every((piece) => collapsed(piece) === "");
    tick(meter, pieces.length);
    if (blank) append(sink.blocks, pictures);
    pictures.length = 0;
  }
  if (pieces.length === 0) return;
  const joined = pieces.length === 1 ? pieces[0]! : pieces.join("");
  pieces.length = 0;
  // The join, the collapse of blank runs, the trim.
  tick(meter, 3 * joined.length);
  const line = collapsed(joined);
  const linked = sink.linked;
  sink.linked = 0;
  if (line === "") return;
  // A line at least half of whose letters are link text is the page's navigation (a menu item, a
  // breadcrumb, 上一篇：《…》), as reading modes tell a page's chrome from its article.
  const navigation = linked > 0 && 2 * linked >= wordCharacterCount(line, meter);
  sink.blocks.push(
    navigation ? { kind: "text", text: line, navigation } : { kind: "text", text: line },
  );
}

function spanAttribute(attribs: Attributes, name: string): number {
  const text = attribs[name];
  // Most cells have no span: nothing to read.
  if (text === undefined) return 1;
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value > 1 ? value : 1;
}

/** A cell's text: its lines; the grids nested in it follow the table as their own blocks. */
function cellText(cell: CellBuilder): string {
  const { blocks } = cell.sink;
  // Most cells hold one line or none: no list is made for them.
  if (blocks.length === 1 && blocks[0]!.kind === "text") return blocks[0]!.text;
  let text: string | undefined;
  for (const block of blocks) {
    if (block.kind !== "text") continue;
    text = text === undefined ? block.text : `${text}\n${block.text}`;
  }
  return text ?? "";
}

/**
 * A table laid out for the page, not for data: one column (every row one cell at most), or a cell
 * holding a table (an older CMS page frames its menu and its article in the cells of a table, the
 * report's tables inside; no table of a report holds another). Its cells' content is read as
 * blocks in order, as the page shows it.
 */
function isLayoutTable(rows: readonly (readonly CellBuilder[])[]): boolean {
  return (
    rows.every((row) => row.length <= 1) ||
    rows.some((row) => row.some((cell) => cell.sink.blocks.some((block) => block.kind === "table")))
  );
}

function finishTable(table: TableBuilder, into: Sink, meter?: Meter): void {
  breakLine(table.outside, meter);
  append(into.blocks, table.outside.blocks);
  const rows = table.row === undefined ? table.rows : [...table.rows, table.row];
  for (const row of rows) for (const cell of row) breakLine(cell.sink, meter);
  tick(meter, 1 + rows.length);
  if (isLayoutTable(rows)) {
    for (const row of rows) for (const cell of row) append(into.blocks, cell.sink.blocks);
    return;
  }
  const grid: Grid = {
    rows: rows.map((row) =>
      row.map((cell): GridCell => {
        tick(meter, 1);
        const text = cellText(cell);
        // Spans only where a cell has them, written without spreading a literal per cell.
        if (cell.rowSpan > 1) {
          return cell.colSpan > 1
            ? { text, rowSpan: cell.rowSpan, colSpan: cell.colSpan }
            : { text, rowSpan: cell.rowSpan };
        }
        return cell.colSpan > 1 ? { text, colSpan: cell.colSpan } : { text };
      }),
    ),
  };
  into.blocks.push({ kind: "table", grid });
  for (const row of rows) {
    for (const cell of row) {
      for (const block of cell.sink.blocks) if (block.kind === "table") into.blocks.push(block);
    }
  }
}

/**
 * Where the reading stands off the line: how many elements opened right after a digit it is
 * inside (`raised`: their digits are a footnote's reference, `11<sup>1</sup>`, not more of the
 * number, text/marks.ts; `styledRaised` of them moved by their style, whose text is marks only
 * when digits only, where a `<sup>` holds a reference whatever it says, `注1`), how many opened
 * after no digit (`lifted`: the digits of `<sup>1</sup>25` are a reference too, which only the
 * text after them tells; a number alone raised, `<sup>11</sup>`, is the value), the pieces read in
 * those still waiting for that text (`pending`), and the moves of the elements around (`line`,
 * see Sink.lastLine).
 */
interface Shifts {
  raised: number;
  styledRaised: number;
  lifted: number;
  /** How many of the `lifted` elements are `<sup>` or `<sub>`. */
  liftedTags: number;
  line: string;
  pending:
    | {
        readonly pieces: string[];
        readonly from: number;
        end: number;
        readonly line: string;
        /** Read in a `<sup>` or `<sub>`: a reference's digits, no value's before a raised run. */
        tagged: boolean;
      }
    | undefined;
}

const freshShifts = (): Shifts => ({
  raised: 0,
  styledRaised: 0,
  lifted: 0,
  liftedTags: 0,
  line: "",
  pending: undefined,
});

/** Whether line `inner` is `outer` or inside it (moved further within it). */
const onLine = (inner: string, outer: string): boolean =>
  inner === outer || inner.startsWith(`${outer}/`);

/** Whether the sink's last pieces are raised digits still waiting for what follows them. */
const pendingIn = (shifts: Shifts, sink: Sink): boolean =>
  shifts.pending !== undefined &&
  shifts.pending.pieces === sink.pieces &&
  shifts.pending.end === sink.pieces.length;

/**
 * How an element moved off the line (its move already in `shifts.line`) reads: on the line of
 * the text just before it, as that text (`level`: more of it; marks after marks; digits waiting
 * after digits waiting, a value split into runs raised alike); else right after a digit, a
 * reference (`raised`); else `lifted`.
 */
function shiftMode(shifts: Shifts, sink: Sink, tag: boolean): "raised" | "lifted" | "level" {
  if (sink.lastLine === shifts.line) {
    if (sink.lastMarked) return "raised";
    return pendingIn(shifts, sink) ? "lifted" : "level";
  }
  // Digits waiting (raised, after no digit) are a value's before a `<sup>` or a `<sub>` (`12`
  // raised, then `<sup>1</sup>`; `<sup>12<sup>1</sup></sup>`); before a run raised by its style
  // they are undecided still (`<sup>1</sup>` then `25` raised: the reference and its value; `1`
  // raised and `25` lowered: neither a reference), which the text after them decides.
  const piece = sink.pieces[sink.pieces.length - 1];
  const afterDigit = piece !== undefined && endsInDigit(piece) && (tag || !pendingIn(shifts, sink));
  return shifts.raised === 0 && !afterDigit ? "lifted" : "raised";
}

/**
 * Writes a text into the sink as the reading stands: marks in a raised element; and the digits
 * waiting before it made marks when it starts with a digit off their line (`<sup>1</sup>25`).
 */
function shiftedText(shifts: Shifts, sink: Sink, text: string): void {
  const blank = !/\S/.test(text);
  const { pending } = shifts;
  if (
    pending !== undefined &&
    !blank &&
    shifts.raised === 0 &&
    !onLine(shifts.line, pending.line)
  ) {
    // Before a number on the line (before any, read in a `<sup>`): `<sup>1</sup>25`. Before a
    // number raised by its style too, digits raised by theirs are a value's (`1` raised and `25`
    // lowered: neither a reference).
    const before = pending.tagged ? shifts.liftedTags === 0 : shifts.line === "";
    if (before && pendingIn(shifts, sink) && startsWithDigit(text)) {
      for (let at = pending.from; at < pending.end; at++) {
        pending.pieces[at] = asMarks(pending.pieces[at]!);
      }
    }
    shifts.pending = undefined;
  }
  const { raised, styledRaised } = shifts;
  const marked = raised > styledRaised || (raised > 0 && isReferenceText(text));
  sink.pieces.push(marked ? asMarks(text) : text);
  const waiting = shifts.pending;
  const continues =
    waiting !== undefined &&
    waiting.pieces === sink.pieces &&
    waiting.end === sink.pieces.length - 1;
  // A blank between pieces waiting keeps them waiting (`<sup>1</sup> <sup>2</sup>5`).
  if (blank) {
    if (continues) waiting.end = sink.pieces.length;
    return;
  }
  if (raised === 0 && shifts.lifted > 0) {
    // Text raised by its style waits only when digits alone (`2024年` raised before `1月` is no
    // reference): other text ends what waits.
    if (shifts.liftedTags === 0 && !isReferenceText(text)) {
      shifts.pending = undefined;
    }
    // Pieces read one after another in lifted elements wait together (`<sup>1</sup><sup>2</sup>`).
    else if (continues) {
      waiting.end = sink.pieces.length;
      waiting.tagged ||= shifts.liftedTags > 0;
    } else {
      shifts.pending = {
        pieces: sink.pieces,
        from: sink.pieces.length - 1,
        end: sink.pieces.length,
        line: shifts.line,
        tagged: shifts.liftedTags > 0,
      };
    }
  }
  sink.lastLine = shifts.line;
  sink.lastMarked = marked;
}

/**
 * What closing an element does, kept from its opening tag: a table's grid finished into the sink
 * it was opened in, a row ended, a cell's sink left, a link's count undone, a block's line broken
 * (in the sink it was opened in, the current one again when it closes); or
 * nothing, or the end of a skipped element (its content is read as nothing).
 */
type Close =
  | "none"
  | "skip"
  | { readonly kind: "cell"; readonly around: Shifts }
  | "link"
  | {
      readonly kind: "table";
      readonly table: TableBuilder;
      readonly into: Sink;
      /** The shifts the table was opened in, back when it closes. */
      readonly around: Shifts;
    }
  | "block"
  | {
      readonly kind: "shift";
      readonly mode: "raised" | "lifted" | "level";
      readonly outer: string;
      /** Moved by its style, not a `<sup>` or `<sub>`. */
      readonly styled: boolean;
      /** The shifts it was opened in. */
      readonly within: Shifts;
    }
  | "struck"
  | { readonly kind: "row"; readonly table: TableBuilder };

/**
 * The blocks of an HTML page or fragment, in reading order: paragraphs, headings and line breaks
 * give text blocks; each `<table>` a grid (merged cells with their spans; a nested table its own
 * grid after the one it sits in; a one-column layout table its content as blocks). Inline
 * elements add nothing between their texts (Word splits words across runs), blank runs collapse
 * to one space, and `<head>`, styles, scripts and comments (Word's conditional comments included)
 * are skipped.
 *
 * The parser's events are read as they come (an element opens, text, an element closes), in the
 * order a walk of the parsed tree would visit them: no tree is built, and nothing recurses, so no
 * nesting depth can overflow the call stack.
 *
 * @example
 * ```ts
 * htmlDocument("<p>规章</p><table><tr><td colspan=2>第二十条第（一）项</td></tr></table>").blocks;
 * // [{ kind: 'text', text: '规章' }, { kind: 'table', grid: { rows: [[{ text: '第二十条第（一）项', colSpan: 2 }]] } }]
 * ```
 */
export function htmlDocument(
  html: string,
  meter?: Meter,
  sheets = true,
): SourceDocument & { readonly sheetHid?: true } {
  const top = newSink();
  // Whether the visibility of the element open at each level lets its text be read.
  const visible: boolean[] = [];
  // Whether the element open at each level is set in no size (`font-size: 0`, {@link sizeSaid}).
  const unsized: boolean[] = [];
  // Whether a style sheet's rule hid an element (see {@link readShown}).
  let sheetHid = false;
  const sinks: Sink[] = [top];
  const tables: TableBuilder[] = [];
  // One entry per open element: the parser closes every element it opens, innermost first. A
  // `<style>` element's is `sheet` (`sheetSkipped` when it began the skipping of text).
  const closes: (Close | "sheet" | "sheetSkipped")[] = [];
  let into = top;
  // How many skipped elements the parser is inside (their content is no text of the page).
  let skipped = 0;
  // How many links away from the page the reading is inside (links do not nest, but markup may).
  let links = 0;
  // Where the reading stands off the line (see {@link Shifts}); each table and cell starts afresh.
  let shifts = freshShifts();
  // How many struck-out elements the reading is inside: their digits are no number (text/struck.ts).
  let struck = 0;
  // The page's style sheets as read so far: the shifts they give classes (see {@link classShifts}),
  // and the text of the `<style>` elements the reading is inside (a sheet comes before the body).
  const sheet = emptySheet();
  let styles = 0;
  let styleText = "";
  // How many inert elements the parser is inside (their sheets are no page's), one flag per open
  // element.
  let inert = 0;
  const inertOpen: boolean[] = [];
  // The attributes read: `class` too once a sheet gives a class a shift (most pages' sheets give
  // none, and Word classes every element). The parser reads this list at each attribute.
  const attributes = [...ATTRIBUTES];
  const enter = (sink: Sink) => {
    sinks.push(sink);
    into = sink;
  };
  const leave = () => {
    sinks.pop();
    into = sinks[sinks.length - 1]!;
  };
  // `name` in lower case: `onopentag` lowers it once for both (a call per tag, the page's
  // thousands of tags).
  const open = (name: string, attribs: Attributes, display: boolean | undefined): Close => {
    // Not shown: the `hidden` attribute, `display: none` (its own style's, else its classes').
    if (SKIPPED.has(name) || attribs["hidden"] !== undefined || display === true) {
      skipped++;
      return "skip";
    }
    const table = tables[tables.length - 1];
    if (name === "table" && tables.length < MAX_TABLE_DEPTH) {
      const outer = into;
      breakLine(outer, meter);
      const builder: TableBuilder = { rows: [], row: undefined, outside: newSink() };
      tables.push(builder);
      enter(builder.outside);
      // A table inside a raised run starts on its own line: its cells' numbers are no marks.
      const around = shifts;
      shifts = freshShifts();
      return { kind: "table", table: builder, into: outer, around };
    }
    if (name === "tr" && table !== undefined && into === table.outside) {
      if (table.row !== undefined) table.rows.push(table.row);
      table.row = [];
      return { kind: "row", table };
    }
    if ((name === "td" || name === "th") && table !== undefined && into === table.outside) {
      table.row ??= [];
      const cell: CellBuilder = {
        sink: newSink(),
        rowSpan: spanAttribute(attribs, "rowspan"),
        colSpan: spanAttribute(attribs, "colspan"),
      };
      table.row.push(cell);
      enter(cell.sink);
      // A cell starts on its line: an element left open in the cell before (markup a parser
      // repairs) raises nothing here.
      const around = shifts;
      shifts = freshShifts();
      return { kind: "cell", around };
    }
    if (name === "a" && isLinkAway(attribs)) {
      links++;
      return "link";
    }
    if (name === "br") {
      breakLine(into, meter);
      return "none";
    }
    // An inline element styled off the line (`vertical-align: super`, a relative `top`) is a
    // `<sup>` or a `<sub>` as the page shows it (a picture so moved is still a picture), for
    // digits only (`2023` then `-01-19` set lower is still a date).
    const shift =
      name === "sup"
        ? "super"
        : name === "sub"
          ? "sub"
          : BLOCKS.has(name) || name === "img"
            ? undefined
            : ownOrClassShift(attribs, sheet, name);
    if (shift !== undefined) {
      const outer = shifts.line;
      shifts.line = `${outer}/${shift}`;
      const styled = name !== "sup" && name !== "sub";
      const mode = shiftMode(shifts, into, !styled);
      if (mode === "lifted") {
        shifts.lifted++;
        if (!styled) shifts.liftedTags++;
      }
      if (mode === "raised") {
        shifts.raised++;
        if (styled) shifts.styledRaised++;
      }
      return { kind: "shift", mode, outer, styled, within: shifts };
    }
    // Text struck out (`<del>9</del>11`, a correction shown): a word of its own, never glued to
    // the value beside it (911), and its digits struck (`<del>5</del>` alone is no 5).
    if (name === "del" || name === "s" || name === "strike") {
      into.pieces.push(" ");
      struck++;
      return "struck";
    }
    // A picture is kept for the end of its line, where it is a block only if the line has no text
    // (breakLine): the line goes on around it.
    if (name === "img") {
      // The address's split and decoding, and the alternative text's trim.
      tick(meter, 1 + 3 * ((attribs["src"]?.length ?? 0) + (attribs["alt"]?.length ?? 0)));
      into.pictures.push(pictureBlock(pictureName(attribs)));
      return "none";
    }
    if (BLOCKS.has(name) || name === "table" || name === "td" || name === "th") {
      breakLine(into, meter);
      return "block";
    }
    return "none";
  };
  const close = (action: Close) => {
    if (action === "none") return;
    if (action === "skip") skipped--;
    else if (action === "link") links--;
    else if (action === "struck") {
      struck--;
      into.pieces.push(" ");
    }
    // The sink the block was opened in: every sink entered inside the block (a cell's, a
    // table's) was left when its element closed, which the parser does before closing the block.
    else if (action === "block") breakLine(into, meter);
    else if (action.kind === "cell") {
      leave();
      shifts = action.around;
    } else if (action.kind === "shift") {
      // Undone where it was opened (an element closed in a later cell, in markup repaired).
      const { within } = action;
      within.line = action.outer;
      if (action.mode === "raised") {
        within.raised--;
        if (action.styled) within.styledRaised--;
      } else if (action.mode === "lifted") {
        within.lifted--;
        if (!action.styled) within.liftedTags--;
      }
    } else if (action.kind === "row") {
      const { table } = action;
      if (table.row !== undefined) table.rows.push(table.row);
      table.row = undefined;
    } else {
      leave();
      tables.pop();
      shifts = action.around;
      finishTable(action.table, action.into, meter);
    }
  };
  parseEvents(
    html,
    {
      onopentag(name, attribs) {
        tick(meter, 1);
        const lower = lowerName(name);
        // `visibility` is inherited, and a child may show itself again: each element's, kept
        // until it closes (the text is read where it is visible).
        const showing: Showing & { readonly bySheet?: boolean } =
          skipped > 0 ? NOTHING_SAID : shownBy(attribs, sheet, lower, sheets);
        if (showing.bySheet === true) sheetHid = true;
        const inherited = visible[visible.length - 1] ?? true;
        visible.push(showing.visibility === undefined ? inherited : !showing.visibility);
        // Text of no size is its element's own: a child may be given a size again by a style
        // sheet (a row of boxes set side by side in a parent of size 0 to drop the spaces between
        // them, sized by `.row td`), which is not read here; only its own style's relative size
        // (`1.5em`) keeps it of none.
        const size = skipped > 0 ? undefined : sizeSaid(attribs["style"]);
        const noSize = unsized[unsized.length - 1] ?? false;
        unsized.push(size === "none" || (size === "relative" && noSize));
        const inside = INERT.has(lower);
        inertOpen.push(inside);
        if (inside) inert++;
        if (lower === "style") {
          // Skipped as text; read as a sheet, in `<head>` or not, when a browser applies it.
          closes.push(skipped === 0 ? "sheetSkipped" : "sheet");
          if (skipped === 0) skipped++;
          if (inert === 0 && onScreen(attribs["media"]) && isCss(attribs["type"])) styles++;
          else closes[closes.length - 1] = closes[closes.length - 1] === "sheet" ? "none" : "skip";
          return;
        }
        closes.push(skipped > 0 ? "none" : open(lower, attribs, showing.display));
      },
      ontext(data) {
        if (styles > 0) {
          tick(meter, data.length);
          styleText += data;
        }
        if (skipped > 0 || visible[visible.length - 1] === false) return;
        if (unsized[unsized.length - 1] === true) return;
        tick(meter, data.length);
        const text = struck > 0 ? asStruck(data) : data;
        shiftedText(shifts, into, text);
        if (links > 0) into.linked += wordCharacterCount(data, meter);
      },
      onclosetag() {
        tick(meter, 1);
        visible.pop();
        unsized.pop();
        if (inertOpen.pop() === true) inert--;
        const action = closes.pop();
        if (action === "sheet" || action === "sheetSkipped") {
          if (action === "sheetSkipped") skipped--;
          styles--;
          if (styles === 0) {
            tick(meter, styleText.length);
            classShifts(styleText, sheet);
            styleText = "";
            if (sheet.order > 0 && !attributes.includes("class")) attributes.push("class");
          }
        } else if (action !== undefined) close(action);
      },
    },
    undefined,
    meter,
    // Past the nesting cap a cell, a row or a paragraph still ends a line: cells' numbers must not
    // run together into one.
    (name) => {
      if (skipped === 0 && (BLOCKS.has(name) || name === "td" || name === "th" || name === "br")) {
        breakLine(into, meter);
      }
    },
    attributes,
  );
  breakLine(top, meter);
  return sheetHid ? { blocks: top.blocks, sheetHid } : { blocks: top.blocks };
}

/**
 * Internal: a page read by `read`, its text hidden by its style sheets left out; but a page whose
 * reading holds no table then, while the sheets hid something, is read again with the sheets'
 * hiding ignored: a page's script may show what its sheet hides (a wrapper `.hidden` until the
 * page loads), and what a browser shows must not be lost. Hidden tables and digits are still left
 * out wherever the visible text holds the report's tables.
 */
export function readShown<R extends { readonly report?: unknown }>(
  html: string,
  meter: Meter | undefined,
  read: (document: SourceDocument) => R,
): R {
  const document = htmlDocument(html, meter);
  const reading = read(document);
  if (document.sheetHid !== true || holdsTables(reading.report)) return reading;
  return read(htmlDocument(html, meter, false));
}

/** Whether a report read holds any of the three tables. */
function holdsTables(report: unknown): boolean {
  if (report === null || typeof report !== "object") return false;
  return ["activeDisclosure", "applications", "reviewsAndLitigation"].some((key) => key in report);
}
