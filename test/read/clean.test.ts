import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripPunctuation } from "../../src/read/cells.js";
import { replaceCells } from "../../src/read/clean.js";

// The regular expressions the linear scans in clean.ts and cells.ts replace: same results required.
const CELL = /<t([dh])\b[^<>]*>([\s\S]*?)<\/t\1>/gi;
const render = (content: string) => `[${content}]`;

function referenceStrip(text: string): string {
  return text.replace(
    /^[（()）“”"'‘’【】「」《》、，,。：:；;]+|[（()）“”"'‘’【】「」《》、，,。：:；;]+$/g,
    "",
  );
}

const htmlPiece = fc.constantFrom(
  "<td>",
  "<TD>",
  "<td class='a'>",
  "</td>",
  "</TD>",
  "<th>",
  "</th>",
  "<tr>",
  "</tr>",
  "<br/>",
  "<td",
  ">",
  "<",
  "x",
  "1",
  " ",
  "&nbsp;",
  "规章",
  "<tda>",
  "</td >",
);

describe("linear scans agree with the regular expressions they replace", () => {
  it("replaceCells finds the same cells as the regular expression (property)", () => {
    fc.assert(
      fc.property(fc.array(htmlPiece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join("");
        const expected = html.replace(CELL, (_whole, _kind: string, content: string) =>
          render(content),
        );
        expect(replaceCells(html, render)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("stripPunctuation strips the same ends (property)", () => {
    const char = fc.constantFrom(..."（()）“”\"'‘’【】「」《》、，,。：:；;x1 规");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join("");
        expect(stripPunctuation(text)).toBe(referenceStrip(text));
      }),
      { numRuns: 2000 },
    );
  });
});
