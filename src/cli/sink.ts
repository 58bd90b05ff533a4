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

/**
 * A file, opened now (a path that cannot be written fails before any input is read) and emptied
 * at the first write: a command that writes nothing (`parse` of a file it could not read) leaves
 * a file already there as it was, where it used to be emptied, its last good output lost; and an
 * output that is its own input is read before it is emptied. Written through the path as it is: a
 * symbolic link, a named pipe or `/dev/stdout` stays what it is, and a file keeps its mode and
 * links. Only a regular file is emptied (a pipe or a device cannot be).
 */
export async function fileSink(path: string): Promise<Sink> {
  // Append mode creates a missing file and empties none; emptied at the first write, every write
  // then goes to the end, which is where the text before it ends.
  const handle = await open(path, "a");
  const regular = (await handle.stat()).isFile();
  const stream = handle.createWriteStream({ encoding: "utf8" });
  let failure: Error | undefined;
  let emptied: Promise<void> | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  return {
    write: async (text) => {
      emptied ??= regular ? handle.truncate(0) : Promise.resolve();
      await emptied;
      return failure ? Promise.reject(failure) : writeTo(stream, text);
    },
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
