// Where a command's output goes: standard output, or the file of --out (every command takes it).
// A write waits for the stream to drain when its buffer is full, so that a long run never holds
// its output in memory.
import { open, rename, rm, stat } from "node:fs/promises";
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

/**
 * A file, written beside its place (`FILE.<pid>.partial`, opened now: a folder that cannot be
 * written fails before any input is read) and moved over it when the command is done. A command
 * that wrote nothing (`parse` of a file it could not read) leaves a file already there as it was:
 * it used to be emptied, its last good output lost. A run killed midway leaves the partial file
 * beside it, never a half-written file under the name.
 */
export async function fileSink(path: string): Promise<Sink> {
  const partial = `${path}.${process.pid}.partial`;
  const handle = await open(partial, "w");
  const stream = handle.createWriteStream({ encoding: "utf8" });
  let failure: Error | undefined;
  let wrote = false;
  stream.on("error", (error) => {
    failure = error;
  });
  const ended = () =>
    new Promise<void>((resolve, reject) => {
      if (failure) reject(failure);
      else stream.end(() => (failure ? reject(failure) : resolve()));
    });
  return {
    write: (text) => {
      wrote = true;
      return failure ? Promise.reject(failure) : writeTo(stream, text);
    },
    close: async () => {
      try {
        await ended();
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      const there = await stat(path).then(
        () => true,
        () => false,
      );
      if (wrote || !there) await rename(partial, path);
      else await rm(partial, { force: true });
    },
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
