"""Messages of renovation filings, temporary passes and deposit refunds (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "renovation.period_reversed": QT_TRANSLATE_NOOP("Errors", "The planned end is before the planned start."),
    "renovation.period_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "A renovation filing covers at most {months} months: the end can be {limit} at the latest. "
        "Longer works need a new filing.",
    ),
    "renovation.extension_not_later": QT_TRANSLATE_NOOP(
        "Errors", "The new end must be after the current end ({end})."
    ),
    "renovation.extension_beyond_cap": QT_TRANSLATE_NOOP(
        "Errors",
        "An extension stays within {months} months of the original start, so {limit} at the latest. "
        "A longer period needs a new filing.",
    ),
    "renovation.not_draft": QT_TRANSLATE_NOOP(
        "Errors", "Only a filing still being registered can be approved."
    ),
    "renovation.documents_missing": QT_TRANSLATE_NOOP(
        "Errors", "The filing cannot be approved while documents are missing: {documents}."
    ),
}
