/**
 * What `expected` and `actual` mean for each rule code: one descriptor, from which the typed
 * `Finding` union is derived (so that a consumer narrowing on `code` gets the right types) and
 * against which a test checks every finding the test suite produces.
 *
 * @module
 */
import type { RuleCode } from "./codes.js";
import { isUnreadableReason, type UnreadableReason } from "./unreadable.js";

/** The kinds a field may hold: a number, a string, or nothing (the field is left out). */
type Kind = "number" | "string" | "absent";

/** Per code: the kinds `expected` and `actual` may hold, and what they mean. */
export const findingEvidence = {
  CELL_TYPE: { expected: ["string", "number"], actual: ["string"] }, // the domain; the value shown
  CELL_BLANK: { expected: ["number", "string", "absent"], actual: ["string", "absent"] }, // implied value; the mark
  SECTION_MISSING: { expected: ["absent"], actual: ["absent"] },
  TEMPLATE_YEAR: { expected: ["string", "absent"], actual: ["string"] }, // the year's template; the report's
  // What the identity requires (a number, or "≥ n" when blank parts leave only a lower bound);
  // the cell as it stands.
  T3_ROW_TOTAL: { expected: ["number", "string"], actual: ["number"] },
  T3_RESULT_TOTAL: { expected: ["number", "string"], actual: ["number"] },
  // 一 + 二; （七） + 四 — either side "≥ n" when it has a blank operand and is still decided.
  T3_BALANCE: { expected: ["number", "string"], actual: ["number", "string"] },
  // The sum of the group's rows ("≥ n" when blank rows leave a lower bound); the printed subtotal.
  T3_SUBTOTAL: { expected: ["number", "string"], actual: ["number"] },
  T4_GROUP_TOTAL: { expected: ["number", "string"], actual: ["number"] },
  T2_STOCK_BELOW_FLOW: { expected: ["number"], actual: ["number"] }, // 本年新公开; 对外公开总数量
  CARRY_OVER: { expected: ["number"], actual: ["number"] }, // last year's 结转; this year's 上年结转
  STOCK_FLOW: { expected: ["number"], actual: ["number"] },
  ITEM_COUNT_FLOW: { expected: ["number"], actual: ["number"] },
  NARRATIVE_MISMATCH: { expected: ["number"], actual: ["number"] }, // the table's; the text's
  FEE_NOT_REPORTED: { expected: ["absent"], actual: ["number"] }, // the count of fee cases
  REPEATED_TEXT: { expected: ["number"], actual: ["number"] }, // the threshold; the similarity
  PUBLISHED_LATE: { expected: ["string"], actual: ["string"] }, // the deadline; the date, ISO
  AGGREGATE_MISMATCH: {
    expected: ["number", "string", "absent"],
    actual: ["number", "string", "absent"],
  },
  // What the page printed where no value could be read, when it holds a digit (`22*`, a cell's two
  // lines `10 16`), and a value printed under another column's words with them (`本年数量 5`).
  PARSE_CELL_UNREADABLE: { expected: ["absent"], actual: ["string", "absent"] },
  PARSE_TRUNCATED: { expected: ["absent"], actual: ["absent"] },
  // The cells as split (the glued digits as printed: `detail`).
  PARSE_CELLS_RECOVERED: { expected: ["absent"], actual: ["string"] },
  PARSE_YEAR_UNCERTAIN: { expected: ["absent"], actual: ["number", "absent"] }, // the year taken
  // The printed values that the labels and identities leave more than one place for.
  PARSE_CELL_AMBIGUOUS: { expected: ["absent"], actual: ["string"] },
  PARSE_ROWS_BY_ORDER: { expected: ["absent"], actual: ["string"] }, // the values as placed
  PARSE_EXTRA_ROW: { expected: ["absent"], actual: ["string"] }, // the row's printed values
  PARSE_LABEL_MISPRINTED: { expected: ["string"], actual: ["string"] }, // the label; as printed
  PARSE_TABLE_IMAGE: { expected: ["absent"], actual: ["string", "absent"] }, // the picture's name
  // The report's template; the template whose layout is printed (the values not placed: `detail`).
  TEMPLATE_MIXED: { expected: ["string"], actual: ["string"] },
  // The format ("docx", "pdf"); why not, one of `unreadableReasons` (typed so below).
  SOURCE_UNREADABLE: { expected: ["string"], actual: ["string"] },
  // How many pages the file has; the number (from 1) of the page that could not be read.
  SOURCE_PAGE_UNREADABLE: { expected: ["number"], actual: ["number"] },
  // The encoding the text's bytes are in ("utf-8", "gb18030"); how they had been read ("latin1").
  SOURCE_MOJIBAKE: { expected: ["string"], actual: ["string"] },
  // One report; how many the text holds (the second one's title: `detail`).
  SOURCE_MULTIPLE_REPORTS: { expected: ["number"], actual: ["number"] },
  OPTION_INVALID: { expected: ["string"], actual: ["string"] }, // the accepted form; the value shown
} as const satisfies Record<
  RuleCode,
  { readonly expected: readonly Kind[]; readonly actual: readonly Kind[] }
>;

/**
 * The codes whose findings carry `detail`: text as printed that `expected` and `actual` do not
 * hold, so that a program gets it without parsing the message. NARRATIVE_MISMATCH: the clause
 * stating the figure; PARSE_EXTRA_ROW: the row's printed label (its values are `actual`);
 * PARSE_CELLS_RECOVERED: the glued digits as printed (the split is `actual`); TEMPLATE_MIXED: the
 * printed headers and values not placed; SOURCE_MULTIPLE_REPORTS: the second report's first line
 * (its title, 80 characters at most). Other codes' drafts may hold a detail that only steers their
 * message (a cell's state, an empty string, a reader's technical words): it stays out of the
 * finding.
 */
export const findingDetail = {
  NARRATIVE_MISMATCH: true,
  PARSE_CELLS_RECOVERED: true,
  PARSE_EXTRA_ROW: true,
  TEMPLATE_MIXED: true,
  SOURCE_MULTIPLE_REPORTS: true,
} as const satisfies Partial<Record<RuleCode, true>>;

/** A code whose findings may carry `detail` ({@link findingDetail}). */
export type DetailCode = keyof typeof findingDetail;

/**
 * Whether findings of `code` carry their draft's `detail`.
 *
 * @example
 * ```ts
 * carriesDetail("TEMPLATE_MIXED"); // true: the values it could not place
 * carriesDetail("CELL_BLANK"); // false
 * ```
 */
export function carriesDetail(code: RuleCode): code is DetailCode {
  // A rule code never names a property of Object.prototype.
  return code in findingDetail;
}

/** The `detail` field a finding of code `C` has: optional text for {@link DetailCode}s, none else. */
export type DetailOf<C extends RuleCode> = C extends DetailCode
  ? { readonly detail?: string }
  : { readonly detail?: never };

type ValueOf<K> = K extends "number" ? number : K extends "string" ? string : never;

/** The type of a field of a code's evidence: optional when it may be absent. */
type Field<Name extends string, Kinds extends readonly Kind[]> = "absent" extends Kinds[number]
  ? [ValueOf<Kinds[number]>] extends [never]
    ? { readonly [K in Name]?: never }
    : { readonly [K in Name]?: ValueOf<Kinds[number]> }
  : { readonly [K in Name]: ValueOf<Kinds[number]> };

/**
 * The `expected` and `actual` fields a finding of code `C` has. SOURCE_UNREADABLE's `actual` is
 * narrower than a string: one of the closed set of reasons, for a program to switch on.
 */
export type EvidenceOf<C extends RuleCode> = C extends "SOURCE_UNREADABLE"
  ? { readonly expected: string; readonly actual: UnreadableReason }
  : Field<"expected", (typeof findingEvidence)[C]["expected"]> &
      Field<"actual", (typeof findingEvidence)[C]["actual"]>;

/**
 * Whether a finding's `expected` and `actual` are of the kinds its code allows, and whether it
 * carries `detail` only where its code may ({@link findingDetail}).
 *
 * @example
 * ```ts
 * fitsEvidence({ code: "T3_ROW_TOTAL", expected: 3, actual: 2 }); // true
 * fitsEvidence({ code: "T3_ROW_TOTAL", expected: 3, actual: "2" }); // false
 * fitsEvidence({ code: "SOURCE_UNREADABLE", expected: "pdf", actual: "encrypted" }); // true
 * fitsEvidence({ code: "SOURCE_UNREADABLE", expected: "pdf", actual: "locked" }); // false
 * fitsEvidence({ code: "CELL_BLANK", detail: "absent" }); // false
 * ```
 */
export function fitsEvidence(finding: {
  readonly code: RuleCode;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly detail?: unknown;
}): boolean {
  const kinds = findingEvidence[finding.code];
  const kindOf = (value: unknown): string => (value === undefined ? "absent" : typeof value);
  return (
    (kinds.expected as readonly string[]).includes(kindOf(finding.expected)) &&
    (kinds.actual as readonly string[]).includes(kindOf(finding.actual)) &&
    (finding.code !== "SOURCE_UNREADABLE" || isUnreadableReason(finding.actual)) &&
    (finding.detail === undefined ||
      (carriesDetail(finding.code) && typeof finding.detail === "string"))
  );
}
