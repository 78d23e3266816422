"""Reading printed PDFs back: pdfplumber pages (positions in pt from the top-left) and a sample slip."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pdfplumber
import pytest

PT_PER_MM = 72 / 25.4

SLIP_DATA: dict[str, object] = {
    "site_name": "阳光花园物业服务中心",
    "title": "报事报修单",
    "number": "BX-A1-2026-000123",
    "created_at": "2026-11-23 09:30",
    "unit": "3栋2单元1102",
    "reporter": "张三",
    "phone": "138 0013 8000",
    "channel": "电话",
    "category": "水电维修",
    "urgency": "紧急",
    "description": "厨房水龙头漏水，阀门关不紧，地面有积水。业主下午两点后在家，请先电话联系再上门。",
    "appointment": "11-23 14:00–17:00",
    "department": "工程部",
    "clerk": "李四",
    "paid": "有偿",
    "qr": "WO|BX-A1-2026-000123|3f9a1c2b7d4e5f60",
}


@pytest.fixture
def slip_data() -> dict[str, object]:
    return dict(SLIP_DATA)


@pytest.fixture
def open_pdf() -> Iterator[Callable[[bytes], Any]]:
    """Open PDF bytes with pdfplumber; closed after the test."""
    opened: list[Any] = []

    def _open(data: bytes) -> Any:
        pdf = pdfplumber.open(io.BytesIO(data))
        opened.append(pdf)
        return pdf

    yield _open
    for pdf in opened:
        pdf.close()


def find_chars(page: Any, text: str) -> list[dict[str, Any]]:
    """The chars of the first run of ``text`` on ``page`` (drawn consecutively, spaces ignored)."""
    chars = [c for c in page.chars if not c["text"].isspace()]
    wanted = text.replace(" ", "")
    joined = "".join(c["text"] for c in chars)
    at = joined.find(wanted)
    assert at >= 0, f"{text!r} not on the page; the page has {joined[:300]!r}"
    return chars[at : at + len(wanted)]


@pytest.fixture
def chars_of() -> Callable[[Any, str], list[dict[str, Any]]]:
    return find_chars


def page_text(page: Any) -> str:
    return "".join(c["text"] for c in page.chars)


@pytest.fixture
def text_of() -> Callable[[Any], str]:
    return page_text
