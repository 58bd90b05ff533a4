/**
 * The result of a reader for bytes it could not read: no report, the options' own findings and one
 * `SOURCE_UNREADABLE`, worded in the options' locale and frozen. One module for `parseDocx` and
 * `parsePdf`, so that both read and report the options the same way as every other reader.
 *
 * @module
 */
import { type FindingDraft, isOk, localizeFindings } from "../findings/finding.js";
import type { UnreadableReason } from "../findings/unreadable.js";
import { deepFreeze } from "../model/freeze.js";
import { type OwnOption, type ParseResult, settingsOf } from "./text.js";

/**
 * The `SOURCE_UNREADABLE` draft of a reader: at `[]`, `expected` the format, `actual` the reason.
 * `detail` keeps the reader's own technical words (the zip reader's, pdf.js's) for tests and
 * debugging; messages never show it: they word the reason from the catalogues.
 *
 * @example
 * ```ts
 * unreadableDraft("pdf", "encrypted");
 * // { code: 'SOURCE_UNREADABLE', path: [], expected: 'pdf', actual: 'encrypted' }
 * ```
 */
export function unreadableDraft(
  format: string,
  reason: UnreadableReason,
  detail?: string,
): FindingDraft {
  return {
    code: "SOURCE_UNREADABLE",
    path: [],
    expected: format,
    actual: reason,
    ...(detail !== undefined && { detail }),
  };
}

/**
 * The frozen result for unreadable bytes: `report` undefined, the options checked as `readDocument`
 * checks them (`OPTION_INVALID` for each bad one, `year` and `template` included), then the reader's
 * drafts, worded in the options' locale with their severity overrides; `ok` false unless the
 * overrides made `SOURCE_UNREADABLE` something less than an error.
 *
 * @example
 * ```ts
 * const result = unreadableResult([unreadableDraft("docx", "empty")], { locale: "en" });
 * result.findings[0]?.message; // 'The file could not be read as docx: the file is empty'
 * result.report; // undefined
 * ```
 */
export function unreadableResult(
  drafts: readonly FindingDraft[],
  options: unknown,
  own: readonly OwnOption[] = [],
): ParseResult {
  const settings = settingsOf(options, own);
  const findings = localizeFindings([...settings.drafts, ...drafts], settings.words);
  return deepFreeze({ ok: isOk(findings), report: undefined, findings });
}
