/**
 * The playground page (playground.js): paste or open a report, see the official table with its
 * findings marked, export it. Runs from `file://` as from any static host: a classic script, no
 * request but for its own files, nothing evaluated from strings (the page's CSP forbids it).
 */
import { type Finding, type Locale, type Report, toHTML, toJSON } from "../../src/index.js";
import {
  type Checked,
  checkReading,
  type DocumentReaders,
  exportName,
  type ListItem,
  listItems,
  readSource,
  type Source,
} from "./check.js";
import { CHUNKS, type ChunkTypes } from "./chunks.js";
import { type Words, wordsOf } from "./words.js";

const byTestId = <T extends HTMLElement>(id: string): T => {
  const element = document.querySelector<T>(`[data-testid="${id}"]`);
  if (element === null) throw new Error(`the page has no [data-testid="${id}"]`);
  return element;
};

/** Loads a chunk once, with a `<script src>` beside the page; resolves to what it registered. */
function chunkLoader() {
  const loading = new Map<string, Promise<unknown>>();
  return <K extends keyof ChunkTypes>(name: K): Promise<ChunkTypes[K]> => {
    const { global, file } = CHUNKS[name];
    const registered = () => (globalThis as Record<string, unknown>)[global] as ChunkTypes[K];
    let promise = loading.get(name);
    if (promise === undefined) {
      promise = new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = file;
        script.addEventListener("load", () =>
          registered() === undefined
            ? reject(new Error(`${file} registered nothing`))
            : resolve(registered()),
        );
        script.addEventListener("error", () => {
          loading.delete(name);
          reject(new Error(`${file} could not be loaded`));
        });
        document.head.append(script);
      });
      loading.set(name, promise);
    }
    return promise as Promise<ChunkTypes[K]>;
  };
}

/** Saves a blob as a file through a temporary link. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An element with a class and a text. */
function span<K extends keyof HTMLElementTagNameMap = "span">(
  className: string,
  text: string,
  tag: K = "span" as K,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** A finding's severity as a coloured badge. */
const badge = (text: string) => span("play-severity", text);

/** A finding's code, small and after its message: for power users and searches. */
const codeTag = (code: string) => span("play-code", code, "small");

/** The elements of the report a finding names: its cell, row label or section. */
function targetOf(report: HTMLElement, finding: Finding): HTMLElement | null {
  if (finding.path.length === 0) return null;
  const path = CSS.escape(finding.path.map(String).join("."));
  return (
    report.querySelector<HTMLElement>(`[data-path="${path}"]`) ??
    (finding.path.length === 1
      ? report.querySelector<HTMLElement>(`section[data-section="${path}"]`)
      : null)
  );
}

/** Whether the page is laid out in one column (a phone): the findings come below the input. */
const narrow = () => window.matchMedia("(max-width: 60rem)").matches;

/**
 * Gives each table of the report a box of its own that scrolls sideways, so that on a phone a
 * wide table scrolls and the headings and prose around it stay in place, wrapped. The box is a
 * labelled region in the tab order: a keyboard user can scroll it too.
 */
function boxTables(report: HTMLElement): void {
  for (const table of report.querySelectorAll<HTMLTableElement>("table")) {
    const box = document.createElement("div");
    box.className = "play-table-scroll";
    box.tabIndex = 0;
    box.setAttribute("role", "region");
    const heading = table.closest("section")?.querySelector("h2, h3")?.textContent ?? "";
    if (heading !== "") box.setAttribute("aria-label", heading);
    table.replaceWith(box);
    box.append(table);
  }
}

/**
 * The report's title, an `<h1>` in toHTML's fragment (a page of its own), one level down here:
 * the tool's title is the page's only `<h1>`. Its class keeps its look.
 */
function demoteTitle(report: HTMLElement): void {
  for (const h1 of report.querySelectorAll("h1")) {
    const h2 = document.createElement("h2");
    for (const { name, value } of Array.from(h1.attributes)) h2.setAttribute(name, value);
    h2.append(...Array.from(h1.childNodes));
    h1.replaceWith(h2);
  }
}

function start(): void {
  const ui = {
    locale: byTestId<HTMLSelectElement>("locale"),
    source: byTestId<HTMLTextAreaElement>("source"),
    file: byTestId<HTMLInputElement>("file"),
    previousSource: byTestId<HTMLTextAreaElement>("previous-source"),
    previousFile: byTestId<HTMLInputElement>("previous-file"),
    check: byTestId<HTMLButtonElement>("check"),
    status: byTestId<HTMLElement>("status"),
    summary: byTestId<HTMLElement>("summary"),
    findings: byTestId<HTMLOListElement>("findings"),
    report: byTestId<HTMLElement>("report"),
    tip: byTestId<HTMLElement>("tip"),
    exportJson: byTestId<HTMLButtonElement>("export-json"),
    exportDocx: byTestId<HTMLButtonElement>("export-docx"),
    exportHtml: byTestId<HTMLButtonElement>("export-html"),
    docxFindings: byTestId<HTMLInputElement>("export-docx-findings"),
    back: byTestId<HTMLButtonElement>("back"),
  };
  const loadChunk = chunkLoader();

  // The page's state: what to check, and what the last check gave.
  let locale: Locale = document.documentElement.lang === "en" ? "en" : "zh";
  let source: Source | undefined;
  let previous: Source | undefined;
  let pastedHtml: string | undefined;
  let checked: Checked | undefined;
  let run = 0;
  let finished = 0;
  // The finding whose cell was last brought into view: where Escape and "back" return to.
  let lastFinding: HTMLElement | undefined;
  // The element the tip is showing the message of.
  let tipAnchor: HTMLElement | undefined;

  const words = (): Words => wordsOf(locale);

  const readers: DocumentReaders = {
    docx: async () => {
      setStatus(words().loading("docx"));
      return (await loadChunk("docx")).parseDocx;
    },
    pdf: async () => {
      setStatus(words().loading("pdf"));
      return (await loadChunk("pdf")).parsePdf;
    },
  };

  function setStatus(text: string, problem = false): void {
    ui.status.textContent = text;
    ui.status.dataset["state"] = problem ? "problem" : "";
  }

  function applyWords(): void {
    const w = words();
    document.documentElement.lang = w.lang;
    document.title = w.title;
    for (const element of document.querySelectorAll<HTMLElement>("[data-word]")) {
      const value = w[element.dataset["word"] as keyof Words];
      if (typeof value === "string") element.textContent = value;
    }
    ui.source.placeholder = w.placeholder;
  }

  function clearOutput(): void {
    checked = undefined;
    ui.summary.textContent = "";
    ui.summary.dataset["state"] = "";
    ui.findings.replaceChildren();
    ui.report.replaceChildren();
    hideTip();
    lastFinding = undefined;
    backShown(false);
    for (const button of [ui.exportJson, ui.exportDocx, ui.exportHtml]) button.disabled = true;
  }

  /** A finding's item; `coded` false under a group's line, which shows the code once. */
  function findingItem(finding: Finding, coded = true): HTMLLIElement {
    const w = words();
    const item = document.createElement("li");
    item.dataset["code"] = finding.code;
    item.dataset["severity"] = finding.severity;
    item.dataset["path"] = finding.path.map(String).join(".");
    // The message first; the code, for those who know them, small after it.
    const parts = [
      badge(w.severity[finding.severity]),
      span("play-message", finding.message),
      ...(coded ? [codeTag(finding.code)] : []),
    ];
    const target = targetOf(ui.report, finding);
    if (target === null) {
      item.append(...parts);
      return item;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.append(...parts);
    button.addEventListener("click", () => {
      lastFinding = button;
      highlight(target);
    });
    item.append(button);
    return item;
  }

  /** Many findings of one code under one line that opens to list them, one `li` each. */
  function groupItem(item: Extract<ListItem, { kind: "group" }>): HTMLLIElement {
    const w = words();
    const severity = item.findings[0]?.severity ?? "info";
    const li = document.createElement("li");
    li.className = "play-group";
    li.dataset["group"] = item.code;
    li.dataset["severity"] = severity;
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.append(
      badge(w.severity[severity]),
      span("play-message", w.group(item.code, item.findings.length)),
      codeTag(item.code),
    );
    const list = document.createElement("ol");
    list.append(...item.findings.map((finding) => findingItem(finding, false)));
    details.append(summary, list);
    li.append(details);
    return li;
  }

  /** A heading of a list of findings with its count, and the list. */
  function findingList(
    key: "problems" | "reading",
    title: string,
    items: readonly HTMLElement[],
    hint?: string,
  ): HTMLElement[] {
    const heading = document.createElement("h3");
    heading.id = `findings-${key}`;
    heading.textContent = title;
    const list = document.createElement("ol");
    list.dataset["list"] = key;
    list.setAttribute("aria-labelledby", heading.id);
    list.append(...items);
    const note = hint === undefined ? [] : [span("play-hint", hint, "p")];
    return [heading, ...note, list];
  }

  function emptyItem(text: string): HTMLLIElement {
    const item = document.createElement("li");
    item.className = "play-empty";
    item.textContent = text;
    return item;
  }

  function renderFindings(result: Checked): void {
    const w = words();
    const count = (title: string, n: number) =>
      locale === "zh" ? `${title}（${n}）` : `${title} (${n})`;
    const parts: HTMLElement[] = [];
    if (result.report !== undefined) {
      parts.push(
        ...findingList(
          "problems",
          count(w.problems, result.problems.length),
          result.problems.length === 0
            ? [emptyItem(w.noProblems)]
            : result.problems.map((finding) => findingItem(finding)),
        ),
      );
    }
    if (result.reading.length > 0) {
      const items = listItems(result.reading).map((item) =>
        item.kind === "one" ? findingItem(item.finding) : groupItem(item),
      );
      parts.push(
        ...findingList(
          "reading",
          count(w.readingProblems, result.reading.length),
          items,
          w.readingHint,
        ),
      );
    }
    if (parts.length === 0) parts.push(span("play-empty", w.noFindings, "p"));
    ui.findings.replaceChildren(...parts);
  }

  function backShown(shown: boolean): void {
    (ui.back.parentElement as HTMLElement).hidden = !shown;
  }

  /** Back to the finding last followed to its cell (or to the list's heading). */
  function backToFindings(): void {
    hideTip();
    const to =
      lastFinding?.isConnected === true
        ? lastFinding
        : (document.getElementById("findings-heading") ?? undefined);
    if (to === undefined) return;
    if (!to.hasAttribute("tabindex") && to.tagName !== "BUTTON") to.tabIndex = -1;
    to.scrollIntoView({ block: "center" });
    to.focus({ preventScroll: true });
  }

  /** Marks the cell a finding names, brings it into view and focuses it (its message shows). */
  function highlight(target: HTMLElement): void {
    for (const old of ui.report.querySelectorAll(".play-focus")) old.classList.remove("play-focus");
    // Restarting the flash: the class comes off, a reflow, and back on.
    void target.offsetWidth;
    target.classList.add("play-focus");
    target.scrollIntoView({ block: "center", inline: "center" });
    if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
    target.focus({ preventScroll: true });
    // Its message, as on Tab (the focus shows it; shown here too for a target already focused).
    showTip(target);
    backShown(true);
  }

  function showTip(target: HTMLElement): void {
    const message = target.dataset["message"];
    if (message === undefined || message === "") return;
    tipAnchor = target;
    ui.tip.textContent = message;
    ui.tip.hidden = false;
    const box = target.getBoundingClientRect();
    const tip = ui.tip.getBoundingClientRect();
    const left = Math.max(4, Math.min(box.left, window.innerWidth - tip.width - 4));
    const below = box.bottom + 6;
    const top = below + tip.height > window.innerHeight ? box.top - tip.height - 6 : below;
    ui.tip.style.left = `${left}px`;
    ui.tip.style.top = `${Math.max(4, top)}px`;
  }

  function hideTip(): void {
    tipAnchor = undefined;
    ui.tip.hidden = true;
  }

  function renderSummary(result: Checked, report: Report | undefined): void {
    const w = words();
    if (report === undefined) {
      ui.summary.textContent = w.noReport;
      ui.summary.dataset["state"] = "error";
      return;
    }
    const main = span(
      "play-summary-report",
      w.summary(result.counts, report.template, result.instrument, report.year ?? undefined),
    );
    const reading = w.readingSummary(result.unreadCells, result.reading.length);
    ui.summary.replaceChildren(
      main,
      ...(reading === "" ? [] : [" ", span("play-summary-reading", reading)]),
    );
    // Red for errors in the report; amber when the report shows none but some of it was not read.
    ui.summary.dataset["state"] =
      result.counts.error > 0 ? "error" : result.readingCounts.error > 0 ? "partial" : "ok";
  }

  function render(result: Checked, report: Report | undefined): void {
    const w = words();
    checked = result;
    lastFinding = undefined;
    backShown(false);
    hideTip();
    renderSummary(result, report);
    if (report === undefined) {
      const note = document.createElement("p");
      note.textContent = w.noReport;
      ui.report.replaceChildren(note);
    } else {
      // The library's fragment (escaped by it), styled by report.css: the standalone page's
      // layout. The messages move from `title` to the page's own tip, which also shows on focus.
      ui.report.innerHTML = toHTML(report, { findings: result.findings, locale });
      for (const marked of ui.report.querySelectorAll<HTMLElement>("[data-findings]")) {
        marked.dataset["message"] = marked.title;
        marked.removeAttribute("title");
        marked.tabIndex = 0;
        marked.setAttribute("aria-describedby", "tip");
      }
      demoteTitle(ui.report);
      boxTables(ui.report);
    }
    renderFindings(result);
    for (const button of [ui.exportJson, ui.exportDocx, ui.exportHtml]) {
      button.disabled = report === undefined;
    }
  }

  async function readPrevious(): Promise<Report | undefined> {
    if (previous === undefined) return undefined;
    const reading = await readSource(previous, readers, locale);
    const report = reading.ok ? reading.report : undefined;
    return report;
  }

  /**
   * Checks the current source; a newer check started meanwhile wins. On a phone the summary is
   * brought into view after (the findings are below the input there), unless `stay`.
   */
  async function check(stay = false): Promise<void> {
    if (source === undefined) return;
    const mine = ++run;
    const w = words();
    setStatus(w.reading(source.kind === "file" ? source.name : w.source));
    ui.check.disabled = true;
    try {
      const reading = await readSource(source, readers, locale);
      const last = await readPrevious();
      if (mine !== run) return;
      if (!reading.ok) {
        clearOutput();
        setStatus(w.refused(reading, source.kind), true);
        return;
      }
      const result = checkReading(reading, last, locale);
      render(result, reading.report);
      if (!stay && narrow()) ui.summary.scrollIntoView({ block: "start" });
      // A document's reader that found no document of its format says why: that is the status.
      const unreadable = reading.findings.find((f) => f.code === "SOURCE_UNREADABLE");
      if (unreadable !== undefined && reading.report === undefined) {
        setStatus(
          w.unreadable(source.kind === "file" ? source.name : w.source, unreadable.message),
          true,
        );
        return;
      }
      const notes = [
        source.kind === "file"
          ? w.opened(source.name, reading.format)
          : source.html !== undefined
            ? w.pastedHtml
            : "",
        previous === undefined
          ? ""
          : last === undefined
            ? w.previousNone
            : w.previousRead(last.year ?? undefined),
      ];
      setStatus(notes.filter((n) => n !== "").join(" "), previous !== undefined && !last);
    } catch (error) {
      // The readers never throw; this is a chunk that could not be loaded.
      if (mine === run) setStatus(w.failed(String((error as Error)?.message ?? error)), true);
    } finally {
      if (mine === run) {
        ui.check.disabled = false;
        // How many checks have finished: what a test (or a user script) waits on.
        document.documentElement.dataset["checks"] = String(++finished);
      }
    }
  }

  async function fileSource(input: HTMLInputElement): Promise<Source | undefined> {
    const file = input.files?.[0];
    if (file === undefined) return undefined;
    return { kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }

  // Input: typing makes the text the source; a paste checks at once (with the pasted page's HTML
  // when a whole page was pasted from a browser: its tables keep their cells).
  ui.source.addEventListener("paste", (event) => {
    const html = event.clipboardData?.getData("text/html") ?? "";
    const whole =
      ui.source.value === "" ||
      (ui.source.selectionStart === 0 && ui.source.selectionEnd === ui.source.value.length);
    const pasted = whole && /<table[\s>]/i.test(html) ? html : undefined;
    // After the browser has put the text in.
    setTimeout(() => {
      pastedHtml = pasted;
      source = { kind: "text", text: ui.source.value, ...(pasted && { html: pasted }) };
      void check();
    }, 0);
  });
  ui.source.addEventListener("input", (event) => {
    if ((event as InputEvent).inputType === "insertFromPaste") return;
    pastedHtml = undefined;
    source = { kind: "text", text: ui.source.value };
  });
  ui.check.addEventListener("click", () => {
    if (source === undefined || (source.kind === "text" && source.text !== ui.source.value)) {
      source = {
        kind: "text",
        text: ui.source.value,
        ...(pastedHtml !== undefined && { html: pastedHtml }),
      };
    }
    void check();
  });
  ui.file.addEventListener("change", async () => {
    const opened = await fileSource(ui.file);
    if (opened === undefined) return;
    source = opened;
    pastedHtml = undefined;
    ui.source.value = "";
    ui.file.value = "";
    void check();
  });
  ui.previousSource.addEventListener("input", () => {
    const text = ui.previousSource.value;
    previous = text.trim() === "" ? undefined : { kind: "text", text };
  });
  ui.previousSource.addEventListener("change", () => {
    if (source !== undefined) void check();
  });
  ui.previousFile.addEventListener("change", async () => {
    const opened = await fileSource(ui.previousFile);
    if (opened === undefined) return;
    previous = opened;
    ui.previousSource.value = "";
    if (source !== undefined) void check();
  });
  ui.locale.addEventListener("change", () => {
    locale = ui.locale.value === "en" ? "en" : "zh";
    applyWords();
    // The findings' messages come in the locale they are made in: check again.
    if (source !== undefined) void check(true);
  });

  // Marked cells show their messages on hover and on keyboard focus.
  const markedOf = (event: Event) =>
    (event.target as Element | null)?.closest?.<HTMLElement>("[data-findings]") ?? null;
  /** The marked cell that has the focus (a finding's cell, or one reached with Tab). */
  const focusedMarked = (): HTMLElement | undefined => {
    const active = document.activeElement;
    return active instanceof HTMLElement &&
      ui.report.contains(active) &&
      active.dataset["message"] !== undefined
      ? active
      : undefined;
  };
  /** No cell hovered: the focused cell's tip again, or none. */
  const settle = () => {
    const focused = focusedMarked();
    if (focused === undefined) hideTip();
    else showTip(focused);
  };
  // Hover is read from the mouse's moves, not from mouseover: when the page scrolls under a still
  // mouse (to bring a finding's cell into view), Chromium reports it over other cells; a move
  // at the same place is that, not a hover.
  let pointer = "";
  document.addEventListener(
    "mousemove",
    (event) => {
      const at = `${event.clientX},${event.clientY}`;
      if (at === pointer) return;
      pointer = at;
      const marked = ui.report.contains(event.target as Node) ? markedOf(event) : null;
      if (marked === null) {
        if (tipAnchor !== focusedMarked()) settle();
      } else if (marked !== tipAnchor) showTip(marked);
    },
    { passive: true },
  );
  ui.report.addEventListener("focusin", (event) => {
    const marked = markedOf(event);
    if (marked !== null) showTip(marked);
  });
  ui.report.addEventListener("focusout", hideTip);
  // A scroll (of the page or of a table's box) moves the cells: the tip follows its cell while
  // that has the focus (a finding's cell is focused, then scrolled to) or is still under the
  // mouse; otherwise it goes, back to the focused cell's.
  document.addEventListener(
    "scroll",
    () => {
      const anchor = tipAnchor;
      if (anchor !== undefined && (anchor === document.activeElement || anchor.matches(":hover"))) {
        showTip(anchor);
      } else settle();
    },
    { capture: true, passive: true },
  );
  // Escape hides the tip; from inside the report it also goes back to the finding followed.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const inReport = ui.report.contains(document.activeElement);
    hideTip();
    if (inReport && lastFinding !== undefined) backToFindings();
  });
  ui.back.addEventListener("click", backToFindings);

  // Export: built here, saved through a link.
  ui.exportJson.addEventListener("click", () => {
    const report = checked?.report;
    if (report === undefined) return;
    const json = `${JSON.stringify(toJSON(report), null, 2)}\n`;
    download(new Blob([json], { type: "application/json" }), exportName(report, "json"));
  });
  ui.exportHtml.addEventListener("click", () => {
    const report = checked?.report;
    if (report === undefined) return;
    const html = toHTML(report, { standalone: true, findings: checked?.findings ?? [], locale });
    download(new Blob([html], { type: "text/html" }), exportName(report, "html"));
  });
  ui.exportDocx.addEventListener("click", async () => {
    const report = checked?.report;
    if (report === undefined) return;
    ui.exportDocx.disabled = true;
    try {
      setStatus(words().loading("docx"));
      const { toDocx } = await loadChunk("docx");
      // The list of findings as an appendix only when asked: the .docx is otherwise the report
      // as it would be published.
      const findings = ui.docxFindings.checked ? (checked?.findings ?? []) : [];
      const bytes = await toDocx(report, { locale, ...(findings.length > 0 && { findings }) });
      const type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      download(new Blob([bytes as BlobPart], { type }), exportName(report, "docx"));
      setStatus("");
    } catch (error) {
      setStatus(words().failed(String((error as Error)?.message ?? error)), true);
    } finally {
      ui.exportDocx.disabled = checked?.report === undefined;
    }
  });

  ui.locale.value = locale;
  applyWords();
  document.documentElement.dataset["ready"] = "true";
}

start();
