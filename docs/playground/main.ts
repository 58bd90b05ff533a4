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
    for (const button of [ui.exportJson, ui.exportDocx, ui.exportHtml]) button.disabled = true;
  }

  function findingItem(finding: Finding): HTMLLIElement {
    const w = words();
    const item = document.createElement("li");
    item.dataset["code"] = finding.code;
    item.dataset["severity"] = finding.severity;
    item.dataset["path"] = finding.path.map(String).join(".");
    const severity = document.createElement("span");
    severity.className = "play-severity";
    severity.textContent = w.severity[finding.severity];
    const code = document.createElement("span");
    code.className = "play-code";
    code.textContent = finding.code;
    const message = document.createElement("span");
    message.className = "play-message";
    message.textContent = finding.message;
    const target = targetOf(ui.report, finding);
    if (target === null) {
      item.append(severity, code, message);
      return item;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.append(severity, code, message);
    button.addEventListener("click", () => highlight(target));
    item.append(button);
    return item;
  }

  /** Marks the cell a finding names, brings it into view and focuses it (its message shows). */
  function highlight(target: HTMLElement): void {
    for (const old of ui.report.querySelectorAll(".play-focus")) old.classList.remove("play-focus");
    // Restarting the flash: the class comes off, a reflow, and back on.
    void target.offsetWidth;
    target.classList.add("play-focus");
    target.scrollIntoView({ block: "center", inline: "center" });
    target.focus({ preventScroll: true });
  }

  function showTip(target: HTMLElement): void {
    const message = target.dataset["message"];
    if (message === undefined || message === "") return;
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
    ui.tip.hidden = true;
  }

  function render(result: Checked, report: Report | undefined): void {
    const w = words();
    checked = result;
    const template = report?.template;
    const year = report?.year ?? undefined;
    ui.summary.textContent = w.summary(result.counts, template, result.instrument, year);
    ui.summary.dataset["state"] = result.counts.error > 0 ? "error" : "ok";
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
    }
    if (result.findings.length === 0) {
      const item = document.createElement("li");
      item.className = "play-empty";
      item.textContent = w.noFindings;
      ui.findings.replaceChildren(item);
    } else {
      ui.findings.replaceChildren(...result.findings.map(findingItem));
    }
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

  /** Checks the current source; a newer check started meanwhile wins. */
  async function check(): Promise<void> {
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
        setStatus(w.refused(reading), true);
        return;
      }
      const result = checkReading(reading, last, locale);
      render(result, reading.report);
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
    if (source !== undefined) void check();
  });

  // Marked cells show their messages on hover and on keyboard focus.
  const markedOf = (event: Event) =>
    (event.target as Element | null)?.closest?.<HTMLElement>("[data-findings]") ?? null;
  ui.report.addEventListener("mouseover", (event) => {
    const marked = markedOf(event);
    if (marked === null) hideTip();
    else showTip(marked);
  });
  ui.report.addEventListener("mouseleave", hideTip);
  ui.report.addEventListener("focusin", (event) => {
    const marked = markedOf(event);
    if (marked !== null) showTip(marked);
  });
  ui.report.addEventListener("focusout", hideTip);
  window.addEventListener("scroll", hideTip, { passive: true });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hideTip();
  });

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
      const bytes = await toDocx(report, { locale });
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
