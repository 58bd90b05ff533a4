// A worker of `validate --jobs N` (tinypool): checks one input per call. It loads the library
// and, when it first meets one, the reader of a format; nothing of one file is kept for the next.
import { checkFile, type Outcome, type Task } from "./check.js";

/** Checks one input and returns its written record (tinypool calls the default export). */
export default function check(task: Task): Promise<Outcome> {
  return checkFile(task);
}
