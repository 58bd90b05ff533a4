# Builds a fixture font for scripts/pdf-fixtures.ts: Noto Sans CJK SC's character map and advance
# widths for the characters given, every glyph drawn as a plain box. PDFs printed with it are laid
# out exactly as with Noto Sans CJK (same widths, same line breaks) and carry the same text layer,
# but stay a few tens of kilobytes: the readers under test see the text layer and the positions,
# never the outlines. (Chromium embeds Noto's CFF outlines as Type 3 fonts, about 800 kB a report.)
#
# Usage: python3 box-font.py SOURCE.ttc FONT-NUMBER CHARS.txt OUT.ttf FAMILY STYLE
# Needs fontTools (pip install fonttools).
import sys

from fontTools import subset
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import newTable

source, number, chars_file, out, family, style = sys.argv[1:7]
options = subset.Options()
options.font_number = int(number)
options.layout_features = []
options.hinting = False
options.name_IDs = ["*"]
font = subset.load_font(source, options)
subsetter = subset.Subsetter(options)
with open(chars_file, encoding="utf-8") as chars:
    subsetter.populate(text=chars.read())
subsetter.subset(font)

order = font.getGlyphOrder()
em = font["head"].unitsPerEm
glyf = newTable("glyf")
glyf.glyphOrder = order
glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(None)
    advance = font["hmtx"][name][0]
    # A glyph with no outline may be left out of the text by a PDF writer; a box never is.
    if name != ".notdef" and advance > 0:
        x0, x1, y1 = advance // 8, advance - advance // 8, em // 2
        pen.moveTo((x0, 0))
        pen.lineTo((x0, y1))
        pen.lineTo((x1, y1))
        pen.lineTo((x1, 0))
        pen.closePath()
    glyph = pen.glyph()
    if glyph.numberOfContours:
        glyph.recalcBounds(glyf)
    glyf.glyphs[name] = glyph
font["loca"] = newTable("loca")
font["glyf"] = glyf
for tag in ("CFF ", "VORG", "GPOS", "GSUB", "GDEF", "BASE", "vhea", "vmtx"):
    if tag in font:
        del font[tag]
maxp = newTable("maxp")
maxp.tableVersion = 0x00010000
maxp.numGlyphs = len(order)
for field in (
    "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours", "maxTwilightPoints",
    "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
    "maxSizeOfInstructions", "maxComponentElements",
):
    setattr(maxp, field, 0)
maxp.maxZones = 1
maxp.maxComponentDepth = 1
font["maxp"] = maxp
font["head"].glyphDataFormat = 0
font["post"].formatType = 3.0
for record in font["name"].names:
    if record.nameID in (1, 16):
        record.string = family
    elif record.nameID in (2, 17):
        record.string = style
    elif record.nameID == 4:
        record.string = f"{family} {style}"
    elif record.nameID == 6:
        record.string = f"{family}-{style}"
font["OS/2"].fsType = 0
font.sfntVersion = "\x00\x01\x00\x00"
font.save(out)
