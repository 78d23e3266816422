"""Pieces shared by the archive cards: a grid of captioned values, a read-only table, value formatting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desk_app.ui.widgets import PlainLabel

DASH = "—"


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else DASH


def fmt_area(value: Decimal | None) -> str:
    if value is None:
        return DASH
    return QCoreApplication.translate("ArchiveCard", "{area} m²").format(area=value)


def fmt_text(value: str | int | None) -> str:
    return DASH if value is None or value == "" else str(value)


def title_label() -> PlainLabel:
    label = PlainLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DetailGrid(QWidget):
    """Caption / value pairs laid out in ``columns`` pairs per row; values are plain, selectable text."""

    def __init__(self, columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(12)
        self._layout.setVerticalSpacing(6)
        self._columns = columns
        self._count = 0
        self.values: dict[str, PlainLabel] = {}
        self.captions: dict[str, QLabel] = {}
        # Pairs stay together on the left; the room to spare goes to an empty last column.
        for c in range(columns):
            self._layout.setColumnMinimumWidth(c * 2 + 1, 180)
        self._layout.setColumnStretch(columns * 2, 1)

    def add(self, key: str, caption: str, extra: QWidget | None = None, full_row: bool = False) -> PlainLabel:
        if full_row and self._count % self._columns:
            self._count += self._columns - self._count % self._columns
        row, col = divmod(self._count, self._columns)
        cap = QLabel(caption)
        cap.setStyleSheet("color: #607d8b;")
        # One-line facts line up on their centre (a button makes a row taller); long text starts at the top.
        vertical = Qt.AlignmentFlag.AlignTop if full_row else Qt.AlignmentFlag.AlignVCenter
        cap.setAlignment(Qt.AlignmentFlag.AlignRight | vertical)
        value = PlainLabel()
        value.setAlignment(Qt.AlignmentFlag.AlignLeft | vertical)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        self._layout.addWidget(cap, row, col * 2)
        span = self._columns * 2 if full_row else 1
        if extra is not None:
            holder = QWidget()
            box = QHBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(value)
            box.addWidget(extra)
            box.addStretch(1)
            self._layout.addWidget(holder, row, col * 2 + 1, 1, span)
        else:
            self._layout.addWidget(value, row, col * 2 + 1, 1, span)
        self._count += self._columns if full_row else 1
        self.values[key] = value
        self.captions[key] = cap
        return value

    def set(self, key: str, text: str) -> None:
        self.values[key].setText(text)

    def set_visible(self, key: str, visible: bool) -> None:
        self.values[key].setVisible(visible)
        self.captions[key].setVisible(visible)

    def text(self, key: str) -> str:
        return self.values[key].text()


def make_table(parent: QWidget | None = None) -> QTableView:
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setTabKeyNavigation(False)
    return table
