/**
 * English message catalogue.
 *
 * @module
 */
import type { MessageContext } from "../finding.js";
import { isUnreadableReason, type UnreadableReason } from "../unreadable.js";

/** Why a file could not be read (SOURCE_UNREADABLE's `actual`), and what to do where there is something. */
export const unreadableReasonsEn: Readonly<Record<UnreadableReason, string>> = {
  "not-bytes": "the value given is not the file's bytes (a Uint8Array or an ArrayBuffer)",
  empty: "the file is empty",
  pdf: "it is a PDF",
  zip: "it is a zip archive (a .docx, .xlsx or .ofd file)",
  "old-office": "it is an Office 97–2003 file (.doc, .xls, .wps): save it as .docx or PDF first",
  html: "it is a web page or XML text (HTML, MHT)",
  rtf: "it is an RTF file",
  image: "it is an image, which needs OCR first",
  text: "it is plain text",
  unknown: "its format is not recognised",
  truncated: "the file is cut short (an interrupted download or copy): get the whole file again",
  damaged: "the file is damaged",
  encrypted: "the file is encrypted and needs a password: save a copy without one",
  "too-large":
    "a part of it inflates to more than 32 MiB, far more than a report needs; it was not inflated",
  "unsupported-compression":
    "it is compressed by a method Word does not use: save it again in Word or WPS",
  "no-document": "the zip archive holds no Word document",
  "no-text-layer":
    "its pages have no text layer, or none but a page number or a stamp (a scan): it needs OCR first",
  "no-cmap":
    "its text is in fonts it does not embed, which need pdf.js's CMap files: none were given (parsePdf's cMaps option), or the option gave none; not a scan",
  "garbled-text":
    "its text does not decode to Chinese (its fonts lack their Unicode maps: text copied from it is garbled too): it needs OCR first",
  "no-worker":
    "pdf.js has no worker (the app must set GlobalWorkerOptions.workerSrc); not a fault of the file",
  unexpected: "the reader stopped unexpectedly (a bug): please report it with the file",
};

/** The English sentence of a finding. */
export function messageEn(c: MessageContext): string {
  switch (c.code) {
    case "CELL_TYPE":
      return `${c.where} has the wrong type: expected ${c.expected ?? "a number"}, got "${c.actual ?? c.detail ?? ""}"`;
    case "CELL_BLANK": {
      const state =
        c.detail === "absent"
          ? `${c.where} is missing`
          : c.detail === "mark"
            ? `${c.where} holds the mark "${c.actual ?? ""}"`
            : `${c.where} is blank`;
      const implied = c.expected === undefined ? "" : `; the identities imply ${c.expected ?? "?"}`;
      const row =
        c.detail !== "absent" && (c.relatedCount ?? 0) > 1
          ? ` (${c.relatedCount} cells of this row are blank or hold a mark)`
          : "";
      return `${state}${row}: it is not counted as zero, and the identities that use it are checked only where still decidable${implied}`;
    }
    case "SECTION_MISSING":
      return `${c.where} is missing`;
    case "TEMPLATE_YEAR":
      return c.expected === undefined
        ? `No template applies to ${c.detail ?? "?"} (the 2019 template starts with 2019); the report uses the ${c.actual ?? "?"} template`
        : `A report for ${c.detail ?? "?"} must use the ${c.expected ?? "?"} template, not the ${c.actual ?? "?"} template`;
    case "T3_ROW_TOTAL":
      return `${c.where} should equal the sum of the six applicant columns, ${c.expected ?? "?"}, but is ${c.actual ?? "?"}`;
    case "T3_RESULT_TOTAL":
      return `${c.where} should equal the sum of the result rows, ${c.expected ?? "?"}, but is ${c.actual ?? "?"}`;
    case "T3_BALANCE":
      return `${c.where}: items 一 + 二 (${c.expected ?? "?"}) do not equal items 三 + 四 (${c.actual ?? "?"})`;
    case "T3_SUBTOTAL":
      return `${c.where} prints a subtotal of ${c.actual ?? "?"}, which should equal the sum of the group's rows, ${c.expected ?? "?"}`;
    case "T4_GROUP_TOTAL":
      return `${c.where} should equal the sum of the group's outcomes, ${c.expected ?? "?"}, but is ${c.actual ?? "?"}`;
    case "T2_STOCK_BELOW_FLOW":
      return `${c.where} (${c.actual ?? "?"}) is below this year's newly published count (${c.expected ?? "?"})`;
    case "CARRY_OVER":
      return `${c.where} is ${c.actual ?? "?"}, but last year's report carried forward ${c.expected ?? "?"}`;
    case "STOCK_FLOW":
      return `${c.where} is ${c.actual ?? "?"}; last year's stock plus issued minus repealed gives ${c.expected ?? "?"}`;
    case "ITEM_COUNT_FLOW":
      return `${c.where} is ${c.actual ?? "?"}; last year's report gives ${c.expected ?? "?"}`;
    case "NARRATIVE_MISMATCH":
      return `The overview states "${c.detail ?? ""}" as ${c.actual ?? "?"}, but ${c.where} is ${c.expected ?? "?"}`;
    case "FEE_NOT_REPORTED":
      return `${c.where} counts ${c.actual ?? "?"} applications dropped for unpaid fees, but section 六 says nothing about 信息处理费`;
    case "REPEATED_TEXT":
      return `${c.where} is ${c.actual ?? "?"} similar to last year's, above ${c.expected ?? "?"}`;
    case "PUBLISHED_LATE":
      return `Published on ${c.actual ?? "?"}, after the deadline ${c.expected ?? "?"}`;
    case "AGGREGATE_MISMATCH":
      // detail absent: a cell; detail alone: a missing member; with actual: a refused member.
      if (c.detail === undefined)
        return `${c.where} is ${c.actual ?? "?"}, but the members add up to ${c.expected ?? "?"}`;
      if (c.actual === undefined) return `The member report "${c.detail}" is missing`;
      if (c.expected === undefined)
        return `The member report "${c.detail}" appears twice; it is summed once`;
      return `${c.detail ? `Member report "${c.detail}": ` : ""}${c.where} is ${c.actual ?? "?"}, expected ${c.expected ?? "?"}; not summed`;
    case "PARSE_CELL_UNREADABLE":
      return `Could not read ${c.where}${c.actual !== undefined ? ` (source "${c.actual}")` : ""}`;
    case "PARSE_TRUNCATED":
      return `The text stops inside ${c.where}${c.detail ? `, at "${c.detail}"` : ""}`;
    case "PARSE_YEAR_UNCERTAIN":
      return c.actual === undefined
        ? "The report year could not be found: neither the title, the statistical period nor the overview states it"
        : `Neither the title nor the statistical period settles the year; ${c.actual} was taken from weaker evidence`;
    case "PARSE_CELL_AMBIGUOUS":
      return `${c.where} prints "${c.actual ?? ""}", but the labels and totals leave no single place for it; not placed`;
    case "PARSE_ROWS_BY_ORDER":
      return `${c.where} had lost its row labels; read in the template's row order as ${c.actual ?? "?"}`;
    case "PARSE_EXTRA_ROW":
      return `${c.where} prints a row the template has no cells for, "${c.detail ?? ""}" (${c.actual ?? ""}); its values are in no cell`;
    case "PARSE_LABEL_MISPRINTED":
      return `${c.where} is printed as "${c.actual ?? ""}", one character off; read as that row, the only one its place leaves`;
    case "PARSE_TABLE_IMAGE":
      return `The table of ${c.where} is printed as a picture${c.actual ? ` (${c.actual})` : ""}: its numbers cannot be read without OCR`;
    case "TEMPLATE_MIXED":
      return `${c.where} is printed in the ${c.actual ?? "?"} template's layout; the report uses the ${c.expected ?? "?"} template${c.detail ? `. These have no cell in the ${c.expected ?? "?"} template and were not placed: ${c.detail}` : ""}`;
    case "SOURCE_UNREADABLE":
      // `detail` (the zip reader's or pdf.js's own words) is not shown: the reason is.
      return `The file could not be read as ${c.expected ?? "?"}${isUnreadableReason(c.actual) ? `: ${unreadableReasonsEn[c.actual]}` : ""}`;
    case "SOURCE_PAGE_UNREADABLE":
      return `Page ${c.actual ?? "?"} of ${c.expected ?? "?"} could not be read; what it prints is not in the reading`;
    case "SOURCE_MOJIBAKE":
      return `The text was mojibake: its ${c.expected ?? "?"} bytes had been read as ${c.actual ?? "?"}, one byte a character; it was decoded again as ${c.expected ?? "?"} and read. Decode the file as ${c.expected ?? "?"}`;
    case "SOURCE_MULTIPLE_REPORTS":
      return `The text holds ${c.actual ?? "?"} reports one after another; only the first was read. The next begins at "${c.detail ?? ""}": read each report on its own`;
    case "OPTION_INVALID":
      return `Option "${c.detail ?? ""}" is invalid (${c.actual ?? ""}) and was ignored; expected ${c.expected ?? ""}`;
    case "PARSE_CELLS_RECOVERED":
      return `${c.where} had glued digits "${c.detail ?? ""}"; the table's identities allowed exactly one split: ${c.actual ?? "?"}`;
  }
}
