// Reading input files for the command line: UTF-8 (with or without BOM), UTF-16 with BOM, or
// GB18030/GBK — many government pages are served in it — detected by whether the bytes are valid
// UTF-8. Decoding uses the WHATWG TextDecoder built into Node.
import { readFile } from "node:fs/promises";

/** The text of a file, or of standard input for `-`. */
export async function readInput(file: string): Promise<string> {
  const bytes = file === "-" ? await readStdin() : await readFile(file);
  return decode(bytes);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes bytes as UTF-8, UTF-16 (BOM) or GB18030. */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    // TextDecoder drops a UTF-8 BOM by default.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
