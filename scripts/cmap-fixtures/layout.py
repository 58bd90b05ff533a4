"""Lays out a report's blocks (JSON on stdin: [{kind: "text", text} | {kind: "table", grid:
{rows: [[{text, rowSpan?, colSpan?}]]}}]) as an A4 PDF with ReportLab, its text in STSong-Light:
one of Adobe's Asian fonts, which ReportLab (as iText) never embeds and encodes by the
UniGB-UCS2-H CMap. Tables are drawn with every cell's border. Usage: layout.py OUT.pdf < blocks.json
(Debian: python3-reportlab)."""
import json
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))
body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=16, wordWrap="CJK")
cell = ParagraphStyle("cell", fontName=FONT, fontSize=6.5, leading=8, wordWrap="CJK")
MARGIN = 15 * mm
# The frame's width, less its padding (6 pt each side).
WIDTH = A4[0] - 2 * MARGIN - 12


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(grid):
    """The grid's cells placed as HTML places them (each row's cells in the slots not yet taken
    by a cell spanning from above), then one ReportLab table with a SPAN for each merged cell."""
    taken = {}
    spans = []
    placed = []
    for r, row in enumerate(grid["rows"]):
        c = 0
        for item in row:
            while (r, c) in taken:
                c += 1
            rs, cs = item.get("rowSpan", 1), item.get("colSpan", 1)
            for dr in range(rs):
                for dc in range(cs):
                    taken[(r + dr, c + dc)] = True
            placed.append((r, c, item["text"]))
            if rs > 1 or cs > 1:
                spans.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
            c += cs
    rows = 1 + max(r for r, _ in taken)
    columns = 1 + max(c for _, c in taken)
    data = [["" for _ in range(columns)] for _ in range(rows)]
    for r, c, text in placed:
        data[r][c] = Paragraph(escape(text).replace("\n", "<br/>"), cell)
    style = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        + spans
    )
    return Table(data, colWidths=[WIDTH / columns] * columns, style=style, repeatRows=0)


def main():
    blocks = json.load(sys.stdin)
    story = [
        Paragraph(escape(block["text"]).replace("\n", "<br/>"), body)
        if block["kind"] == "text"
        else table(block["grid"])
        for block in blocks
    ]
    SimpleDocTemplate(
        sys.argv[1], pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN, title="report"
    ).build(story)


main()
