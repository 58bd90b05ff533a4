/**
 * A table read from its grids, with the rows printed as text between them. A table section may
 * print some sub-tables as grids and others as lines of text: a web page whose editor typed one
 * sub-table as paragraphs (`<p>行政事业性收费 0</p>` between two `<table>`s), a PDF page whose
 * sub-table of two short rows has no ruling lines and too few lines to be read as a table. The
 * grid mapper reads the grids only, so those rows were left unread, their printed values quoted
 * nowhere. The text between the grids, but its prose and notes, is read by the text reader, and
 * a row of it is taken where the grids printed nothing of that row: no cell read, no value quoted
 * for it, no value left unplaced in the section.
 *
 * @module
 */
import type { FindingDraft } from "../findings/finding.js";
import type { Cell } from "../model/cell.js";
import { perTemplate, templateDefinition } from "../templates/registry.js";
import type { TemplateVersion } from "../templates/types.js";
import { append } from "../text/lists.js";
import { matchKey } from "../text/normalize.js";
import { isValueText } from "./cells.js";
import { labelForms } from "./labels.js";
import type { TableReading } from "./tables.js";

/**
 * The row each key of a row label's forms (with its ordinal, and without) names, by section: the
 * sections whose rows have labels (table 四's one row has none).
 */
const ROW_KEYS = perTemplate((version) => {
  const { activeDisclosure, applications } = templateDefinition(version);
  const sections = new Map<string, Map<string, string>>();
  const add = (
    section: string,
    row: { key: string; label: string; variants: readonly string[] },
  ) => {
    const byKey = sections.get(section) ?? new Map<string, string>();
    for (const { ordinal, core } of labelForms([row.label, ...row.variants])) {
      byKey.set(ordinal + core, row.key);
      byKey.set(core, row.key);
    }
    sections.set(section, byKey);
  };
  for (const group of activeDisclosure.groups) {
    for (const row of group.rows) add("activeDisclosure", row);
  }
  for (const row of applications.rows) add("applications", row);
  return sections;
});

/**
 * Whether rows of `section` printed between its grids may be taken: a section whose rows have
 * labels. The text between table 四's grids is not read at all.
 */
export function takesRowsBetweenGrids(section: string, version: TemplateVersion): boolean {
  return ROW_KEYS[version].has(section);
}

/**
 * The rows that a line of `text` prints whole: the row's label (a form of it, its words first),
 * then values only, one or more (or a number glued to the label). A row whose label stands in a
 * sentence (`其中行政许可 12 件`) or alone on its line (its values printed blank, or elsewhere) is
 * none.
 */
function rowsOnTheirLines(text: string, section: string, version: TemplateVersion): Set<string> {
  const printed = new Set<string>();
  for (const line of text.split("\n")) {
    const row = rowOfLine(line, section, version);
    if (row !== undefined) printed.add(row);
  }
  return printed;
}

/** The row a line prints whole (see {@link rowsOnTheirLines}), or `undefined`. */
function rowOfLine(line: string, section: string, version: TemplateVersion): string | undefined {
  const byKey = ROW_KEYS[version].get(section);
  if (byKey === undefined) return undefined;
  const words = line.trim().split(/\s+/);
  let values = words.length;
  while (values > 0 && isValueText(words[values - 1]!)) values--;
  if (values === 0) return undefined;
  const label = words.slice(0, values).join("");
  // The values after the label's words, or a number glued to its last word (a PDF's label and
  // value set close: `行政事业性收费10`; several cells glued are the text reader's guess, which
  // it says, and such a row is not taken).
  // The glued number may be the first of several (`四、结转下年度继续办理56 57`).
  const glued = GLUED_VALUE.exec(label);
  if (values === words.length && glued === null) return undefined;
  return (
    (values < words.length ? byKey.get(matchKey(label)) : undefined) ??
    (glued === null ? undefined : byKey.get(matchKey(label.slice(0, glued.index))))
  );
}

/** A number opening a word (`101无法提本机`: a value and the words of a label set close after it). */
const OPENING_NUMBER = /^\d+(?:\.\d+)?(?=\D)/;

/** A unit or a time alone (`件`, `年度`, `季度`): the numbers before it count things. */
const COUNTED = /^(?:[年月日季期页件项个次条%％]|年度|季度)$/;

/** A word opening with `年` (`年度…`): after a year, a date (`2023 年度报告`). */
const YEAR_WORD = /^年/;

/** A year (`2023`). */
const YEAR = /^(?:19|20)\d\d$/;

/** A date's or a page's numbers parted by one mark each (`3 / 5`, `2024 - 01 - 05`). */
const PARTED = /^\d+(?: [-/－—] \d+){1,2}$/;

/**
 * Whether a run of values is a row's, not a caption's or a date's: two numbers or more, not parted
 * one mark each as a date or a page is (`3 / 5`, `2024 - 01 - 05`; a row's marks are cells:
 * `5 — — — — — 5`), not all years, not the columns' numbers (`1 2 3 …`).
 */
function rowLike(run: readonly string[]): boolean {
  const numbers = run.filter((text) => /\d/.test(text));
  return (
    numbers.length >= 2 &&
    !PARTED.test(run.join(" ")) &&
    !numbers.every((text) => YEAR.test(text)) &&
    !(numbers.length >= 3 && numbers.every((text, i) => text === String(i + 1)))
  );
}

/**
 * The runs of values a line prints, two numbers or more one after the other (`95 96 97`), with a
 * number ending the word before a run (`107` of `握相关政府信107 108`) and one opening the word
 * after it (`101` of `101无法提本机`): a row's values, whatever row. Page numbers and dates
 * (`第 3 页 共 5 页`, `3 / 5`), years, the columns' numbers and counts in words (`同比 12 15 件`)
 * are none.
 */
function valueRuns(line: string): string[] {
  const found: string[] = [];
  let run: string[] = [];
  let before: string | undefined;
  const end = (next?: string) => {
    const last = run[run.length - 1] ?? "";
    const counted =
      next !== undefined && (COUNTED.test(next) || (YEAR_WORD.test(next) && YEAR.test(last)));
    const opening = next === undefined ? null : OPENING_NUMBER.exec(next);
    if (opening !== null && run.length > 0) run.push(opening[0]);
    if (!counted && rowLike(run)) append(found, run);
    run = [];
  };
  for (const word of line.trim().split(/\s+/)) {
    if (word !== "" && isValueText(word)) {
      // A number glued to a label's words (`信107`), not to a colon or a dash (`电话：0571`).
      const glued =
        run.length === 0 && before !== undefined ? GLUED_AFTER_WORDS.exec(before) : null;
      if (glued !== null) run.push(glued[0]);
      run.push(word);
    } else {
      end(word);
      before = word;
    }
  }
  end();
  return found;
}

/** Whether a line prints values and nothing else. */
function valuesOnly(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words[0] !== "" && words.every((word) => isValueText(word));
}

/**
 * The values printed between grids on lines of no row taken or quoted: a row the grids left
 * unread may be theirs (a page break cutting a label over three lines, its values beside the
 * middle one, between two grids). The lines of values right after a row taken or quoted are that
 * row's going on (the text reader reads a row's values over its next lines).
 */
function strayValues(
  text: string,
  section: string,
  version: TemplateVersion,
  accounted: ReadonlySet<string>,
): string[] {
  const found: string[] = [];
  let after = false;
  for (const line of text.split("\n")) {
    const row = rowOfLine(line, section, version);
    if (row !== undefined && accounted.has(row)) {
      after = true;
      continue;
    }
    if (after && valuesOnly(line)) continue;
    after = false;
    append(found, valueRuns(line));
  }
  return found;
}

/**
 * `reading` with `values` quoted at the section (`PARSE_CELL_AMBIGUOUS`), added to its quote there
 * when it has one (values no row was found for, the rows between their neighbours covered by it);
 * as it is when there are none, or when the grids left no row unread for them.
 */
function withStrayQuoted(
  section: string,
  reading: TableReading,
  values: readonly string[],
): TableReading {
  if (values.length === 0) return reading;
  const at = reading.drafts.findIndex(
    (draft) =>
      draft.code === "PARSE_CELL_AMBIGUOUS" &&
      draft.path.length === 1 &&
      draft.actual !== undefined,
  );
  if (at === -1 && !reading.drafts.some((draft) => draft.code === UNREAD)) return reading;
  const drafts = [...reading.drafts];
  if (at === -1) {
    drafts.push({ code: "PARSE_CELL_AMBIGUOUS", path: [section], actual: values.join(" | ") });
  } else {
    drafts[at] = {
      ...drafts[at]!,
      actual: `${String(drafts[at]!.actual)} | ${values.join(" | ")}`,
    };
  }
  return { ...reading, drafts };
}

/** A number ending a word (after a character that is no digit). */
const GLUED_VALUE = /(?<=[^\d.])\d+(?:\.\d+)?$/;

/** A number ending a word right after a Chinese character (`握相关政府信107`). */
const GLUED_AFTER_WORDS = /(?<=[\u3400-\u9fff])\d+(?:\.\d+)?$/u;

/**
 * A line of prose or a note: a sentence (`其中行政许可事项 5 项，行政处罚 3 项。`) or a line opening
 * with 注, 备注 or 说明. Its numbers are no row's cells, whatever labels it names; no label of the
 * tables holds a full stop.
 */
const PROSE = /。|^\s*(?:注|备注|说明)/;

/**
 * The lines of the text between a table section's grids that may be a table's: every line of
 * prose or of a note ({@link PROSE}) left blank, so that the text reader reads no row from it.
 *
 * @example
 * ```ts
 * tableLines("其中行政许可 5 项。\n行政事业性收费 0"); // '\n行政事业性收费 0'
 * ```
 */
export function tableLines(text: string): string {
  return text
    .split("\n")
    .map((line) => (PROSE.test(line) ? "" : line))
    .join("\n");
}

/** The code of a cell the grids left unread with nothing printed to quote. */
const UNREAD = "PARSE_CELL_UNREADABLE";

/** The rows of a table reading, by key (a table's rows hold their cells by column). */
type Rows = Readonly<Record<string, Readonly<Record<string, Cell>> | undefined>>;

/** Whether a row holds no cell. */
const isEmpty = (row: Readonly<Record<string, Cell>> | undefined): boolean =>
  row === undefined || Object.keys(row).length === 0;

/**
 * The reading from grids with the rows the text between them reads, where the grids printed
 * nothing of those rows, a line prints the row's label then its values only, and the text reader
 * read the row with no finding: such a row is taken whole, in place of the grids'
 * `PARSE_CELL_UNREADABLE` findings on it. Nothing is taken when the grids left values unplaced in
 * the section (they may be any row's). Returns `fromGrids` when no row is taken.
 *
 * @param section - The table section's key.
 * @param version - The report's template.
 * @param fromGrids - The grid mapper's reading of the section.
 * @param between - The section's text outside its grids (its prose and notes left out:
 *   {@link tableLines}) and the text reader's reading of it.
 * @example
 * ```ts
 * // Grids with 规章 read, 行政事业性收费 unread; the text between them prints it.
 * withRowsBetweenGrids("activeDisclosure", "2021", gridReading, { text, reading }).table?.fees;
 * // { amount: '0' }
 * ```
 */
export function withRowsBetweenGrids(
  section: string,
  version: TemplateVersion,
  fromGrids: TableReading,
  between: { readonly text: string; readonly reading: TableReading } | undefined,
): TableReading {
  const rows = fromGrids.table as Rows | undefined;
  const fromText = between?.reading;
  const textRows = fromText?.table as Rows | undefined;
  const text = between?.text ?? "";
  // Values on lines of no row taken are quoted at the section, not dropped (see strayValues).
  const none = new Set<string>();
  if (rows === undefined || textRows === undefined) {
    return withStrayQuoted(section, fromGrids, strayValues(text, section, version, none));
  }
  // Values the grids printed and could not place, at the section or at a row: they may be any
  // row's, or be the row's own. Only rows the grids left unread with nothing to quote are taken.
  const quoted = new Set<string>();
  for (const draft of fromGrids.drafts) {
    if (draft.code === UNREAD) continue;
    if (draft.path.length === 1 && draft.actual !== undefined) {
      return withStrayQuoted(section, fromGrids, strayValues(text, section, version, none));
    }
    if (draft.path.length > 1) quoted.add(String(draft.path[1]));
  }
  // A row the text reader read with a finding on it (glued digits split, a cell unreadable, the
  // text cut inside it) is a guess or a part: between grids, where the text is what the grids
  // left over, only a row read whole and plain is taken (`行政事业性收费19` under two columns
  // may be 19 and a blank as well as 1 and 9).
  const flagged = new Set(
    (fromText?.drafts ?? []).filter((draft) => draft.path.length > 1).map((d) => String(d.path[1])),
  );
  // And only a row printed on a line of its own, label then values: the text reader pairs a label
  // with values wherever they stand, and the text between grids is pieces from anywhere in the
  // section (a blank row's label, then a page number or a note's number after the next grid).
  const whole = rowsOnTheirLines(text, section, version);
  const open = Object.keys(rows).filter(
    (key) => isEmpty(rows[key]) && !quoted.has(key) && whole.has(key),
  );
  const taken = new Set(open.filter((key) => !isEmpty(textRows[key]) && !flagged.has(key)));
  // A row the text reader could not place but quoted (`56 | 57` under seven columns, no total
  // holding): its quote, in place of the grids' finding that nothing of the row was read, so that
  // the values printed are quoted somewhere. Its cells stay absent.
  const quotedByText = new Set(
    open.filter(
      (key) =>
        isEmpty(textRows[key]) &&
        (fromText?.drafts ?? []).some(
          (draft) => String(draft.path[1]) === key && draft.actual !== undefined,
        ),
    ),
  );
  if (taken.size === 0 && quotedByText.size === 0) {
    return withStrayQuoted(section, fromGrids, strayValues(text, section, version, none));
  }
  const onRow = (keys: ReadonlySet<string>) => (draft: FindingDraft) =>
    draft.path[0] === section && keys.has(String(draft.path[1]));
  const replaced = new Set([...taken, ...quotedByText]);
  const table = Object.fromEntries(
    Object.keys(rows).map((key) => [key, taken.has(key) ? textRows[key] : rows[key]]),
  );
  return withStrayQuoted(
    section,
    {
      table: table as unknown as NonNullable<TableReading["table"]>,
      drafts: [
        ...fromGrids.drafts.filter((draft) => !onRow(replaced)(draft)),
        ...(fromText?.drafts ?? []).filter(onRow(quotedByText)),
      ],
      truncated: fromGrids.truncated,
    },
    strayValues(text, section, version, replaced),
  );
}
