// Footnote references beside a report's values, as a page's editor sets them: the fixtures of the
// Word reader (scripts/docx-fixtures.ts) and of the PDF reader (scripts/pdf-fixtures.ts).

/**
 * toHTML's page with footnote references beside its values, printed by `tag` (`sup` raised,
 * `sub` lowered): every fourth value cell gets a `1` after its value, the next a `2` before it,
 * the next a `12` after it (longer than a one-digit value).
 */
export function withFootnoteMarks(html: string, tag: "sup" | "sub" = "sup"): string {
  let index = 0;
  return html.replace(
    /(<td class="zfxxgk-value"[^>]*>)(\d+)<\/td>/g,
    (_, open: string, value: string) => {
      const kind = index++ % 4;
      if (kind === 0) return `${open}${value}<${tag}>1</${tag}></td>`;
      if (kind === 1) return `${open}<${tag}>2</${tag}>${value}</td>`;
      if (kind === 2) return `${open}${value}<${tag}>12</${tag}></td>`;
      return `${open}${value}</td>`;
    },
  );
}
