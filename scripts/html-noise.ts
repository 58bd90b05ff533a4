// Word-like inline noise on a page's table cells, shared by scripts/rendering-matrix.ts and
// scripts/heldout-grids.ts (both read the noisy page with parseHTML).

/**
 * What Word's "save as web page" and editors pasting from it do to a cell: its text in a
 * paragraph of spans and fonts that split words, an <o:p> at the end, digits as numeric
 * entities, a non-breaking space before and after.
 */
export function wordNoise(html: string): string {
  return html.replace(
    /(<t[dh][^>]*>)([^<]*)(<\/t[dh]>)/g,
    (_, open: string, text: string, close: string) => {
      const chars = [...text];
      const half = Math.ceil(chars.length / 2);
      const first = chars.slice(0, half).join("");
      const second = chars
        .slice(half)
        .join("")
        .replace(/\d/g, (digit) => `&#${digit.charCodeAt(0)};`);
      return `${open}<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:9.0pt;font-family:宋体'>&nbsp;${first}</span><font face="宋体"><span style='mso-bidi-font-size:10.5pt'>${second}</span></font>&nbsp;<o:p></o:p></p>${close}`;
    },
  );
}
