/**
 * Registry of the 2021 template: 《中华人民共和国政府信息公开工作年度报告格式》,
 * 国办公开办函〔2021〕30号, for the reports of 2021 onward (format-spec §6).
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

const decisions = countColumn("decisions", "本年处理决定数量", "件");

/** The 2021 template registry. */
export const v2021 = {
  version: "2021",
  instrument: "国办公开办函〔2021〕30号",
  years: { from: 2021, to: null },
  sections,
  activeDisclosure: {
    labelHeader: disclosureLabelHeader,
    groups: [
      {
        ...article20.item1,
        columns: [
          countColumn("issued", "本年制发件数", "件"),
          countColumn("repealed", "本年废止件数", "件"),
          // 现行有效件 with the 数 lost (seen in published reports).
          countColumn("inForce", "现行有效件数", "件", ["现行有效件"]),
        ],
        rows: [disclosureRows.regulations, disclosureRows.normativeDocuments2021],
      },
      {
        ...article20.item5,
        columns: [decisions],
        rows: [disclosureRows.licensing],
      },
      {
        ...article20.item6,
        columns: [decisions],
        rows: [disclosureRows.punishment, disclosureRows.coercion],
      },
      {
        ...article20.item8,
        columns: [
          {
            key: "amount",
            label: "本年收费金额（单位：万元）",
            // Parentheses lost or the unit dropped (format-spec D2).
            variants: ["本年收费金额单位：万元", "本年收费金额"],
            kind: "money",
            unit: "万元",
          },
        ],
        rows: [disclosureRows.fees],
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
        key: "otherProcessing",
        label: otherProcessingLabel,
        variants: [],
        role: "group",
        parent: "results",
      },
      {
        key: "otherOverdueCorrection",
        label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        variants: [],
        role: "result",
        parent: "otherProcessing",
        article: "第三十条",
      },
      {
        key: "otherOverdueFee",
        label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        variants: [],
        role: "result",
        parent: "otherProcessing",
        article: "第四十二条",
      },
      {
        key: "otherReasons",
        label: "3.其他",
        variants: [],
        role: "result",
        parent: "otherProcessing",
      },
      ...applicationRowsAfterOther,
    ],
  },
  reviewsAndLitigation: { headers: reviewHeaders, groups: reviewGroups, columns: reviewColumns },
} as const satisfies TemplateDefinition;
