// Glob patterns expanded by the command itself: Windows shells (cmd, PowerShell) pass `*.txt` on
// unexpanded, and a quoted pattern keeps a long list out of the argument limit of any shell.
// Node 20 has no fs.glob, and a dozen lines of matching do not justify a dependency.
//
// Supported: `*` (any run of characters within a path segment), `?` (one character), `[abc]`,
// `[a-z]`, `[!a]` (one character of a set), `{a,b}` (alternatives, nestable, within a segment),
// `**` as a whole segment (zero or more directories) and `\` to escape the next character (on
// Windows `\` separates paths instead, as users type them there). As in shells, a segment starting
// with a wildcard does not match names starting with a dot.

/** One path segment of a pattern: `**`, or a name pattern compiled to an anchored expression. */
export type Segment =
  | { readonly kind: "globstar" }
  | { readonly kind: "name"; readonly pattern: RegExp; readonly dot: boolean };

/** A compiled pattern: the folder to walk from and the segments below it. */
export interface Glob {
  /** The leading segments without wildcards, joined by `/` (`""`: the working folder). */
  readonly base: string;
  readonly segments: readonly Segment[];
}

const MAGIC = /[*?[{]/;

/** Splits a pattern into segments, turning Windows separators into `/` there. */
function segmentsOf(pattern: string, windows: boolean): string[] {
  return (windows ? pattern.replace(/\\/g, "/") : pattern).split("/");
}

/** Whether a path segment has an unescaped wildcard. */
function isMagic(segment: string, windows: boolean): boolean {
  return MAGIC.test(windows ? segment : segment.replace(/\\./g, ""));
}

/** Whether a command-line argument is a pattern to expand rather than a path. */
export function hasMagic(pattern: string, windows = false): boolean {
  return segmentsOf(pattern, windows).some((segment) => isMagic(segment, windows));
}

const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

/** A `[...]` set starting at `start` (the `[`): its expression and where it ends, or none. */
function characterSet(segment: string, start: number): { source: string; end: number } | null {
  let i = start + 1;
  const negated = segment[i] === "!" || segment[i] === "^";
  if (negated) i += 1;
  let body = "";
  // A `]` right after the opening (or `[!`) is a member, as in POSIX.
  for (let first = true; i < segment.length; i += 1, first = false) {
    const char = segment[i]!;
    if (char === "]" && !first) {
      return { source: `[${negated ? "^" : ""}${body}]`, end: i };
    }
    body += char === "-" && !first && segment[i + 1] !== "]" ? "-" : escapeRegExp(char);
  }
  return null;
}

/** The regular expression source of one segment's name pattern. */
function segmentSource(segment: string, windows: boolean): string {
  let source = "";
  let depth = 0;
  for (let i = 0; i < segment.length; i += 1) {
    const char = segment[i]!;
    if (char === "\\" && !windows && i + 1 < segment.length) {
      i += 1;
      source += escapeRegExp(segment[i]!);
    } else if (char === "*") {
      while (segment[i + 1] === "*") i += 1;
      source += ".*";
    } else if (char === "?") {
      source += ".";
    } else if (char === "[") {
      const set = characterSet(segment, i);
      if (set === null) source += "\\[";
      else {
        source += set.source;
        i = set.end;
      }
    } else if (char === "{") {
      depth += 1;
      source += "(?:";
    } else if (char === "," && depth > 0) {
      source += "|";
    } else if (char === "}" && depth > 0) {
      depth -= 1;
      source += ")";
    } else {
      source += escapeRegExp(char);
    }
  }
  // An unclosed `{` is a literal brace in shells; here it is closed so the expression stays valid.
  return source + ")".repeat(depth);
}

/** A segment's expression; a set no expression can hold (`[z-a]`) makes the segment literal. */
function namePattern(segment: string, windows: boolean): RegExp {
  try {
    return new RegExp(`^${segmentSource(segment, windows)}$`, "u");
  } catch {
    return new RegExp(`^${escapeRegExp(segment)}$`, "u");
  }
}

/** Compiles a pattern. `windows`: `\` separates paths instead of escaping. */
export function compileGlob(pattern: string, windows = false): Glob {
  const parts = segmentsOf(pattern, windows);
  const firstMagic = parts.findIndex((segment) => isMagic(segment, windows) || segment === "**");
  const literal = firstMagic === -1 ? parts : parts.slice(0, firstMagic);
  const rest = firstMagic === -1 ? [] : parts.slice(firstMagic);
  const literalText = (text: string) => (windows ? text : text.replace(/\\(.)/g, "$1"));
  const base = literal.length === 1 && literal[0] === "" ? "/" : literalText(literal.join("/"));
  const segments: Segment[] = [];
  for (const part of rest) {
    if (part === "") continue; // `a//b` and a trailing `/`
    if (part === "**") {
      // `**/**` is `**`.
      if (segments[segments.length - 1]?.kind !== "globstar") segments.push({ kind: "globstar" });
      continue;
    }
    segments.push({ kind: "name", pattern: namePattern(part, windows), dot: part.startsWith(".") });
  }
  return { base, segments };
}

function nameMatches(segment: Segment & { kind: "name" }, name: string): boolean {
  return (segment.dot || !name.startsWith(".")) && segment.pattern.test(name);
}

/**
 * Whether a path below the base (its names, in order) matches the whole pattern. A `**` matches
 * no names starting with a dot. Memoised by position, so that many `**` stay linear in the
 * pattern's length times the path's depth.
 */
export function globMatches(glob: Glob, names: readonly string[]): boolean {
  const { segments } = glob;
  const seen = new Set<number>();
  const match = (i: number, j: number): boolean => {
    const key = i * (names.length + 1) + j;
    if (seen.has(key)) return false;
    seen.add(key);
    if (i === segments.length) return j === names.length;
    const segment = segments[i]!;
    if (segment.kind === "globstar") {
      if (match(i + 1, j)) return true;
      return j < names.length && !names[j]!.startsWith(".") && match(i, j + 1);
    }
    return j < names.length && nameMatches(segment, names[j]!) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/** Whether a folder below the base (its names) can hold a path that matches the pattern. */
export function globMayEnter(glob: Glob, names: readonly string[]): boolean {
  const { segments } = glob;
  for (let i = 0; i < names.length; i += 1) {
    const segment = segments[i];
    // Past the end of the pattern, nothing deeper matches.
    if (segment === undefined) return false;
    if (segment.kind === "globstar") return !names.slice(i).some((name) => name.startsWith("."));
    if (!nameMatches(segment, names[i]!)) return false;
  }
  return names.length < segments.length;
}
