"""Formatting shared by the work-order list, detail and forms: local times, overdue texts, colours."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desk_app.views.labels import overdue_clock_label

OVERDUE_TEXT = QColor("#c62828")
OVERDUE_BACKGROUND = QColor("#ffebee")
REPEAT_COLOR = QColor("#e65100")  # 返修: amber, like the registration warning
WARNING_STYLE = (
    "background: #fff8e1; color: #8d4b00; border: 1px solid #ffb300; border-radius: 3px; padding: 4px 6px;"
)
CLOCK_ORDER = ("response", "completion", "follow_up", "callback")
DASH = "—"


def local_time(value: datetime | None, tz: tzinfo, empty: str = "") -> str:
    """A stored (UTC) time as the desk's wall-clock time."""
    return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else empty


def short_time(value: datetime | None, tz: tzinfo) -> str:
    return value.astimezone(tz).strftime("%m-%d %H:%M") if value else ""


def overdue_clocks(flags: Iterable[str]) -> list[str]:
    """The overdue clocks in a fixed order, as labels."""
    present = set(flags)
    return [overdue_clock_label(c) for c in CLOCK_ORDER if c in present]


def overdue_tooltip(flags: Iterable[str]) -> str:
    clocks = overdue_clocks(flags)
    if not clocks:
        return ""
    return QCoreApplication.translate("WorkOrders", "Overdue: {clocks}").format(clocks="、".join(clocks))


def unit_or_location(unit_code: str, location: str) -> str:
    return " ".join(x for x in (unit_code, location) if x)
