import { describe, expect, it } from "vitest";
import { bandsAcross } from "../../src/pdf/bands.js";

describe("bandsAcross", () => {
  it("bands the pieces within a distance across of each band's first, each band in order along", () => {
    const a = { at: 10, from: 5, to: 8 };
    const b = { at: 10.2, from: 0, to: 4 };
    const c = { at: 11.5, from: 2, to: 3 };
    const d = { at: 30, from: 0, to: 9 };
    expect(bandsAcross([d, a, c, b], 1)).toEqual([[b, a], [c], [d]]);
    // Within 2 of the first (10), 11.5 joins the band; 30 does not.
    expect(bandsAcross([d, a, c, b], 2)).toEqual([[b, c, a], [d]]);
    expect(bandsAcross([], 1)).toEqual([]);
  });

  it("chained: a piece within the distance of the one before joins the band", () => {
    // A table's two borders 1.7 apart (wkhtmltopdf's separate borders) beside another table's
    // line 1.8 to their left: measured from the band's first, the far border was a band alone.
    const other = { at: 237.7, from: 426, to: 501 };
    const near = { at: 239.5, from: 90, to: 326 };
    const far = { at: 241.2, from: 90, to: 326 };
    expect(bandsAcross([far, near, other], 2)).toEqual([[near, other], [far]]);
    expect(bandsAcross([far, near, other], 2, true)).toEqual([[near, far, other]]);
  });
});
