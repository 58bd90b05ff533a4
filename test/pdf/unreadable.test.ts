/**
 * parsePdf on what it cannot read: it never throws nor rejects, and says why in one
 * SOURCE_UNREADABLE finding, with no report.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkBytes } from "../../src/pdf/bytes.js";
import { parsePdf } from "../../src/pdf.js";
import { fixture } from "./support.js";

// pdf.js warns on the console about what it repairs in a broken file; not the tests' output.
beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(() => {
  vi.restoreAllMocks();
});

async function unreadable(input: unknown, options?: unknown) {
  const result = await parsePdf(input as Uint8Array, options as never);
  expect(result.ok).toBe(false);
  expect(result.report).toBeUndefined();
  const found = result.findings.filter((f) => f.code === "SOURCE_UNREADABLE");
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: "error", path: [], expected: "pdf" });
  return { result, finding: found[0] };
}

describe("parsePdf: unreadable input", () => {
  it("bytes that are no PDF say what they look like", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);
    expect((await unreadable(zip)).finding?.actual).toMatch(/ZIP/);
    const html = new TextEncoder().encode("<html><body>政府信息公开</body></html>");
    expect((await unreadable(html)).finding?.actual).toMatch(/HTML/);
    const { finding } = await unreadable(new Uint8Array([1, 2, 3]));
    expect(finding?.message).toContain("%PDF-");
  });

  it("an empty file, a detached buffer and values that are not bytes", async () => {
    expect((await unreadable(new Uint8Array())).finding?.actual).toBe("0 bytes");
    const buffer = new ArrayBuffer(8);
    structuredClone(buffer, { transfer: [buffer] });
    expect(buffer.byteLength).toBe(0);
    await unreadable(buffer);
    for (const value of [undefined, null, "report.pdf", 42, {}, [1, 2, 3]]) await unreadable(value);
    const hostile = new Proxy(new Uint8Array(4), {
      get() {
        throw new Error("no");
      },
    });
    await unreadable(hostile);
  });

  it("an encrypted PDF needs its password", async () => {
    const { finding } = await unreadable(fixture("encrypted.pdf"));
    expect(finding?.actual).toBe("encrypted PDF");
    expect(finding?.message).toMatch(/password/);
  });

  it("a scan has no text layer, and the message says so", async () => {
    const { finding } = await unreadable(fixture("scanned.pdf"), { locale: "en" });
    expect(finding?.actual).toBe("PDF without a text layer");
    expect(finding?.message).toMatch(/^The file could not be read as pdf: .*OCR/);
  });

  it("a truncated PDF", async () => {
    const bytes = fixture("seed-chromium.pdf");
    await unreadable(bytes.subarray(0, Math.floor(bytes.length / 3)));
  });

  it("reports bad options beside the unreadable file, in the language asked for", async () => {
    const { result } = await unreadable(new Uint8Array([1]), { locale: "en", colour: "red" });
    expect(result.findings.map((f) => f.code)).toEqual(["OPTION_INVALID", "SOURCE_UNREADABLE"]);
    expect(result.findings[1]?.message).toMatch(/^The file could not be read as pdf/);
    const silenced = await parsePdf(new Uint8Array([1]), {
      severity: { SOURCE_UNREADABLE: "off" },
    });
    expect(silenced).toMatchObject({ ok: true, report: undefined, findings: [] });
  });

  it("its result is frozen", async () => {
    const { result } = await unreadable(new Uint8Array([1]));
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.findings[0])).toBe(true);
  });
});

describe("parsePdf: the caller's bytes", () => {
  it("are copied, never detached nor changed, whatever pdf.js does with its copy", async () => {
    const bytes = fixture("seed-chromium.pdf");
    const before = bytes.slice();
    const result = await parsePdf(bytes);
    expect(result.report?.year).toBe(2022);
    expect(bytes.byteLength).toBe(before.byteLength);
    expect(bytes).toEqual(before);
    const buffer = before.buffer.slice(0);
    await parsePdf(buffer);
    expect(buffer.byteLength).toBe(before.byteLength);
  }, 60_000);

  it("a view into a larger buffer is read from its own bytes", () => {
    const inner = new TextEncoder().encode("%PDF-1.7");
    const outer = new Uint8Array(32);
    outer.set(inner, 8);
    const checked = checkBytes(outer.subarray(8, 16));
    expect(checked.ok && [...checked.bytes]).toEqual([...inner]);
    expect(checkBytes(new DataView(outer.buffer, 8, 8)).ok).toBe(true);
    expect(checkBytes(new SharedArrayBuffer(4)).ok).toBe(false);
  });
});
