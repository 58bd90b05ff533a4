// A worker of `validate --jobs N` (tinypool): checks a batch of inputs per call. It loads the
// library and, when it first meets one, the reader of a format; nothing of one file is kept for
// the next.
import { type Batch, checkBatch, type Outcome } from "./check.js";

/** Checks a batch of inputs and returns their written records (tinypool calls the default export). */
export default function check(batch: Batch): Promise<Outcome[]> {
  return checkBatch(batch);
}
