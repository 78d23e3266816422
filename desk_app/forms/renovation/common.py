"""What the renovation forms share: choosing scans and photos from files, date edits, the file size check.

``pick_files`` is looked up through this module at call time, so GUI tests replace it instead of driving a
native file dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QFileDialog, QWidget

from desk_app.services.renovation.attachments import MAX_BYTES
from desk_app.ui.errors import message_for


def _filter() -> str:
    return QCoreApplication.translate("RenovationForms", "Scans and photos (*.jpg *.jpeg *.png *.pdf)")


def pick_files(parent: QWidget | None, title: str, multiple: bool = False) -> list[Path]:
    """The files the clerk chose (none when cancelled)."""
    if multiple:
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", _filter())
        return [Path(n) for n in names]
    name, _ = QFileDialog.getOpenFileName(parent, title, "", _filter())
    return [Path(name)] if name else []


def read_file(path: Path) -> tuple[bytes | None, str]:
    """The file's bytes, or None and the message to show (too large, unreadable). The content type is
    checked by the service."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, message_for("attachment.too_large", {"max_mb": MAX_BYTES // (1024 * 1024)})
        return path.read_bytes(), ""
    except OSError as exc:
        return None, QCoreApplication.translate("RenovationForms", "Cannot read the file: {error}").format(
            error=exc.strerror or str(exc)
        )


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if value is not None:
        edit.setDate(qdate(value))
    return edit


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(edit: QDateEdit) -> date:
    result: date = edit.date().toPython()
    return result
