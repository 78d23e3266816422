"""The calibration page read back: its size, grid, crosshairs, rulers, instructions, and the offset."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desk_app.printing.calibration import calibration_page, ruler_lengths
from desk_app.printing.papers import PAPERS

MM = 72 / 25.4
OpenPdf = Callable[[bytes], Any]


def lines_mm(page: Any) -> list[tuple[float, float, float, float]]:
    """(x0, top, x1, bottom) in mm of every straight line on the page."""
    return [(ln["x0"] / MM, ln["top"] / MM, ln["x1"] / MM, ln["bottom"] / MM) for ln in page.lines]


def has_line(
    lines: list[tuple[float, float, float, float]], x0: float, top: float, x1: float, bottom: float
) -> bool:
    return any(
        all(abs(a - b) < 0.1 for a, b in zip(line, (x0, top, x1, bottom), strict=True)) for line in lines
    )


@pytest.mark.parametrize("paper_key", sorted(PAPERS))
def test_page_has_the_paper_size_grid_crosshairs_and_rulers(paper_key: str, open_pdf: OpenPdf) -> None:
    paper = PAPERS[paper_key]
    pdf = open_pdf(calibration_page(paper_key))
    assert len(pdf.pages) == 1
    page = pdf.pages[0]
    assert (page.width / MM, page.height / MM) == pytest.approx((paper.width_mm, paper.height_mm), abs=0.1)
    lines = lines_mm(page)
    w, h = paper.width_mm, paper.height_mm
    for x in range(10, int(w), 10):  # the 10 mm grid
        assert has_line(lines, x, 0, x, h), f"grid line at x = {x} mm"
    for y in range(10, int(h), 10):
        assert has_line(lines, 0, y, w, y), f"grid line at y = {y} mm"
    for cx, cy in ((20, 20), (w - 20, h - 20)):  # crosshairs A and B
        assert has_line(lines, cx - 5, cy, cx + 5, cy) and has_line(lines, cx, cy - 5, cx, cy + 5)
    assert has_line(lines, 1, 0, 1, 1.5) and has_line(lines, 10, 0, 10, 4), "1 mm ticks along the top edge"
    assert has_line(lines, 0, 5, 2.5, 5), "ticks along the left edge"
    h_len, v_len = ruler_lengths(paper)
    assert any(abs((x1 - x0) - h_len) < 0.05 and abs(b - t) < 0.01 for x0, t, x1, b in lines), (
        "horizontal ruler"
    )
    assert any(abs((b - t) - v_len) < 0.05 and abs(x1 - x0) < 0.01 for x0, t, x1, b in lines), (
        "vertical ruler"
    )
    text = page.extract_text()
    assert f"{h_len:.0f} mm" in text
    assert "十字 A" in text and "dx" in text and "dy" in text


def test_rulers_are_100mm_where_the_paper_allows() -> None:
    assert ruler_lengths(PAPERS["a4"]) == (100, 100)
    assert ruler_lengths(PAPERS["a4-third"]) == (100, 50)
    assert ruler_lengths(PAPERS["cr80"]) == (50, 30)


def test_instructions_explain_how_to_compute_the_offsets(open_pdf: OpenPdf) -> None:
    text = open_pdf(calibration_page("a4-third", (1.5, -0.5))).pages[0].extract_text().replace(" ", "")
    assert "用尺子测量100mm标尺" in text
    assert "dx=+1.5mm" in text and "dy=-0.5mm" in text
    assert "新dx=当前dx+(20−X)" in text and "新dy=当前dy+(20−Y)" in text
    assert "100%" in text


def test_offset_moves_the_page_like_render(open_pdf: OpenPdf) -> None:
    lines = lines_mm(open_pdf(calibration_page("a4", (1.5, -2.0))).pages[0])
    assert has_line(lines, 21.5 - 5, 18, 21.5 + 5, 18) and has_line(lines, 21.5, 13, 21.5, 23)


def test_calibration_page_is_byte_identical_for_identical_input() -> None:
    assert calibration_page("cont-241x93", (0.5, 0.5)) == calibration_page("cont-241x93", (0.5, 0.5))


def test_dot_matrix_calibration_page_has_no_hairlines(open_pdf: OpenPdf) -> None:
    page = open_pdf(calibration_page("cont-241x140", dot_matrix=True)).pages[0]
    assert min(ln["linewidth"] for ln in page.lines) >= 0.5
