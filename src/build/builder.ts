/**
 * `reportBuilder`: an immutable builder for apps that count case by case. Every step returns a new
 * frozen builder holding a new frozen `ReportInit`; `build()` hands that to `createReport`, so both
 * ways of building share one derivation and one set of checks.
 *
 * @module
 */
import type {
  ActiveDisclosure,
  ApplicantKey,
  DisclosureFieldKey,
  DisclosureRowKey,
  ReportMeta,
  ReviewGroupKey,
} from "../model/report.js";
import { templateDefinition } from "../templates/registry.js";
import type { ApplicationRowRole, TemplateVersion } from "../templates/types.js";
import { createReport, textSectionKeys } from "./create.js";
import type {
  ApplicationCase,
  BuildOptions,
  BuildResult,
  CellInput,
  ReceivedApplication,
  ReportInit,
  ReviewOutcomeKey,
  TextSectionKey,
} from "./types.js";

/** An immutable report builder of one template version. */
export interface ReportBuilder<T extends TemplateVersion> {
  /** The report so far, as `createReport` input (frozen). */
  readonly init: ReportInit<T>;
  /** Counts one application received this year (一), or carried over from last year (二). */
  receive(application: ReceivedApplication): ReportBuilder<T>;
  /** Counts where one application ended up: a result leaf, or `carriedForward` while pending. */
  countApplication(application: ApplicationCase<T>): ReportBuilder<T>;
  /** Counts one administrative review or suit of a table-四 group by its outcome. */
  countReview(group: ReviewGroupKey, outcome: ReviewOutcomeKey): ReportBuilder<T>;
  /** Sets one field of table 二 (an amount may be a `Decimal`, a decimal string or a number). */
  setDisclosure<R extends DisclosureRowKey<T>, F extends DisclosureFieldKey<T, R>>(
    row: R,
    field: F,
    value: CellInput<ActiveDisclosure<T>[R][F]>,
  ): ReportBuilder<T>;
  /** Sets a text section (`preamble`, `overview`, `problemsAndImprovements`, `otherMatters`). */
  withText(section: TextSectionKey, text: string): ReportBuilder<T>;
  /** Sets the metadata (title, publisher, publishedOn, …). */
  withMeta(meta: ReportMeta): ReportBuilder<T>;
  /** The report and its findings (see `createReport`). */
  build(options?: BuildOptions): BuildResult<T>;
}

type Counts = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

function rowWithRole(version: TemplateVersion, key: string, roles: readonly ApplicationRowRole[]) {
  const row = templateDefinition(version).applications.rows.find((r) => r.key === key);
  if (row === undefined || !roles.includes(row.role)) {
    throw new TypeError(`reportBuilder: ${String(key)} is not a row of role ${roles.join("/")}`);
  }
  return row.key;
}

function checkedKey(kind: string, key: unknown, keys: readonly { key: string }[]): string {
  if (!keys.some((k) => k.key === key)) {
    throw new TypeError(`reportBuilder: ${String(key)} is not a ${kind}`);
  }
  return key as string;
}

function bump(counts: Counts | undefined, row: string, column: string): Counts {
  const cells = counts?.[row] ?? {};
  const current = cells[column];
  return {
    ...counts,
    [row]: { ...cells, [column]: (typeof current === "number" ? current : 0) + 1 },
  };
}

function builderOf<T extends TemplateVersion>(init: ReportInit<T>): ReportBuilder<T> {
  const frozen = Object.freeze(init);
  const version: TemplateVersion = frozen.template;
  const definition = templateDefinition(version);
  const intake = definition.applications.rows.filter((row) => row.role === "intake");
  const applicantOf = (applicant: ApplicantKey) =>
    checkedKey(
      "applicant column",
      applicant,
      definition.applications.columns.filter((c) => c.role === "applicant"),
    );
  const next = (patch: Partial<Record<keyof ReportInit<T>, unknown>>) =>
    builderOf<T>({ ...frozen, ...patch } as ReportInit<T>);
  const applications = () => frozen.applications as Counts | undefined;
  return Object.freeze({
    init: frozen,
    receive({ applicant, carriedOver = false }: ReceivedApplication) {
      // 一 then 二 in registry order: received this year, carried over from last year.
      const row = intake[carriedOver ? 1 : 0]!.key;
      return next({ applications: bump(applications(), row, applicantOf(applicant)) });
    },
    countApplication({ applicant, outcome }: ApplicationCase<T>) {
      const row = rowWithRole(version, outcome, ["result", "carriedForward"]);
      return next({ applications: bump(applications(), row, applicantOf(applicant)) });
    },
    countReview(group: ReviewGroupKey, outcome: ReviewOutcomeKey) {
      const { groups, columns } = definition.reviewsAndLitigation;
      const groupKey = checkedKey("table-四 group", group, groups);
      const outcomes = columns.filter((c) => c.role === "outcome");
      const column = checkedKey("table-四 outcome", outcome, outcomes);
      const reviews = frozen.reviewsAndLitigation as Counts | undefined;
      return next({ reviewsAndLitigation: bump(reviews, groupKey, column) });
    },
    setDisclosure(row: string, field: string, value: unknown) {
      const table = (frozen.activeDisclosure ?? {}) as Counts;
      return next({ activeDisclosure: { ...table, [row]: { ...table[row], [field]: value } } });
    },
    withText(section: TextSectionKey, text: string) {
      checkedKey(
        "text section",
        section,
        textSectionKeys(version).map((key) => ({ key })),
      );
      return next({ [section]: text });
    },
    withMeta(meta: ReportMeta) {
      return next({ meta: { ...meta } });
    },
    build(options?: BuildOptions) {
      return createReport<T>(frozen, options);
    },
  }) as ReportBuilder<T>;
}

/**
 * Starts an immutable builder: count applications, reviews and table-二 figures one at a time, then
 * `build()`. Every step returns a new frozen builder, so a builder can be shared, kept as a
 * snapshot, or branched; assigning to one throws in strict mode.
 *
 * For a consistent table 三, count every application twice: once when it comes in (`receive`:
 * 一, or 二 with `carriedOver`) and once where it stands at year end (`countApplication`: a result
 * leaf, or `carriedForward`). `build()` reports `T3_BALANCE` for every column where the two counts
 * differ.
 *
 * @param init - Template, year and agency, and optionally anything `createReport` takes.
 * @returns A frozen builder.
 * @throws TypeError from a step given a key that is not of the kind it needs (a 总计 row as an
 *   outcome, an unknown applicant or group), which TypeScript already rules out.
 * @example
 * ```ts
 * const { report, findings } = reportBuilder({ template: "2021", year: 2023, agency: "某县司法局" })
 *   .receive({ applicant: "naturalPerson" })
 *   .countApplication({ applicant: "naturalPerson", outcome: "disclosed" })
 *   .receive({ applicant: "commercialEnterprise", carriedOver: true })
 *   .countApplication({ applicant: "commercialEnterprise", outcome: "carriedForward" })
 *   .countReview("administrativeReview", "upheld")
 *   .setDisclosure("fees", "amount", "0.35")
 *   .build();
 * report.applications?.totalHandled.total; // 1
 * report.reviewsAndLitigation?.administrativeReview.total; // 1
 * findings; // []
 * ```
 */
export function reportBuilder<const T extends TemplateVersion>(
  init: ReportInit<T>,
): ReportBuilder<T> {
  return builderOf<T>({ ...init });
}
