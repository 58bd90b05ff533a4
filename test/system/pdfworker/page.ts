/**
 * The page of pdfworker.system.test.ts, bundled by esbuild: pdf.js reading in a real Web Worker
 * (its worker file served beside the page, as an app sets it up), `parsePdf` given the CMap files
 * by `fetch` from where the page serves a copy of pdfjs-dist's cmaps/ folder.
 */
import { GlobalWorkerOptions } from "pdfjs-dist/legacy/build/pdf.mjs";
import { toJSON } from "../../../src/index.js";
import { parsePdf } from "../../../src/pdf.js";

GlobalWorkerOptions.workerSrc = "/pdf.worker.mjs";

async function cMapFile(file: string): Promise<Uint8Array | undefined> {
  const response = await fetch(`/cmaps/${file}`);
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
}

/** Reads a fixture the page serves; what the test compares, as JSON. */
async function read(name: string, withCMaps: boolean): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(`/fixtures/${name}`)).arrayBuffer());
  const result = await parsePdf(bytes, withCMaps ? { cMaps: cMapFile } : {});
  return JSON.stringify({
    report: result.report === undefined ? null : toJSON(result.report),
    findings: result.findings.map(({ code, actual }) => ({ code, actual })),
  });
}

(globalThis as Record<string, unknown>)["readPdf"] = read;
