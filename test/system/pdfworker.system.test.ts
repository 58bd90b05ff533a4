/**
 * `parsePdf` in Chromium with pdf.js in a real Web Worker, as an app runs it: the page served over
 * HTTP (a worker cannot start from `file://`), pdf.js's worker file beside it. The CMap files the
 * `cMaps` option gives are fetched on the page's side and cross to the worker in pdf.js's messages:
 * a PDF whose font is not embedded reads as in Node, and without them says `no-cmap`.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromJSON, type Report } from "../../src/index.js";
import { seedReport } from "../fixtures/seed-report.js";
import { rowsOf } from "../read/support.js";
import { launchChromium } from "./support.js";

const PDFJS = join("node_modules", "pdfjs-dist");
const FIXTURES = join("test", "fixtures", "pdf");

let server: Server;
let browser: Browser;
let page: Page;
const served: string[] = [];
const workers: string[] = [];

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join("test", "system", "pdfworker", "page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["chrome110"],
    write: false,
    logLevel: "warning",
    // pdf.js names Node modules it imports only in Node, behind a check.
    external: ["fs", "http", "https", "url", "zlib", "stream", "path", "module", "canvas"],
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const files: Record<string, () => [string, string | Buffer]> = {
    "/": () => [
      "text/html",
      '<!DOCTYPE html><meta charset="utf-8"><script src="/page.js"></script>',
    ],
    "/page.js": () => ["text/javascript", script],
    "/pdf.worker.mjs": () => [
      "text/javascript",
      readFileSync(join(PDFJS, "legacy", "build", "pdf.worker.mjs")),
    ],
  };
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    served.push(path);
    const named = /^\/(cmaps|fixtures)\/([\w.-]+)$/.exec(path);
    try {
      const [type, body] =
        files[path]?.() ??
        (named === null
          ? ["text/plain", ""]
          : [
              "application/octet-stream",
              readFileSync(
                named[1] === "cmaps" ? join(PDFJS, "cmaps", named[2]!) : join(FIXTURES, named[2]!),
              ),
            ]);
      if (body === "") throw new Error("no such file");
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("worker", (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** What the page's parsePdf gave for a fixture. */
async function readInPage(name: string, withCMaps: boolean) {
  const json = await page.evaluate(
    ([file, cMaps]) =>
      (globalThis as unknown as { readPdf: (n: string, c: boolean) => Promise<string> }).readPdf(
        file as string,
        cMaps as boolean,
      ),
    [name, withCMaps] as const,
  );
  const { report, findings } = JSON.parse(json) as { report: unknown; findings: unknown[] };
  return { report: report === null ? undefined : fromJSON(report).report, findings };
}

const tables = ["activeDisclosure", "applications", "reviewsAndLitigation"] as const;
const sameCells = (read: Report | undefined) => ({
  year: read?.year,
  tables: tables.map((table) => rowsOf(read, table)),
});

describe("parsePdf in Chromium, pdf.js in a Web Worker", () => {
  it("reads a PDF whose font is embedded, in the worker", async () => {
    const { report, findings } = await readInPage("seed-chromium.pdf", false);
    expect(findings).toEqual([]);
    expect(sameCells(report)).toEqual(sameCells(seedReport));
    // A Web Worker ran pdf.js's worker file: pdf.js did not fall back to its main-thread "fake
    // worker" (which would import the same file).
    expect(workers).toContain("/pdf.worker.mjs");
  });

  it("reads a PDF whose font is not embedded with the CMap files cMaps fetches", async () => {
    const { report, findings } = await readInPage("seed-reportlab-stsong.pdf", true);
    expect(findings).toEqual([]);
    expect(sameCells(report)).toEqual(sameCells(seedReport));
    expect(served).toContain("/cmaps/UniGB-UCS2-H.bcmap");
    expect(served).toContain("/cmaps/Adobe-GB1-UCS2.bcmap");
  });

  it("says no-cmap for it without them", async () => {
    const { report, findings } = await readInPage("seed-reportlab-stsong.pdf", false);
    expect(report).toBeUndefined();
    expect(findings).toEqual([{ code: "SOURCE_UNREADABLE", actual: "no-cmap" }]);
  });
});
