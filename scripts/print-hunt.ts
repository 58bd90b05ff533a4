/**
 * The printed-report hunt (not run by `npm test`; needs chromium and soffice): reports printed
 * through real programs in many layouts, read back with parsePdf and parseDocx, and compared cell
 * by cell. It makes repeatable what two reviews of 2026-12-03 ran from throw-away scripts.
 *
 *   npx tsx scripts/print-hunt.ts [--seed N] [--per-layout K] [--layouts v01,lo-a,…]
 *                                 [--routes chromium,libreoffice] [--totals distinct|rows|all]
 *                                 [--mark M]
 *                                 [--text] [--keep DIR] [--show N] [--list]
 *   npx tsx scripts/print-hunt.ts --reread DIR [--show N]
 *
 * The reports are the seed report (2021 template) and the 2019 report of the fixtures with every
 * value distinct (test/system/support.ts `distinctValues`), so that a number read into another
 * cell cannot pass for right; a layout may fill every blank cell too. Each file prints one of them
 * as toHTML renders it, changed as its layout says (the LAYOUTS table): value cells printed blank
 * (every Nth from an offset; with `--mark M`, or a layout's `mark`, printed as that mark for none
 * instead: read as it), whole rows or columns printed blank, table 三's rows printed a column
 * short with their first value blank (sr-*), header rows as body rows (a page break repeats no
 * header), the preamble dropped, and a spacer above the report that moves every page break through
 * the tables. `--totals` says what table 三's 总计s hold: `distinct` (the default; no 总计 a sum),
 * `rows` (each row's the sum of its cells), `all` (every identity of the table holding). Two routes
 * print it (`--text` reads each PDF as `pdftotext -layout` gives it too, with parseText):
 *
 *   chromium     Chromium's page.pdf: the layout's CSS (borders, fonts, widths, alignment), page
 *                size, margins and running header and footer (with page numbers)
 *   libreoffice  LibreOffice: HTML → Word (read with parseDocx) → PDF (read with parsePdf). Its
 *                HTML import ignores CSS borders: `border="1"` on the tables rules them
 *
 * Each file's random choices (the spacer, the blank offset, the page height, the rows or columns
 * blanked, and what a layout lets vary) come from a generator seeded by `--seed`, the layout and
 * the file's index: the same flags give the same HTML, and a layout gives the same files alone or
 * among others. The PDFs also depend on the Chromium, LibreOffice and fonts installed.
 *
 * A cell is right when the reading has the expected value; wrong when it has another value, not
 * blank (the failure a data team cannot see); absent when a value was printed and the reading has
 * none; of those, blank when the reading has the cell blank (`null`): a mark or a number read as
 * nothing, where a cell read unreadable is left out of the report with a finding quoting it. The
 * table gives, per layout and reading, the files, cells, right, wrong, absent and blank, then
 * the first `--show` (5) wrong cells of each with their file. The exit code is 1 when a cell is
 * wrong, 2 when a file could not be made.
 *
 * --keep DIR keeps every file made (`NAME.html`, `.pdf`, `.docx`, `NAME.expected.json`: the
 * expected cells by path, `NAME.config.json`: the layout and the choices drawn) in DIR, where
 * `--reread DIR` reads them again (after a fix, say) without printing anything. Without --keep
 * the files are made in a temporary folder, removed at the end. --list prints the layouts.
 *
 * The default (seed 1, two files per layout, every layout: 134 files, 164 readings) takes about
 * three minutes on two busy cores; bigger sweeps by --per-layout and --seed.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseDocx } from "../src/docx.js";
import { fromJSON, type ParseResult, parseText, type Report, toHTML } from "../src/index.js";
import { parsePdf } from "../src/pdf.js";
import { templateDefinition } from "../src/templates/registry.js";
import type { TemplateVersion } from "../src/templates/types.js";
import { seedReport } from "../test/fixtures/seed-report.js";
import { shanghai2019Report } from "../test/fixtures/shanghai-2019-report.js";
import { cellsOf } from "../test/support/cells.js";
import { distinctValues, launchChromium } from "../test/system/support.js";

// ---------------------------------------------------------------- the layouts

type Route = "chromium" | "libreoffice";
/** `txt`: the PDF as `pdftotext -layout` gives it, read with parseText (with `--text`). */
type Reading = "pdf" | "docx" | "txt";
const READINGS: Record<Route, readonly Reading[]> = {
  chromium: ["pdf"],
  libreoffice: ["docx", "pdf"],
};

/** A value a layout fixes, or the values each file draws one of. */
type Choice<T> = T | readonly T[];
/** A whole number each file draws between `min` and `max` (both included). */
interface Span {
  readonly min: number;
  readonly max: number;
}
const BASES = { seed: seedReport, "2019": shanghai2019Report } as const;
type Base = keyof typeof BASES;
type Table = "activeDisclosure" | "applications" | "reviewsAndLitigation";
interface Margin {
  readonly top: string;
  readonly bottom: string;
  readonly left: string;
  readonly right: string;
}

interface Common {
  /** The report printed: the seed report (2021 template) or the 2019 one. */
  readonly base: Choice<Base>;
  /** Every cell the report leaves blank given a number too. */
  readonly fillNulls?: boolean;
  /** Every Nth value cell printed blank (0: none), counted from an offset each file draws. */
  readonly blankEvery?: Choice<number>;
  /** Whole rows printed blank, drawn among the rows of `rowsOf` (of every table without it). */
  readonly blankRows?: number;
  readonly rowsOf?: Table;
  /** Whole columns printed blank: one value key (`commercialEnterprise`) in every row of a table. */
  readonly blankColumns?: number;
  /**
   * Table 三's rows whose label spans columns printed a column short (the label's span one less,
   * as pandoc's HTML → .docx writes it), their first value (自然人) printed blank: drawn among those
   * rows. Each such row's values stand a column left of their headers, its last column empty.
   */
  readonly shortRows?: number;
  /**
   * What the cells left blank above print instead: a mark for none (`－`, `_`, `—`…; one each
   * file draws), read as that mark. Without it they print nothing.
   */
  readonly mark?: Choice<string>;
  /** Header rows printed as body rows: a page break then repeats no header. */
  readonly noThead?: Choice<boolean>;
  /** Blank space above the report, in CSS pixels: it moves every page break through the tables. */
  readonly spacer: Span;
  /**
   * Why the layout reads some cells wrong, when that is known (a weakness not fixed, or a page
   * printing a number inside a cell): printed beside its wrong cells.
   */
  readonly known?: string;
}

interface ChromiumLayout extends Common {
  readonly route: "chromium";
  readonly css: string;
  readonly width: string;
  /** The page's height, or a range of heights in CSS pixels each file draws one of. */
  readonly height: string | Span;
  readonly landscape?: boolean;
  /** The page's margins: 40px each when not given; `none` gives Chromium's own (none). */
  readonly margin?: Margin | "none";
  readonly header?: string;
  readonly footer?: string;
}

interface OfficeLayout extends Common {
  readonly route: "libreoffice";
  /** `border="1"` on the tables: LibreOffice's HTML import ignores CSS borders. */
  readonly ruled?: boolean;
  readonly cellPadding?: number;
  /** Values centred by an `align` attribute or by a `style` on every cell. */
  readonly centred?: "attribute" | "style";
  readonly tablePt?: Choice<number>;
  readonly bodyPt?: number;
  readonly tableWidth?: string;
  readonly noPreamble?: boolean;
}

type Layout = ChromiumLayout | OfficeLayout;

const FONT = 'font-family:"DejaVu Serif","Noto Serif CJK SC";';
const BORDERS = {
  full: "table{border-collapse:collapse}td,th{border:1px solid #000}",
  none: "table{border-collapse:collapse}td,th{border:none;padding:3px}",
  outer: "table{border-collapse:collapse;border:1px solid #000}td,th{border:none}",
  horizontal:
    "table{border-collapse:collapse}td,th{border:1px solid #000;border-left:none;border-right:none}",
  separate: "table{border-collapse:separate;border-spacing:4px}td,th{border:1px solid #000}",
  // Chromium draws a dashed border dash by dash (src/pdf/dashes.ts).
  dashed: "table{border-collapse:collapse}td,th{border:1px dashed #000}",
} as const;

/** A Chromium layout's CSS: the body's font size and width, the tables' borders, cell alignment. */
function css({
  size = 14,
  width = "120mm",
  border = "full",
  valign,
  extra = "",
}: {
  size?: number;
  width?: string;
  border?: keyof typeof BORDERS;
  valign?: "middle" | "bottom";
  extra?: string;
}): string {
  const align = valign === undefined ? "" : `td,th{vertical-align:${valign}}`;
  return `body{${FONT}font-size:${size}px;max-width:${width}}${BORDERS[border]}${align}${extra}`;
}

const A4 = { width: "210mm", height: "297mm" } as const;
const LETTER = { width: "8.5in", height: "11in" } as const;
const M60: Margin = { top: "60px", bottom: "60px", left: "40px", right: "40px" };
const M1: Margin = { top: "1cm", bottom: "1cm", left: "1cm", right: "1cm" };
const FOOT =
  '<div style="font-size:12px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>';
const HEAD =
  '<div style="font-size:12px;width:100%;text-align:right;padding-right:40px">2024-01-05 印发 No. 17</div>';
const FOOT2 =
  '<div style="font-size:10px;width:100%;padding:0 1cm;display:flex;justify-content:space-between"><span>2024-01-05</span><span class="pageNumber"></span></div>';
const HEAD2 =
  '<div style="font-size:10px;width:100%;padding:0 1cm;display:flex;justify-content:space-between"><span>2023年度</span><span>共 <span class="totalPages"></span> 页 第 <span class="pageNumber"></span> 页</span></div>';
/** A footer of the page number alone (`- 3 -` with dashes), centred or from a left indent. */
const pageNumber = (place: string, dashes = false) =>
  `<div style="font-size:14px;width:100%;${place}">${dashes ? "- " : ""}<span class="pageNumber"></span>${dashes ? " -" : ""}</div>`;
const CENTRE = "text-align:center;margin:0";
const LEFT60 = "text-align:left;margin:0 0 0 60px";
const LEFT130 = "text-align:left;margin:0 0 0 130px";

/** Where a footer's page number stands: centred, under a table's first or second column. */
const FOOTER_PLACES = { c: CENTRE, l: LEFT60, m: LEFT130 } as const;

/**
 * The second review's page layouts with a page number (`- 3 -` with `dashes`) at each of
 * `places`: the seed report, 595 px wide, every third cell blank, named `${name}-${place}`.
 */
function footerPlaces(
  name: string,
  places: readonly (keyof typeof FOOTER_PLACES)[],
  layout: Pick<ChromiumLayout, "css" | "height"> & { spacer: Span },
  dashes = false,
): Record<string, ChromiumLayout> {
  return Object.fromEntries(
    places.map((place) => [
      `${name}-${place}`,
      chromium({
        base: "seed",
        footer: pageNumber(FOOTER_PLACES[place], dashes),
        width: "595px",
        blankEvery: 3,
        ...layout,
      }),
    ]),
  );
}

/** The va-* layouts' cells: values at the top, labels at the bottom. */
const OFFSET = "td{vertical-align:top}th.zfxxgk-label{vertical-align:bottom}";

/** The marks for none the mk-* layouts print in place of values (src/text/nonemarks.ts). */
const MARKS = ["－", "_", "−", "—", "/", "-", "／", "﹣", "＿", "–", "无"] as const;

/** The spacers of the first review: a page break moved over a few rows. */
const NEAR: Span = { min: 0, max: 139 };
/** A page and more: a page break moved through every row. */
const PAGE: Span = { min: 0, max: 900 };

const chromium = (layout: Omit<ChromiumLayout, "route" | "spacer"> & { spacer?: Span }) =>
  ({ route: "chromium", spacer: NEAR, ...layout }) as ChromiumLayout;
const office = (layout: Omit<OfficeLayout, "route" | "base" | "spacer" | "fillNulls">) =>
  ({
    route: "libreoffice",
    base: ["seed", "2019"],
    fillNulls: true,
    // margin-top in points, up to a page: LibreOffice takes the spacer as a paragraph's margin.
    spacer: { min: 0, max: 1050 },
    ...layout,
  }) as OfficeLayout;

/**
 * The layouts. v01–v32: the first review's Chromium layouts (its mkconf.py; its fixed lists of
 * blank rows are rows drawn here). rv-*: the second review's (short and narrow pages, page
 * numbers placed where a table's columns stand, spacers over a whole page). lo-*: the LibreOffice
 * review's, each file drawing the 2019 or the seed report.
 */
const LAYOUTS: Record<string, Layout> = {
  v01: chromium({
    base: "2019",
    fillNulls: true,
    css: css({}),
    noThead: true,
    blankEvery: 3,
    ...A4,
  }),
  v02: chromium({ base: "2019", fillNulls: true, css: css({}), blankEvery: 2, ...A4 }),
  v03: chromium({ base: "seed", css: css({ border: "none" }), blankEvery: 2, ...A4 }),
  v04: chromium({
    base: "seed",
    css: css({ border: "outer" }),
    noThead: true,
    blankEvery: 3,
    ...A4,
  }),
  v05: chromium({ base: "seed", css: css({ border: "horizontal" }), blankEvery: 3, ...A4 }),
  v06: chromium({
    base: "seed",
    css: css({ border: "separate" }),
    noThead: true,
    blankEvery: 2,
    ...A4,
  }),
  v07: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ size: 18, width: "none" }),
    landscape: true,
    blankEvery: 3,
    ...A4,
  }),
  v08: chromium({
    base: "seed",
    css: css({ size: 20, valign: "middle" }),
    footer: FOOT,
    header: HEAD,
    margin: M60,
    blankEvery: 3,
    ...LETTER,
  }),
  v09: chromium({
    base: "seed",
    css: css({ size: 16, width: "90mm", valign: "bottom" }),
    blankEvery: 2,
    ...A4,
  }),
  v10: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ width: "90mm", border: "none", valign: "middle" }),
    blankEvery: 3,
    ...A4,
  }),
  v11: chromium({
    base: "seed",
    css: css({}),
    blankRows: 5,
    footer: FOOT,
    header: HEAD,
    margin: M60,
    ...A4,
  }),
  v12: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ size: 18, border: "horizontal", valign: "middle" }),
    blankEvery: 2,
    ...A4,
  }),
  v13: chromium({
    base: "seed",
    css: css({ border: "none", valign: "bottom" }),
    footer: FOOT,
    margin: { top: "40px", bottom: "60px", left: "40px", right: "40px" },
    noThead: true,
    blankEvery: 2,
    ...A4,
  }),
  v14: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ border: "separate" }),
    footer: FOOT,
    header: HEAD,
    margin: M60,
    blankEvery: 3,
    ...LETTER,
  }),
  v15: chromium({
    base: "seed",
    css: css({ size: 20, width: "90mm", border: "separate", valign: "middle" }),
    blankEvery: 3,
    ...A4,
  }),
  v16: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ border: "outer" }),
    blankRows: 5,
    ...A4,
  }),
  v17: chromium({ base: "2019", css: css({ size: 16, width: "90mm", valign: "middle" }), ...A4 }),
  v18: chromium({
    base: "seed",
    css: css({ extra: "td,th{height:70px}", valign: "middle" }),
    blankEvery: 2,
    ...A4,
  }),
  v19: chromium({
    base: "seed",
    css: css({ size: 12, width: "90mm", extra: "td,th{text-align:center;padding:0}" }),
    footer: FOOT,
    header: HEAD,
    margin: M60,
    blankEvery: 2,
    ...A4,
  }),
  v20: chromium({
    base: "seed",
    css: css({ size: 18, width: "none", border: "none" }),
    footer: FOOT,
    header: HEAD,
    margin: M60,
    blankEvery: 3,
    width: "11in",
    height: "8.5in",
  }),
  v21: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ size: 20, width: "90mm", border: "none" }),
    blankEvery: 2,
    ...A4,
  }),
  v22: chromium({
    base: "seed",
    css: css({ size: 18, width: "90mm", border: "horizontal", valign: "bottom" }),
    blankRows: 8,
    ...A4,
  }),
  v23: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ border: "outer", valign: "middle", extra: "td,th{height:50px}" }),
    footer: FOOT2,
    margin: M1,
    blankEvery: 3,
    ...A4,
  }),
  v24: chromium({
    base: "seed",
    css: css({ border: "separate", width: "none" }),
    header: HEAD2,
    footer: FOOT2,
    margin: M1,
    blankRows: 8,
    width: "297mm",
    height: "210mm",
  }),
  v25: chromium({
    base: "seed",
    css: css({ size: 16, extra: "td{text-align:right}" }),
    footer: FOOT2,
    header: HEAD2,
    margin: M1,
    blankEvery: 2,
    ...A4,
  }),
  v26: chromium({
    base: "seed",
    css: css({ size: 16, border: "none", extra: "td{text-align:center}" }),
    footer: FOOT2,
    margin: M1,
    blankEvery: 2,
    ...A4,
  }),
  v27: chromium({
    base: "seed",
    css: css({ size: 15, extra: "tr{break-inside:avoid}" }),
    footer: FOOT2,
    header: HEAD2,
    margin: M1,
    blankEvery: 3,
    ...A4,
  }),
  v28: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ size: 16, width: "90mm", border: "horizontal", valign: "bottom" }),
    footer: FOOT2,
    margin: M1,
    blankEvery: 2,
    ...A4,
  }),
  v29: chromium({
    base: "seed",
    css: css({ size: 16, border: "none", valign: "middle" }),
    blankRows: 8,
    footer: FOOT2,
    margin: M1,
    ...A4,
  }),
  v30: chromium({
    base: "2019",
    css: css({ size: 16, border: "none" }),
    blankRows: 8,
    footer: FOOT2,
    margin: M1,
    ...A4,
  }),
  v31: chromium({
    base: "2019",
    fillNulls: true,
    css: css({ width: "90mm", valign: "middle" }),
    blankRows: 8,
    footer: FOOT2,
    header: HEAD2,
    margin: M1,
    ...A4,
  }),
  v32: chromium({
    base: "seed",
    css: css({ size: 20, width: "90mm", valign: "bottom" }),
    footer: FOOT2,
    margin: M1,
    blankEvery: 2,
    ...A4,
  }),
  v33: chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ border: "dashed", width: "90mm", valign: "middle" }),
    blankEvery: 3,
    ...A4,
  }),
  // A column blank in every row of a table: unruled, only its header says it is there.
  "cr-column": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ border: "none" }),
    blankColumns: 1,
    ...A4,
  }),
  // Short pages (595 and 454 px wide): a page break in table 四 beside a row left blank.
  "rv-s595": chromium({
    base: "seed",
    css: css({ width: "none" }),
    footer: pageNumber(CENTRE),
    width: "595px",
    height: { min: 500, max: 1193 },
    blankRows: 1,
    rowsOf: "reviewsAndLitigation",
    spacer: { min: 0, max: 0 },
  }),
  "rv-s454": chromium({
    base: "seed",
    css: css({ width: "none" }),
    footer: pageNumber(CENTRE),
    width: "454px",
    height: { min: 500, max: 1193 },
    blankRows: 1,
    rowsOf: "reviewsAndLitigation",
    spacer: { min: 0, max: 0 },
  }),
  // Page numbers centred, or standing under a table's first or second column.
  ...footerPlaces("rv-h", ["c", "l", "m"], {
    css: css({ width: "none" }),
    height: { min: 400, max: 616 },
    spacer: { min: 0, max: 0 },
  }),
  ...footerPlaces("rv-n", ["c"], { css: css({}), height: "842px", spacer: { min: 0, max: 830 } }),
  ...footerPlaces(
    "rv-n",
    ["l"],
    { css: css({}), height: "842px", spacer: { min: 0, max: 830 } },
    true,
  ),
  ...footerPlaces("rv-w", ["c", "l", "m"], {
    css: css({ width: "none" }),
    height: "842px",
    spacer: { min: 0, max: 595 },
  }),
  "rv-a-c": chromium({
    base: "seed",
    css: css({ size: 16 }),
    footer: pageNumber("text-align:center", true),
    margin: { top: "20mm", bottom: "20mm", left: "20mm", right: "20mm" },
    noThead: true,
    blankEvery: 3,
    spacer: { min: 0, max: 999 },
    ...A4,
  }),
  "rv-a-p": chromium({
    base: "seed",
    css: css({ size: 16 }),
    footer: pageNumber("text-align:center"),
    margin: { top: "20mm", bottom: "20mm", left: "20mm", right: "20mm" },
    noThead: true,
    blankEvery: 3,
    spacer: { min: 0, max: 999 },
    ...A4,
  }),
  "rv-d14-c": chromium({
    base: "seed",
    css: css({}),
    footer: pageNumber("text-align:center", true),
    margin: "none",
    noThead: true,
    blankEvery: 3,
    spacer: PAGE,
    ...A4,
  }),
  "rv-d16-p": chromium({
    base: "seed",
    css: css({ size: 16 }),
    footer: pageNumber("text-align:center"),
    margin: "none",
    noThead: true,
    blankEvery: 3,
    spacer: PAGE,
    ...A4,
  }),
  "rv-e14-40": chromium({
    base: "seed",
    css: css({}),
    footer: pageNumber("text-align:center", true),
    noThead: true,
    blankEvery: 3,
    spacer: PAGE,
    ...A4,
  }),
  "rv-e16-1cm": chromium({
    base: "seed",
    css: css({ size: 16 }),
    footer: pageNumber("text-align:center", true),
    margin: M1,
    noThead: true,
    blankEvery: 3,
    spacer: PAGE,
    ...A4,
  }),
  "rv-g15": chromium({
    base: "seed",
    css: css({ size: 15 }),
    footer: pageNumber("text-align:center"),
    margin: M1,
    noThead: true,
    blankEvery: 3,
    spacer: PAGE,
    ...A4,
  }),
  "rv-k18": chromium({
    base: "seed",
    css: css({ size: 18, width: "none" }),
    footer: pageNumber("text-align:center"),
    margin: M1,
    noThead: true,
    blankEvery: 3,
    spacer: PAGE,
    ...A4,
  }),
  // LibreOffice: unruled (the PDF's columns come from where the text stands) and ruled.
  "lo-a": office({ tablePt: 10.5, blankEvery: [0, 3, 4, 5, 7, 11] }),
  "lo-a-ruled": office({
    ruled: true,
    centred: "attribute",
    tablePt: 10.5,
    blankEvery: [0, 2, 3, 4, 5, 7, 11],
  }),
  "lo-a-centred": office({ centred: "style", tablePt: 10.5, blankEvery: [0, 3, 4, 5, 6, 11, 13] }),
  "lo-b": office({ noThead: true, tablePt: 9, blankEvery: [0, 3, 4, 5, 7, 11] }),
  "lo-b-ruled": office({
    ruled: true,
    cellPadding: 1,
    noThead: true,
    tablePt: 9,
    blankEvery: [0, 2, 3, 4, 5, 7, 11],
  }),
  "lo-b-centred": office({
    centred: "style",
    noThead: true,
    tablePt: 9,
    blankEvery: [0, 3, 4, 5, 6, 11, 13],
  }),
  "lo-c": office({ tablePt: 12, tableWidth: "70%", blankEvery: [0, 3, 4, 5, 7, 11] }),
  "lo-c-ruled": office({
    ruled: true,
    cellPadding: 4,
    centred: "attribute",
    tablePt: 12,
    tableWidth: "70%",
    blankEvery: [0, 2, 3, 4, 5, 7, 11],
  }),
  "lo-c-centred": office({
    centred: "style",
    tablePt: 12,
    tableWidth: "70%",
    blankEvery: [0, 3, 4, 5, 6, 11, 13],
  }),
  "lo-d": office({
    bodyPt: 14,
    noPreamble: true,
    noThead: true,
    tablePt: 10.5,
    tableWidth: "85%",
    blankEvery: [0, 3, 4, 5, 6, 7, 11, 13],
  }),
  "lo-d-ruled": office({
    ruled: true,
    bodyPt: 14,
    noPreamble: true,
    noThead: true,
    tablePt: 10.5,
    tableWidth: "85%",
    blankEvery: [0, 3, 4, 5, 7, 11],
  }),
  "lo-e-ruled": office({
    ruled: true,
    centred: "attribute",
    tablePt: 14,
    tableWidth: "55%",
    blankEvery: [2, 3, 4, 5, 6, 11],
  }),
  "lo-e-centred": office({
    centred: "style",
    noThead: [true, false],
    tablePt: [9, 10.5],
    blankEvery: [3, 4, 5, 6, 8],
  }),
  "lo-f-ruled": office({
    ruled: true,
    noPreamble: true,
    noThead: true,
    tablePt: 8,
    tableWidth: "100%",
    blankEvery: [3, 4, 5, 6, 11],
  }),
  // A column blank in every row of a table: unruled, only its header says it is there.
  "lo-column": office({ noPreamble: true, blankColumns: 1 }),
  // Table 三's spanning rows printed a column short, first value blank (pandoc's HTML → .docx
  // writes label spans so): without ruling lines a blank leaves no trace, and the values stand
  // under the headers of the column before their own. Unruled styles, page breaks through the
  // table with and without the header repeated, other cells blank too; one ruled for contrast.
  "sr-none": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ border: "none" }),
    shortRows: 4,
    ...A4,
  }),
  "sr-none-b3": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ size: 16, border: "none", valign: "middle" }),
    shortRows: 4,
    blankEvery: [3, 5],
    noThead: [true, false],
    spacer: PAGE,
    ...A4,
  }),
  "sr-2019": chromium({
    base: "2019",
    css: css({ width: "90mm", border: "none" }),
    shortRows: 3,
    spacer: PAGE,
    ...A4,
  }),
  "sr-outer": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ border: "outer", extra: "td{text-align:center}" }),
    shortRows: 4,
    ...A4,
  }),
  "sr-horizontal": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ size: 15, border: "horizontal" }),
    shortRows: 4,
    noThead: [true, false],
    spacer: PAGE,
    ...A4,
  }),
  "sr-full": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({}),
    shortRows: 4,
    ...A4,
  }),
  "sr-lo": office({ tablePt: 10.5, shortRows: 4, blankEvery: [0, 4] }),
  // Values printed as marks for none (`--mark M` prints any layout's so). A full-width hyphen
  // (`－`) from the CJK font stands closer to the value before it than cells stand apart, and
  // pdf.js gives the two as one item where one font prints both: `107－`, one text for two cells.
  "mk-fw": chromium({
    base: "seed",
    css: css({ border: "none" }),
    blankEvery: 3,
    mark: "－",
    spacer: PAGE,
    ...A4,
  }),
  "mk-full": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ width: "90mm" }),
    blankEvery: [2, 3],
    mark: MARKS,
    spacer: PAGE,
    ...A4,
  }),
  "mk-none": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ border: "none", extra: "td{text-align:center}" }),
    blankEvery: [2, 3],
    mark: MARKS,
    ...A4,
  }),
  "mk-lo": office({ tablePt: 10.5, blankEvery: [2, 3, 4], mark: MARKS }),
  // Values set at their cells' tops, labels at the bottoms (and the other way round), in cells
  // taller than two lines without lines: each line of values stands as near the label above it
  // (the row above's) as its own, or nearer.
  "va-top": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ border: "none", width: "none", extra: `td,th{height:40px}${OFFSET}` }),
    ...A4,
  }),
  "va-top-b": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({ size: 16, border: "none", width: "none", extra: `td,th{height:48px}${OFFSET}` }),
    blankRows: 2,
    blankEvery: [0, 5],
    noThead: [true, false],
    spacer: PAGE,
    ...A4,
  }),
  "va-bottom": chromium({
    base: ["seed", "2019"],
    fillNulls: true,
    css: css({
      border: "none",
      width: "none",
      extra: "td,th{height:44px}td{vertical-align:bottom}th.zfxxgk-label{vertical-align:top}",
    }),
    blankRows: 1,
    spacer: PAGE,
    ...A4,
  }),
};

// ---------------------------------------------------------------- the files

/** A small generator (mulberry32) seeded by a key's FNV-1a hash: a file's draws are its own. */
function generator(key: string): () => number {
  let state = 2166136261;
  for (const char of key) state = Math.imul(state ^ char.codePointAt(0)!, 16777619);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What one file drew: recorded in its config, with the layout. */
interface Drawn {
  readonly base: Base;
  readonly blankEvery: number;
  readonly blankOffset: number;
  readonly mark?: string;
  readonly noThead: boolean;
  readonly spacer: number;
  readonly height?: string;
  readonly tablePt?: number;
}

/** One file to make and read: its name, layout, what it drew and the cells it must read. */
interface Planned {
  readonly name: string;
  readonly layout: string;
  readonly route: Route;
  readonly expected: Map<string, string>;
}

/**
 * What table 三's 总计s hold: `distinct`, every value distinct (no 总计 is a sum); `rows`, each row's
 * 总计 the sum of its applicant cells; `all`, every identity of the table holding (each row's 总计,
 * （七）总计 the sum of the results, 一 = （七）+ 四 − 二 in each column).
 */
type Totals = "distinct" | "rows" | "all";
const TOTALS: readonly Totals[] = ["distinct", "rows", "all"];

/** Table 三 of a report's JSON with its totals made as `totals` says. */
function withTotals(json: ReturnType<typeof distinctValues>, totals: Totals) {
  if (totals === "distinct") return json;
  const table = (json as unknown as { applications: Record<string, Record<string, unknown>> })
    .applications;
  const { rows, columns } = templateDefinition(json.template as TemplateVersion).applications;
  const number = (value: unknown) => (typeof value === "number" ? value : 0);
  const sumRows = () => {
    for (const row of rows) {
      const cells = table[row.key];
      if (cells === undefined) continue;
      const parts = columns.filter((c) => c.role === "applicant").map((c) => cells[c.key]);
      if (parts.some((part) => typeof part === "number")) {
        const total = columns.find((c) => c.role === "total")!.key;
        cells[total] = parts.reduce((sum: number, part) => sum + number(part), 0);
      }
    }
  };
  if (totals === "all") {
    const key = (role: string) => rows.find((row) => row.role === role)!.key;
    const results = rows.filter((row) => row.role === "result").map((row) => row.key);
    const [received, carried] = rows.filter((row) => row.role === "intake").map((row) => row.key);
    for (const column of columns.filter((c) => c.role === "applicant")) {
      const result = results.reduce((sum, row) => sum + number(table[row]?.[column.key]), 0);
      table[key("resultTotal")]![column.key] = result;
      table[received!]![column.key] =
        result +
        number(table[key("carriedForward")]![column.key]) -
        number(table[carried!]![column.key]);
    }
  }
  sumRows();
  return json;
}

const reports = new Map<string, Report>();
function reportOf(base: Base, fillNulls: boolean, totals: Totals): Report {
  const key = `${base}|${fillNulls}|${totals}`;
  let report = reports.get(key);
  if (report === undefined) {
    const read = fromJSON(withTotals(distinctValues(BASES[base], { fillNulls }), totals));
    if (read.report === undefined) throw new Error(`${key}: distinct values are not a report`);
    report = read.report;
    reports.set(key, report);
  }
  return report;
}

/** A value cell as toHTML writes it: the opening tag with its path, then the printed value. */
const VALUE_CELL = /(<td class="zfxxgk-value"[^>]*data-path="([^"]+)"[^>]*>)([^<]*)</g;
const NUMBER = /^\d[\d.]*$/;
/** A table-三 row's label cell spanning columns: its span and its row's path. */
const SPANNING_LABEL =
  /<th class="zfxxgk-label" scope="row" colspan="(\d+)" data-path="(applications\.[^"]+)">/g;

/** The paths of the value cells printing a number, in print order. */
const printedValues = (html: string) =>
  [...html.matchAll(VALUE_CELL)].filter((cell) => NUMBER.test(cell[3]!.trim())).map((c) => c[2]!);
/**
 * A cell's row and column in the model: its path less the last key (`applications.disclosed`; the
 * printed rows of table 四 hold three of them), and the table with the last key
 * (`applications.commercialEnterprise`).
 */
const rowOf = (path: string) => path.slice(0, path.lastIndexOf("."));
const columnOf = (path: string) => `${path.split(".")[0]}.${path.split(".").at(-1)}`;

const choose = <T>(random: () => number, choice: Choice<T>): T =>
  Array.isArray(choice)
    ? (choice as readonly T[])[Math.floor(random() * choice.length)]!
    : (choice as T);
const between = (random: () => number, span: Span) =>
  span.min + Math.floor(random() * (span.max - span.min + 1));
/** `count` of `items` drawn without repeats. */
function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const left = [...items];
  const drawn: T[] = [];
  while (drawn.length < count && left.length > 0) {
    drawn.push(left.splice(Math.floor(random() * left.length), 1)[0]!);
  }
  return drawn;
}

/** One file's page: the report as toHTML prints it, changed as its layout and draws say. */
function page(
  layout: Layout,
  random: () => number,
  totals: Totals,
  markAll: string | undefined,
): {
  html: string;
  drawn: Drawn;
  blanked: string[];
  shortened: string[];
  expected: Map<string, string>;
} {
  const base = choose(random, layout.base);
  const report = reportOf(base, layout.fillNulls ?? false, totals);
  const blankEvery = choose(random, layout.blankEvery ?? 0);
  const blankOffset = blankEvery > 0 ? Math.floor(random() * blankEvery) : 0;
  const mark = layout.mark === undefined ? markAll : choose(random, layout.mark);
  const noThead = choose(random, layout.noThead ?? false);
  const spacer = between(random, layout.spacer);
  const height =
    layout.route === "chromium" && typeof layout.height !== "string"
      ? `${between(random, layout.height)}px`
      : undefined;
  const tablePt =
    layout.route === "libreoffice" ? choose(random, layout.tablePt ?? 10.5) : undefined;

  let article = toHTML(report);
  const printed = printedValues(article);
  const blank = new Set<string>();
  if (blankEvery > 0) {
    printed.forEach((path, k) => {
      if ((k + 1 + blankOffset) % blankEvery === 0) blank.add(path);
    });
  }
  if (layout.blankRows !== undefined) {
    const rows = [
      ...new Set(
        printed
          .filter((path) => layout.rowsOf === undefined || path.startsWith(`${layout.rowsOf}.`))
          .map(rowOf),
      ),
    ];
    const chosen = new Set(sample(random, rows, layout.blankRows));
    for (const path of printed) if (chosen.has(rowOf(path))) blank.add(path);
  }
  if (layout.blankColumns !== undefined) {
    const columns = [...new Set(printed.map(columnOf))];
    const chosen = new Set(sample(random, columns, layout.blankColumns));
    for (const path of printed) if (chosen.has(columnOf(path))) blank.add(path);
  }
  const shortened: string[] = [];
  if (layout.shortRows !== undefined) {
    const spanning = [...article.matchAll(SPANNING_LABEL)].map((label) => label[2]!);
    for (const row of sample(random, spanning, layout.shortRows)) {
      shortened.push(row);
      blank.add(`${row}.naturalPerson`);
    }
    article = article.replace(SPANNING_LABEL, (label, span: string, row: string) =>
      shortened.includes(row)
        ? label.replace(`colspan="${span}"`, `colspan="${Number(span) - 1}"`)
        : label,
    );
  }
  article = article.replace(VALUE_CELL, (cell, open: string, path: string) =>
    blank.has(path) ? `${open}${mark ?? ""}<` : cell,
  );
  if (noThead) article = article.replace(/<(\/?)thead>/g, "<$1tbody>");

  let html: string;
  if (layout.route === "chromium") {
    article = `<div style="height:${spacer}px"></div>\n${article}`;
    html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${layout.css}</style></head><body>${article}</body></html>`;
  } else {
    if (layout.noPreamble) article = article.replace(/<p class="zfxxgk-preamble">[^<]*<\/p>\n/, "");
    if (layout.ruled) {
      article = article.replace(
        /<table /g,
        `<table border="1" cellspacing="0" cellpadding="${layout.cellPadding ?? 2}" `,
      );
    }
    if (layout.centred === "attribute") article = article.replace(/<td /g, '<td align="center" ');
    if (layout.centred === "style") {
      article = article.replace(/<td /g, '<td style="text-align:center" ');
    }
    // LibreOffice keeps a paragraph's top margin (in points), not an empty div's height.
    const points = (spacer * 0.75).toFixed(1);
    article = `<p style="margin-top:${points}pt;margin-bottom:0;font-size:2pt">&nbsp;</p>\n${article}`;
    const style = [
      `body{font-size:${layout.bodyPt ?? 12}pt}`,
      `table{border-collapse:collapse;width:${layout.tableWidth ?? "100%"}}`,
      `th,td{border:1px solid #000;font-size:${tablePt}pt;padding:2px}`,
    ].join(" ");
    html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${style}</style></head><body>${article}</body></html>`;
  }

  const expected = cellsOf(report);
  const none = mark === undefined ? "null" : JSON.stringify({ mark });
  for (const path of blank) expected.set(path, none);
  const drawn: Drawn = {
    base,
    blankEvery,
    blankOffset,
    ...(mark === undefined ? {} : { mark }),
    noThead,
    spacer,
    ...(height === undefined ? {} : { height }),
    ...(tablePt === undefined ? {} : { tablePt }),
  };
  return { html, drawn, blanked: [...blank], shortened, expected };
}

/** The page.pdf options of a Chromium layout, with the page height a file drew. */
function pdfOptions(layout: ChromiumLayout, drawn: Drawn) {
  const margin =
    layout.margin === "none"
      ? {}
      : { margin: layout.margin ?? { top: "40px", bottom: "40px", left: "40px", right: "40px" } };
  return {
    width: layout.width,
    height: drawn.height ?? (layout.height as string),
    landscape: layout.landscape ?? false,
    printBackground: true,
    ...margin,
    displayHeaderFooter: layout.header !== undefined || layout.footer !== undefined,
    headerTemplate: layout.header ?? "<span></span>",
    footerTemplate: layout.footer ?? "<span></span>",
  };
}

/**
 * LibreOffice's conversion of `files` to `to` in `dir`, in batches, its own profile keeping it
 * apart from any other LibreOffice running. A batch that stops short is run again for the files
 * still missing (soffice sometimes ends early on a busy machine).
 */
function soffice(profile: string, dir: string, to: string, files: readonly string[]): void {
  const extension = to.split(":")[0]!;
  const made = (file: string) => existsSync(file.replace(/\.[^.]+$/, `.${extension}`));
  for (let attempt = 0; attempt < 3; attempt++) {
    const missing = files.filter((file) => !made(file));
    for (let at = 0; at < missing.length; at += 40) {
      try {
        execFileSync(
          "soffice",
          [
            "--headless",
            `-env:UserInstallation=file://${profile}`,
            ...(to.startsWith("docx") ? ["--infilter=HTML (StarWriter)"] : []),
            "--convert-to",
            to,
            "--outdir",
            dir,
            ...missing.slice(at, at + 40),
          ],
          { stdio: "ignore", timeout: 600_000 },
        );
      } catch {
        // Retried below for the files it did not make.
      }
    }
  }
}

// ---------------------------------------------------------------- the run

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? undefined : args[at + 1];
};

if (args.includes("--list")) {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    console.log(`${name.padEnd(14)}${layout.route.padEnd(13)}${JSON.stringify(layout)}`);
  }
  process.exit(0);
}

const started = Date.now();
const show = Number(option("show") ?? "5");
const withText = args.includes("--text");
const reread = option("reread");
const keep = option("keep");
let work: string;
let planned: Planned[] = [];
let notMade = 0;

if (reread !== undefined) {
  work = resolve(reread);
  for (const file of readdirSync(work)
    .filter((f) => f.endsWith(".config.json"))
    .sort()) {
    const config = JSON.parse(readFileSync(join(work, file), "utf8")) as Planned;
    const name = file.slice(0, -".config.json".length);
    const expected = JSON.parse(readFileSync(join(work, `${name}.expected.json`), "utf8"));
    planned.push({ ...config, name, expected: new Map(Object.entries(expected)) });
  }
} else {
  const seed = Number(option("seed") ?? "1");
  const perLayout = Number(option("per-layout") ?? "2");
  const routes = (option("routes") ?? "chromium,libreoffice").split(",") as Route[];
  const totals = (option("totals") ?? "distinct") as Totals;
  const names = option("layouts")?.split(",") ?? Object.keys(LAYOUTS);
  const unknown = [
    ...names.filter((name) => !(name in LAYOUTS)),
    ...routes.filter((route) => !(route in READINGS)),
    ...(TOTALS.includes(totals) ? [] : [`--totals ${totals}`]),
  ];
  if (unknown.length > 0) {
    console.error(`unknown layouts or routes: ${unknown.join(", ")} (--list lists the layouts)`);
    process.exit(2);
  }
  work = keep === undefined ? mkdtempSync(join(tmpdir(), "print-hunt-")) : resolve(keep);
  mkdirSync(work, { recursive: true });

  const pages: (Planned & { html: string; drawn: Drawn })[] = [];
  for (const name of names) {
    const layout = LAYOUTS[name]!;
    if (!routes.includes(layout.route)) continue;
    for (let k = 0; k < perLayout; k++) {
      const file = `${name}-s${seed}-${k}`;
      const { html, drawn, blanked, shortened, expected } = page(
        layout,
        generator(`${seed}:${name}:${k}`),
        totals,
        option("mark"),
      );
      // A file of an earlier run kept in DIR would pass for this one's when a program fails.
      for (const made of ["pdf", "docx"]) rmSync(join(work, `${file}.${made}`), { force: true });
      writeFileSync(join(work, `${file}.html`), html);
      writeFileSync(
        join(work, `${file}.expected.json`),
        JSON.stringify(Object.fromEntries(expected)),
      );
      writeFileSync(
        join(work, `${file}.config.json`),
        JSON.stringify({
          layout: name,
          route: layout.route,
          seed,
          k,
          drawn,
          blanked,
          shortened,
          totals,
          spec: layout,
        }),
      );
      pages.push({ name: file, layout: name, route: layout.route, expected, html, drawn });
    }
  }

  const printing = pages.filter((p) => p.route === "chromium");
  if (printing.length > 0) {
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      for (const p of printing) {
        await tab.setContent(p.html);
        await tab.evaluate("document.fonts.ready");
        const options = pdfOptions(LAYOUTS[p.layout] as ChromiumLayout, p.drawn);
        writeFileSync(join(work, `${p.name}.pdf`), await tab.pdf(options));
      }
    } finally {
      await browser.close();
    }
  }
  const converting = pages.filter((p) => p.route === "libreoffice").map((p) => p.name);
  if (converting.length > 0) {
    const profile = mkdtempSync(join(tmpdir(), "print-hunt-lo-"));
    try {
      soffice(
        profile,
        work,
        "docx:MS Word 2007 XML",
        converting.map((name) => join(work, `${name}.html`)),
      );
      soffice(
        profile,
        work,
        "pdf",
        converting.map((name) => join(work, `${name}.docx`)).filter(existsSync),
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }
  planned = pages.map(({ name, layout, route, expected }) => ({ name, layout, route, expected }));
  console.log(`${planned.length} files made in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// ---------------------------------------------------------------- reading and counting

interface Tally {
  files: number;
  cells: number;
  right: number;
  absent: number;
  blank: number;
  wrong: { path: string; read: string; expected: string; file: string }[];
}
const tallies = new Map<string, Tally>();
const layoutOrder = Object.keys(LAYOUTS);
const ordered = [...planned].sort(
  (a, b) => layoutOrder.indexOf(a.layout) - layoutOrder.indexOf(b.layout),
);

for (const file of ordered) {
  for (const reading of [...READINGS[file.route], ...(withText ? (["txt"] as const) : [])]) {
    const key = `${file.layout} ${reading}`;
    const tally = tallies.get(key) ?? {
      files: 0,
      cells: 0,
      right: 0,
      absent: 0,
      blank: 0,
      wrong: [],
    };
    tallies.set(key, tally);
    const path = join(work, `${file.name}.${reading === "txt" ? "pdf" : reading}`);
    if (!existsSync(path)) {
      console.log(`NOT MADE ${file.name}.${reading}`);
      notMade++;
      continue;
    }
    const bytes = new Uint8Array(readFileSync(path));
    const result: ParseResult =
      reading === "pdf"
        ? await parsePdf(bytes)
        : reading === "txt"
          ? parseText(execFileSync("pdftotext", ["-layout", path, "-"]).toString())
          : await parseDocx(bytes);
    const read = cellsOf(result.report);
    tally.files++;
    tally.cells += file.expected.size;
    for (const [cell, expected] of file.expected) {
      const got = read.get(cell);
      if (got === expected) tally.right++;
      else if (got !== undefined && got !== "null") {
        tally.wrong.push({ path: cell, read: got, expected, file: `${file.name}.${reading}` });
      } else if (expected !== "null") {
        tally.absent++;
        if (got === "null") tally.blank++;
      }
    }
  }
}

const pad = (text: string | number, width: number) => String(text).padStart(width);
console.log(
  `\n${"layout".padEnd(14)}${"reading".padEnd(8)}${pad("files", 6)}${pad("cells", 8)}${pad("right", 8)}${pad("wrong", 7)}${pad("absent", 8)}${pad("blank", 7)}`,
);
const total = { files: 0, cells: 0, right: 0, wrong: 0, absent: 0, blank: 0 };
for (const [key, t] of tallies) {
  const [layout, reading] = key.split(" ");
  console.log(
    `${layout!.padEnd(14)}${reading!.padEnd(8)}${pad(t.files, 6)}${pad(t.cells, 8)}${pad(t.right, 8)}${pad(t.wrong.length, 7)}${pad(t.absent, 8)}${pad(t.blank, 7)}`,
  );
  total.files += t.files;
  total.cells += t.cells;
  total.right += t.right;
  total.wrong += t.wrong.length;
  total.absent += t.absent;
  total.blank += t.blank;
}
console.log(
  `${"all".padEnd(22)}${pad(total.files, 6)}${pad(total.cells, 8)}${pad(total.right, 8)}${pad(total.wrong, 7)}${pad(total.absent, 8)}${pad(total.blank, 7)}`,
);

for (const [key, t] of tallies) {
  if (t.wrong.length === 0) continue;
  const files = new Set(t.wrong.map((w) => w.file)).size;
  const known = LAYOUTS[key.split(" ")[0]!]?.known;
  console.log(`\nWRONG ${key}: ${t.wrong.length} cells in ${files} files`);
  if (known !== undefined) console.log(`  known: ${known}`);
  for (const w of t.wrong.slice(0, show)) {
    console.log(`  ${w.path}  read ${w.read}, expected ${w.expected}  (${w.file})`);
  }
}

if (reread === undefined && keep === undefined) rmSync(work, { recursive: true, force: true });
else console.log(`\nfiles kept in ${work}`);
console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(total.wrong > 0 ? 1 : notMade > 0 ? 2 : 0);
