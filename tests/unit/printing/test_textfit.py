"""CJK line breaking (kinsoku), shrink-to-fit and the "…" of last resort."""

from __future__ import annotations

import itertools

import pytest
from reportlab.lib import textsplit
from reportlab.platypus import paragraph

from desk_app.printing.textfit import (
    CJK_CANNOT_END,
    CJK_CANNOT_START,
    ELLIPSIS,
    fit_text,
    font_metrics,
    install_cjk_line_rules,
    text_width,
    wrap_lines,
)

TEXT = (
    "1. 用尺子测量 100 mm 标尺（横）：长度不对时，请在打印设置中关闭“适合页面/缩放”，选择实际大小（100%）。"
    "业主反映：卫生间漏水！楼下（2-1102）天花板有水渍？请尽快上门。编号 BX-A1-2026-000123、《装修协议》第三条。"
)


def test_chinese_closing_punctuation_may_not_start_a_line() -> None:
    install_cjk_line_rules()
    for ch in "，。；：！？）」』】》、":
        assert ch in textsplit.ALL_CANNOT_START
        assert ch in paragraph.ALL_CANNOT_START


@pytest.mark.parametrize("size", [6.0, 9.0, 12.0])
def test_wrapping_obeys_the_line_rules_and_keeps_every_character(size: float) -> None:
    for width in range(int(size * 8), int(size * 45), 3):
        lines = wrap_lines(TEXT, width, size)
        assert "".join(lines).replace(" ", "") == TEXT.replace(" ", "")
        for line in lines:
            assert text_width(line, size) <= width + 1e-6, (width, line)
        for before, after in itertools.pairwise(lines):
            assert after[0] not in CJK_CANNOT_START, (width, before, after)
            assert before[-1] not in CJK_CANNOT_END, (width, before, after)
            assert not (before[-1].isdigit() and after[0] in "0123456789%"), (width, before, after)


def test_hard_line_breaks_are_kept() -> None:
    assert wrap_lines("原因及\n处理结果", 200, 9) == ["原因及", "处理结果"]


def test_short_text_keeps_its_size() -> None:
    fitted = fit_text("张三", 100, 20, 9, 6, multiline=False)
    assert (fitted.size, fitted.lines, fitted.truncated) == (9, ("张三",), False)


def test_text_shrinks_before_it_is_cut() -> None:
    text = "厨房水龙头漏水，阀门关不紧，地面有积水。" * 4
    fitted = fit_text(text, 300, 25, 9, 6, multiline=True)
    assert 6 <= fitted.size < 9 and not fitted.truncated
    assert "".join(fitted.lines) == text
    _, ascent, descent = font_metrics()
    assert fitted.block_height(ascent, descent) <= 25


def test_text_that_cannot_fit_is_cut_with_an_ellipsis() -> None:
    fitted = fit_text("很长的描述，" * 100, 300, 40, 9, 6, multiline=True)
    assert fitted.size == 6 and fitted.truncated
    assert fitted.lines[-1].endswith(ELLIPSIS)
    _, ascent, descent = font_metrics()
    assert fitted.block_height(ascent, descent) <= 40
    assert all(text_width(line, 6) <= 300 for line in fitted.lines)

    single = fit_text("BX-A1-2026-000123-" * 5, 60, 12, 9, 6, multiline=False)
    assert single.truncated and single.lines[0].endswith(ELLIPSIS)
    assert text_width(single.lines[0], single.size) <= 60


def test_size_is_capped_by_the_box_height() -> None:
    fitted = fit_text("作废", 500, 10, 40, 30, multiline=False)
    _, ascent, descent = font_metrics()
    assert fitted.size * (ascent - descent) <= 10 + 1e-6


def test_without_shrink_to_fit_only_the_cut_applies() -> None:
    fitted = fit_text("很长的描述" * 20, 100, 12, 9, 6, multiline=False, shrink=False)
    assert fitted.size == 9 and fitted.truncated
