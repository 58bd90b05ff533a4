import { toDocx } from "../../../../src/docx/write/index.js";
import { createReport, formatFindings, toHTML, validate } from "../../../../src/index.js";

// The office's numbers: the cells it counted. Every total is derived.
const built = createReport({
  template: "2021",
  year: 2024,
  agency: "某县司法局",
  meta: { publisher: "某县司法局", publishedOn: "2025-01-20", indexNumber: "sfj/2025-00003" },
  preamble: "本报告依据《中华人民共和国政府信息公开条例》编制。",
  overview:
    "2024年，我局坚持以公开为常态、不公开为例外。\n（一）主动公开情况\n全年主动公开政府信息120条，收到政府信息公开申请7件。",
  activeDisclosure: {
    normativeDocuments: { issued: 2, repealed: 1, inForce: 15 },
    punishment: { decisions: 36 },
    fees: { amount: "0.35" },
  },
  applications: {
    newlyReceived: { naturalPerson: 5, commercialEnterprise: 1 },
    disclosed: { naturalPerson: 3, commercialEnterprise: 1 },
    unavailableNotHeld: { naturalPerson: 2 },
  },
  reviewsAndLitigation: { administrativeReview: { upheld: 1 } },
  problemsAndImprovements: "公开内容的解读还不够充分，下一步将加强政策解读。",
  otherMatters: "本年度未收取信息处理费。",
});
if (!built.ok) throw new Error(formatFindings(built.findings));
const report = built.report;

// The statutory document as a Word file, in the national format for official documents
// (GB/T 9704): A4, 仿宋_GB2312 三号, the three tables with the official merged cells.
export const docx: Uint8Array = await toDocx(report);

// For the website: a fragment for the CMS (class names, no style), or a whole print-ready page.
export const fragment: string = toHTML(report);
export const page: string = toHTML(report, { standalone: true });

// Before publishing: the findings marked on the cells they name, and listed. Here the overview
// says 7 applications where table 三 counts 6 (NARRATIVE_MISMATCH, on 一、本年新收… 总计).
const { findings } = validate(report);
export const reviewPage: string = toHTML(report, { standalone: true, findings });
export const reviewDocx: Uint8Array = await toDocx(report, { findings }); // an appendix lists them
