// npx tsx scripts/pdf-fixtures.ts — makes the PDF fixtures of the PDF reader's tests (not run by
// npm test; the PDFs it writes are committed):
//
//   test/fixtures/pdf/seed-chromium.pdf          the seed report printed by Chromium
//   test/fixtures/pdf/seed-libreoffice.pdf       the same page converted by LibreOffice
//   test/fixtures/pdf/shanghai-2019-chromium.pdf the Shanghai 2019 report, the same two ways
//   test/fixtures/pdf/shanghai-2019-libreoffice.pdf
//
// Each report is rendered with toHTML into one page with bordered tables, as a government site
// publishes it; Chromium prints it (playwright-core driving Debian's /usr/bin/chromium, A4, no
// tagged structure, which would double the size) and LibreOffice converts it (imported as a
// Writer document: its Writer/Web import loses the <h1>). Both repeat or cut table 三 across pages,
// which the reader must join again.
//
// The text is set in a box font (scripts/pdf-fixtures/box-font.py): Noto Sans CJK's widths and
// character map, every glyph a box. The layout and the text layer are Noto's; the files stay small
// (Chromium embeds Noto's own outlines as Type 3 fonts, about 800 kB a report). Needs chromium,
// soffice, and python3 with fontTools (`pip install fonttools`; set PYTHON to another interpreter).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { type Report, toHTML } from "../src/index.js";
import { seedReport } from "../test/fixtures/seed-report.js";
import { shanghai2019Report } from "../test/fixtures/shanghai-2019-report.js";

const repo = resolve(import.meta.dirname, "..");
const out = join(repo, "test", "fixtures", "pdf");
const work = mkdtempSync(join(tmpdir(), "zfxxgk-pdf-fixtures-"));
const python = process.env["PYTHON"] ?? "python3";
const noto = "/usr/share/fonts/opentype/noto";
const family = "ZfxxgkFixture";

const reports: readonly [string, Report][] = [
  ["seed", seedReport],
  ["shanghai-2019", shanghai2019Report],
];

/**
 * The page a site would publish: the report's HTML, its tables bordered (CSS for browsers, the
 * `border` attribute for LibreOffice, which reads no CSS border on a cell), the box font named for
 * both (an @font-face for Chromium, the installed family for LibreOffice).
 */
function page(report: Report): string {
  const faces = [
    `@font-face{font-family:${family};src:url(regular.ttf)}`,
    `@font-face{font-family:${family};font-weight:bold;src:url(bold.ttf)}`,
  ].join("");
  const style = `${faces}body,h1,h2,p,table,td,th{font-family:${family}}table{border-collapse:collapse}td,th{border:1px solid #000}`;
  const body = toHTML(report).replace(/<table>/g, '<table border="1" cellspacing="0">');
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${report.agency.name}</title><style>${style}</style></head><body>\n${body}</body></html>\n`;
}

function sh(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`$ ${command} ${args.join(" ")}`);
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

// One font for every page: the characters of all the pages (ASCII included, for numbers and URLs).
const pages = reports.map(([name, report]) => [name, page(report)] as const);
const chars = new Set(pages.flatMap(([, html]) => [...html.replace(/<[^>]*>/g, "")]));
for (let code = 0x20; code < 0x7f; code++) chars.add(String.fromCharCode(code));
writeFileSync(join(work, "chars.txt"), [...chars].join(""));
const fonts = join(work, "fonts");
mkdirSync(fonts, { recursive: true });
mkdirSync(out, { recursive: true });
for (const [file, style, source] of [
  ["regular.ttf", "Regular", "NotoSansCJK-Regular.ttc"],
  ["bold.ttf", "Bold", "NotoSansCJK-Bold.ttc"],
] as const) {
  // Font number 2 of the collection is Noto Sans CJK SC.
  const built = join(fonts, file);
  sh(python, [
    join(repo, "scripts/pdf-fixtures/box-font.py"),
    join(noto, source),
    "2",
    join(work, "chars.txt"),
    built,
    family,
    style,
  ]);
  copyFileSync(built, join(work, file));
}

// LibreOffice finds the box font through a private fontconfig file, not the machine's fonts.
const fontconfig = join(work, "fonts.conf");
writeFileSync(
  fontconfig,
  `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${join(work, "fc-cache")}</cachedir></fontconfig>\n`,
);

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
try {
  const tab = await browser.newPage();
  for (const [name, html] of pages) {
    const file = join(work, `${name}.html`);
    writeFileSync(file, html);
    await tab.goto(`file://${file}`);
    // The box font loads before the page is printed (a string, so that no DOM type is needed here).
    await tab.evaluate("document.fonts.ready");
    await tab.pdf({
      path: join(out, `${name}-chromium.pdf`),
      format: "A4",
      margin: { top: "20mm", bottom: "20mm", left: "20mm", right: "20mm" },
      tagged: false,
      outline: false,
    });
    sh(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${join(work, "lo-profile")}`,
        "--infilter=HTML (StarWriter)",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        file,
      ],
      { FONTCONFIG_FILE: fontconfig },
    );
    copyFileSync(join(work, `${name}.pdf`), join(out, `${name}-libreoffice.pdf`));
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`wrote ${reports.length * 2} PDFs to ${out}`);
