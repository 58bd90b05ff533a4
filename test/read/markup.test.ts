/**
 * The parser's door (src/read/markup.ts): nesting capped at MAX_DEPTH, whatever the markup, with
 * the parser's own depth as the oracle (counted here from its events, apart from the library's
 * count), and nothing else changed: the same text, and the same events for markup nested less.
 */
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { MAX_DEPTH, parseDocument, parseEvents } from "../../src/read/markup.js";
import { params } from "../hostile/support.js";

/** The events of a parse as strings, and the deepest nesting they reached. */
function events(parse: (handler: Handler) => void): { log: string[]; deepest: number } {
  const log: string[] = [];
  let depth = 0;
  let deepest = 0;
  parse({
    onopentag(name) {
      depth++;
      deepest = Math.max(deepest, depth);
      log.push(`<${name}`);
    },
    onclosetag(name) {
      depth--;
      log.push(`/${name}`);
    },
    ontext(text) {
      log.push(text);
    },
  });
  return { log, deepest };
}
type Handler = {
  onopentag(name: string): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
};

const capped = (markup: string, xmlMode = false) =>
  events((handler) => parseEvents(markup, handler, { xmlMode }));
const uncapped = (markup: string, xmlMode = false) =>
  events((handler) => new Parser(handler, { xmlMode }).end(markup));
const text = (log: string[]) => log.filter((e) => !e.startsWith("<") && !e.startsWith("/"));

// Pieces the parser treats in every way it can: implied closes, void and self-closing tags,
// `<` and `>` inside attributes, comments, raw text, foreign content, stray closing tags.
const PIECES = [
  "<p>",
  "<td>",
  "<tr>",
  "<li>",
  "<div>",
  "<div/>",
  "<span>",
  "</p>",
  "</div>",
  "</td>",
  "<br>",
  "<a href='<b>'>",
  '<b title=">">',
  "<i <u>",
  "<!-- <div> -->",
  "<script><div></script>",
  "<svg><div/></svg>",
  "<svg><script><div>",
  "<table>",
  "<dd><div>",
  "x",
  "规章",
];

describe("parseEvents", () => {
  it.each([
    ["<div>", 40_000],
    ["<td><p>", 20_000],
    ["<li><p>", 20_000],
    ["<div/>", 40_000],
    ["<b x <br>", 20_000],
  ])("caps the parser's nesting of %s repeated", (piece, times) => {
    const markup = piece.repeat(times);
    // The parser alone nests these past the cap (which is what made it quadratic).
    expect(uncapped(markup.slice(0, piece.length * 600)).deepest).toBeGreaterThan(MAX_DEPTH);
    expect(capped(markup).deepest).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it("keeps every text and, under the cap, every event", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 1500 }),
        fc.boolean(),
        (pieces, xmlMode) => {
          const markup = pieces.join("");
          const mine = capped(markup, xmlMode);
          const theirs = uncapped(markup, xmlMode);
          expect(mine.deepest).toBeLessThanOrEqual(MAX_DEPTH);
          expect(text(mine.log).join("")).toBe(text(theirs.log).join(""));
          if (theirs.deepest <= MAX_DEPTH) expect(mine.log).toEqual(theirs.log);
        },
      ),
      params(200),
    );
  });
});

// Opening tags with attributes in every spelling the parser lower-cases, repeats or decodes: upper
// case, a repeated name (the first is kept), no value, unquoted, entities, and non-ASCII names (the
// Kelvin sign lower-cases to `k`, the dotted İ to two code units).
const ATTRIBUTE_PIECES = [
  "<td rowspan=2 colspan='3'>",
  '<TD ROWSPAN="4" RowSpan="5">',
  "<p hidden>",
  '<p style="display:none" STYLE="x">',
  '<a href="&#35;x" class=c>',
  "<span \u212Aind=1 kind=2>",
  "<span \u0130d=1 i\u0307d=2>",
  "<b rowspa=1 rowspann=2 colspan>",
  "<i lang=zh title='&amp;'>",
  "<td rowspan=&#50;>",
  "x",
  "</td>",
];

/** The opening tags' attributes, as the parser hands them to the handler. */
function attributesOf(parse: (handler: AttributeHandler) => void): string[] {
  const log: string[] = [];
  parse({
    onopentag: (name, attribs) => log.push(`${name} ${JSON.stringify(attribs)}`),
    onclosetag: (name) => log.push(`/${name}`),
    ontext: (text) => log.push(text),
  });
  return log;
}
type AttributeHandler = {
  onopentag(name: string, attribs: Record<string, string>): void;
  onclosetag(name: string): void;
  ontext(text: string): void;
};

describe("parseEvents with the attributes read", () => {
  const wanted = ["rowspan", "colspan", "hidden", "style", "href", "kind", "i\u0307d"];

  it("hands over those attributes as the parser makes them, and no other", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ATTRIBUTE_PIECES), { maxLength: 60 }), (pieces) => {
        const markup = pieces.join("");
        const mine = attributesOf((handler) =>
          parseEvents(markup, handler, undefined, undefined, undefined, wanted),
        );
        const theirs = attributesOf((handler) =>
          new Parser({
            ...handler,
            onopentag: (name, attribs) =>
              handler.onopentag(
                name,
                Object.fromEntries(Object.entries(attribs).filter(([key]) => wanted.includes(key))),
              ),
          }).end(markup),
        );
        expect(mine).toEqual(theirs);
      }),
      params(200),
    );
  });

  it("keeps an attribute named in upper case or with a letter lower-cased to ASCII", () => {
    const log = attributesOf((handler) =>
      parseEvents(
        '<TD ROWSPAN="2" \u212Aind="3" width="9">',
        handler,
        undefined,
        undefined,
        undefined,
        ["rowspan", "kind"],
      ),
    );
    expect(log[0]).toBe('td {"rowspan":"2","kind":"3"}');
  });
});

describe("parseDocument", () => {
  it("builds the tree of XML nested past the cap, with its text", () => {
    const root = parseDocument(`${"<w:p>".repeat(50_000)}末`, { xmlMode: true });
    let depth = 0;
    let node = root.children[0];
    while (node !== undefined && "children" in node && node.children.length > 0) {
      depth++;
      node = node.children[0];
    }
    expect(depth).toBe(MAX_DEPTH);
    expect(node && "data" in node ? node.data : undefined).toBe("末");
  });
});
