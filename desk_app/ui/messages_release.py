"""Messages of goods-release slips (merged into ``messages.MESSAGES``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "release.already_confirmed": QT_TRANSLATE_NOOP(
        "Errors", "The gate has already confirmed this slip; its goods have left."
    ),
    "release.confirm_time_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The gate's time must be after the slip was issued and not in the future."
    ),
    "release.date_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A slip is for today or a day in the next {days} days."
    ),
    "release.is_void": QT_TRANSLATE_NOOP("Errors", "This slip is void; issue a new one."),
    "release.not_found": QT_TRANSLATE_NOOP("Errors", "There is no release slip {number}."),
    "release.void_confirmed": QT_TRANSLATE_NOOP(
        "Errors", "The gate has confirmed this slip and the goods are out; it can no longer be voided."
    ),
    "release.item_name_required": QT_TRANSLATE_NOOP("Errors", "Each item needs a name."),
    "release.no_items": QT_TRANSLATE_NOOP("Errors", "List at least one item."),
    "release.not_owner_or_authorised": QT_TRANSLATE_NOOP(
        "Errors",
        "Only the owner or a person the owner authorised (recorded in the archive) may take goods out.",
    ),
    "release.quantity_invalid": QT_TRANSLATE_NOOP("Errors", "Quantities are whole numbers from 1 to 9999."),
    "release.too_many_items": QT_TRANSLATE_NOOP("Errors", "A slip holds at most {max} items."),
    "release.warnings_not_acknowledged": QT_TRANSLATE_NOOP(
        "Errors", "Read the warnings for this unit and confirm before issuing the slip."
    ),
}
