"""Widgets and conversions the work-order forms share: desk-local date-times, choice combos, yuan → fen."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QHBoxLayout, QWidget

from desk_app.domain.errors import DomainError

MAX_CHARGE_FEN = 100_000_000  # ¥1,000,000: anything above is a typo


class DateTimeField(QDateTimeEdit):
    """A date and time on the desk's wall clock (``tz``), whatever the computer's own time zone."""

    def __init__(self, tz: tzinfo, value: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        self.setCurrentSection(QDateTimeEdit.Section.DaySection)
        if value is not None:
            self.set_value(value)

    def value(self) -> datetime:
        qdt = self.dateTime()
        d, t = qdt.date(), qdt.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.tz)

    def set_value(self, value: datetime) -> None:
        local = value.astimezone(self.tz)
        self.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )


class OptionalDateTime(QWidget):
    """A date-time that may be absent (an appointment): a check box switches the editor on."""

    def __init__(self, check_text: str, tz: tzinfo, default: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.edit = DateTimeField(tz, default)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.check)
        box.addWidget(self.edit)
        box.addStretch(1)

    def value(self) -> datetime | None:
        return self.edit.value() if self.check.isChecked() else None


def fill_choices(combo: QComboBox, choices: Iterable[tuple[Any, str]], current: Any = None) -> None:
    combo.clear()
    for value, label in choices:
        combo.addItem(label, value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))


def yuan_to_fen(text: str, field: str = "charge_fen") -> int:
    """'35', '35.5', '¥35.50', '1,200' → integer fen (Decimal, never float); blank is 0."""
    cleaned = text.strip().replace("¥", "").replace("￥", "").replace(",", "").replace("，", "")
    cleaned = cleaned.removesuffix("元").strip()
    if not cleaned:
        return 0
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise DomainError("validation", fields={field: "money.invalid"}) from None
    fen = amount * 100
    if not amount.is_finite() or fen != fen.to_integral_value() or fen < 0 or fen > MAX_CHARGE_FEN:
        raise DomainError("validation", fields={field: "money.invalid"})
    return int(fen)


def fen_to_yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:.2f}"


def next_morning(now: datetime, tz: tzinfo, hour: int = 10) -> datetime:
    """Tomorrow at ``hour`` on the desk's clock: the default time to call again."""
    local = now.astimezone(tz) + timedelta(days=1)
    return local.replace(hour=hour, minute=0, second=0, microsecond=0)
