import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the core does no I/O", () => {
  const core = files("src").filter((file) => !file.startsWith(join("src", "cli")));

  it("no module outside src/cli imports a Node built-in", () => {
    const offenders = core.filter((file) =>
      /from\s+["'](node:[^"']+|fs|path|os|child_process|process|url|stream)["']|require\(/.test(
        readFileSync(file, "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("no module uses process or global decimal.js / zod configuration", () => {
    const offenders = core.filter((file) =>
      /\bprocess\.|Decimal\.set\(|z\.config\(|import \{ z \} from "zod"/.test(
        readFileSync(file, "utf8"),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it("the check above can fail", () => {
    expect(/from\s+["'](node:[^"']+|fs)["']/.test('import { readFileSync } from "node:fs";')).toBe(
      true,
    );
  });
});
