// A table of contents (目录) before the body: its headings, listed one a line, are not taken for the
// report's. Before, the body after the contents' last heading read as 六's text and the tables
// went unread: a report with a 目录 read as one with empty sections.
import { describe, expect, it } from "vitest";
import { type ParseResult, parseText, templates } from "../../src/index.js";
import { corpus } from "./support.js";

const seed = corpus("seed-dacaozhuang-2022").text;
const at = seed.indexOf("一、总体情况");

/** The sections' headings as the registry prints them. */
const HEADINGS = templates["2021"].sections.map((section) => section.heading);

/** The seed with `contents` between its preamble and its body. */
function withContents(contents: string): ParseResult {
  return parseText(`${seed.slice(0, at)}${contents}\n${seed.slice(at)}`);
}

function sections(result: ParseResult): unknown {
  const { overview, activeDisclosure, applications, reviewsAndLitigation } = result.report ?? {};
  const { problemsAndImprovements, otherMatters, year, template } = result.report ?? {};
  return {
    ...{ overview, activeDisclosure, applications, reviewsAndLitigation },
    ...{ problemsAndImprovements, otherMatters, year, template },
  };
}

describe("a table of contents", () => {
  const alone = parseText(seed);

  it("reads the seed alone with every section", () => {
    expect(alone.report?.applications?.newlyReceived.total).toBe(0);
    expect(alone.report?.otherMatters).toMatch(/信息处理费/);
  });

  const forms: Record<string, string> = {
    "one heading a line": `目录\n${HEADINGS.join("\n")}`,
    "with leaders and page numbers": `目 录\n${HEADINGS.map((h, i) => `${h}……………………${i + 1}`).join("\n")}`,
    "with page numbers on lines of their own": HEADINGS.map((h, i) => `${h}\n${i + 1}`).join("\n"),
    "on one line": HEADINGS.join("  "),
    // Word's contents: the page number at a tab stop, sub-entries the same way.
    "Word's, page numbers at a tab": HEADINGS.map(
      (h, i) => `${h}\t${i + 1}\n（一）概述\t${i + 1}`,
    ).join("\n"),
    // Each entry with leaders and its page number, a sub-entry without one under each: no run
    // of entries, each told by its leaders.
    "entries with leaders, sub-entries without page numbers": HEADINGS.map(
      (h, i) => `${h}……………${i + 1}\n（一）概述`,
    ).join("\n"),
    // Sub-entries with neither leaders nor page numbers, under some entries or under each.
    "sub-entries without leaders under the first": `目录\n${HEADINGS[0]}\n（一）主动公开\n（二）依申请公开\n${HEADINGS.slice(1).join("\n")}`,
    "sub-entries without leaders under each": HEADINGS.map(
      (h) => `${h}\n（一）概述\n(2)其他情况`,
    ).join("\n"),
    // A contents page whose tab became a blank: each page number after a space.
    "page numbers after a blank, sub-entries too": HEADINGS.map(
      (h, i) => `${h} ${i + 1}\n（一）概述 ${i + 1}`,
    ).join("\n"),
  };
  for (const [name, contents] of Object.entries(forms)) {
    it(`${name}: the body is read as without it`, () => {
      expect(sections(withContents(contents))).toEqual(sections(alone));
    });
  }

  it("is no run of headings printed once: a report whose tables are left out", () => {
    // 二、三、四 and 五 one after another, nothing under 二 to 四 (the tables left out, or
    // printed as pictures): the report's own headings, which come only once.
    const [, second, third, fourth, fifth] = HEADINGS;
    const text = `${seed.slice(0, seed.indexOf(second!))}${[second, third, fourth].join("\n")}\n${seed.slice(seed.indexOf(fifth!.slice(0, 6)))}`;
    const read = parseText(text);
    expect(read.report?.problemsAndImprovements).toEqual(alone.report?.problemsAndImprovements);
    expect(read.report?.overview).toEqual(alone.report?.overview);
    expect(read.findings.filter((f) => f.code === "SECTION_MISSING").map((f) => f.path)).toEqual([
      ["activeDisclosure"],
      ["applications"],
      ["reviewsAndLitigation"],
    ]);
  });

  it("is no table of contents when a sentence stands under a sub-heading between them", () => {
    // A numbered sub-heading with a sentence's punctuation is text, not a contents sub-entry.
    const contents = HEADINGS.map((h) => `${h}\n（一）本年度无此项工作。`).join("\n");
    const read = withContents(contents);
    expect(read.report?.overview).toBe("（一）本年度无此项工作。");
  });

  it("is no table of contents when text stands between the headings", () => {
    // Headings one a line with a word between them (a short section each) stay headings.
    const contents = HEADINGS.map((h) => `${h}\n无。`).join("\n");
    const read = withContents(contents);
    expect(read.report?.overview).toBe("无。");
  });

  it("with sub-entries, leaders and page numbers, then the title again: one report, read whole", () => {
    // A cover, a 目录 of the six headings and some sub-entries with dot leaders and page numbers,
    // the title again, then the body (a Word file's cover and contents pages).
    const title = "宁晋县大曹庄镇2022年政府信息公开工作年度报告";
    const leaders = "·".repeat(56);
    const entries = HEADINGS.flatMap((heading, i) => [
      `${heading}${leaders}${i + 1}`,
      ...(i === 0 ? ["（一）主动公开政府信息情况", "（二）政府信息依申请公开办理情况"] : []).map(
        (sub) => `${sub}${leaders}${i + 1}`,
      ),
    ]);
    const read = withContents(`目录\n${entries.join("\n")}\n${title}`);
    expect(read.findings.filter((f) => f.code === "SOURCE_MULTIPLE_REPORTS")).toEqual([]);
    const { overview: _overview, ...rest } = sections(read) as Record<string, unknown>;
    const { overview: _alone, ...aloneRest } = sections(alone) as Record<string, unknown>;
    expect(rest).toEqual(aloneRest);
  });

  it("takes no body heading for a contents one when a sub-item repeats a numeral", () => {
    // 二 to 四 printed without tables (pictures), 五 right after them; under 五 a sub-item
    // numbered 一、 (wrong numeral for the 二、 it reads like): 二 to 五 come once only.
    const [, second, third, fourth, fifth] = HEADINGS;
    const five = seed.indexOf(fifth!.slice(0, 6));
    const text = `${seed.slice(0, seed.indexOf(second!))}${[second, third, fourth].join("\n")}\n${fifth}\n二、主动公开意识有待加强。\n${seed.slice(seed.indexOf("\n", five) + 1)}`;
    const read = parseText(text);
    expect(read.report?.problemsAndImprovements).toContain("主动公开意识有待加强");
    expect(read.report?.overview).toEqual(alone.report?.overview);
  });
});
