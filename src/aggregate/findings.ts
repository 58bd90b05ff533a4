/**
 * Wording of the findings of consolidation: a finding about one member's own cells is worded with
 * the member's inner path (so the message names the row and column in the registry's labels) and
 * then located under `["members", index, …]`.
 *
 * @module
 */
import type { Locale } from "../findings/codes.js";
import { type Finding, type FindingDraft, localizeFindings } from "../findings/finding.js";
import type { SeverityOverrides } from "../findings/options.js";
import type { TemplateVersion } from "../templates/types.js";
import { memberPath } from "./cells.js";

/** A draft, and the member it is about when it is about one member's own cells. */
export interface PendingFinding {
  readonly draft: FindingDraft;
  readonly member?: number;
}

/** How findings are worded: the locale and severities read by the options reader. */
export interface Wording {
  readonly locale: Locale;
  readonly severity: Readonly<SeverityOverrides>;
}

/**
 * Words pending findings; member findings get their path and `related` prefixed. Options drafts
 * (`OPTION_INVALID`) come first; a code switched `'off'` gives no finding.
 */
export function word(
  pending: readonly PendingFinding[],
  template: TemplateVersion,
  wording: Wording,
  optionDrafts: readonly FindingDraft[] = [],
): Finding[] {
  const settings = { ...wording, template };
  const findings = localizeFindings(optionDrafts, settings);
  for (const { draft, member } of pending) {
    for (const finding of localizeFindings([draft], settings)) {
      findings.push(
        member === undefined
          ? finding
          : {
              ...finding,
              path: memberPath(member, finding.path),
              ...(finding.related !== undefined && {
                related: finding.related.map((path) => memberPath(member, path)),
              }),
            },
      );
    }
  }
  return findings;
}
