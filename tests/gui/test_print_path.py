"""The Qt print path: PDF → QtPdf → QPrinter at 100 %, checked by printing to a PDF file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desk_app.printing.slips import render_work_order_slip
from desk_app.services.printers import ProfileDTO
from desk_app.ui.printing import make_printer, send_to_printer

DATA = {
    "site_name": "阳光花园服务中心",
    "title": "报事报修单",
    "number": "BX-A1-2026-000001",
    "unit": "3-2-1102",
    "reporter": "张三",
    "description": "厨房水管漏水",
    "qr": "WO|BX-A1-2026-000001|0123456789ab",
}
MM = 72 / 25.4


def _print_to_file(tmp_path: Path, name: str, dx: str = "0", dy: str = "0", dpi: int = 300) -> Path:
    profile = ProfileDTO("work_order", dx_mm=Decimal(dx), dy_mm=Decimal(dy), dpi=dpi)
    pdf = render_work_order_slip(DATA, paper_key="a4-third", offset_mm=profile.offset_mm)
    printer = make_printer(profile, "a4-third", printer_name="")
    out = tmp_path / name
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert send_to_printer(pdf, printer) == 3
    return out


def _ink_top_left(path: Path) -> tuple[float, float]:
    """Top-left of the printed ink on page 1, in mm from the paper's corner."""
    page = pdfium.PdfDocument(str(path))[0]
    scale = 200 / 72
    ink = page.render(scale=scale).to_pil().convert("L").point(lambda v: 255 if v < 128 else 0)
    box = ink.getbbox()  # the bounding box of the dark pixels
    assert box is not None
    return box[0] / scale / MM, box[1] / scale / MM


def test_pages_keep_the_exact_paper_size(qapp: object, tmp_path: Path) -> None:
    out = _print_to_file(tmp_path, "plain.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    for page in reader.pages:
        width, height = float(page.mediabox.width) / MM, float(page.mediabox.height) / MM
        assert abs(width - 210) < 0.5 and abs(height - 99) < 0.5


def test_calibration_offset_moves_the_print(qapp: object, tmp_path: Path) -> None:
    x0, y0 = _ink_top_left(_print_to_file(tmp_path, "a.pdf"))
    x1, y1 = _ink_top_left(_print_to_file(tmp_path, "b.pdf", dx="2", dy="3"))
    assert abs((x1 - x0) - 2) < 0.3 and abs((y1 - y0) - 3) < 0.3
