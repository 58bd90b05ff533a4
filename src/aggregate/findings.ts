/**
 * Wording of the findings of consolidation: a finding about one member's own cells is worded with
 * the member's inner path (so the message names the row and column in the registry's labels) and
 * then located under `["members", index, …]`.
 *
 * @module
 */
import type { Locale, RuleCode, Severity } from "../rules/codes.js";
import { type Finding, type FindingDraft, localizeFindings } from "../rules/finding.js";
import type { TemplateVersion } from "../templates/types.js";
import { memberPath } from "./cells.js";

/** A draft, and the member it is about when it is about one member's own cells. */
export interface PendingFinding {
  readonly draft: FindingDraft;
  readonly member?: number;
}

/** Options shared by `aggregate` and `checkAggregate` for wording findings. */
export interface WordingOptions {
  /** Message language; `'zh'` by default. */
  readonly locale?: Locale | undefined;
  /** Severity overrides by code. */
  readonly severity?: Partial<Record<RuleCode, Severity>> | undefined;
}

/** Words pending findings; member findings get their path and `related` prefixed. */
export function word(
  pending: readonly PendingFinding[],
  template: TemplateVersion,
  options: WordingOptions,
): Finding[] {
  const settings = {
    locale: options.locale === "en" ? "en" : "zh",
    template,
    ...(options.severity !== undefined && { severity: options.severity }),
  } as const;
  return pending.map(({ draft, member }) => {
    const [finding] = localizeFindings([draft], settings);
    if (member === undefined) return finding!;
    const prefixed: Finding = {
      ...finding!,
      path: memberPath(member, finding!.path),
      ...(finding!.related !== undefined && {
        related: finding!.related.map((path) => memberPath(member, path)),
      }),
    };
    return prefixed;
  });
}
