"""Fonts for ReportLab: the bundled WenQuanYi Micro Hei, embedded (subset) in every PDF.

ReportLab's built-in ``STSong-Light`` is a CID font that is *not* embedded: each viewer substitutes its own
font, so a slip looks different on every PC. ReportLab cannot load CFF/OTF CJK fonts (Noto/Source Han), so
the bundled TrueType collection is used; Windows' SimSun / Microsoft YaHei could be loaded at run time later.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.resources import cjk_font_path

CJK_FONT = "WenQuanYiMicroHei"


@cache
def register_fonts() -> str:
    """Register the CJK font once per process; returns its ReportLab name."""
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(cjk_font_path()), subfontIndex=0))
    return CJK_FONT


def missing_glyphs(text: str) -> list[str]:
    """Characters of ``text`` the font cannot draw (a rare name character): warn instead of printing a box."""
    register_fonts()
    font = pdfmetrics.getFont(CJK_FONT)
    widths = font.face.charWidths
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in widths})
