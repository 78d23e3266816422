"""Messages of temporary passes (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "pass.period_reversed": QT_TRANSLATE_NOOP("Errors", "The pass's end date is before its start date."),
    "pass.beyond_filing": QT_TRANSLATE_NOOP(
        "Errors", "A pass cannot be valid beyond the end of its renovation filing ({end})."
    ),
    "pass.filing_not_approved": QT_TRANSLATE_NOOP(
        "Errors", "Passes are issued only under an approved renovation filing; {number} is not approved."
    ),
    "pass.no_workers": QT_TRANSLATE_NOOP("Errors", "Choose at least one worker to issue a pass to."),
    "pass.worker_has_pass": QT_TRANSLATE_NOOP(
        "Errors", "Already holding a pass of this filing: {names}. Take the old pass back first."
    ),
    "pass.visitor_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A visitor or outside-staff pass is valid for at most {days} days."
    ),
    "pass.photo_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The photo cannot be read. Choose a JPEG or PNG picture."
    ),
    "pass.none_to_print": QT_TRANSLATE_NOOP("Errors", "There is no pass in use to print."),
    "pass.not_active": QT_TRANSLATE_NOOP(
        "Errors", "Pass {number} is no longer in use: it was already returned, reported lost or voided."
    ),
}
