/**
 * How members' agency names are compared: by their matching key (letters and digits, width and
 * script normalised), or, for a name with no letter or digit (`（—）`), by the name itself without
 * its blanks, so that such a name is still one agency's and a second member of it a duplicate.
 *
 * @module
 */
import { matchKey } from "../text/normalize.js";

/**
 * The key two members' names are compared by; `undefined` for a blank name, which names no
 * agency and is never a duplicate. The two kinds of key cannot meet: a matching key never holds
 * U+0000, which the other starts with.
 */
export function agencyKey(name: string): string | undefined {
  const key = matchKey(name);
  if (key !== "") return key;
  const bare = name.normalize("NFKC").replace(/\s+/gu, "");
  return bare === "" ? undefined : `\u0000${bare}`;
}
