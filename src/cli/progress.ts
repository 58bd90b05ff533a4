// The progress line on standard error: files done (of how many, once the count is known), files
// per second and time left, redrawn in place at most ten times a second. Only on a terminal
// (unless --progress): a log file or a pipe gets no carriage returns.
import type { Locale } from "../findings/codes.js";
import { progressLine } from "./words.js";

/** A progress line being shown. */
export interface Progress {
  /** The number of inputs, once listed. */
  setTotal(total: number): void;
  /** `count` more inputs done (one by default). */
  tick(count?: number): void;
  /** Removes the line (before other output to the same terminal, and at the end). */
  clear(): void;
  /** Removes the line and stops redrawing. */
  stop(): void;
}

const INTERVAL_MS = 100;

/** Shows progress on a stream (standard error). */
export function startProgress(stream: NodeJS.WriteStream, locale: Locale): Progress {
  // The rate counts from the first file done: starting workers is not part of the pace.
  let firstDoneAt: number | undefined;
  let done = 0;
  let total: number | undefined;
  let drawnAt = 0;
  let shown = false;
  const draw = () => {
    const now = Date.now();
    drawnAt = now;
    const seconds = firstDoneAt === undefined ? 0 : (now - firstDoneAt) / 1000;
    const rate = seconds > 0 ? (done - 1) / seconds : 0;
    stream.write(`\r\x1b[K${progressLine(done, total, rate, locale)}`);
    shown = true;
  };
  // Redrawn now and then even when no file finishes (a long one), so that time moves on.
  const timer = setInterval(draw, 1000);
  timer.unref();
  draw();
  const clear = () => {
    if (shown) stream.write("\r\x1b[K");
    shown = false;
  };
  return {
    setTotal(count) {
      total = count;
    },
    tick(count = 1) {
      done += count;
      if (firstDoneAt === undefined) firstDoneAt = Date.now();
      if (Date.now() - drawnAt >= INTERVAL_MS) draw();
    },
    clear,
    stop() {
      clearInterval(timer);
      clear();
    },
  };
}
