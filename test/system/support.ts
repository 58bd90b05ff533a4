/**
 * Shared by the system checks (npm run test:system, never npm test): the reports they publish,
 * the programs they drive (LibreOffice, pdftotext, Chromium through playwright-core), the
 * artifacts folder, and the reading of pdftotext's layout text.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal } from "decimal.js";
import type { Element } from "domhandler";
import * as DomUtils from "domutils";
import fc from "fast-check";
import { parseDocument } from "htmlparser2";
import { type Browser, chromium } from "playwright-core";
import type { Finding, Report, TemplateVersion } from "../../src/index.js";
import { parseText, templates, toJSON, validate } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { shanghai2019Report } from "../fixtures/shanghai-2019-report.js";
import { type ExpectedRow, reportWithHoles } from "../serialize/renderSupport.js";

/** Where the checks leave what they made (PDFs, screenshots): ignored by git, kept by CI. */
export const ARTIFACTS = join(process.cwd(), "artifacts");
mkdirSync(ARTIFACTS, { recursive: true });

/** The 平潭综合实验区 2020 report, as parseText reads it, with every finding on it. */
export function pingtan2020(): { report: Report; findings: Finding[] } {
  const text = readFileSync("test/fixtures/corpus/github-013.txt", "utf8");
  const parsed = parseText(text);
  if (parsed.report === undefined) throw new Error("github-013 did not parse");
  return {
    report: parsed.report,
    findings: [...parsed.findings, ...validate(parsed.report).findings],
  };
}

/** A generated report with an amount that has decimals (the fee or the procurement total). */
function withDecimals(report: Report, amount: string): Report {
  const table = report.activeDisclosure as Record<string, Record<string, unknown>> | undefined;
  if (table === undefined) return report;
  const key = report.template === "2021" ? "fees" : "procurement";
  const field = report.template === "2021" ? "amount" : "totalAmount";
  return {
    ...report,
    activeDisclosure: { ...table, [key]: { ...table[key], [field]: new Decimal(amount) } },
  } as Report;
}

/**
 * A report (the seed report unless given) with every value distinct (`start`, `start + 1`, … in
 * the order toJSON writes them), so that a number read in another cell cannot pass for right.
 * With `fillNulls`, the cells left blank get numbers too: every cell of the tables is printed.
 * With `markEvery: n`, every n-th value (the first, or the `markAt`-th counted from 0, then every
 * n-th after it) is the mark `无` (or `mark`) instead, its number skipped.
 */
export function distinctValues(
  report: Report = seedReport,
  {
    start = 1,
    fillNulls = false,
    markEvery,
    markAt = 0,
    mark = "无",
  }: {
    start?: number;
    fillNulls?: boolean;
    markEvery?: number;
    markAt?: number;
    mark?: string;
  } = {},
): ReturnType<typeof toJSON> {
  const json = structuredClone(toJSON(report)) as Record<string, unknown>;
  let next = start;
  const marked = () => markEvery !== undefined && (next - start) % markEvery === markAt;
  const walk = (node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      const valued = typeof value === "number" || (typeof value === "string" && /^\d/.test(value));
      if (valued && marked()) {
        node[key] = { mark };
        next++;
      } else if (typeof value === "number") node[key] = next++;
      else if (typeof value === "string" && /^\d/.test(value)) node[key] = String(next++);
      else if (value === null && fillNulls) node[key] = next++;
      else if (value !== null && typeof value === "object") walk(value as Record<string, unknown>);
    }
  };
  for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
    walk(json[table] as Record<string, unknown>);
  }
  return json as ReturnType<typeof toJSON>;
}

/**
 * The seed report with its table 三 自然人 values six digits long (123456, 123463, …) and, with
 * `totals`, its 总计 values seven digits long (1000016, 1000023, …): numbers too wide for their
 * cells in the PDF fixtures printed with columns of fixed widths (scripts/pdf-fixtures.ts).
 */
export function spilledValues({
  totals = false,
}: {
  totals?: boolean;
} = {}): ReturnType<typeof toJSON> {
  const json = structuredClone(toJSON(seedReport)) as {
    applications: Record<string, Record<string, unknown>>;
  };
  let row = 0;
  for (const values of Object.values(json.applications)) {
    if (typeof values.naturalPerson === "number") values.naturalPerson = 123456 + 7 * row;
    if (totals && typeof values.total === "number") values.total = 1000016 + 7 * row;
    row++;
  }
  return json as unknown as ReturnType<typeof toJSON>;
}

/** The reports every system check publishes: the two transcribed ones, 平潭 2020, six generated. */
export function publishedReports(): { name: string; report: Report; findings?: Finding[] }[] {
  const generated = (["2019", "2021"] as TemplateVersion[]).flatMap((version, v) =>
    fc.sample(reportWithHoles(version), { numRuns: 3, seed: 1400 + v }).map((report, i) => ({
      name: `generated-${version}-${i + 1}`,
      report: i === 0 ? withDecimals(report, "12.305") : report,
    })),
  );
  const pingtan = pingtan2020();
  return [
    { name: "seed", report: seedReport },
    { name: "shanghai-2019", report: shanghai2019Report },
    { name: "pingtan-2020", report: pingtan.report, findings: pingtan.findings },
    ...generated,
  ];
}

/** Converts files with LibreOffice (its own profile, so that it never meets another's). */
export function soffice(to: string, files: readonly string[], outDir: string): void {
  execFileSync(
    "soffice",
    [
      "--headless",
      "-env:UserInstallation=file:///tmp/lo-publish",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 300_000 },
  );
}

/** The text of a PDF (or of one page) as `pdftotext -layout` lays it out. */
export function pdfText(file: string, page?: number): string {
  const pages = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", ["-layout", ...pages, file, "-"], { encoding: "utf8" });
}

/** The number of pages of a PDF. */
export function pdfPages(file: string): number {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/** Every label the tables of a template print, from the registry. */
export function tableLabels(version: TemplateVersion): string[] {
  const { activeDisclosure, applications, reviewsAndLitigation } = templates[version];
  return [
    activeDisclosure.labelHeader,
    ...activeDisclosure.groups.flatMap((g) => [
      g.label,
      ...g.columns.map((c) => c.label),
      ...g.rows.map((r) => r.label),
    ]),
    applications.note,
    applications.applicantHeader.label,
    ...applications.headers.map((h) => h.label),
    ...applications.columns.map((c) => c.label),
    ...applications.rows.map((r) => r.label),
    ...reviewsAndLitigation.headers.map((h) => h.label),
    ...reviewsAndLitigation.groups.map((g) => g.label),
    ...reviewsAndLitigation.columns.map((c) => c.label),
  ];
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

/**
 * Where a label is printed in layout text, allowing it to wrap inside its cell: it is read as
 * chunks on successive lines (each a run of the label's characters, in order, at most `window`
 * lines apart: a cell spanning rows may go on after a page break, the footer and the repeated
 * header), every chunk but the last at least two characters long. Returns the line of its first
 * chunk, or -1.
 */
export function findLabel(lines: readonly string[], label: string, from = 0, window = 40): number {
  const target = squeeze(label);
  const longest = (line: string, rest: string): number => {
    const text = squeeze(line);
    let best = 0;
    for (let i = 0; i < text.length; i++) {
      let n = 0;
      while (n < rest.length && text[i + n] === rest[n]) n++;
      if (n > best) best = n;
    }
    return best;
  };
  const known = new Map<string, boolean>();
  const follow = (line: number, at: number): boolean => {
    if (at === target.length) return true;
    const key = `${line},${at}`;
    const seen = known.get(key);
    if (seen !== undefined) return seen;
    let found = false;
    for (let next = line + 1; !found && next <= line + window && next < lines.length; next++) {
      const n = longest(lines[next]!, target.slice(at));
      found = (n >= 2 || at + n === target.length) && n > 0 && follow(next, at + n);
    }
    known.set(key, found);
    return found;
  };
  for (let line = from; line < lines.length; line++) {
    const n = longest(lines[line]!, target);
    if ((n >= 2 || n === target.length) && n > 0 && follow(line, n)) return line;
  }
  return -1;
}

const VALUE = /^(-?[\d.]+|[/—?-])$/;

/**
 * The pages (texts) that hold rows of table 三: a line with a row label that ends with three
 * values at least (the list of findings names rows too, in sentences that may end with a number).
 */
export function pagesWithTableThree(pages: readonly string[], version: TemplateVersion): string[] {
  const labels = templates[version].applications.rows
    .filter((r) => r.role !== "heading" && r.role !== "group")
    .map((r) => squeeze(r.label).slice(0, 6));
  return pages.filter((text) =>
    text.split("\n").some((line) => {
      const tokens = line.trim().split(/\s+/);
      return (
        tokens.length > 3 &&
        tokens.slice(-3).every((t) => VALUE.test(t)) &&
        labels.some((label) => squeeze(line).includes(label))
      );
    }),
  );
}

/** The text of every page of a PDF. */
export function pdfPageTexts(file: string): string[] {
  return Array.from({ length: pdfPages(file) }, (_, i) => pdfText(file, i + 1));
}

/** A word of a PDF with its box (points, y downwards), as `pdftotext -bbox-layout` gives it. */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Every word of a PDF with its page and box. */
export function pdfWords(file: string): PdfWord[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", file, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages = DomUtils.getElementsByTagName(
    "page",
    parseDocument(xml, { xmlMode: true }).children,
  );
  return pages.flatMap((page, index) =>
    DomUtils.getElementsByTagName("word", [page as Element]).map((word) => ({
      page: index + 1,
      text: DomUtils.textContent(word),
      xMin: Number(word.attribs["xMin"]),
      xMax: Number(word.attribs["xMax"]),
      yMin: Number(word.attribs["yMin"]),
      yMax: Number(word.attribs["yMax"]),
    })),
  );
}

/** Whether two words sit on one line: their boxes overlap by half the lower one's height. */
function sameLine(a: PdfWord, b: PdfWord): boolean {
  const overlap = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  return a.page === b.page && overlap >= 0.5 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
}

/** A place in a PDF: a page and a height on it. */
export interface PdfPlace {
  readonly page: number;
  readonly y: number;
}

const after = (word: PdfWord, place: PdfPlace) =>
  word.page > place.page || (word.page === place.page && word.yMin > place.y);

/**
 * Where a table row is printed: its label's first word, and on that line to its right exactly its
 * printed values in order (a blank cell prints nothing); for a row without a label (table 四) a
 * line of exactly its values. Only rows after `from` count: the rows come in the registry's order.
 * "On one line" is read from the words' boxes, as a reader sees it: `pdftotext -layout` splits a
 * row whose digits (a Latin fallback face) sit a point or two off the baseline of its Chinese
 * label (a CJK fallback face) on a machine without the official fonts.
 */
export function findRowWords(
  words: readonly PdfWord[],
  row: ExpectedRow,
  from: PdfPlace,
): PdfPlace | undefined {
  const values = row.tokens.filter((t) => t !== "");
  const lineOf = (first: PdfWord) =>
    words.filter((w) => w !== first && sameLine(w, first)).sort((a, b) => a.xMin - b.xMin);
  for (const word of words) {
    if (!after(word, from)) continue;
    if (row.label === undefined) {
      const line = [word, ...lineOf(word)].sort((a, b) => a.xMin - b.xMin);
      if (line[0] === word && line.map((w) => w.text).join(" ") === values.join(" ")) {
        return { page: word.page, y: word.yMin };
      }
      continue;
    }
    if (!squeeze(word.text).startsWith(squeeze(row.label).slice(0, 6))) continue;
    const right = lineOf(word).filter((w) => w.xMin > word.xMax);
    if (right.map((w) => w.text).join(" ") === values.join(" ")) {
      return { page: word.page, y: word.yMin };
    }
  }
  return undefined;
}

/**
 * Debian's Chromium as the system checks drive it (playwright-core cannot download browsers here):
 * no sandbox (CI runs as root), no GPU, nothing fetched in the background.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
