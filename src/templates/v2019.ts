/**
 * Registry of the 2019 template: 《中华人民共和国政府信息公开工作年度报告格式（试行）》,
 * 国办公开办函〔2019〕60号, for the reports of 2019 and 2020 (format-spec §5).
 *
 * @module
 */
import {
  applicantColumns,
  applicantHeader,
  applicantHeaders,
  applicationRowsAfterOther,
  applicationRowsBeforeOther,
  applicationsNote,
  article20,
  countColumn,
  disclosureLabelHeader,
  disclosureRows,
  otherProcessingLabel,
  reviewColumns,
  reviewGroups,
  reviewHeaders,
  sections,
} from "./common.js";
import type { TemplateDefinition } from "./types.js";

// 上一年项目数量 and 本年增/减 head three sub-tables: written once, used thrice.
const previousItems = countColumn("previousItems", "上一年项目数量", "项");
const change = {
  key: "change",
  label: "本年增/减",
  // 本年增/ with the 减 lost (format-spec D2).
  variants: ["本年增/", "本年增减"],
  kind: "signedCount",
  unit: "项",
} as const;
const decisions = countColumn("decisions", "处理决定数量", "件");

/** The 2019 template registry. */
export const v2019 = {
  version: "2019",
  instrument: "国办公开办函〔2019〕60号",
  years: { from: 2019, to: 2020 },
  sections,
  activeDisclosure: {
    labelHeader: disclosureLabelHeader,
    groups: [
      {
        ...article20.item1,
        columns: [
          countColumn("newlyMade", "本年新制作数量", "件"),
          countColumn("newlyPublished", "本年新公开数量", "件"),
          countColumn("totalPublished", "对外公开总数量", "件"),
        ],
        rows: [disclosureRows.regulations, disclosureRows.normativeDocuments2019],
      },
      {
        ...article20.item5,
        columns: [previousItems, change, decisions],
        rows: [
          disclosureRows.licensing,
          { key: "otherServices", label: "其他对外管理服务事项", variants: [] },
        ],
      },
      {
        ...article20.item6,
        columns: [previousItems, change, decisions],
        rows: [disclosureRows.punishment, disclosureRows.coercion],
      },
      {
        ...article20.item8,
        columns: [previousItems, change],
        rows: [disclosureRows.fees],
      },
      {
        ...article20.item9,
        columns: [
          countColumn("projects", "采购项目数量", "项"),
          // The template prints no unit; reports write 元 or 万元 (format-spec §14.3).
          { key: "totalAmount", label: "采购总金额", variants: [], kind: "money", unit: "" },
        ],
        rows: [{ key: "procurement", label: "政府集中采购", variants: [] }],
      },
    ],
  },
  applications: {
    note: applicationsNote,
    applicantHeader,
    headers: applicantHeaders,
    columns: applicantColumns,
    rows: [
      ...applicationRowsBeforeOther,
      {
        key: "otherHandling",
        label: otherProcessingLabel,
        variants: [],
        role: "result",
        parent: "results",
      },
      ...applicationRowsAfterOther,
    ],
  },
  reviewsAndLitigation: { headers: reviewHeaders, groups: reviewGroups, columns: reviewColumns },
} as const satisfies TemplateDefinition;
