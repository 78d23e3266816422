from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desk_app.printing.fonts import CJK_FONT, missing_glyphs, register_fonts


def test_chinese_text_is_embedded_and_extractable() -> None:
    name = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(name, 14)
    c.drawString(72, 720, "阳光花园服务中心 报修单 3-2-1102 张三")
    c.save()
    reader = PdfReader(io.BytesIO(buf.getvalue()))
    page = reader.pages[0]
    assert "阳光花园服务中心 报修单 3-2-1102 张三" in page.extract_text()
    fonts = [ref.get_object() for ref in page["/Resources"]["/Font"].values()]
    cjk = [f for f in fonts if CJK_FONT in str(f["/BaseFont"])]
    assert cjk, f"no {CJK_FONT} font in {[f['/BaseFont'] for f in fonts]}"
    descriptor = cjk[0]["/FontDescriptor"].get_object()
    assert "/FontFile2" in descriptor, "the TrueType font must be embedded"


def test_missing_glyphs_are_reported() -> None:
    assert missing_glyphs("张三 李四") == []
    assert missing_glyphs("𠀾") == ["𠀾"]  # a CJK Extension B character outside the font
