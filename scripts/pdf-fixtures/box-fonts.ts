// The box font of the PDF fixtures (box-font.py): Noto Sans CJK SC's widths and character map,
// every glyph a box, so that printed PDFs keep Noto's layout and text layer and stay small
// (Chromium embeds Noto's own outlines as Type 3 fonts, about 600–800 kB a report). Used by the
// fixture scripts and the hunts (pdf-fixtures, heldout-renderings, heldout-grids, rendering-matrix,
// wk-hunt, word-hunt); needs a python3 with fontTools: `PYTHON=/usr/bin/python3` where the one on
// the PATH has none (Debian's python3-fonttools installs into /usr/bin/python3's).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The family name the box font is installed and declared under. */
export const BOX_FAMILY = "ZfxxgkFixture";

const NOTO = "/usr/share/fonts/opentype/noto";

/** Runs a command, echoed, with its output shown. */
export function sh(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): void {
  console.log(`$ ${command} ${args.join(" ")}`);
  execFileSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

/**
 * Builds the regular and bold box fonts for `chars` (ASCII added) into `work` (regular.ttf and
 * bold.ttf beside the pages, for an @font-face) and a fontconfig file through which LibreOffice
 * finds them; returns that file's path.
 */
export function boxFonts(work: string, chars: Iterable<string>): string {
  const python = process.env["PYTHON"] ?? "python3";
  const script = resolve(import.meta.dirname, "box-font.py");
  const all = new Set(chars);
  for (let code = 0x20; code < 0x7f; code++) all.add(String.fromCharCode(code));
  writeFileSync(join(work, "chars.txt"), [...all].join(""));
  const fonts = join(work, "fonts");
  mkdirSync(fonts, { recursive: true });
  for (const [file, style, source] of [
    ["regular.ttf", "Regular", "NotoSansCJK-Regular.ttc"],
    ["bold.ttf", "Bold", "NotoSansCJK-Bold.ttc"],
  ] as const) {
    // Font number 2 of the collection is Noto Sans CJK SC.
    const built = join(fonts, file);
    sh(python, [
      script,
      join(NOTO, source),
      "2",
      join(work, "chars.txt"),
      built,
      BOX_FAMILY,
      style,
    ]);
    copyFileSync(built, join(work, file));
  }
  const fontconfig = join(work, "fonts.conf");
  writeFileSync(
    fontconfig,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${join(work, "fc-cache")}</cachedir></fontconfig>\n`,
  );
  return fontconfig;
}
