"""Messages of the fee table, receipts, voids and the day-close (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "fee.amount_invalid": QT_TRANSLATE_NOOP("Errors", "Fee amounts cannot be negative."),
    "fee.area_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{fee} is charged by floor area, but the unit's area is not in the archive."
    ),
    "fee.basis_invalid": QT_TRANSLATE_NOOP("Errors", "Choose how the fee is charged."),
    "fee.code_taken": QT_TRANSLATE_NOOP("Errors", "Another fee already uses the code {fee_code}."),
    "fee.name_required": QT_TRANSLATE_NOOP("Errors", "The fee needs a name."),
    "money.period_closed": QT_TRANSLATE_NOOP(
        "Errors", "The desk's money up to {until} is closed (日结) and cannot change."
    ),
    "receipt.already_void": QT_TRANSLATE_NOOP("Errors", "This receipt is already void."),
    "receipt.amount_invalid": QT_TRANSLATE_NOOP("Errors", "Each line needs an amount above zero."),
    "receipt.amount_too_large": QT_TRANSLATE_NOOP("Errors", "The amount is too large for a desk receipt."),
    "receipt.line_name_required": QT_TRANSLATE_NOOP("Errors", "Each line needs a name."),
    "receipt.method_invalid": QT_TRANSLATE_NOOP("Errors", "Choose how the customer paid."),
    "receipt.no_lines": QT_TRANSLATE_NOOP("Errors", "Add at least one fee to the receipt."),
    "receipt.reference_required": QT_TRANSLATE_NOOP(
        "Errors", "Type the POS or bank-transfer reference number."
    ),
    "receipt.too_many_lines": QT_TRANSLATE_NOOP("Errors", "A receipt holds at most {max} lines."),
    "receipt.void_reason_required": QT_TRANSLATE_NOOP("Errors", "Give the reason for voiding."),
}
