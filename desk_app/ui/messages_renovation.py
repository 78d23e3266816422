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
    "renovation.licence_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "This is not a valid unified social credit code (18 characters, as on the business licence).",
    ),
    "renovation.not_owner": QT_TRANSLATE_NOOP(
        "Errors", "This person is not an owner of the unit in the archive."
    ),
    "renovation.not_authorised": QT_TRANSLATE_NOOP(
        "Errors",
        "This person is not recorded as authorised by the owner for this unit. Add the authorisation to the "
        "unit in the archive first.",
    ),
    "renovation.not_draft_edit": QT_TRANSLATE_NOOP(
        "Errors", "Only a filing still being registered can be edited."
    ),
    "renovation.not_draft_cancel": QT_TRANSLATE_NOOP(
        "Errors", "Only a filing still being registered can be cancelled."
    ),
    "renovation.not_approved": QT_TRANSLATE_NOOP("Errors", "This can only be done for an approved filing."),
    "renovation.closed": QT_TRANSLATE_NOOP("Errors", "This filing is closed and can no longer be changed."),
    "renovation.checklist_locked": QT_TRANSLATE_NOOP(
        "Errors", "The filing is approved: a received document can no longer be unticked."
    ),
    "renovation.completion_needs_verdict": QT_TRANSLATE_NOOP(
        "Errors", "A completion inspection is either passed or failed."
    ),
    "renovation.too_many_photos": QT_TRANSLATE_NOOP("Errors", "At most {max} photos per inspection."),
    "renovation.signed_in_future": QT_TRANSLATE_NOOP(
        "Errors", "The signature cannot be dated in the future."
    ),
    "attachment.empty": QT_TRANSLATE_NOOP("Errors", "The file is empty."),
    "attachment.too_large": QT_TRANSLATE_NOOP(
        "Errors",
        "The file is too large: at most {max_mb} MB. Scan at a lower resolution or take a smaller photo.",
    ),
    "attachment.unsupported": QT_TRANSLATE_NOOP(
        "Errors", "Only JPEG or PNG pictures and PDF files can be attached."
    ),
}
