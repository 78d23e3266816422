"""Small widgets used by every form: plain-text labels, inline field errors, live validation.

User data is always shown as plain text: a person named ``<b>x</b>`` must appear as those characters, never
as bold text (Qt labels interpret rich text by default).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desk_app.domain.errors import DomainError
from desk_app.ui.errors import message_for


class PlainLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)


class ErrorLabel(PlainLabel):
    """The red line under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setStyleSheet("color: #c62828;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def show_field_errors(labels: dict[str, ErrorLabel], errors: dict[str, str]) -> None:
    """Put each translated message under its field; clear the others."""
    for name, label in labels.items():
        label.show_message(errors.get(name, ""))


def live_validate(edit: QLineEdit, label: ErrorLabel, check: Callable[[str], object]) -> None:
    """Check the field when the clerk leaves it (not on every key: a half-typed phone is not an error)."""

    def run() -> None:
        text = edit.text()
        if not text.strip():
            label.show_message("")
            return
        try:
            check(text)
        except DomainError as exc:
            label.show_message(message_for(exc.code, exc.params))
        else:
            label.show_message("")

    edit.editingFinished.connect(run)
