"""Show a stored scan or photo of a filing: pictures in a zoomable window, PDFs in the print preview.

The clerk checks what was scanned (is it the right licence? is the ID readable?) without leaving the desk's
program; a PDF gets the same preview as printouts, so a copy can be printed from there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desk_app.ui.printing import PreviewDialog


class ImageViewer(QDialog):
    """The picture fitted to the window; Ctrl+= / Ctrl+- zoom, Esc closes."""

    def __init__(self, data: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 700)
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(data)
        self.zoom = 1.0
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self.pixmap.isNull():
            self.label.setText(self.tr("This file cannot be shown."))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(0.8))
        self._show()

    def _zoom(self, factor: float) -> None:
        self.zoom = min(4.0, max(0.25, self.zoom * factor))
        self._show()

    def _show(self) -> None:
        if self.pixmap.isNull():
            return
        size = self.size() * 0.9 * self.zoom
        self.label.setPixmap(
            self.pixmap.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )


def viewer_for(data: bytes, mime: str, title: str, parent: QWidget | None = None) -> QDialog:
    if mime == "application/pdf":
        return PreviewDialog(data, title, parent)
    return ImageViewer(data, title, parent)
