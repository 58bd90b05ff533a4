// The PDF reader's time per page on the PDF fixtures: the whole of parsePdf, and its three steps
// (pdf.js reading text and drawings, the layout into paragraphs and grids, readDocument). Best of
// a few runs each, after a warm-up run. Not a test: speed is measured here, never in `npm test`.
// Run alone: npx tsx bench/pdf.ts
import { readFileSync } from "node:fs";
import { readDocument } from "../src/index.js";
import { sourceDocumentOf } from "../src/pdf/document.js";
import { readPdf } from "../src/pdf/engine.js";
import { parsePdf } from "../src/pdf.js";

export interface PdfTime {
  readonly file: string;
  readonly pages: number;
  readonly kilobytes: number;
  /** Milliseconds per page: the whole, then pdf.js, the layout and readDocument. */
  readonly perPage: {
    readonly total: number;
    readonly pdfjs: number;
    readonly layout: number;
    readonly read: number;
  };
}

const FILES = [
  "huaian-hongze-2024.pdf",
  "seed-chromium.pdf",
  "shanghai-2019-libreoffice.pdf",
  "seed-chromium-borderless.pdf",
  // Table 三 a picture: read twice, the second time with its images (src/pdf/parse.ts).
  "seed-chromium-picture.pdf",
];

async function best(run: () => Promise<unknown> | unknown, times: number): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Times each fixture; pdf.js logs what it repairs as warnings, which are kept off the output. */
export async function pdfTimes(times = 5): Promise<PdfTime[]> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const out: PdfTime[] = [];
    for (const file of FILES) {
      const bytes = new Uint8Array(
        readFileSync(new URL(`../test/fixtures/pdf/${file}`, import.meta.url)),
      );
      const reading = await readPdf(bytes.slice());
      if (!reading.ok) throw new Error(`${file}: ${reading.reason}`);
      const document = sourceDocumentOf(reading.pages);
      await parsePdf(bytes);
      const pages = reading.pages.length;
      const total = await best(() => parsePdf(bytes), times);
      const pdfjs = await best(() => readPdf(bytes.slice()), times);
      const layout = await best(() => sourceDocumentOf(reading.pages), times * 4);
      const read = await best(() => readDocument(document), times * 4);
      out.push({
        file,
        pages,
        kilobytes: bytes.length / 1024,
        perPage: {
          total: total / pages,
          pdfjs: pdfjs / pages,
          layout: layout / pages,
          read: read / pages,
        },
      });
    }
    return out;
  } finally {
    console.warn = warn;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const t of await pdfTimes()) {
    const p = t.perPage;
    console.log(
      `${t.file.padEnd(32)} ${t.pages} pages ${t.kilobytes.toFixed(0).padStart(4)} kB  per page: ${p.total.toFixed(1)} ms (pdf.js ${p.pdfjs.toFixed(1)}, layout ${p.layout.toFixed(1)}, readDocument ${p.read.toFixed(1)})`,
    );
  }
}
