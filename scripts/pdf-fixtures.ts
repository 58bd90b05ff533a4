// npx tsx scripts/pdf-fixtures.ts — makes the PDF fixtures of the PDF reader's tests (not run by
// npm test; the PDFs it writes are committed):
//
//   test/fixtures/pdf/seed-chromium.pdf          the seed report printed by Chromium
//   test/fixtures/pdf/seed-libreoffice.pdf       the same page converted by LibreOffice
//   test/fixtures/pdf/shanghai-2019-chromium.pdf the Shanghai 2019 report, the same two ways
//   test/fixtures/pdf/shanghai-2019-libreoffice.pdf
//   test/fixtures/pdf/seed-chromium-borderless.pdf the seed page with no table borders at all
//                                                 (cells left-aligned, columns set apart), for
//                                                 the tables read from text positions
//   test/fixtures/pdf/seed-libreoffice-borderless.pdf the same page converted by LibreOffice
//   test/fixtures/pdf/seed-chromium-separate.pdf the seed page as `<table border="1">` with no CSS
//   test/fixtures/pdf/shanghai-2019-chromium-separate.pdf  border: Chromium's own borders, each
//                                                 cell a box 2 px from the next (borders not
//                                                 collapsed), the table framed around them
//   test/fixtures/pdf/seed-chromium-across.pdf   the same pages ruled across only: each cell's
//   test/fixtures/pdf/shanghai-2019-chromium-across.pdf  top and bottom border, no side border
//   test/fixtures/pdf/seed-chromium-dashed.pdf   the same pages with dashed borders, which
//   test/fixtures/pdf/shanghai-2019-chromium-dashed.pdf  Chromium draws dash by dash
//   test/fixtures/pdf/seed-shanghai-2019-chromium.pdf  a compilation: the two reports on one
//   test/fixtures/pdf/seed-shanghai-2019-libreoffice.pdf  page, printed the same two ways
//   test/fixtures/pdf/seed-distinct-libreoffice-wider.pdf  the seed report, every value distinct,
//                                                 table 三 set wider than the page: LibreOffice
//                                                 lays it past the page's right edge, numbers
//                                                 cut there
//   test/fixtures/pdf/seed-distinct-chromium-letterspaced.pdf  the seed report, every value
//                                                 distinct, its values letter-spaced (2 px)
//   test/fixtures/pdf/seed-distinct-chromium-typedspace.pdf  the same, not letter-spaced, three
//                                                 cells printing `1 1`, `2 5`, `0 0` (a space typed)
//   test/fixtures/pdf/seed-distinct-chromium-unpadded.pdf  the same, cells without padding,
//                                                 values set left and right in turn (two values
//                                                 meet across the line between their cells)
//   test/fixtures/pdf/seed-chromium-spilled.pdf  the seed report, its 自然人 values six digits
//                                                 long, in columns of fixed widths: each printed
//                                                 on past its cell's line
//   test/fixtures/pdf/seed-chromium-spilled-touching.pdf  the same, its values set in DejaVu
//                                                 Serif: each reaches the next cell's `0`
//   test/fixtures/pdf/seed-chromium-spilled-bold.pdf  the spilled page, each table's first
//                                                 column of values bold
//   test/fixtures/pdf/seed-chromium-clipped.pdf  the spilled page, table 三's totals seven digits
//                                                 long: printed on past the page's margin, where
//                                                 Chromium clips them
//   test/fixtures/pdf/seed-chromium-spilled-leftward.pdf  the spilled page, its values set
//                                                 right by flex-end: printed on past their left
//                                                 lines
//   test/fixtures/pdf/seed-distinct-chromium-times.pdf  the seed report, every value distinct,
//                                                 no lines and the browser's own cell spacing,
//                                                 values from 1001, in Liberation Serif (Times's
//                                                 metrics: figures half an em wide)
//   test/fixtures/pdf/seed-distinct-chromium-break-all.pdf  the same in 16 px type, its cells set
//                                                 `word-break: break-all`: wide numbers wrap
//                                                 inside them, half a line off the row's line
//   test/fixtures/pdf/seed-distinct-chromium-struck.pdf  the same, a struck-out `7` before every
//   test/fixtures/pdf/seed-distinct-libreoffice-struck.pdf  fifth value (`<s>`), printed the two
//                                                 ways
//   test/fixtures/pdf/seed-distinct-chromium-sup.pdf  the seed report, every value distinct, with
//   test/fixtures/pdf/seed-distinct-chromium-sub.pdf   footnote references raised (`<sup>`) or
//                                                 lowered (`<sub>`) beside the values
//                                                 (scripts/footnotes.ts)
//   test/fixtures/pdf/seed-distinct-libreoffice-sup.pdf  the raised page converted by LibreOffice
//   test/fixtures/pdf/seed-distinct-chromium-sup-unruled.pdf  the raised page without lines
//   test/fixtures/pdf/seed-distinct-cairo-type3.pdf  the seed report ruled, every value distinct,
//                                                 in Noto Serif CJK (Type 3 fonts in Chromium's
//                                                 print), rewritten by `pdftocairo -pdf`
//   test/fixtures/pdf/seed-marked-chromium-borderless.pdf  the seed report without lines, every
//                                                 value distinct, every fifth the mark 无
//   test/fixtures/pdf/shanghai-2019-distinct-chromium-break.pdf  Shanghai's report, every value
//                                                 distinct, without lines, table 三's last row
//                                                 alone on the next page under its header
//   test/fixtures/pdf/seed-distinct-chromium-narrow-wrapped.pdf  the seed report without lines,
//                                                 every value distinct from 100001, on a page
//                                                 90 mm wide, cells set `word-break: break-all`
//                                                 and 1 px apart: each number wraps over three
//                                                 lines (`10` / `00` / `11`) around its label
//   test/fixtures/pdf/seed-slashed-chromium-tight.pdf  the seed report without lines, every value
//                                                 distinct, every fifth the mark `/`, cells
//                                                 unpadded, row labels set right: a label's last
//                                                 character meets its first value (`规章/`)
//   test/fixtures/pdf/seed-fullwidth-chromium-borderless.pdf  the seed report, every value
//   test/fixtures/pdf/seed-fullwidth-chromium-unpadded.pdf    distinct, every third the mark `－`,
//                                                 without lines (values in DejaVu Serif), and
//                                                 ruled without padding (values set left and right
//                                                 in turn): values against the next cell's mark
//   test/fixtures/pdf/seed-distinct-chromium-short-rows.pdf  the seed report without lines, every
//                                                 value distinct (no 总计 a sum), three rows of
//                                                 table 三 a column short (the label's span one
//                                                 less, as pandoc's HTML → .docx writes it) with
//                                                 their 自然人 printed blank, one a 商业企业 too
//   test/fixtures/pdf/seed-distinct-chromium-short-rows-across.pdf  the same rows in a table
//                                                 ruled across only (each cell's top and bottom
//                                                 border), in 15 px type, 120 mm wide
//   test/fixtures/pdf/seed-totalled-chromium-blank-totals-across.pdf  the seed report ruled
//                                                 across only, every value distinct, each row of
//                                                 table 三 totalled: 一's 总计 printed blank,
//                                                 （一）'s 自然人 and 总计 too, （二） a column
//                                                 short with its 自然人 blank
//   test/fixtures/pdf/shanghai-2019-chromium-short-disclosed.pdf  Shanghai's report without
//                                                 lines, （一）予以公开 a column short with its
//                                                 自然人 blank (其他 and 总计 blank too)
//   test/fixtures/pdf/seed-chromium-vector-seal.pdf  the seed page under a seal drawn as one
//                                                 filled polygon of 140,000 points
//   test/fixtures/pdf/seed-chromium-page-lost.pdf  seed-chromium.pdf with its page tree's last
//                                                 kid pointing at no page (qpdf, fix-qdf): pdf.js
//                                                 cannot read page 5
//   test/fixtures/pdf/encrypted.pdf              a page LibreOffice encrypted (password zfxxgk)
//   test/fixtures/pdf/scanned.pdf                a page that is only an image (no text layer)
//   test/fixtures/pdf/seed-chromium-picture.pdf  the seed page with table 三 pasted as a picture
//   test/fixtures/pdf/seed-libreoffice-picture.pdf  (Chromium's screenshot of that table), printed
//                                                 the two ways
//
// Each report is rendered with toHTML into one page with bordered tables, as a government site
// publishes it; Chromium prints it (playwright-core driving Debian's /usr/bin/chromium, A4, no
// tagged structure, which would double the size) and LibreOffice converts it (imported as a
// Writer document: its Writer/Web import loses the <h1>). Both repeat or cut table 三 across pages,
// which the reader must join again.
//
// The text is set in a box font (scripts/pdf-fixtures/box-font.py): Noto Sans CJK's widths and
// character map, every glyph a box. The layout and the text layer are Noto's; the files stay small
// (Chromium embeds Noto's own outlines as Type 3 fonts, about 800 kB a report). Needs chromium,
// soffice, qpdf (with its fix-qdf), python3 with fontTools (`pip install fonttools`; set PYTHON
// to another interpreter), and DejaVu Serif (Debian's fonts-dejavu-core) and Liberation Serif
// (fonts-liberation) for the values of two files.
//
// `--only a.pdf,b.pdf` writes only the files named (a new fixture without remaking the others).
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { deflateSync } from "node:zlib";
import { fromJSON, type Report, toHTML } from "../src/index.js";
import { seedReport } from "../test/fixtures/seed-report.js";
import { shanghai2019Report } from "../test/fixtures/shanghai-2019-report.js";
import { distinctValues, launchChromium, spilledValues } from "../test/system/support.js";
import { withFootnoteMarks } from "./footnotes.js";
import { BOX_FAMILY, boxFonts, sh } from "./pdf-fixtures/box-fonts.js";

const repo = resolve(import.meta.dirname, "..");
const fixtures = join(repo, "test", "fixtures", "pdf");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-pdf-fixtures-"));
// Every file is made here first, then copied to the fixtures (those named by --only, if given).
const out = join(work, "out");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt < 0 ? undefined : new Set(process.argv[onlyAt + 1]?.split(",") ?? []);
const family = BOX_FAMILY;

const reports: readonly [string, Report][] = [
  ["seed", seedReport],
  ["shanghai-2019", shanghai2019Report],
];

/**
 * The page a site would publish: the report's HTML, its tables bordered (CSS for browsers, the
 * `border` attribute for LibreOffice, which reads no CSS border on a cell), the box font named for
 * both (an @font-face for Chromium, the installed family for LibreOffice).
 */
function page(
  report: Report | readonly [Report, ...Report[]],
  borders: boolean | "attribute" | "across" | "dashed" = true,
): string {
  const all: readonly Report[] = "template" in report ? [report] : report;
  const faces = [
    `@font-face{font-family:${family};src:url(regular.ttf)}`,
    `@font-face{font-family:${family};font-weight:bold;src:url(bold.ttf)}`,
  ].join("");
  const font = `body,h1,h2,p,table,td,th{font-family:${family}}`;
  const lines = "table{border-collapse:collapse}td,th{border:1px solid #000}";
  // Without borders, cells set apart as a word processor sets a table without lines: text to the
  // left, a gap between columns.
  const spaced = "td,th{text-align:left;vertical-align:top;padding:2px 8px}";
  const across =
    "table{border-collapse:collapse}td,th{border-top:1px solid #000;border-bottom:1px solid #000}";
  const dashed = "table{border-collapse:collapse}td,th{border:1px dashed #000}";
  const html = all.map((one) => toHTML(one)).join("\n");
  // What a CMS page without a style sheet prints: the attribute alone, the browser's own borders.
  const [ruling, body] =
    borders === "attribute"
      ? ["", html.replace(/<table /g, '<table border="1" ')]
      : [
          borders === "across" ? across : borders === "dashed" ? dashed : borders ? lines : spaced,
          // toHTML's tables have attributes (`<table class=…>`): a pattern of `<table>` alone
          // matched none once they did, and LibreOffice then printed the tables without lines.
          borders ? html.replace(/<table(?=[ >])/g, '<table border="1" cellspacing="0"') : html,
        ];
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${all[0]!.agency.name}</title><style>${faces}${font}${ruling}</style></head><body>\n${body}</body></html>\n`;
}

/** A small grey PNG with dark stripes: what a scanner gives, without any text. */
function scanImage(): Buffer {
  const width = 160;
  const height = 60;
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x + y) % 12 < 3 ? 40 : 220;
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// One font for every page: the characters of all the pages. The last is a compilation (汇编): the
// two reports one after the other on one page.
const pages = [
  ...reports.map(([name, report]) => [name, page(report)] as const),
  ["seed-shanghai-2019", page([seedReport, shanghai2019Report])] as const,
];
mkdirSync(out, { recursive: true });
// The full-width hyphen of the marked fixtures below is in no report's text.
const fontconfig = boxFonts(work, [
  ...pages.flatMap(([, html]) => [...html.replace(/<[^>]*>/g, "")]),
  "－",
]);

/**
 * LibreOffice's PDF of a page (imported as a Writer document), written to `out` as `name`;
 * `filter` as `--convert-to` takes it (export options after the filter's name).
 */
function libreOfficePdf(file: string, name: string, filter = "pdf"): void {
  sh(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${join(work, "lo-profile")}`,
      "--infilter=HTML (StarWriter)",
      "--convert-to",
      filter,
      "--outdir",
      work,
      file,
    ],
    { FONTCONFIG_FILE: fontconfig },
  );
  copyFileSync(join(work, basename(file).replace(/\.html$/, ".pdf")), join(out, name));
}

const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  // A busy machine loads a page in more than playwright's 30 s.
  tab.setDefaultTimeout(300_000);
  /** Chromium's A4 print of a page (its fonts loaded first), written to `out` as `name`. */
  const print = async (file: string, name: string, sides = "20mm") => {
    await tab.goto(`file://${file}`);
    // The box font loads before the page is printed (a string, so that no DOM type is needed here).
    await tab.evaluate("document.fonts.ready");
    await tab.pdf({
      path: join(out, name),
      format: "A4",
      margin: { top: "20mm", bottom: "20mm", left: sides, right: sides },
      tagged: false,
      outline: false,
    });
  };
  for (const [name, html] of pages) {
    const file = join(work, `${name}.html`);
    writeFileSync(file, html);
    await print(file, `${name}-chromium.pdf`);
    libreOfficePdf(file, `${name}-libreoffice.pdf`);
  }
  const borderless = join(work, "seed-borderless.html");
  writeFileSync(borderless, page(seedReport, false));
  await print(borderless, "seed-chromium-borderless.pdf");
  // The same page converted by LibreOffice: its tables without lines, their label cells' lines
  // (a narrow side column's words among them) set apart in the cell, a label wrapped past the
  // page break.
  libreOfficePdf(borderless, "seed-libreoffice-borderless.pdf");
  // A scan: one image, no text.
  writeFileSync(join(work, "scan.png"), scanImage());
  const scan = join(work, "scan.html");
  writeFileSync(
    scan,
    '<!DOCTYPE html><html><body><img src="scan.png" width="480"></body></html>\n',
  );
  await tab.goto(`file://${scan}`);
  await tab.pdf({ path: join(out, "scanned.pdf"), format: "A4", tagged: false, outline: false });
  // Table 三 as a picture of itself, where the table stood: a table pasted as a screenshot.
  const seedPage = join(work, "seed.html");
  await tab.goto(`file://${seedPage}`);
  await tab.evaluate("document.fonts.ready");
  const third = tab.locator('table[data-table="applications"]');
  await third.screenshot({ path: join(work, "table3.png") });
  const pictured = page(seedReport).replace(
    /<table[^>]*data-table="applications"[\s\S]*?<\/table>/,
    '<p><img src="table3.png" width="560" alt="表三"></p>',
  );
  const picture = join(work, "seed-picture.html");
  writeFileSync(picture, pictured);
  await print(picture, "seed-chromium-picture.pdf");
  libreOfficePdf(picture, "seed-libreoffice-picture.pdf");
  // A seal drawn as one filled SVG polygon of 140,000 points above the report (a vector seal or
  // chart, as office suites export them): more points than an engine takes as a call's arguments
  // (V8 near 120,000). The reader spread them into Math.min and lost the page. The star is traced
  // over and over, so that the file stays small.
  const star = Array.from({ length: 5 }, (_, i) => {
    const angle = (i * 4 * Math.PI) / 5 - Math.PI / 2;
    return `${(60 + 50 * Math.cos(angle)).toFixed(1)},${(60 + 50 * Math.sin(angle)).toFixed(1)}`;
  }).join(" ");
  const points = `${star} `.repeat(28_000).trim();
  const seal = `<svg width="120" height="120" viewBox="0 0 120 120"><polygon fill="#c00" points="${points}"/></svg>`;
  const sealed = join(work, "seed-seal.html");
  writeFileSync(sealed, page(seedReport).replace("<body>", `<body>\n${seal}`));
  await print(sealed, "seed-chromium-vector-seal.pdf");
  // A page lost: the seed's print with its page tree's last kid pointing at no page dictionary,
  // as an edited or damaged file has it. pdf.js cannot find that page (六、 is on it); the other
  // four read. qpdf's QDF form is the file as editable text; fix-qdf mends its offsets after.
  const qdf = join(work, "seed-qdf.pdf");
  sh("qpdf", ["--qdf", "--object-streams=disable", join(out, "seed-chromium.pdf"), qdf]);
  const kids = /(\/Kids \[[^\]]*?)\d+ 0 R(\s*\])/;
  const edited = readFileSync(qdf, "latin1").replace(kids, "$199 0 R$2");
  writeFileSync(qdf, edited, "latin1");
  writeFileSync(qdf, execFileSync("fix-qdf", [qdf]));
  sh("qpdf", [
    "--compress-streams=y",
    "--recompress-flate",
    qdf,
    join(out, "seed-chromium-page-lost.pdf"),
  ]);
  // An encrypted file: LibreOffice's PDF export with a password to open it.
  const secret = join(work, "encrypted.html");
  writeFileSync(
    secret,
    `<!DOCTYPE html><html><body><p style="font-family:${family}">政府信息公开工作年度报告</p></body></html>\n`,
  );
  const encrypt = JSON.stringify({
    EncryptFile: { type: "boolean", value: "true" },
    DocumentOpenPassword: { type: "string", value: "zfxxgk" },
  });
  libreOfficePdf(secret, "encrypted.pdf", `pdf:writer_pdf_Export:${encrypt}`);
  // The same reports' pages with the border attribute alone (Chromium's own separate borders),
  // ruled across only, and ruled with dashes.
  for (const [name, report, borders, suffix] of reports.flatMap(([name, report]) => [
    [name, report, "attribute", "separate"] as const,
    [name, report, "across", "across"] as const,
    [name, report, "dashed", "dashed"] as const,
  ])) {
    const file = join(work, `${name}-${suffix}.html`);
    writeFileSync(file, page(report, borders));
    await print(file, `${name}-chromium-${suffix}.pdf`);
  }
  // Table 三 wider than the page (its width set past the paper's, as a page sized for a wide
  // screen sets it): LibreOffice lays it out past the page's right edge and writes only the glyphs
  // that still touch the page (`101` in the 总计 column written `10`). The seed report with every
  // value distinct, so that a number cut short cannot pass for right.
  const distinct = fromJSON(distinctValues(seedReport)).report!;
  const wider = join(work, "seed-distinct-wider.html");
  writeFileSync(
    wider,
    page(distinct).replace(/<table(?=[^>]*data-table="applications")/, '<table width="745"'),
  );
  libreOfficePdf(wider, "seed-distinct-libreoffice-wider.pdf");
  // The seed report ruled, every value distinct, its values letter-spaced (2 px, a seventh of the
  // type): pdf.js writes a space between two glyphs more than a tenth of the type apart, `1 1`.
  const spaced = join(work, "seed-distinct-letterspaced.html");
  writeFileSync(spaced, page(distinct).replace("</style>", "td{letter-spacing:2px}</style>"));
  await print(spaced, "seed-distinct-chromium-letterspaced.pdf");
  // The same page without letter spacing, three cells printing two numbers with a space typed
  // between them (`1 1`): pdf.js gives the same runs as for letter-spaced `11`.
  const typed = join(work, "seed-distinct-typedspace.html");
  const typedCells: readonly [string, string][] = [
    ["activeDisclosure.licensing.decisions", "1 1"],
    ["applications.disclosed.naturalPerson", "2 5"],
    ["reviewsAndLitigation.administrativeReview.upheld", "0 0"],
  ];
  writeFileSync(
    typed,
    typedCells.reduce(
      (html, [path, text]) =>
        html.replace(new RegExp(`(data-path="${path}">)[^<]*<`), `$1${text}<`),
      page(distinct),
    ),
  );
  await print(typed, "seed-distinct-chromium-typedspace.pdf");
  // The same page with cells set without padding, values aligned left and right in turn: a value
  // set right stands against the next cell's value set left, across the line between them, and
  // pdf.js gives the two as one run (`13` and `14` read `1314`).
  const unpadded = join(work, "seed-distinct-unpadded.html");
  writeFileSync(
    unpadded,
    page(distinct).replace(
      "</style>",
      "td,th{padding:0}td:nth-child(odd){text-align:left}td:nth-child(even){text-align:right}</style>",
    ),
  );
  await print(unpadded, "seed-distinct-chromium-unpadded.pdf");
  // A number too wide for its cell printed on past the line (columns of fixed widths): the seed
  // report, its 自然人 values six digits long (123456, 123463, …), in 22 px type. Its figures stand
  // side by side across the line, where two values set against it stand the line's width apart.
  const fixedWidths =
    "table{table-layout:fixed;width:100%}td,th{font-size:22px;padding:0 1px}td{text-align:center}</style>";
  const spilledPage = join(work, "seed-spilled.html");
  writeFileSync(
    spilledPage,
    page(fromJSON(spilledValues()).report!).replace("</style>", fixedWidths),
  );
  await print(spilledPage, "seed-chromium-spilled.pdf");
  // The same with the values set in DejaVu Serif, whose figures are wider: each number reaches the
  // next cell's centred `0`, and pdf.js gives the two as one run (`1234560`), no line between them.
  const touching = join(work, "seed-spilled-touching.html");
  writeFileSync(
    touching,
    readFileSync(spilledPage, "utf8").replace("</style>", "td{font-family:'DejaVu Serif'}</style>"),
  );
  await print(touching, "seed-chromium-spilled-touching.pdf");
  // The spilled page with each table's first column of values in bold: table 三's pages hold no
  // bold figure standing alone in a cell, only table 二's page does.
  const boldColumn = join(work, "seed-spilled-bold.html");
  writeFileSync(
    boldColumn,
    readFileSync(spilledPage, "utf8").replace(
      "</style>",
      "td.zfxxgk-value:first-of-type{font-weight:bold}</style>",
    ),
  );
  await print(boldColumn, "seed-chromium-spilled-bold.pdf");
  // The spilled page with table 三's totals seven digits long (1000016, 1000023, …): each is
  // printed on past the table's right line into the page's margin, where Chromium clips the page
  // and leaves out the glyphs past the clip (1000016 written 100001).
  const clippedPage = join(work, "seed-clipped.html");
  writeFileSync(
    clippedPage,
    page(fromJSON(spilledValues({ totals: true })).report!).replace("</style>", fixedWidths),
  );
  await print(clippedPage, "seed-chromium-clipped.pdf");
  // The spilled page with each value set right in a box that may not wrap (`display:flex;
  // justify-content:flex-end`): a number too wide for its cell is printed on past its left line,
  // into the cell before.
  const leftward = join(work, "seed-spilled-leftward.html");
  writeFileSync(
    leftward,
    readFileSync(spilledPage, "utf8").replace(
      /(<td[^>]*data-path="[^"]+"[^>]*>)(\d+)</g,
      (_all, open, value) =>
        `${open}<div style="display:flex;justify-content:flex-end;white-space:nowrap">${value}</div><`,
    ),
  );
  await print(leftward, "seed-chromium-spilled-leftward.pdf");
  // The page a CMS prints with no style sheet for its tables: no lines, the browser's own cell
  // spacing (2 px) and padding (1 px), the values four digits long (1001, 1002, …) in Times's
  // metrics (Liberation Serif), whose figures are half an em wide. Two neighbouring values stand
  // a quarter of an em apart, and pdf.js gives them as one run (`1016 1017`).
  const timesPage = join(work, "seed-distinct-times.html");
  writeFileSync(
    timesPage,
    page(fromJSON(distinctValues(seedReport, { start: 1001 })).report!, false).replace(
      "td,th{text-align:left;vertical-align:top;padding:2px 8px}",
      "td.zfxxgk-value{font-family:'Liberation Serif'}",
    ),
  );
  await print(timesPage, "seed-distinct-chromium-times.pdf");
  // The seed report ruled, every value distinct, in Noto Serif CJK (which Chromium embeds as
  // Type 3 fonts), printed by Chromium and rewritten by cairo (`pdftocairo -pdf`): cairo writes
  // Type 3 text with its text matrix flipped and the glyphs flipped back by the font's matrix.
  const type3 = join(work, "seed-distinct-type3.html");
  writeFileSync(
    type3,
    page(distinct)
      .replace(
        "</style>",
        "body,h1,h2,p,table,td,th{font-family:'Noto Serif CJK SC';font-size:18px}</style>",
      )
      // The tables' sections only: each glyph of the prose is a Type 3 glyph of the file.
      .replace(
        /<section[^>]*data-section="(?!activeDisclosure|applications|reviews)[\s\S]*?<\/section>/g,
        "",
      )
      .replace(/<p class="zfxxgk-(?:preamble|meta)[\s\S]*?<\/p>/g, ""),
  );
  await print(type3, "seed-distinct-chromium-type3.pdf");
  sh("pdftocairo", [
    "-pdf",
    join(out, "seed-distinct-chromium-type3.pdf"),
    join(out, "seed-distinct-cairo-type3.pdf"),
  ]);
  // The seed report without lines, every value distinct, every fifth the mark `无`: table 四's
  // one row (`无 187 188 189 190 无 192 …`) is left to the text reader, its first value under
  // the header lines' words and each 无 between two numbers.
  const markedPage = join(work, "seed-marked-borderless.html");
  writeFileSync(
    markedPage,
    page(fromJSON(distinctValues(seedReport, { markEvery: 5 })).report!, false),
  );
  await print(markedPage, "seed-marked-chromium-borderless.pdf");
  // The same page with its cells set `word-break: break-all` in a larger type: a number too wide
  // for its column wraps anywhere (`1016` as `10` over `16`), its two lines centred in the row
  // around the one line of the row's other cells, half a line from it.
  const breakAll = join(work, "seed-distinct-break-all.html");
  writeFileSync(
    breakAll,
    readFileSync(timesPage, "utf8").replace(
      "td.zfxxgk-value{font-family:'Liberation Serif'}",
      "td.zfxxgk-value{font-family:'Liberation Serif'}td,th{font-size:16px;word-break:break-all}table{width:100%}",
    ),
  );
  await print(breakAll, "seed-distinct-chromium-break-all.pdf");
  // Corrections shown: a struck-out digit before every fifth value (`<s>7</s>11`), the line
  // drawn through it, which pdf.js does not give: the digits read as more of the value.
  const struck = join(work, "seed-distinct-struck.html");
  let nth = 0;
  writeFileSync(
    struck,
    page(distinct).replace(/(<td[^>]*data-path="[^"]+"[^>]*>)(\d+)</g, (_all, open, value) =>
      nth++ % 5 === 0 ? `${open}<s>7</s>${value}<` : `${open}${value}<`,
    ),
  );
  await print(struck, "seed-distinct-chromium-struck.pdf");
  libreOfficePdf(struck, "seed-distinct-libreoffice-struck.pdf");
  // Footnote references beside the values, raised and lowered: pdf.js gives each as a run of its
  // own, smaller and off the value's baseline, which read `1` and `1` as `11` or as two values.
  for (const tag of ["sup", "sub"] as const) {
    const marked = join(work, `seed-distinct-${tag}.html`);
    writeFileSync(marked, withFootnoteMarks(page(distinct), tag));
    await print(marked, `seed-distinct-chromium-${tag}.pdf`);
  }
  libreOfficePdf(join(work, "seed-distinct-sup.html"), "seed-distinct-libreoffice-sup.pdf");
  // The raised page without lines: pdf.js gives the values of a row set close as one run
  // (`187 188 189 190 191`), a reference after its last value.
  const unruledMarks = join(work, "seed-distinct-sup-unruled.html");
  writeFileSync(unruledMarks, withFootnoteMarks(page(distinct, false), "sup"));
  await print(unruledMarks, "seed-distinct-chromium-sup-unruled.pdf");
  // Shanghai's table 三 without lines, every value distinct (its blanks kept), its last row
  // pushed onto the next page below the header Chromium prints again there: too few lines for a
  // table of their own, the row is read from the text between the grids. Cells set close (3 px,
  // 14 px type, 10 mm margins), as a page without a style sheet for its tables prints them.
  const broken = join(work, "shanghai-2019-distinct-break.html");
  writeFileSync(
    broken,
    page(fromJSON(distinctValues(shanghai2019Report)).report!, false)
      .replace(
        "</style>",
        "body{font-size:14px}td,th{text-align:revert;vertical-align:revert;padding:3px}</style>",
      )
      .replace(
        /<tr>(?=<th[^>]*data-path="applications\.carriedForward")/,
        '<tr style="break-before:page">',
      ),
  );
  await print(broken, "shanghai-2019-distinct-chromium-break.pdf", "10mm");
  // The seed report without lines on a page 90 mm wide, every value six figures: a column of
  // values fits two figures, so that each number wraps over three lines (`100011` as `10` / `00`
  // / `11`), centred in its row around the label's two lines. The lines of one cell stand a
  // line-height apart, the rows further by their cells' 1 px paddings.
  const wrapped = join(work, "seed-distinct-narrow-wrapped.html");
  writeFileSync(
    wrapped,
    page(fromJSON(distinctValues(seedReport, { start: 100001 })).report!, false).replace(
      "td,th{text-align:left;vertical-align:top;padding:2px 8px}",
      "body{font-size:14px;max-width:90mm}td,th{padding:1px;word-break:break-all}",
    ),
  );
  await print(wrapped, "seed-distinct-chromium-narrow-wrapped.pdf");
  // The seed report without lines, every value distinct, every fifth the mark `/`, its cells
  // unpadded and its row labels set right: each label's last character meets its row's first
  // value, `规章/` as close as `行政许可5` (a wide label in large type, 22 px, prints so).
  const slashed = join(work, "seed-slashed-tight.html");
  writeFileSync(
    slashed,
    page(
      fromJSON(
        JSON.parse(
          JSON.stringify(distinctValues(seedReport, { markEvery: 5 })).replaceAll(
            '{"mark":"无"}',
            '{"mark":"/"}',
          ),
        ),
      ).report!,
      false,
    ).replace(
      "td,th{text-align:left;vertical-align:top;padding:2px 8px}",
      "td,th{text-align:left;vertical-align:top;padding:2px 0}th[scope=row]{text-align:right}",
    ),
  );
  await print(slashed, "seed-slashed-chromium-tight.pdf");
  // The seed report, every value distinct, every third the mark `－` (U+FF0D, from the third on),
  // printed two ways where a value stands against the next cell's mark. Without lines and their
  // paddings, the values in DejaVu Serif (the mark in the box font: two items): `107` and `－`
  // 0.38 em apart, closer than cells stand apart, read as one piece `107－`. Ruled, without
  // padding, values set left and right in turn: pdf.js gives a value and the mark across the line
  // as one item (`2－`, `－13`, `－100 101`).
  const fullwidth = fromJSON(distinctValues(seedReport, { markEvery: 3, markAt: 2, mark: "－" }))
    .report!;
  const fullwidthPlain = join(work, "seed-fullwidth-borderless.html");
  writeFileSync(
    fullwidthPlain,
    page(fullwidth, false).replace(
      "td,th{text-align:left;vertical-align:top;padding:2px 8px}",
      `td{font-family:'DejaVu Serif',${family}}`,
    ),
  );
  await print(fullwidthPlain, "seed-fullwidth-chromium-borderless.pdf");
  const fullwidthUnpadded = join(work, "seed-fullwidth-unpadded.html");
  writeFileSync(
    fullwidthUnpadded,
    page(fullwidth).replace(
      "</style>",
      "td,th{padding:0}td:nth-child(even){text-align:left}td:nth-child(odd){text-align:right}</style>",
    ),
  );
  await print(fullwidthUnpadded, "seed-fullwidth-chromium-unpadded.pdf");
  // The seed report without lines, every value distinct, table 三's rows 一, （二） and 四
  // printed a column short with their 自然人 blank: without lines the blank leaves no trace, each
  // row's values stand under the headers of the column before their own, its 总计 column empty,
  // and no 总计 is its row's sum (so that the row identity cannot tell the two readings apart).
  // （二）'s 商业企业 is blank too: read a column right, two of its cells are blank.
  // The same page ruled across only (each cell's top and bottom border, no side border, no
  // `border` attribute, whose cells' sides Chromium draws), in the narrower column of a site's
  // page: the blank cell's sides are guessed from the row above (rowrules.ts), where the label
  // header's text crosses them, and it joins the label's cell.
  const unruled = "td,th{text-align:left;vertical-align:top;padding:2px 8px}";
  for (const [ruling, name] of [
    [unruled, "short-rows"],
    [
      "body{font-size:15px;max-width:120mm}table{border-collapse:collapse}td,th{border-top:1px solid #000;border-bottom:1px solid #000}",
      "short-rows-across",
    ],
  ] as const) {
    const short = join(work, `seed-distinct-${name}.html`);
    let shortPage = page(fromJSON(distinctValues(seedReport)).report!, false).replace(
      unruled,
      ruling,
    );
    for (const [row, span] of [
      ["newlyReceived", 3],
      ["partiallyDisclosed", 2],
      ["carriedForward", 3],
    ] as const) {
      shortPage = shortPage
        .replace(
          `colspan="${span}" data-path="applications.${row}"`,
          `colspan="${span - 1}" data-path="applications.${row}"`,
        )
        .replace(new RegExp(`(data-path="applications\\.${row}\\.naturalPerson">)\\d+`), "$1");
    }
    shortPage = shortPage.replace(
      /(data-path="applications\.partiallyDisclosed\.commercialEnterprise">)\d+/,
      "$1",
    );
    writeFileSync(short, shortPage);
    await print(short, `seed-distinct-chromium-${name}.pdf`);
  }
  // The seed report ruled across only (as short-rows-across), every value distinct but each row of
  // table 三 totalled (its 总计 the sum of its cells): 一's 总计 printed blank, （一）'s 自然人 and
  // 总计 too (rows whose 其他 is a number and 总计 blank, as a row a column short prints), and
  // （二） printed a column short with its 自然人 blank.
  const totalled = distinctValues(seedReport) as unknown as {
    applications: Record<string, Record<string, unknown>>;
  };
  for (const cells of Object.values(totalled.applications)) {
    const parts = Object.entries(cells).filter(([key]) => key !== "total");
    if (parts.some(([, value]) => typeof value === "number")) {
      cells.total = parts.reduce(
        (sum, [, value]) => sum + (typeof value === "number" ? value : 0),
        0,
      );
    }
  }
  const blankTotals = join(work, "seed-totalled-blank-totals-across.html");
  writeFileSync(
    blankTotals,
    page(fromJSON(totalled).report!, false)
      .replace(
        unruled,
        "body{font-size:15px;max-width:120mm}table{border-collapse:collapse}td,th{border-top:1px solid #000;border-bottom:1px solid #000}",
      )
      .replace(
        'colspan="2" data-path="applications.partiallyDisclosed"',
        'colspan="1" data-path="applications.partiallyDisclosed"',
      )
      .replace(
        /(data-path="applications\.(?:newlyReceived\.total|disclosed\.(?:naturalPerson|total)|partiallyDisclosed\.naturalPerson)">)\d+/g,
        "$1",
      ),
  );
  await print(blankTotals, "seed-totalled-chromium-blank-totals-across.pdf");
  // Shanghai's report without lines, its own values, （一）予以公开 printed a column short with its
  // 自然人 blank: `12 _ _ 1 1 _ _`, 其他 and 总计 blank, so that read a column right the row has no
  // 总计 either; its other rows print `3 _ _ _ _ _ _` and the like, as the report does.
  const shortShanghai = join(work, "shanghai-2019-short-disclosed.html");
  writeFileSync(
    shortShanghai,
    page(shanghai2019Report, false)
      .replace(
        'colspan="2" data-path="applications.disclosed"',
        'colspan="1" data-path="applications.disclosed"',
      )
      .replace(/(data-path="applications\.disclosed\.naturalPerson">)\d+/, "$1"),
  );
  await print(shortShanghai, "shanghai-2019-chromium-short-disclosed.pdf");
  mkdirSync(fixtures, { recursive: true });
  const made = readdirSync(out).filter((name) => only === undefined || only.has(name));
  for (const name of made) copyFileSync(join(out, name), join(fixtures, name));
  console.log(`wrote ${made.length} PDFs to ${fixtures}: ${made.join(", ")}`);
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
