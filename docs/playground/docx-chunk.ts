/**
 * The Word chunk (docx.js), loaded when a .docx is opened or a report is exported as one: the
 * reader (fflate) and the writer (the docx library) through the library's `./docx` entry.
 */
import { parseDocx, toDocx } from "../../src/docx.js";
import { CHUNKS, type DocxChunk } from "./chunks.js";

const chunk: DocxChunk = { parseDocx, toDocx };
(globalThis as Record<string, unknown>)[CHUNKS.docx.global] = chunk;
