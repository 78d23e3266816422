"""Messages of "scan or type any document number" (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "scan.not_found": QT_TRANSLATE_NOOP("Errors", "No document with the number {number} was issued here."),
}
