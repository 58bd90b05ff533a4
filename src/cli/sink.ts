// Where a command's output goes: standard output, or the file of --out (every command takes it).
// A write waits for the stream to drain when its buffer is full, so that a long run never holds
// its output in memory.
import { open } from "node:fs/promises";
import type { Writable } from "node:stream";

/** An output stream that is written in order and closed once. */
export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function writeTo(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return Promise.resolve();
  return new Promise((resolve) => stream.once("drain", () => resolve()));
}

/** Standard output. A reader that goes away (`| head`) ends the run quietly. */
export function stdoutSink(): Sink {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    write: (text) => writeTo(process.stdout, text),
    close: () => Promise.resolve(),
  };
}

/** A file, created or emptied now: a path that cannot be written fails before any input is read. */
export async function fileSink(path: string): Promise<Sink> {
  const handle = await open(path, "w");
  const stream = handle.createWriteStream({ encoding: "utf8" });
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  return {
    write: (text) => (failure ? Promise.reject(failure) : writeTo(stream, text)),
    close: () =>
      new Promise((resolve, reject) => {
        if (failure) reject(failure);
        else stream.end(() => (failure ? reject(failure) : resolve()));
      }),
  };
}

/** The sink of `--out`, or standard output. */
export function openSink(out: string | undefined): Promise<Sink> {
  return out === undefined ? Promise.resolve(stdoutSink()) : fileSink(out);
}

/**
 * The sink of `--out`, or `undefined` after `fail` has said why the file cannot be written (the
 * command then exits 2 before reading any input).
 */
export async function openSinkOrFail(
  out: string | undefined,
  fail: (message: string) => void,
): Promise<Sink | undefined> {
  try {
    return await openSink(out);
  } catch (error) {
    fail(`cannot write ${out}: ${(error as Error).message}`);
    return undefined;
  }
}
