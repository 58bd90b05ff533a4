/**
 * The parts of the format that both templates share, written once.
 *
 * 国办公开办函〔2021〕30号 kept most of the 2019 format (60号): the six sections, the columns of
 * table 三, every row of table 三 except （六）, the whole of table 四 and the captions of table 二.
 * The version registries (`v2019.ts`, `v2021.ts`) compose these pieces with their own rows and
 * columns, so that each label stands in exactly one place in the source.
 *
 * Labels are verbatim from format-spec.md §5–§6 (full-width punctuation as in the official text).
 *
 * @module
 */
import type {
  ApplicantColumnDefinition,
  ApplicationRowDefinition,
  ColumnDefinition,
  DisclosureRowDefinition,
  HeaderDefinition,
  ReviewColumnDefinition,
  ReviewGroupDefinition,
  SectionDefinition,
} from "./types.js";

const TOTAL = "总计";

/** The six sections, per 条例 art. 50 (format-spec §4); keywords cover the heading variants seen. */
export const sections = [
  {
    key: "overview",
    numeral: "一",
    heading: "一、总体情况",
    keywords: [["总体情况", "总体"]],
    body: "text",
  },
  {
    key: "activeDisclosure",
    numeral: "二",
    heading: "二、主动公开政府信息情况",
    keywords: [["主动公开"]],
    body: "table",
  },
  {
    key: "applications",
    numeral: "三",
    heading: "三、收到和处理政府信息公开申请情况",
    keywords: [["收到", "处理", "办理", "依申请"], ["申请"]],
    body: "table",
  },
  {
    key: "reviewsAndLitigation",
    numeral: "四",
    heading: "四、政府信息公开行政复议、行政诉讼情况",
    keywords: [["复议"], ["诉讼"]],
    body: "table",
  },
  {
    key: "problemsAndImprovements",
    numeral: "五",
    heading: "五、存在的主要问题及改进情况",
    keywords: [["问题"], ["改进", "整改"]],
    body: "text",
  },
  {
    key: "otherMatters",
    numeral: "六",
    heading: "六、其他需要报告的事项",
    keywords: [["其他需要报告", "其他需报告", "其他事项"]],
    body: "text",
  },
] as const satisfies readonly SectionDefinition[];

// ---------------------------------------------------------------- table 二

/** Header of the label column of every table-二 sub-table. */
export const disclosureLabelHeader = "信息内容";

/** Captions of the table-二 sub-tables: the items of art. 20 (format-spec §2.3). */
export const article20 = {
  item1: {
    key: "article20Item1",
    label: "第二十条第（一）项",
    variants: [],
    article: "行政法规、规章和规范性文件",
    // Hubei's 2020 notice adds formal documents other than 规范性文件 (format-spec D5, §13).
    localRows: [{ key: "otherDocuments", label: "其他主动公开文件", variants: [], where: "湖北" }],
  },
  item5: {
    key: "article20Item5",
    label: "第二十条第（五）项",
    variants: [],
    article: "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
  },
  item6: {
    key: "article20Item6",
    label: "第二十条第（六）项",
    variants: [],
    article:
      "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
  },
  item8: {
    key: "article20Item8",
    label: "第二十条第（八）项",
    variants: [],
    article: "行政事业性收费项目及其依据、标准",
  },
  item9: {
    key: "article20Item9",
    label: "第二十条第（九）项",
    variants: [],
    article: "政府集中采购项目的目录、标准及实施情况",
  },
} as const;

const NORMATIVE_DOCUMENTS_2019 = "规范性文件";
const NORMATIVE_DOCUMENTS_2021 = "行政规范性文件";

/** Rows of table 二 shared by both versions, and the two spellings of 规范性文件. */
export const disclosureRows = {
  regulations: { key: "regulations", label: "规章", variants: [] },
  normativeDocuments2019: {
    key: "normativeDocuments",
    label: NORMATIVE_DOCUMENTS_2019,
    variants: [NORMATIVE_DOCUMENTS_2021],
  },
  // Real 2021-template reports still print the 2019 wording (seen in published 2022 reports).
  normativeDocuments2021: {
    key: "normativeDocuments",
    label: NORMATIVE_DOCUMENTS_2021,
    variants: [NORMATIVE_DOCUMENTS_2019],
  },
  licensing: { key: "licensing", label: "行政许可", variants: [] },
  punishment: { key: "punishment", label: "行政处罚", variants: [] },
  coercion: { key: "coercion", label: "行政强制", variants: [] },
  fees: { key: "fees", label: "行政事业性收费", variants: [] },
} as const satisfies Record<string, DisclosureRowDefinition>;

// ---------------------------------------------------------------- table 三

/** The 勾稽 note printed in the top-left cell of table 三 (rule R1). */
export const applicationsNote =
  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

/** The header spanning all seven columns of table 三. */
export const applicantHeader = {
  key: "applicants",
  label: "申请人情况",
  variants: [],
} as const satisfies HeaderDefinition;

/** Spanning headers over applicant columns. */
export const applicantHeaders = [
  { key: "legalPersons", label: "法人或其他组织", variants: [] },
] as const satisfies readonly HeaderDefinition[];

/** The seven columns of table 三, in order; identical in both versions (format-spec §5.2). */
export const applicantColumns = [
  {
    key: "naturalPerson",
    label: "自然人",
    variants: [],
    kind: "count",
    unit: "件",
    role: "applicant",
  },
  {
    key: "commercialEnterprise",
    label: "商业企业",
    variants: [],
    kind: "count",
    unit: "件",
    role: "applicant",
    header: "legalPersons",
  },
  {
    key: "researchInstitution",
    label: "科研机构",
    variants: [],
    kind: "count",
    unit: "件",
    role: "applicant",
    header: "legalPersons",
  },
  {
    key: "socialWelfareOrganization",
    label: "社会公益组织",
    variants: [],
    kind: "count",
    unit: "件",
    role: "applicant",
    header: "legalPersons",
  },
  {
    key: "legalServiceInstitution",
    label: "法律服务机构",
    variants: [],
    kind: "count",
    unit: "件",
    role: "applicant",
    header: "legalPersons",
  },
  {
    key: "otherOrganization",
    label: "其他",
    variants: [],
    kind: "count",
    unit: "件",
    role: "applicant",
    header: "legalPersons",
  },
  { key: "total", label: TOTAL, variants: [], kind: "count", unit: "件", role: "total" },
] as const satisfies readonly ApplicantColumnDefinition[];

/** Rows of table 三 before （六）, the same in both versions; articles per format-spec §2.4. */
export const applicationRowsBeforeOther = [
  {
    key: "newlyReceived",
    label: "一、本年新收政府信息公开申请数量",
    variants: [],
    role: "intake",
  },
  {
    key: "carriedOver",
    label: "二、上年结转政府信息公开申请数量",
    variants: [],
    role: "intake",
  },
  { key: "results", label: "三、本年度办理结果", variants: [], role: "heading" },
  {
    key: "disclosed",
    label: "（一）予以公开",
    variants: [],
    role: "result",
    parent: "results",
    article: "第三十六条第（一）（二）项",
  },
  {
    key: "partiallyDisclosed",
    label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    variants: ["（二）部分公开"],
    role: "result",
    parent: "results",
    article: "第三十七条",
  },
  { key: "withheld", label: "（三）不予公开", variants: [], role: "group", parent: "results" },
  {
    key: "withheldStateSecret",
    label: "1.属于国家秘密",
    variants: [],
    role: "result",
    parent: "withheld",
    article: "第十四条",
  },
  {
    key: "withheldProhibitedByLaw",
    label: "2.其他法律行政法规禁止公开",
    variants: [],
    role: "result",
    parent: "withheld",
    article: "第十四条",
  },
  {
    key: "withheldSecurityStability",
    label: "3.危及“三安全一稳定”",
    variants: [],
    role: "result",
    parent: "withheld",
    article: "第十四条",
  },
  {
    key: "withheldThirdPartyRights",
    label: "4.保护第三方合法权益",
    variants: [],
    role: "result",
    parent: "withheld",
    article: "第十五条、第三十二条",
  },
  {
    key: "withheldInternalAffairs",
    label: "5.属于三类内部事务信息",
    variants: [],
    role: "result",
    parent: "withheld",
    article: "第十六条第一款",
  },
  {
    key: "withheldProcessInformation",
    label: "6.属于四类过程性信息",
    variants: [],
    role: "result",
    parent: "withheld",
    article: "第十六条第二款",
  },
  {
    key: "withheldEnforcementFile",
    label: "7.属于行政执法案卷",
    variants: [],
    role: "result",
    parent: "withheld",
    article: "第十六条第二款",
  },
  {
    key: "withheldAdministrativeQuery",
    label: "8.属于行政查询事项",
    variants: [],
    role: "result",
    parent: "withheld",
    article: "第三十六条第（七）项",
  },
  { key: "unavailable", label: "（四）无法提供", variants: [], role: "group", parent: "results" },
  {
    key: "unavailableNotHeld",
    label: "1.本机关不掌握相关政府信息",
    variants: [],
    role: "result",
    parent: "unavailable",
    article: "第三十六条第（四）（五）项",
  },
  {
    key: "unavailableNeedsCreation",
    label: "2.没有现成信息需要另行制作",
    variants: [],
    role: "result",
    parent: "unavailable",
    article: "第三十八条",
  },
  {
    key: "unavailableStillUnclear",
    label: "3.补正后申请内容仍不明确",
    variants: [],
    role: "result",
    parent: "unavailable",
    article: "第三十条",
  },
  { key: "notProcessed", label: "（五）不予处理", variants: [], role: "group", parent: "results" },
  {
    key: "notProcessedComplaint",
    label: "1.信访举报投诉类申请",
    variants: [],
    role: "result",
    parent: "notProcessed",
    article: "第三十九条第一款",
  },
  {
    key: "notProcessedDuplicate",
    label: "2.重复申请",
    variants: [],
    role: "result",
    parent: "notProcessed",
    article: "第三十六条第（六）项",
  },
  {
    key: "notProcessedPublication",
    label: "3.要求提供公开出版物",
    variants: [],
    role: "result",
    parent: "notProcessed",
    article: "第三十九条第二款",
  },
  {
    key: "notProcessedExcessive",
    label: "4.无正当理由大量反复申请",
    variants: [],
    role: "result",
    parent: "notProcessed",
    article: "第三十五条",
  },
  {
    key: "notProcessedConfirmation",
    label: "5.要求行政机关确认或重新出具已获取信息",
    variants: [],
    role: "result",
    parent: "notProcessed",
  },
] as const satisfies readonly ApplicationRowDefinition[];

/** The label of （六）, a leaf in 2019 and a group of three leaves in 2021. */
export const otherProcessingLabel = "（六）其他处理";

/** Rows of table 三 after （六）, the same in both versions. */
export const applicationRowsAfterOther = [
  { key: "totalHandled", label: "（七）总计", variants: [], role: "resultTotal" },
  {
    key: "carriedForward",
    label: "四、结转下年度继续办理",
    variants: [],
    role: "carriedForward",
  },
] as const satisfies readonly ApplicationRowDefinition[];

// ---------------------------------------------------------------- table 四

/** Spanning headers of table 四. */
export const reviewHeaders = [
  { key: "litigation", label: "行政诉讼", variants: [] },
] as const satisfies readonly HeaderDefinition[];

/** The three groups of table 四 (format-spec §5.3; identical in both versions). */
export const reviewGroups = [
  { key: "administrativeReview", label: "行政复议", variants: [] },
  {
    key: "litigationWithoutReview",
    label: "未经复议直接起诉",
    variants: [],
    header: "litigation",
  },
  { key: "litigationAfterReview", label: "复议后起诉", variants: [], header: "litigation" },
] as const satisfies readonly ReviewGroupDefinition[];

/** The five columns inside every group of table 四. */
export const reviewColumns = [
  { key: "upheld", label: "结果维持", variants: [], kind: "count", unit: "件", role: "outcome" },
  { key: "corrected", label: "结果纠正", variants: [], kind: "count", unit: "件", role: "outcome" },
  {
    key: "otherOutcome",
    label: "其他结果",
    variants: [],
    kind: "count",
    unit: "件",
    role: "outcome",
  },
  { key: "pending", label: "尚未审结", variants: [], kind: "count", unit: "件", role: "outcome" },
  { key: "total", label: TOTAL, variants: [], kind: "count", unit: "件", role: "total" },
] as const satisfies readonly ReviewColumnDefinition[];

/** A count column helper for table 二, so that the kind and unit are not repeated. */
export function countColumn<const K extends string, const L extends string>(
  key: K,
  label: L,
  unit: string,
  variants: readonly string[] = [],
) {
  return { key, label, variants, kind: "count", unit } as const satisfies ColumnDefinition;
}
