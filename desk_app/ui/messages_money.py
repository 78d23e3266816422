"""Messages of the fee table, receipts, voids and the day-close (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "day_close.cash_invalid": QT_TRANSLATE_NOOP("Errors", "Type the cash counted in yuan, e.g. 1250.50."),
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
    "receipt.amount_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "The amount in the code of receipt {number} does not match the receipt on file: the paper may have been altered.",
    ),
    "receipt.amount_not_standard": QT_TRANSLATE_NOOP(
        "Errors", "{fee} is charged at the fee table's amount; only a supervisor may change it."
    ),
    "receipt.amount_too_large": QT_TRANSLATE_NOOP("Errors", "The amount is too large for a desk receipt."),
    "receipt.fee_unknown": QT_TRANSLATE_NOOP("Errors", "The fee {fee} is not in the fee table."),
    "receipt.has_refund": QT_TRANSLATE_NOOP(
        "Errors", "A refund was paid against receipt {number}; it can no longer be voided."
    ),
    "receipt.line_name_required": QT_TRANSLATE_NOOP("Errors", "Each line needs a name."),
    "receipt.line_name_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A line's name can be at most {max} characters."
    ),
    "receipt.method_invalid": QT_TRANSLATE_NOOP("Errors", "Choose how the customer paid."),
    "receipt.no_lines": QT_TRANSLATE_NOOP("Errors", "Add at least one fee to the receipt."),
    "receipt.not_a_receipt": QT_TRANSLATE_NOOP("Errors", "This code is not a receipt's."),
    "receipt.not_found": QT_TRANSLATE_NOOP("Errors", "No receipt numbered {number}."),
    "receipt.reference_required": QT_TRANSLATE_NOOP(
        "Errors", "Type the POS or bank-transfer reference number."
    ),
    "receipt.too_many_lines": QT_TRANSLATE_NOOP("Errors", "A receipt holds at most {max} lines."),
    "receipt.unit_required": QT_TRANSLATE_NOOP("Errors", "{fee} depends on the unit: choose the unit first."),
    "receipt.void_reason_required": QT_TRANSLATE_NOOP("Errors", "Give the reason for voiding."),
}
