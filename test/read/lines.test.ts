import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineEnd, lineStarts, withLineEdits } from "../../src/read/lines.js";

describe("lineStarts and lineEnd", () => {
  it("give each line's offsets, the empty line after a final line break included", () => {
    const text = "a\nbc\n";
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 2, 5]);
    expect(starts.map((start, index) => text.slice(start, lineEnd(text, starts, index)))).toEqual(
      text.split("\n"),
    );
  });
});

describe("withLineEdits", () => {
  it("replaces and drops lines as joining the kept lines would", () => {
    expect(withLineEdits("a\nb\nc", [0, 2, 4], new Map([[0, "A"]]), new Set([2]))).toBe("A\nb");
    expect(withLineEdits("a\nb\nc", [0, 2, 4], new Map(), new Set([0, 1, 2]))).toBe("");
    expect(withLineEdits("a\nb\n", [0, 2, 4], new Map([[1, "B"]]), new Set([0]))).toBe("B\n");
  });

  // The oracle: split, edit, filter, join, as the passes did before.
  it("gives what splitting, editing and joining the lines gives, for any edits", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[ab 1]{0,3}$/), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(9), fc.stringMatching(/^[XY]{0,2}$/), fc.boolean())),
        (lines, changes) => {
          const text = lines.join("\n");
          const edits = new Map<number, string>();
          const dropped = new Set<number>();
          for (const [index, line, drop] of changes) {
            if (index >= lines.length) continue;
            if (drop) dropped.add(index);
            else edits.set(index, line);
          }
          const expected = lines
            .map((line, index) => edits.get(index) ?? line)
            .filter((_, index) => !dropped.has(index))
            .join("\n");
          expect(withLineEdits(text, lineStarts(text), edits, dropped)).toBe(expected);
        },
      ),
    );
  });
});
