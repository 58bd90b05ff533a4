import {
  aggregate,
  assertConsistent,
  checkAggregate,
  compare,
  createReport,
  formatFindings,
  fromJSON,
  parseText,
  type ReportInit,
  toHTML,
  toJSON,
  toMarkdown,
  toText,
  validate,
} from "../src/index.js";

// Build: give the leaf numbers; every total (总计 column, （七）总计, table 四) is derived.
const texts = {
  overview: "2022年，本镇收到政府信息公开申请3件，上年结转1件，办结3件，结转下年度1件。",
  problemsAndImprovements: "公开内容还不够丰富，下一步将加强培训。",
  otherMatters: "本年度未收取信息处理费。",
};
const built = createReport({
  template: "2021",
  year: 2022,
  agency: "宁晋县大曹庄镇人民政府",
  ...texts,
  activeDisclosure: { licensing: { decisions: 404 }, punishment: { decisions: 1 } },
  applications: {
    newlyReceived: { naturalPerson: 3 },
    carriedOver: { naturalPerson: 1 },
    disclosed: { naturalPerson: 3 },
    carriedForward: { naturalPerson: 1 },
  },
});
// ok: every cell is a number and no finding is an error; else the findings say what was kept out.
if (!built.ok) throw new Error(formatFindings(built.findings));
const report = built.report; // complete: no `?.` needed

// The tour's other reports, built the same way.
function build(init: ReportInit<"2021">) {
  const result = createReport(init);
  if (!result.ok) throw new Error(formatFindings(result.findings));
  return result.report;
}
const lastYear = build({
  template: "2021",
  year: 2021,
  agency: "宁晋县大曹庄镇人民政府",
  applications: {
    newlyReceived: { naturalPerson: 2 },
    disclosed: { naturalPerson: 1 },
    carriedForward: { naturalPerson: 1 },
  },
});

// Validate: every rule of the format, with stable codes, located findings, zh or en messages.
const { ok, findings } = validate(report, { locale: "en", previous: lastYear });
for (const f of findings) console.log(f.severity, f.code, f.path.join("."), f.message);
console.log(ok); // true

// Read a published report: text, Markdown or HTML as copied from a government site.
const parsed = parseText(toText(report)); // { ok, report, findings }: nothing guessed silently
console.log(parsed.report?.applications?.newlyReceived?.total); // 3

// Render: plain text with aligned grids, GitHub Markdown, HTML with the official merged cells.
console.log(toMarkdown(report).length > 0, toHTML(report).startsWith("<")); // true true

// Canonical JSON with a stable key order; fromJSON never throws.
const again = fromJSON(JSON.stringify(toJSON(report)));
console.log(again.findings.length); // 0

// Consolidate a county from its townships; check a published consolidation; compare years.
const neighbour = build({
  template: "2021",
  year: 2022,
  agency: "宁晋县贾家口镇人民政府",
  applications: { newlyReceived: { naturalPerson: 1 }, disclosed: { naturalPerson: 1 } },
});
const county = aggregate([report, neighbour], { agency: "宁晋县人民政府" });
console.log(county.report.applications?.newlyReceived.total); // 4
const mismatches = checkAggregate(county.report, [report, neighbour]);
console.log(mismatches.findings.length); // 0
const change = compare(lastYear, report);
const received = change.cells.find((c) => c.row === "newlyReceived" && c.column === "total");
console.log(received?.change); // 1

// In tests: throws with a readable list of findings (or use the vitest matcher).
assertConsistent(report);
