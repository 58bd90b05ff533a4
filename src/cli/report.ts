// The human-readable output of `zfxxgk validate`: per file, findings grouped by table, each with its
// located message (the Chinese row and column labels come from the registry via the messages).
import { type Finding, type Locale, type TemplateVersion, templates } from "../index.js";

const WORDS = {
  zh: {
    ok: "无错误",
    errors: "个错误",
    warnings: "个警告",
    infos: "条提示",
    report: "报告整体",
    expected: "应为",
    actual: "实际",
  },
  en: {
    ok: "no errors",
    errors: " errors",
    warnings: " warnings",
    infos: " notes",
    report: "Report",
    expected: "expected",
    actual: "actual",
  },
} as const;

function heading(
  path: Finding["path"],
  template: TemplateVersion | undefined,
  locale: Locale,
): string {
  const section = templates[template ?? "2021"].sections.find((s) => s.key === path[0]);
  return section ? section.heading : WORDS[locale].report;
}

/** The text block for one file. */
export function formatFindings(
  file: string,
  template: TemplateVersion | undefined,
  findings: readonly Finding[],
  locale: Locale,
): string {
  const w = WORDS[locale];
  const count = (severity: Finding["severity"]) =>
    findings.filter((f) => f.severity === severity).length;
  const [errors, warnings, infos] = [count("error"), count("warning"), count("info")];
  const summary = [
    errors ? `${errors}${w.errors}` : w.ok,
    warnings ? `${warnings}${w.warnings}` : "",
    infos ? `${infos}${w.infos}` : "",
  ]
    .filter(Boolean)
    .join(locale === "zh" ? "，" : ", ");
  const lines = [`${file}: ${summary}`];
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = heading(finding.path, template, locale);
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  for (const [title, group] of groups) {
    lines.push(`  ${title}`);
    for (const f of group) {
      // What the finding has of the two: a `?` for the other one said nothing.
      const parts = [
        ...(f.expected === undefined ? [] : [`${w.expected} ${f.expected}`]),
        ...(f.actual === undefined ? [] : [`${w.actual} ${f.actual}`]),
      ];
      const numbers = parts.length === 0 ? "" : ` [${parts.join(", ")}]`;
      lines.push(`    ${f.severity.padEnd(7)} ${f.code}  ${f.message}${numbers}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
