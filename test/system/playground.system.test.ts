/**
 * The browser playground (docs/playground, issue 15) in Chromium, opened from `file://` as a
 * person opens it from disk: pasting the seed shows its tables with no error; pasting 平潭 2020
 * lists T3_RESULT_TOTAL among the report's problems, ahead of the problems of reading (collapsed
 * by code), and marks its cells (a click on the finding highlights the cell and shows its
 * message, Escape goes back; hovering it shows the message); a .docx, a .pdf and a GB18030 text
 * file open; a file no reader takes, or a .docx that is none, is refused with a reason; en
 * changes the messages; last year's report gives the cross-year findings; the exports are a
 * JSON, a .docx (with the findings when asked) and a page; the layout holds at 1366×768 and at a
 * phone's width, where only the tables scroll sideways. Throughout: no console error, no CSP
 * violation, no request outside the page's own files, and the PDF reader fetched only when a PDF
 * is opened. Screenshots in artifacts/.
 *
 * The test builds the page itself (npm run build:playground), so that it checks what the source
 * gives today.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReport,
  type Finding,
  parseText,
  tableLayout,
  toHTML,
  toText,
  validate,
} from "../../src/index.js";
import { reportText } from "../support/reporttext.js";
import { ARTIFACTS, launchChromium } from "./support.js";

const DIST = join(process.cwd(), "docs", "playground", "dist");
const PAGE = pathToFileURL(join(DIST, "index.html")).href;
const OWN_FILES = `${pathToFileURL(DIST).href}/`;

/** A corpus text without its header (what a person copies from the page). */
function corpusBody(name: string): string {
  const raw = readFileSync(join("test", "fixtures", "corpus", `${name}.txt`), "utf8");
  return reportText(raw);
}

let browser: Browser;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  execFileSync("npm", ["run", "--silent", "build:playground"], { stdio: "pipe" });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`));
  // Before the page's own script: every violation of its Content-Security-Policy is kept.
  await page.addInitScript(`
    globalThis.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      globalThis.cspViolations.push(event.violatedDirective + " " + event.blockedURI + " " + event.sourceFile);
    });
  `);
  await page.goto(PAGE);
  await page.waitForSelector('html[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
});

const byTestId = (id: string) => page.getByTestId(id);

/** Whether the element of a locator has the focus (a function run in the page). */
const FOCUSED = (element: { ownerDocument: { activeElement: unknown } }) =>
  element === element.ownerDocument.activeElement;

/** Pastes text into the source box as a person does: the clipboard, then Ctrl+V. */
async function paste(text: string): Promise<void> {
  await byTestId("source").fill("");
  await page.evaluate(`(() => {
    const holder = document.createElement("textarea");
    holder.value = ${JSON.stringify(text)};
    document.body.append(holder);
    holder.select();
    document.execCommand("copy");
    holder.remove();
  })()`);
  await byTestId("source").focus();
  await page.keyboard.press("Control+V");
}

const checksDone = async () =>
  Number((await page.locator("html").getAttribute("data-checks")) ?? 0);

/**
 * Does something that starts a check and waits for that check to finish (the page counts the
 * checks it finished in `data-checks`). Waiting happens out of the page: the page's CSP refuses
 * the string evaluation that an in-page wait would need.
 */
async function checkAfter(action: () => Promise<unknown>): Promise<void> {
  const before = await checksDone();
  await action();
  await expect.poll(checksDone, { timeout: 120_000 }).toBeGreaterThan(before);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `playground-${name}.png`) });
}

/** The value cells of a table in the report, as printed. */
async function valueCells(table: string): Promise<string[]> {
  return page
    .locator(`[data-testid="report"] table[data-table="${table}"] td[data-path]`)
    .allTextContents();
}

const findingCodes = (list?: "problems" | "reading") =>
  page
    .locator(
      `[data-testid="findings"] ${list === undefined ? "" : `ol[data-list="${list}"] `}li[data-code]`,
    )
    .evaluateAll((items) =>
      items.map(
        (item) => `${item.getAttribute("data-severity")} ${item.getAttribute("data-code")}`,
      ),
    );

describe("the playground, opened from file://", () => {
  it("loads only its page, two stylesheets and one script at start", () => {
    expect(requests.map((url) => url.slice(OWN_FILES.length)).sort()).toEqual([
      "index.html",
      "playground.css",
      "playground.js",
      "report.css",
    ]);
  });

  it("labels every control", async () => {
    const unlabelled = await page.evaluate(`
      Array.from(document.querySelectorAll("input, select, textarea, button"))
        .filter((control) => {
          const labels = control.labels;
          const text = control.tagName === "BUTTON" ? (control.textContent ?? "").trim() : "";
          return (labels === null || labels.length === 0) && text === "";
        })
        .map((control) => control.outerHTML.slice(0, 80))
    `);
    expect(unlabelled).toEqual([]);
  });

  it("reaches the language, the text, the file and the check button with Tab", async () => {
    await page.locator("body").focus();
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      reached.push(
        (await page.evaluate(
          `document.activeElement?.getAttribute("data-testid") ?? ""`,
        )) as string,
      );
    }
    for (const id of ["locale", "source", "file", "check"]) expect(reached).toContain(id);
  });

  it("pasting the seed shows its tables and no error", async () => {
    const text = corpusBody("seed-dacaozhuang-2022");
    await checkAfter(() => paste(text));
    // The value cells the library renders for the report read in Node, table by table.
    const inNode = toHTML(parseText(text).report!);
    for (const table of ["activeDisclosure", "applications", "reviewsAndLitigation"]) {
      const part = inNode.slice(inNode.indexOf(`data-table="${table}"`));
      const expected = part.slice(0, part.indexOf("</table>")).match(/<td[^>]* data-path=/g);
      expect(expected?.length, table).toBeGreaterThan(0);
      expect((await valueCells(table)).length, table).toBe(expected?.length);
    }
    expect((await findingCodes()).filter((f) => f.startsWith("error"))).toEqual([]);
    const summary = await byTestId("summary").textContent();
    expect(summary).toContain("2021");
    expect(summary).toContain("2022");
    expect(summary).toContain("错误 0 项");
    await shot("seed");
  });

  it("pasting 平潭 2020 lists T3_RESULT_TOTAL first, apart from the problems of reading, and marks its cells", async () => {
    const text = corpusBody("github-013");
    await checkAfter(() => paste(text));
    // What the reader and the rules give in Node: one item per finding, each in its own list.
    const read = parseText(text);
    const rules = validate(read.report!).findings.filter(
      (f) => !read.findings.some((r) => r.code === f.code && r.path.join() === f.path.join()),
    );
    const line = (f: Finding) => `${f.severity} ${f.code}`;
    const problems = await findingCodes("problems");
    expect(problems).toContain("error T3_RESULT_TOTAL");
    expect([...problems].sort()).toEqual(rules.map(line).sort());
    expect((await findingCodes("reading")).sort()).toEqual(read.findings.map(line).sort());
    expect((await findingCodes()).length).toBe(read.findings.length + rules.length);
    // The report's problems come first: T3_RESULT_TOTAL is among the first items of the lists.
    const all = await findingCodes();
    expect(all.slice(0, rules.length)).toEqual(problems);
    // Many notes of one code are one line, which opens to them.
    const recovered = read.findings.filter((f) => f.code === "PARSE_CELLS_RECOVERED").length;
    expect(recovered).toBeGreaterThan(3);
    const group = page.locator(
      '[data-testid="findings"] li.play-group[data-group="PARSE_CELLS_RECOVERED"]',
    );
    expect(await group.locator("summary").textContent()).toContain(`${recovered} 处数字粘连`);
    expect(await group.locator("li[data-code]").count()).toBe(recovered);
    expect(await group.locator("li[data-code]").first().isVisible()).toBe(false);
    // The summary counts the report's errors, and the unread cells apart.
    const errors = rules.filter((f) => f.severity === "error").length;
    // The cells the reading left absent, whatever finding says why (glued rows no split reads
    // are quoted as PARSE_CELL_AMBIGUOUS, seven cells each).
    const tables = read.report as unknown as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const unreadable = tableLayout(read.report!.template)
      .filter((table) => tables[table.key] !== undefined)
      .flatMap((table) =>
        table.rows.flatMap((row) =>
          row.columns.filter((column) => tables[table.key]![row.key]?.[column.key] === undefined),
        ),
      ).length;
    expect(unreadable).toBeGreaterThan(
      read.findings.filter((f) => f.code === "PARSE_CELL_UNREADABLE").length,
    );
    const summary = (await byTestId("summary").textContent()) ?? "";
    expect(summary).toContain(`错误 ${errors} 项`);
    expect(summary).toContain(`另有 ${unreadable} 个单元格无法读取`);
    expect(summary).toContain("2020");
    // The message is what an item says; its code is a small tag beside it.
    const item = page.locator('[data-testid="findings"] li[data-code="T3_RESULT_TOTAL"]').first();
    expect(await item.locator(".play-message").textContent()).not.toContain("T3_RESULT_TOTAL");
    expect(await item.locator("small.play-code").textContent()).toBe("T3_RESULT_TOTAL");
    const marked = page.locator(
      '[data-testid="report"] td[data-findings~="T3_RESULT_TOTAL"][data-severity="error"]',
    );
    expect(await marked.count()).toBeGreaterThan(0);
    await shot("pingtan-2020");
    await group.locator("summary").click();
    expect(await group.locator("li[data-code]").first().isVisible()).toBe(true);
    await byTestId("findings").screenshot({
      path: join(ARTIFACTS, "playground-pingtan-2020-findings.png"),
    });
  });

  it("a click on a finding highlights its cell; hovering a marked cell shows its message", async () => {
    const item = page.locator('[data-testid="findings"] li[data-code="T3_RESULT_TOTAL"]').first();
    const path = await item.getAttribute("data-path");
    const message = (await item.locator(".play-message").textContent()) ?? "";
    expect(message.length).toBeGreaterThan(5);
    await item.locator("button").click();
    const cell = page.locator(`[data-testid="report"] [data-path="${path}"]`);
    await expect.poll(() => cell.getAttribute("class")).toContain("play-focus");
    const tip = byTestId("tip");
    // The cell has the focus and shows its message, as on Tab, once scrolled to.
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(message);
    expect(await cell.evaluate(FOCUSED)).toBe(true);
    expect(await byTestId("back").isVisible()).toBe(true);
    await shot("pingtan-2020-highlighted");
    // Escape goes back to the finding followed.
    await page.keyboard.press("Escape");
    expect(await item.locator("button").evaluate(FOCUSED)).toBe(true);
    expect(await tip.isVisible()).toBe(false);
    // So does the button kept in view at the bottom of the screen.
    await item.locator("button").click();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await byTestId("back").click();
    expect(await item.locator("button").evaluate(FOCUSED)).toBe(true);
    await page.mouse.move(0, 0);
    await cell.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(message);
    await shot("pingtan-2020-hover");
  });

  it("switching to en changes the messages and the page's words", async () => {
    const item = page.locator('[data-testid="findings"] li[data-code="T3_RESULT_TOTAL"]').first();
    const zh = await item.locator(".play-message").textContent();
    await checkAfter(() => byTestId("locale").selectOption("en"));
    await expect.poll(() => item.locator(".play-message").textContent()).not.toBe(zh);
    const en = (await item.locator(".play-message").textContent()) ?? "";
    expect(en).toMatch(/^[\x20-\x7e（）「」“”、：一二三四五六七八九十\p{Script=Han}]+$/u);
    expect(en).toMatch(/[a-z]{4,}/);
    expect(await byTestId("check").textContent()).toBe("Check");
    expect(await byTestId("summary").textContent()).toMatch(/\d+ errors? · \d+ warnings?/);
    expect(await page.evaluate("document.documentElement.lang")).toBe("en");
    expect(await byTestId("summary").textContent()).toMatch(/\d+ cells? could not be read/);
    // The language stays on the title's line at a laptop's width.
    const title = (await page.locator("h1").boundingBox())!;
    const language = (await byTestId("locale").boundingBox())!;
    expect(language.y).toBeLessThan(title.y + title.height);
    await page.evaluate("window.scrollTo(0, 0)");
    await shot("pingtan-2020-en");
    await checkAfter(() => byTestId("locale").selectOption("zh"));
  });

  it("opening a .docx shows its tables, loading the Word chunk then", async () => {
    expect(requests.some((url) => url.endsWith("/docx.js"))).toBe(false);
    await checkAfter(() =>
      byTestId("file").setInputFiles(join("test", "fixtures", "docx", "seed-2022.docx")),
    );
    expect(await byTestId("status").textContent()).toContain("seed-2022.docx");
    expect(requests.some((url) => url.endsWith("/docx.js"))).toBe(true);
    expect((await valueCells("applications")).length).toBeGreaterThan(50);
    expect((await findingCodes()).filter((f) => f.startsWith("error"))).toEqual([]);
    await shot("docx");
  });

  it("opening a .pdf shows its tables, loading the PDF reader only then", async () => {
    expect(requests.some((url) => url.endsWith("/pdf-reader.js"))).toBe(false);
    await checkAfter(() =>
      byTestId("file").setInputFiles(join("test", "fixtures", "pdf", "huaian-hongze-2024.pdf")),
    );
    expect(await byTestId("status").textContent()).toContain("huaian-hongze-2024.pdf");
    expect(requests.some((url) => url.endsWith("/pdf-reader.js"))).toBe(true);
    const cells = await valueCells("applications");
    expect(cells.length).toBeGreaterThan(50);
    expect(cells.filter((text) => /^\d+$/.test(text)).length).toBeGreaterThan(50);
    expect(await byTestId("summary").textContent()).toContain("2024");
    await shot("pdf");
  });

  it("opening a GB18030 text file reads it", async () => {
    await checkAfter(() =>
      byTestId("file").setInputFiles(join("test", "fixtures", "seed-gb18030.txt")),
    );
    expect(await byTestId("status").textContent()).toContain("seed-gb18030.txt");
    expect((await valueCells("applications")).length).toBeGreaterThan(50);
    expect((await findingCodes()).filter((f) => f.startsWith("error"))).toEqual([]);
  });

  it("a .docx that is none says it could not be read, and why", async () => {
    await checkAfter(() =>
      byTestId("file").setInputFiles({
        name: "garbage.docx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from("PK\x03\x04 not a zip at all"),
      }),
    );
    const status = (await byTestId("status").textContent()) ?? "";
    expect(status).toContain("无法读取 garbage.docx");
    expect(status).not.toContain("已读取");
    expect(await byTestId("status").getAttribute("data-state")).toBe("problem");
    expect(await findingCodes("reading")).toEqual(["error SOURCE_UNREADABLE"]);
    expect(await byTestId("summary").getAttribute("data-state")).toBe("error");
  });

  it("the check button with nothing to check asks for a report", async () => {
    // Typed, then erased: nothing to check.
    await byTestId("source").fill("x");
    await byTestId("source").fill("");
    await checkAfter(() => byTestId("check").click());
    expect(await byTestId("status").textContent()).toBe("请先粘贴报告文字或打开文件。");
  });

  it("a file no reader takes is refused with the reason", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    await checkAfter(() =>
      byTestId("file").setInputFiles({ name: "report.txt", mimeType: "text/plain", buffer: png }),
    );
    expect(await byTestId("status").textContent()).toContain("png");
    expect(await byTestId("status").getAttribute("data-state")).toBe("problem");
    expect(await page.locator('[data-testid="report"] table').count()).toBe(0);
    expect(await byTestId("export-json").isDisabled()).toBe(true);
  });

  it("last year's report gives the cross-year findings", async () => {
    const lastYear = createReport({
      template: "2021",
      year: 2021,
      agency: "宁晋县大曹庄镇人民政府",
      applications: {
        newlyReceived: { naturalPerson: 4 },
        disclosed: { naturalPerson: 2 },
        carriedForward: { naturalPerson: 2 },
      },
    });
    await page.locator(".play-previous summary").click();
    await byTestId("previous-source").fill(toText(lastYear.report!));
    // Leaving the previous report's box fires its change event, a check of the source pasted in
    // an earlier test: the paste's own check may finish after it, so the findings are waited for.
    await checkAfter(() => paste(corpusBody("seed-dacaozhuang-2022")));
    await expect
      .poll(async () => (await findingCodes()).map((f) => f.split(" ")[1]), { timeout: 120_000 })
      .toContain("CARRY_OVER");
    expect(await byTestId("status").textContent()).toContain("2021");
    await shot("previous-year");
    await byTestId("previous-source").fill("");
    await byTestId("previous-source").dispatchEvent("change");
    await page.locator(".play-previous summary").click();
  });

  it("exports the canonical JSON, a .docx and the standalone page, built in the page", async () => {
    await checkAfter(() => paste(corpusBody("seed-dacaozhuang-2022")));
    const save = async (id: string) => {
      const [file] = await Promise.all([page.waitForEvent("download"), byTestId(id).click()]);
      const path = join(ARTIFACTS, `playground-export-${file.suggestedFilename()}`);
      await file.saveAs(path);
      return { name: file.suggestedFilename(), bytes: readFileSync(path) };
    };
    const json = await save("export-json");
    const parsed = JSON.parse(json.bytes.toString("utf8"));
    expect(parsed).toMatchObject({ formatVersion: 1, template: "2021", year: 2022 });
    expect(json.name).toBe(`${parsed.agency.name}-2022.json`);
    const docx = await save("export-docx");
    expect(docx.name.endsWith(".docx")).toBe(true);
    expect([...docx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    // The findings go after the report in the .docx only when asked.
    const body = (bytes: Buffer) =>
      new TextDecoder().decode(unzipSync(new Uint8Array(bytes))["word/document.xml"]);
    expect(body(docx.bytes)).not.toContain("检查发现");
    await checkAfter(() => paste(corpusBody("github-013")));
    await byTestId("export-docx-findings").check();
    const withFindings = await save("export-docx");
    expect(body(withFindings.bytes)).toContain("检查发现");
    expect(body(withFindings.bytes)).toContain("应等于本列各项办理结果之和");
    await byTestId("export-docx-findings").uncheck();
    await checkAfter(() => paste(corpusBody("seed-dacaozhuang-2022")));
    const html = await save("export-html");
    const text = html.bytes.toString("utf8");
    expect(text.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(text).toContain('data-path="applications.newlyReceived.naturalPerson"');
  });

  it("has one h1, the tool's title (the report's title is a heading under it)", async () => {
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.locator("h1").getAttribute("data-word")).toBe("title");
    expect(await page.locator('[data-testid="report"] h2.zfxxgk-title').count()).toBe(1);
  });

  it("fits a phone's width: only the report's tables scroll sideways, and a check shows its summary", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate("window.scrollTo(0, 0)");
    await checkAfter(() => paste(corpusBody("github-013")));
    const overflow = await page.evaluate(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The summary is in view after the check (the findings are under the input there).
    const summary = (await byTestId("summary").boundingBox())!;
    expect(summary.y).toBeGreaterThanOrEqual(0);
    expect(summary.y + summary.height).toBeLessThanOrEqual(844);
    await shot("phone");
    // The report itself does not scroll sideways; the wide tables do, each in its own box.
    const report = page.locator('[data-testid="report"]');
    expect(await report.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
    const boxes = page.locator('[data-testid="report"] .play-table-scroll');
    expect(await boxes.count()).toBe(3);
    const wide = page.locator(
      '[data-testid="report"] .play-table-scroll:has(table[data-table="applications"])',
    );
    expect(await wide.evaluate((b) => b.scrollWidth - b.clientWidth)).toBeGreaterThan(0);
    await report.scrollIntoViewIfNeeded();
    await shot("phone-report");
    await wide.scrollIntoViewIfNeeded();
    await shot("phone-table");
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it("logged no console error and violated no CSP directive", async () => {
    expect(consoleErrors).toEqual([]);
    const violations = await page.evaluate("globalThis.cspViolations");
    expect(violations).toEqual([]);
  });

  it("requested nothing outside its own files (downloads are blobs the page made)", () => {
    expect(requests.length).toBeGreaterThan(4);
    const outside = requests.filter(
      (url) => !url.startsWith(OWN_FILES) && !url.startsWith("blob:file://"),
    );
    expect(outside).toEqual([]);
  });
});
