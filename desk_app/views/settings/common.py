"""Helpers shared by the Settings pages: time formatting, table views, confirmations, the warning banner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.icons import icon
from desk_app.ui.table_model import RowTableModel
from desk_app.ui.widgets import ErrorLabel, PlainLabel


def local_time(value: datetime | None, tz: tzinfo) -> str:
    """A stored UTC time as the site's local time, minutes precision ("" for none)."""
    return "" if value is None else value.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def data_size(size_bytes: int) -> str:
    return QLocale().formattedDataSize(size_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def make_table(model: RowTableModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def fit_columns(view: QTableView, minimum: int = 72, maximum: int = 320) -> None:
    """Size the columns to their contents (after a reload), without letting one long note take the table."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(maximum, max(minimum, header.sectionSize(column) + 16)))


def selected(view: QTableView) -> Any:
    """The DTO of the selected row, or None."""
    rows = view.selectionModel().selectedRows()
    model = view.model()
    if not rows or not isinstance(model, RowTableModel):
        return None
    return model.row_at(rows[0].row())


def select_where(view: QTableView, predicate: Callable[[Any], bool]) -> bool:
    """Select (and scroll to) the first row matching ``predicate``; False when there is none."""
    model = view.model()
    assert isinstance(model, RowTableModel)
    row = model.find(predicate)
    if row < 0:
        return False
    view.selectRow(row)
    view.scrollTo(model.index(row, 0))
    return True


def ask(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """A yes/no question whose default answer is No (a stray Enter never archives or restores anything)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def add_field_row(form: QFormLayout, label: str, widget: QWidget) -> ErrorLabel:
    """A form row: label (its mnemonic focuses ``widget``), the widget, and the inline error under it."""
    caption = QLabel(label)
    caption.setBuddy(widget)
    error = ErrorLabel()
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    form.addRow(caption, box)
    return error


def heading(text: str) -> QLabel:
    label = PlainLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str) -> PlainLabel:
    """A grey explanatory line under a heading or a field."""
    label = PlainLabel(text)
    label.setWordWrap(True)
    label.setMinimumWidth(120)  # a wrapped label must not widen the page to its one-line width
    label.setStyleSheet("color: #616161;")
    return label


class Banner(QFrame):
    """A prominent warning strip: icon and a wrapped plain-text message; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningBanner")
        self.setStyleSheet(
            "#warningBanner { background: #fff3e0; border: 1px solid #fb8c00; border-radius: 4px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        mark = QLabel()
        mark.setPixmap(icon("warning", "#e65100").pixmap(QSize(24, 24)))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(mark)
        self.label = PlainLabel()
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(120)
        self.label.setStyleSheet("color: #bf360c; font-weight: bold;")
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()
