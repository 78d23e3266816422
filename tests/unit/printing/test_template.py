"""Papers and templates-as-data: sizes, JSON round trip, validation, and the slip's layouts on paper."""

from __future__ import annotations

import itertools
import json

import pytest

from desk_app.printing.papers import PAPERS, paper
from desk_app.printing.render import element_bounds, render
from desk_app.printing.slips import WORK_ORDER_COPIES, WORK_ORDER_SLIP
from desk_app.printing.template import (
    Box,
    CheckBox,
    CopyLabel,
    Layout,
    Line,
    Mark,
    QrField,
    StaticText,
    Template,
    TextField,
    element_from_json,
    load_template,
)

MARGIN_MM = 5.0


def test_papers() -> None:
    sizes = {k: (p.width_mm, p.height_mm, p.continuous) for k, p in PAPERS.items()}
    assert sizes == {
        "a4": (210, 297, False),
        "a5": (148, 210, False),
        "a4-third": (210, 99, False),
        "cont-241x93": (241, 93.1, True),
        "cont-241x140": (241, 139.7, True),
        "cr80": (85.6, 54, False),
    }
    assert paper("a4-third").name_zh == "A4 三等分"
    assert paper("a4").size_pt == pytest.approx((595.28, 841.89), abs=0.01)
    with pytest.raises(ValueError, match="unknown paper"):
        paper("letter")


def test_template_round_trips_through_json(slip_data: dict[str, object]) -> None:
    text = json.dumps(WORK_ORDER_SLIP.to_json(), ensure_ascii=False)
    plain = json.loads(text)
    assert plain["copies"] == list(WORK_ORDER_COPIES)
    assert {e["type"] for e in plain["layouts"]["a4-third"]["elements"]} >= {
        "text", "static", "line", "box", "checkbox", "qr", "copy_label", "mark",
    }  # fmt: skip
    again = Template.from_json(text)
    assert again == WORK_ORDER_SLIP
    assert Template.from_json(plain) == WORK_ORDER_SLIP
    assert render(again, slip_data) == render(WORK_ORDER_SLIP, slip_data)


def test_a_site_can_rename_copies_and_move_a_field() -> None:
    obj = WORK_ORDER_SLIP.to_json()
    obj["copies"] = ["第一联 存根", "第二联 客户"]
    for element in obj["layouts"]["a4-third"]["elements"]:
        if element["type"] == "text" and element["key"] == "unit":
            element["x"] += 2
    edited = load_template(json.dumps(obj, ensure_ascii=False))
    assert edited.copies == ("第一联 存根", "第二联 客户")
    unit = next(e for e in edited.layout().elements if isinstance(e, TextField) and e.key == "unit")
    original = next(
        e for e in WORK_ORDER_SLIP.layout().elements if isinstance(e, TextField) and e.key == "unit"
    )
    assert unit.x == original.x + 2
    assert load_template(json.dumps(obj, ensure_ascii=False)) is edited  # parsed once


@pytest.mark.parametrize(
    ("element", "message"),
    [
        ({"type": "blink", "x": 0}, "unknown element type"),
        ({"type": "text", "key": "a", "x": 0, "y": 0, "w": 10, "h": 5, "align": "justify"}, "align"),
        ({"type": "text", "key": "a", "x": 0, "y": 0, "w": 10}, "TextField"),
        ({"type": "text", "key": "a", "x": "0", "y": 0, "w": 10, "h": 5}, "expected a number"),
        ({"type": "box", "x": 0, "y": 0, "w": 10, "h": 5, "colour": "red"}, "unknown attributes"),
        ({"type": "mark", "kind": "stamp", "x": 0, "y": 0, "w": 1, "h": 1, "size": 9}, "kind"),
        (
            {"type": "text", "key": "a", "x": 0, "y": 0, "w": 10, "h": 5, "font_size": 6, "min_font_size": 8},
            "min",
        ),
    ],
)
def test_bad_elements_are_rejected(element: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        element_from_json(element)


def test_json_gives_numbers_floats_and_lists_tuples() -> None:
    line = element_from_json({"type": "line", "x": 1, "y": 2, "w": -3, "h": 0, "dash": [3, 2]})
    assert line == Line(1.0, 2.0, -3.0, 0.0, dash=(3.0, 2.0))
    assert isinstance(line, Line) and isinstance(line.x, float)


def test_layouts_must_match_their_paper() -> None:
    with pytest.raises(ValueError, match="does not match paper"):
        Layout("a4-third", 210, 97, ())
    with pytest.raises(ValueError, match="unknown paper"):
        Layout("b5", 176, 250, ())
    layout = Layout("cr80", 85.6, 54, ())
    with pytest.raises(ValueError, match="default paper"):
        Template("card", "卡", {"cr80": layout}, ("正面",), "a4")
    with pytest.raises(ValueError, match="copy label"):
        Template("card", "卡", {"cr80": layout}, (), "cr80")
    with pytest.raises(ValueError, match="format"):
        Template.from_json(
            {**Template("card", "卡", {"cr80": layout}, ("正面",), "cr80").to_json(), "format": 9}
        )


def test_the_slip_reads_the_documented_data_keys() -> None:
    assert WORK_ORDER_SLIP.data_keys() == {
        "site_name", "title", "number", "created_at", "unit", "reporter", "phone", "channel", "category",
        "urgency", "description", "appointment", "department", "clerk", "paid", "qr", "evaluation",
    }  # fmt: skip
    assert set(WORK_ORDER_SLIP.papers) == {"a4-third", "cont-241x93", "cont-241x140", "a5"}
    assert WORK_ORDER_SLIP.default_paper == "a4-third"


@pytest.mark.parametrize("paper_key", ["a4-third", "cont-241x93", "cont-241x140", "a5"])
def test_slip_layout_keeps_5mm_margins_and_nothing_overlaps(paper_key: str) -> None:
    layout = WORK_ORDER_SLIP.layout(paper_key)
    for element in layout.elements:
        if isinstance(element, Mark) and element.kind == "void":
            continue  # the void stamp lies across the slip on purpose
        left, top, right, bottom = element_bounds(element)
        assert left >= MARGIN_MM - 1e-6 and top >= MARGIN_MM - 1e-6, element
        assert right <= layout.width_mm - MARGIN_MM + 1e-6, element
        assert bottom <= layout.height_mm - MARGIN_MM + 1e-6, element
    content = [
        e
        for e in layout.elements
        if isinstance(e, TextField | StaticText | CheckBox | QrField | CopyLabel)
        or (isinstance(e, Mark) and e.kind == "reprint")
    ]
    for a, b in itertools.combinations(content, 2):
        a0, a1, a2, a3 = element_bounds(a)
        b0, b1, b2, b3 = element_bounds(b)
        overlap = max(0.0, min(a2, b2) - max(a0, b0)) * max(0.0, min(a3, b3) - max(a1, b1))
        assert overlap < 0.01, f"{a} overlaps {b}"


def test_slip_has_the_department_blanks_and_the_evaluation_boxes() -> None:
    layout = WORK_ORDER_SLIP.layout("a4-third")
    labels = {e.text.replace("\n", "") for e in layout.elements if isinstance(e, StaticText)}
    assert {"维修人员", "到达时间", "完工时间", "原因及处理结果", "材料及费用", "客户签字", "日期"} <= labels
    boxes = [e.label for e in layout.elements if isinstance(e, CheckBox)]
    assert boxes == ["满意", "基本满意", "不满意"]
    handling = next(e for e in layout.elements if isinstance(e, StaticText) and e.text == "原因及\n处理结果")
    others = [e for e in layout.elements if isinstance(e, StaticText) and e.text in {"维修人员", "到达时间"}]
    assert all(handling.h > e.h for e in others), "the cause-and-handling box is the larger one"
    assert any(isinstance(e, Box) and e.stroke >= 0.8 for e in layout.elements), "the table has a border"
