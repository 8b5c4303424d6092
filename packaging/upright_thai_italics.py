"""Make resources/fonts/NotoSansThai-Italic.ttf and -BoldItalic.ttf: Noto Sans Thai has no italic.

Without an italic face Qt slants Thai in ``<i>`` text itself (a synthetic oblique, which Thai type
does not use, and which a PDF shows as a sheared text matrix). Each file made here is the bundled
upright Regular or Bold with its style set to Italic (OS/2 fsSelection, head macStyle and the
names), so Qt picks it for italic Thai and draws the letters upright. The outlines and the
OpenType tables are not changed. The result is a Modified Version under the SIL Open Font License
1.1 (resources/fonts/OFL.txt, which declares no Reserved Font Name); its description says so.

Needs fontTools, which the program itself does not: ``python upright_thai_italics.py``.
"""

from __future__ import annotations

from pathlib import Path

from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"
NOTE = ("Modified Version of Noto Sans Thai {style}, made by Eczema Explained: the upright "
        "letters, marked as the family's {italic} style so that italic Thai is drawn upright. "
        "Licensed under the SIL Open Font License, Version 1.1.")


def make(style: str) -> Path:
    """Write the italic counterpart of NotoSansThai-``style``.ttf; returns its path."""
    italic = "Italic" if style == "Regular" else f"{style}Italic"
    words = "Italic" if style == "Regular" else f"{style} Italic"
    font = TTFont(FONTS / f"NotoSansThai-{style}.ttf")
    os2 = font["OS/2"]
    os2.fsSelection = (os2.fsSelection | 1) & ~(1 << 6)  # ITALIC on, REGULAR off
    font["head"].macStyle |= 2  # italic
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (16, 17, 21, 22):  # no typographic names: family and style say it
            names.removeNames(nameID=record.nameID)
    for name_id, text in {
        2: words,
        3: f"2.000;EDUAPP;NotoSansThai-{italic}",
        4: f"Noto Sans Thai {words}",
        6: f"NotoSansThai-{italic}",
        10: NOTE.format(style=style, italic=words),
    }.items():
        names.setName(text, name_id, 3, 1, 0x409)
    out = FONTS / f"NotoSansThai-{italic}.ttf"
    font.save(out)
    return out


if __name__ == "__main__":
    for source_style in ("Regular", "Bold"):
        print(make(source_style))
