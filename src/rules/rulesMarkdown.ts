/**
 * `docs/rules.md`, generated from the rule catalogue by a pure function, so that the page can never
 * say something the catalogue does not.
 *
 * @module
 */
import { rules } from "../findings/catalogue.js";
import { findingDetail } from "../findings/evidence.js";
import { unreadableReasonsEn } from "../findings/messages/en.js";
import { unreadableReasonsZh } from "../findings/messages/zh.js";
import { unreadableReasons } from "../findings/unreadable.js";

const HEADER = [
  "<!-- Generated from src/findings/catalogue.ts by scripts/rules-doc.ts: do not edit by hand. -->",
  "",
  "# Rules",
  "",
  "`validate(report, options?)` checks every rule below and returns `{ ok, findings }`; `ok` is",
  "false iff an `error` finding exists after the `severity` overrides. Each finding has a `code`, a",
  "`severity`, a `path` into the canonical JSON, a `message` (`locale: 'zh'` by default, or `'en'`),",
  "and for arithmetic rules `expected`, `actual` and `related` (the other cells read). Paths in",
  '`related` that start with `"previous"` point into last year\'s report (`options.previous`).',
  `${Object.keys(findingDetail)
    .map((code) => `\`${code}\``)
    .join(", ")} also carry \`detail\`: text as printed that \`expected\` and`,
  "`actual` do not hold (each section says which).",
  "",
  "Blank cells (`null`), marks (`/`, `-`, `—`, `无`) and absent cells are never summed as zero: they",
  "are unknown counts, and an identity is reported only where its outcome does not depend on them",
  "(every operand known; or a side without unknowns below the known part of the other side). Each",
  "row with blank or marked cells gets one `CELL_BLANK`, listing them in `related`; an absent cell",
  "(unread) is unknown, not blank, and gets none.",
  "",
  "`AGGREGATE_MISMATCH` and the `PARSE_*` codes are reported by the aggregation and the parser, not",
  "by `validate`.",
  "",
];

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** SOURCE_UNREADABLE's reasons (its `actual`) with their words, from the catalogues. */
function reasonTable(): string[] {
  return [
    "",
    "| `actual` | 中文 | English |",
    "|---|---|---|",
    ...unreadableReasons.map(
      (reason) =>
        `| \`${reason}\` | ${cell(unreadableReasonsZh[reason])} | ${cell(unreadableReasonsEn[reason])} |`,
    ),
  ];
}

/**
 * The Markdown of `docs/rules.md`: a summary table, then one section per rule.
 *
 * @example
 * ```ts
 * rulesMarkdown().startsWith("<!-- Generated"); // true
 * ```
 */
export function rulesMarkdown(): string {
  const table = [
    "| code | severity | templates | needs `previous` | rule |",
    "|---|---|---|---|---|",
    ...rules.map(
      (rule) =>
        `| [\`${rule.code}\`](#${rule.code.toLowerCase()}) | ${rule.severity} | ${rule.templates.join(", ")} | ${rule.needsPrevious ? "yes" : "no"} | ${cell(rule.description.en)} |`,
    ),
    "",
  ];
  const sections = rules.flatMap((rule) => [
    `## ${rule.code}`,
    "",
    `- Default severity: \`${rule.severity}\``,
    `- Templates: ${rule.templates.join(", ")}`,
    `- Formula: \`${rule.formula}\``,
    `- 说明: ${rule.description.zh}`,
    `- Description: ${rule.description.en}`,
    ...(rule.notes === undefined ? [] : ["", rule.notes]),
    ...(rule.code === "SOURCE_UNREADABLE" ? reasonTable() : []),
    "",
  ]);
  return [...HEADER, ...table, ...sections].join("\n");
}
