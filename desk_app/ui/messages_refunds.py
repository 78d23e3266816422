"""Messages of deposit refunds and their blocked conditions (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "refund.deduction_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Each deduction needs a reason and an amount above zero."
    ),
    "refund.deduction_needs_note": QT_TRANSLATE_NOOP("Errors", "Describe the deduction marked “Other”."),
    "refund.deductions_exceed": QT_TRANSLATE_NOOP(
        "Errors", "The deductions ({deductions}) exceed what is left of the deposit ({available})."
    ),
    "refund.nothing_left": QT_TRANSLATE_NOOP(
        "Errors", "Nothing is left of this deposit: it was refunded or kept as deductions in full."
    ),
    "refund.amount_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Type the amount to refund (or keep a deduction); it cannot be negative."
    ),
    "refund.amount_exceeds": QT_TRANSLATE_NOOP(
        "Errors", "At most {most} can be refunded after the deductions; {amount} is too much."
    ),
    "refund.already_void": QT_TRANSLATE_NOOP("Errors", "This refund is already void."),
    "refund.blocked": QT_TRANSLATE_NOOP(
        "Errors", "The deposit cannot be refunded yet: {count} conditions are not met (listed in the window)."
    ),
    "refund.no_filing": QT_TRANSLATE_NOOP(
        "Errors", "Receipt {number} does not belong to a renovation filing; its deposit is not refunded here."
    ),
    "refund.not_a_deposit": QT_TRANSLATE_NOOP(
        "Errors", "Receipt {number} holds no deposit: only a deposit (装修保证金) is refunded."
    ),
    "refund.not_a_receipt": QT_TRANSLATE_NOOP(
        "Errors", "That code is not a receipt's: scan the QR code of the deposit receipt."
    ),
    "refund.receipt_amount_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The amount in the QR code does not match receipt {number} in the books: check the paper."
    ),
    "refund.receipt_not_found": QT_TRANSLATE_NOOP("Errors", "There is no receipt numbered {number}."),
    "refund.receipt_required": QT_TRANSLATE_NOOP(
        "Errors", "Scan the deposit receipt's QR code or type its number."
    ),
    "refund.void_reason_required": QT_TRANSLATE_NOOP("Errors", "Give the reason for voiding the refund."),
    # Refund conditions not met: listed to the clerk one by one (domain/refunds.refund_blockers).
    "refund.blocked.not_approved": QT_TRANSLATE_NOOP("Errors", "The filing was never approved."),
    "refund.blocked.already_refunded": QT_TRANSLATE_NOOP("Errors", "The deposit has already been refunded."),
    "refund.blocked.no_inspection": QT_TRANSLATE_NOOP(
        "Errors", "There is no completion inspection (装修核查) yet."
    ),
    "refund.blocked.inspection_failed": QT_TRANSLATE_NOOP(
        "Errors", "The completion inspection did not pass; the works must be corrected and inspected again."
    ),
    "refund.blocked.move_in_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "The owner's move-in date is not in the archive; the deposit is refunded {months} months after "
        "moving in.",
    ),
    "refund.blocked.too_soon": QT_TRANSLATE_NOOP(
        "Errors", "The deposit is refunded {months} months after moving in: from {date}."
    ),
    "refund.blocked.downstairs_not_signed": QT_TRANSLATE_NOOP(
        "Errors", "The owner downstairs has not signed that there is no leak."
    ),
    "refund.blocked.passes_outstanding": QT_TRANSLATE_NOOP(
        "Errors", "Temporary passes neither returned nor reported lost: {count}."
    ),
    "refund.blocked.permit_missing": QT_TRANSLATE_NOOP(
        "Errors", "The original renovation permit (装修备案登记证) has not been presented."
    ),
    "refund.blocked.receipt_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The deposit receipt has not been presented: scan its QR code, or tick that the paper was shown.",
    ),
    "refund.blocked.receipt_void": QT_TRANSLATE_NOOP("Errors", "The deposit receipt was voided."),
}
