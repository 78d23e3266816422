"""A section that is planned but not built yet: says so plainly (no fake data)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.ui.widgets import PlainLabel


class PlaceholderPage(QWidget):
    def __init__(self, title: str, planned: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = PlainLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(self.tr("This section is not built yet."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail = PlainLabel(planned)
        detail.setWordWrap(True)
        detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        detail.setMaximumWidth(560)
        detail.setStyleSheet("color: #607d8b;")
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(detail, alignment=Qt.AlignmentFlag.AlignCenter)
