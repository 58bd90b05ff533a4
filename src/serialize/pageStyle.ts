/**
 * The stylesheet of the standalone page (`toHTML(report, { standalone: true })`): the official
 * bordered tables, the document's faces (see typography.ts), and print on A4 with the margins of
 * GB/T 9704 and the column headers repeated on each page. It targets only the fragment's class
 * names and data attributes, so a CMS may use it as it is. No external resource: no web font, no
 * image, no import.
 *
 * @module
 */
import { type TypeFace, typography } from "./typography.js";

const quote = (name: string) => (/^[A-Za-z-]+$/.test(name) ? name : `"${name}"`);

/** A CSS font shorthand's family list for a face. */
function family(face: TypeFace): string {
  return [...face.fonts.map(quote), face.generic].join(", ");
}

/** The stylesheet, one rule a line. */
export const PAGE_STYLE = [
  `.zfxxgk-report { max-width: 46em; margin: 0 auto; padding: 1.5em 1em; color: #000; background: #fff; font-family: ${family(typography.body)}; font-size: ${typography.body.size}pt; line-height: 1.8; }`,
  `.zfxxgk-title { font-family: ${family(typography.title)}; font-size: ${typography.title.size}pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 0.5em; }`,
  ".zfxxgk-meta { text-align: center; text-indent: 0; margin: 0; }",
  // A long address may break anywhere, or a justified line would spread its characters apart.
  ".zfxxgk-report p { text-indent: 2em; margin: 0; text-align: justify; overflow-wrap: anywhere; }",
  ".zfxxgk-report p.zfxxgk-meta { text-indent: 0; text-align: center; }",
  `.zfxxgk-section > h2 { font-family: ${family(typography.heading)}; font-size: ${typography.heading.size}pt; font-weight: normal; text-indent: 2em; margin: 0.6em 0 0.2em; }`,
  // Collapsed single borders; the table as wide as the text, the labels taking what the numbers
  // leave (a number never wraps, a label wraps between characters as Chinese text does).
  `.zfxxgk-table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-family: ${family(typography.table)}; font-size: ${typography.table.size}pt; line-height: 1.4; }`,
  `.zfxxgk-table[data-table="applications"], .zfxxgk-table[data-table="reviewsAndLitigation"] { font-size: ${typography.wideTable.size}pt; }`,
  ".zfxxgk-table th, .zfxxgk-table td { border: 1px solid #000; padding: 0.2em 0.3em; }",
  ".zfxxgk-table th { font-weight: normal; text-align: center; vertical-align: middle; }",
  ".zfxxgk-table th.zfxxgk-label { text-align: left; }",
  ".zfxxgk-table th.zfxxgk-caption { font-weight: bold; text-align: left; }",
  // 三、本年度办理结果 and the groups under it: narrow columns, as wide as their numbering (三、,
  // （三）), as in the official table.
  ".zfxxgk-table th.zfxxgk-heading { width: 2em; }",
  ".zfxxgk-table th.zfxxgk-group { width: 3em; }",
  ".zfxxgk-table td { text-align: center; vertical-align: middle; white-space: nowrap; min-width: 2.2em; }",
  ".zfxxgk-table th.zfxxgk-header { min-width: 2.2em; }",
  // A column header breaks into balanced lines (商业/企业, 结果/维持), never leaving one character
  // alone (自然/人, 社会公益组/织); the value columns of 三 and 四 are three characters wide.
  ".zfxxgk-table th.zfxxgk-header { text-wrap: balance; }",
  '.zfxxgk-table[data-table="applications"] th.zfxxgk-header[scope="col"], .zfxxgk-table[data-table="reviewsAndLitigation"] th.zfxxgk-header[scope="col"] { width: 3em; }',
  // What findings name: a value cell is filled and framed, a row label or a section gets a bar
  // on its left; amber for warnings, red for errors, blue for information.
  ".zfxxgk-report td[data-findings] { background: #fff1cc; box-shadow: inset 0 0 0 2px #d08700; }",
  '.zfxxgk-report td[data-severity="error"] { background: #ffe0dc; box-shadow: inset 0 0 0 2px #c62828; }',
  '.zfxxgk-report td[data-severity="info"] { background: #e3f0ff; box-shadow: inset 0 0 0 2px #1565c0; }',
  ".zfxxgk-report th[data-findings], .zfxxgk-report section[data-findings] { box-shadow: inset 4px 0 0 #d08700; }",
  '.zfxxgk-report th[data-severity="error"], .zfxxgk-report section[data-severity="error"] { box-shadow: inset 4px 0 0 #c62828; }',
  '.zfxxgk-report th[data-severity="info"], .zfxxgk-report section[data-severity="info"] { box-shadow: inset 4px 0 0 #1565c0; }',
  ".zfxxgk-report section[data-findings] { padding-left: 0.5em; }",
  `.zfxxgk-findings { max-width: 46em; margin: 1em auto; padding: 0 1em; font-family: ${family(typography.body)}; font-size: 12pt; line-height: 1.6; }`,
  `.zfxxgk-findings h2 { font-family: ${family(typography.heading)}; font-size: 14pt; font-weight: normal; }`,
  '.zfxxgk-findings li[data-severity="error"] { color: #b71c1c; }',
  // Print: A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm);
  // the column headers of a table repeat on each page; a row or a sub-table of 二 never splits.
  "@page { size: A4; margin: 37mm 26mm 35mm 28mm; }",
  '@media print { .zfxxgk-report, .zfxxgk-findings { max-width: none; padding: 0; } thead { display: table-header-group; } tr, .zfxxgk-table[data-table="activeDisclosure"] tbody { break-inside: avoid; } .zfxxgk-section > h2 { break-after: avoid; } .zfxxgk-report [data-findings] { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }',
].join("\n");
