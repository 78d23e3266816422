"""The generic renderer with a small card template: defaults, alignment, fitting, three-up, errors."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from desk_app.printing.render import TEXT_PAD_MM, render
from desk_app.printing.template import (
    Box,
    CheckBox,
    Layout,
    Line,
    QrField,
    StaticText,
    Template,
    TextField,
)

MM = 72 / 25.4
OpenPdf = Callable[[bytes], Any]
CharsOf = Callable[[Any, str], list[dict[str, Any]]]

NAME = TextField("name", 5, 12, 50, 7, 12, "left", bold=True, min_font_size=7)
UNIT = TextField("unit", 5, 20, 50, 6, 9, "right")
PLATE = TextField("plate", 5, 27, 50, 6, 9, "center")
NOTE = TextField("note", 5, 34, 50, 14, 8, multiline=True, valign="top", min_font_size=5)
CARD = Template(
    key="pass_card",
    title="出入证",
    layouts={
        "cr80": Layout(
            "cr80",
            85.6,
            54,
            (
                Box(3, 3, 79.6, 48, 0.3, fill="#F0F0F0"),
                StaticText("阳光花园 出入证", 5, 4, 60, 7, 11, "left", bold=True),
                Line(5, 11.5, 75.6, 0, 0.2, dash=(1, 1)),
                NAME,
                UNIT,
                PLATE,
                NOTE,
                CheckBox("kind", 60, 40, 3, "临时"),
                QrField("qr", 60, 14, 20),
            ),
        ),
        "a4-third": Layout("a4-third", 210, 99, (TextField("name", 10, 10, 80, 8, 12),)),
    },
    copies=("正面",),
    default_paper="cr80",
)
DATA = {
    "name": "王小明",
    "unit": "5-1-0302",
    "plate": "粤A·12345",
    "note": "有效期至 2026-12-31",
    "qr": "PS|P-1|ab",
}


def test_a_card_renders_with_the_default_marks_and_copy_label(open_pdf: OpenPdf, chars_of: CharsOf) -> None:
    pdf = open_pdf(render(CARD, DATA, copies=("正面", "备份"), stamp="void", reprint_count=3))
    assert len(pdf.pages) == 2
    for page, label in zip(pdf.pages, ("正面", "备份"), strict=True):
        assert (page.width / MM, page.height / MM) == pytest.approx((85.6, 54), abs=0.1)
        chars_of(page, label)
        chars_of(page, "补打 (第 3 次)")
        chars_of(page, "作废")
        for c in page.chars:
            if c["text"] not in "作废":
                assert c["x0"] >= 0 and c["x1"] <= page.width and c["top"] >= 0 and c["bottom"] <= page.height


def test_alignment_within_the_box(open_pdf: OpenPdf, chars_of: CharsOf) -> None:
    page = open_pdf(render(CARD, DATA)).pages[0]
    name = chars_of(page, "王小明")
    assert name[0]["x0"] / MM == pytest.approx(NAME.x + TEXT_PAD_MM, abs=0.05)
    unit = chars_of(page, "5-1-0302")
    assert unit[-1]["x1"] / MM == pytest.approx(UNIT.x + UNIT.w - TEXT_PAD_MM, abs=0.05)
    plate = chars_of(page, "粤A·12345")
    middle = (plate[0]["x0"] + plate[-1]["x1"]) / 2 / MM
    assert middle == pytest.approx(PLATE.x + PLATE.w / 2, abs=0.05)
    note = chars_of(page, "有效期至")
    assert note[0]["top"] / MM == pytest.approx(NOTE.y + 0.6, abs=0.1), "top-aligned"


def test_defaults_fill_in_for_missing_data(open_pdf: OpenPdf) -> None:
    template = Template(
        "t",
        "t",
        {"a5": Layout("a5", 148, 210, (TextField("title", 10, 10, 100, 10, 14, default="放行条"),))},
        ("一",),
        "a5",
    )
    assert "放行条" in open_pdf(render(template, {})).pages[0].extract_text()
    assert "出门证" in open_pdf(render(template, {"title": "出门证"})).pages[0].extract_text()


@pytest.mark.parametrize("seed", range(5))
def test_random_text_never_leaves_its_box(seed: int, open_pdf: OpenPdf) -> None:
    rng = random.Random(seed)
    alphabet = "报修漏水电梯故障，。；：！？（）《》、“”0123456789 ABCDEFabcdef-·%"
    fields = []
    for i in range(12):
        w, h = rng.uniform(8, 60), rng.uniform(4, 20)
        fields.append(
            TextField(
                f"f{i}",
                5 + (i % 3) * 66,
                5 + (i // 3) * 22,
                w,
                h,
                rng.choice([8, 9, 12]),
                multiline=i % 2 == 0,
            )
        )
    template = Template("rnd", "rnd", {"a4": Layout("a4", 210, 297, tuple(fields))}, ("一",), "a4")
    data = {f.key: "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 200))) for f in fields}
    page = open_pdf(render(template, data, mode="carbonless")).pages[0]  # no copy label
    assert len(page.chars) > 100
    for c in page.chars:
        box = next(
            f
            for f in fields
            if f.x - 0.01 <= c["x0"] / MM <= f.x + f.w and f.y - 0.01 <= c["top"] / MM <= f.y + f.h
        )
        assert c["x1"] / MM <= box.x + box.w + 0.01 and c["bottom"] / MM <= box.y + box.h + 0.01, (
            c["text"],
            box,
        )


def test_more_than_three_copies_three_up_take_a_second_sheet(open_pdf: OpenPdf) -> None:
    template = Template(
        "r", "收据", {"a4-third": Layout("a4-third", 210, 99, (TextField("n", 10, 10, 80, 8, 12),))},
        ("一", "二", "三", "四"), "a4-third",
    )  # fmt: skip
    pdf = open_pdf(render(template, {"n": "SJ-A1-2026-000001"}, a4_three_up=True))
    assert len(pdf.pages) == 2
    assert [p.extract_text().count("SJ-A1-2026-000001") for p in pdf.pages] == [3, 1]
    assert len([ln for ln in pdf.pages[1].lines if ln["dash"]]) == 1


def test_unknown_stamp_and_negative_reprint_are_refused() -> None:
    with pytest.raises(ValueError, match="stamp"):
        render(CARD, DATA, stamp="copy")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reprint_count"):
        render(CARD, DATA, reprint_count=-1)
    with pytest.raises(ValueError, match="no layout"):
        render(CARD, DATA, paper_key="a5")


def test_a_checkbox_is_ticked_by_its_value_or_true(open_pdf: OpenPdf) -> None:
    def ticks(kind: object) -> int:
        page = open_pdf(render(CARD, {**DATA, "kind": kind})).pages[0]
        return len([c for c in page.curves if c["x0"] / MM >= 60 and c["x1"] / MM <= 63])

    assert (ticks("临时"), ticks(True), ticks("长期"), ticks(False), ticks(None)) == (1, 1, 0, 0, 0)
