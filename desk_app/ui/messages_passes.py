"""Messages of temporary passes (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "pass.period_reversed": QT_TRANSLATE_NOOP("Errors", "The pass's end date is before its start date."),
    "pass.beyond_filing": QT_TRANSLATE_NOOP(
        "Errors", "A pass cannot be valid beyond the end of its renovation filing ({end})."
    ),
}
