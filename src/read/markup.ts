/**
 * The one door to the HTML/XML parser (htmlparser2): the HTML reader and the Word reader both parse
 * through this module, so that the build inlines the parser once (tsup.config.ts inlines it and
 * lowers it to ES2019; each module importing it directly would carry its own copy).
 *
 * It also caps how deep elements nest. The parser keeps its open elements in an array it shifts at
 * every opening and closing tag, so each tag costs the depth: real pages and Word parts nest a few
 * dozen deep, but hostile markup (`<div>` a million times, `<td><p>` over and over, a document part
 * of unclosed elements) would make the parse quadratic. Past {@link MAX_DEPTH}, opening tags are
 * ignored, as the parser itself ignores a `<form>` inside a form: their text stays, in the deepest
 * element. The depth is the parser's own, counted from its events (implied closes included), so no
 * model of its rules can drift from it.
 *
 * @module
 */
import type { Document } from "domhandler";
import { DomHandler, type Handler, Parser, type ParserOptions, type QuoteType } from "htmlparser2";
import { type Meter, tick } from "../text/meter.js";

export type { ChildNode, Document, Element, Text } from "domhandler";

/** An element's attributes as the parser hands them over: names in lower case, the first of each. */
export type Attributes = Record<string, string>;

/** How deep elements nest at most: opening tags past it are ignored. */
export const MAX_DEPTH = 256;

/**
 * What a tag costs the parser's array of open elements at a depth, in meter steps: it puts a new
 * element first (or searches for a closing tag's name) by moving the whole array, one block copy.
 * Measured with 200 000 tags under 0, 60, 120 and 250 open elements: about 400 ns a tag at every
 * depth, the cost of a few characters of tokenizing. So sixteen elements moved count one step: the
 * count still grows with the depth, which the cap bounds.
 */
function moves(depth: number): number {
  return 1 + (depth >> 4);
}

/**
 * Whether `markup[start, end)`, lower-cased as the parser lower-cases an HTML attribute's name, is
 * one of `names` (lower case): compared code unit by code unit, without cutting the name out of
 * the markup, when it is ASCII; as the parser does it (`toLowerCase`) when it is not, since a few
 * other letters lower-case to ASCII ones (the Kelvin sign to `k`).
 */
function isNamed(markup: string, start: number, end: number, names: readonly string[]): boolean {
  for (let at = start; at < end; at++) {
    if (markup.charCodeAt(at) > 0x7f) return names.includes(markup.slice(start, end).toLowerCase());
  }
  for (const name of names) {
    if (name.length !== end - start) continue;
    let at = 0;
    for (; at < name.length; at++) {
      const code = markup.charCodeAt(start + at);
      const wanted = name.charCodeAt(at);
      // `A`–`Z` lower-case to `a`–`z`; every other ASCII character stays as it is.
      if (code !== wanted && !(code >= 0x41 && code <= 0x5a && code + 0x20 === wanted)) break;
    }
    if (at === name.length) return true;
  }
  return false;
}

/**
 * htmlparser2's parser with opening tags ignored while `depth()` (the elements open, as its events
 * told the handler) is at {@link MAX_DEPTH}. Each tag then costs the parser the depth (at most
 * MAX_DEPTH moves), which the meter counts.
 */
class DepthCappedParser extends Parser {
  constructor(
    handler: Partial<Handler>,
    options: ParserOptions | undefined,
    private readonly depth: () => number,
    private readonly meter: Meter | undefined,
    private readonly markup: string,
    private readonly onignored: ((name: string) => void) | undefined,
    private readonly attributes: readonly string[] | undefined,
  ) {
    super(handler, options);
  }

  /** Whether the attribute being read is one the handler reads (see {@link parseEvents}). */
  private kept = true;

  override onattribname(start: number, endIndex: number): void {
    if (this.attributes !== undefined) {
      this.kept = isNamed(this.markup, start, endIndex, this.attributes);
      if (!this.kept) return;
    }
    super.onattribname(start, endIndex);
  }

  override onattribdata(start: number, endIndex: number): void {
    if (this.kept) super.onattribdata(start, endIndex);
  }

  override onattribentity(codePoint: number): void {
    if (this.kept) super.onattribentity(codePoint);
  }

  override onattribend(quote: QuoteType, endIndex: number): void {
    // An attribute not read is neither cut out of the markup, nor joined from its pieces, nor
    // stored: the parser's own end only stores the value and resets it for the next attribute.
    if (this.kept) super.onattribend(quote, endIndex);
    else this.endIndex = endIndex;
  }

  override onopentagname(start: number, endIndex: number): void {
    tick(this.meter, moves(this.depth()));
    // Not handing the name on leaves the parser as after its own ignored `<form>`: no tag name and
    // no attributes, so the tag's attributes, its end and a self-closing `/` do nothing.
    if (this.depth() < MAX_DEPTH) super.onopentagname(start, endIndex);
    else {
      this.endIndex = endIndex;
      // The markup is parsed in one piece, so the tokenizer's indices are the markup's.
      this.onignored?.(this.markup.slice(start, endIndex).toLowerCase());
    }
  }

  override onclosetag(start: number, endIndex: number): void {
    // A closing tag searches the open elements for its name, and moves the rest as it closes.
    tick(this.meter, moves(this.depth()));
    super.onclosetag(start, endIndex);
  }
}

/**
 * Parses HTML (or XML with `{ xmlMode: true }`) to events, nesting capped at {@link MAX_DEPTH}.
 * `handler.onopentag` and `handler.onclosetag` must be given: the depth is counted from them.
 * `onignored` is told the name (in lower case) of each opening tag ignored past the cap, so that a
 * reader can still break its text where such a tag would have (a cell, a paragraph).
 * `attributes`, in HTML mode, names (in lower case) the only attributes the handler reads: the
 * others are not built (their values are neither cut out nor stored, nor handed to
 * `onattribute`), which spares most of an opening tag's cost on Word's styled markup. Absent:
 * every attribute, as the parser gives them.
 *
 * @example
 * ```ts
 * const names: string[] = [];
 * parseEvents("<p>a<b>b</b></p>", { onopentag: (name) => names.push(name), onclosetag: () => {} });
 * names; // ['p', 'b']
 * ```
 */
export function parseEvents(
  markup: string,
  handler: Partial<Handler> & Pick<Handler, "onopentag" | "onclosetag">,
  options?: ParserOptions,
  meter?: Meter,
  onignored?: (name: string) => void,
  attributes?: readonly string[],
): void {
  let depth = 0;
  const counted: Partial<Handler> = {
    ...handler,
    onopentag(name, attribs, implied) {
      depth++;
      handler.onopentag(name, attribs, implied);
    },
    onclosetag(name, implied) {
      depth--;
      handler.onclosetag(name, implied);
    },
  };
  // The tokenizer reads each character once; the handler is handed the text once.
  tick(meter, 2 * markup.length);
  new DepthCappedParser(counted, options, () => depth, meter, markup, onignored, attributes).end(
    markup,
  );
}

/**
 * Parses markup to a document tree (htmlparser2's `parseDocument`), nesting capped at
 * {@link MAX_DEPTH}.
 *
 * @example
 * ```ts
 * parseDocument("<a><b/></a>", { xmlMode: true }).children.length; // 1
 * ```
 */
export function parseDocument(markup: string, options?: ParserOptions, meter?: Meter): Document {
  const dom = new DomHandler(undefined, options);
  parseEvents(
    markup,
    {
      onparserinit: (parser) => dom.onparserinit(parser),
      onreset: () => dom.onreset(),
      onend: () => dom.onend(),
      onerror: (error) => dom.onerror(error),
      onopentag: (name, attribs) => dom.onopentag(name, attribs),
      onclosetag: () => dom.onclosetag(),
      ontext: (data) => dom.ontext(data),
      oncomment: (data) => dom.oncomment(data),
      oncommentend: () => dom.oncommentend(),
      oncdatastart: () => dom.oncdatastart(),
      oncdataend: () => dom.oncdataend(),
      onprocessinginstruction: (name, data) => dom.onprocessinginstruction(name, data),
    },
    options,
    meter,
  );
  return dom.root;
}
