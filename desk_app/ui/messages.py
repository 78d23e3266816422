"""The text of every DomainError code, in English (the source language); translated through Qt Linguist.

A test scans the code base for ``DomainError("…")`` and fails when a code has no sentence here.
Placeholders are named (``{min}``) and filled after translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "area.invalid": QT_TRANSLATE_NOOP("Errors", "Enter the area in m², e.g. 89.5 (up to two decimals)."),
    "auth.bad_credentials": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "auth.bad_credentials.remaining": QT_TRANSLATE_NOOP(
        "Errors", "Wrong user name or password. {remaining} more attempts before the account is locked."
    ),
    "auth.cannot_archive_self": QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account."),
    "auth.cannot_demote_self": QT_TRANSLATE_NOOP(
        "Errors", "You cannot take the administrator role from yourself."
    ),
    "auth.forbidden": QT_TRANSLATE_NOOP("Errors", "Your role is not allowed to do this."),
    "auth.locked": QT_TRANSLATE_NOOP(
        "Errors", "Too many wrong passwords. The account is locked until {until}."
    ),
    "auth.not_signed_in": QT_TRANSLATE_NOOP("Errors", "Please sign in first."),
    "auth.password_too_short": QT_TRANSLATE_NOOP("Errors", "The password needs at least {min} characters."),
    "auth.username_invalid": QT_TRANSLATE_NOOP(
        "Errors", "User names have no spaces and at most 40 characters."
    ),
    "auth.username_taken": QT_TRANSLATE_NOOP("Errors", "The user name {username} is already taken."),
    "auth.wrong_password": QT_TRANSLATE_NOOP("Errors", "The current password is wrong."),
    "backup.folder_unwritable": QT_TRANSLATE_NOOP(
        "Errors", "Cannot write the backup to {path}: the folder is not writable or the disk is full."
    ),
    "backup.folder_unreadable": QT_TRANSLATE_NOOP("Errors", "Cannot read the backup folder {path}."),
    "backup.source_missing": QT_TRANSLATE_NOOP("Errors", "There is no database at {path} to back up."),
    "backup.source_unreadable": QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be read."),
    "backup.busy": QT_TRANSLATE_NOOP("Errors", "The database is busy; try the backup again in a moment."),
    "backup.corrupt_copy": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} is damaged; the backup was not kept. Restore a recent backup."
    ),
    "backup.restore_corrupt": QT_TRANSLATE_NOOP("Errors", "This backup is damaged and cannot be restored."),
    "backup.restore_empty": QT_TRANSLATE_NOOP("Errors", "This backup contains no data."),
    "backup.restore_same_file": QT_TRANSLATE_NOOP("Errors", "Choose a backup, not the database in use."),
    "backup.database_in_use": QT_TRANSLATE_NOOP(
        "Errors", "The database is still open; close other windows and programs and try again."
    ),
    "backup.restore_failed": QT_TRANSLATE_NOOP(
        "Errors", "The restore failed; the previous data is in the pre-restore backup."
    ),
    "building.code_taken": QT_TRANSLATE_NOOP("Errors", "A building with this number already exists."),
    "building.floors_invalid": QT_TRANSLATE_NOOP("Errors", "Floors must be between 1 and 200."),
    "building.has_units": QT_TRANSLATE_NOOP(
        "Errors", "This building still has {count} active units. Archive them first."
    ),
    "calendar.negative_days": QT_TRANSLATE_NOOP("Errors", "The number of working days cannot be negative."),
    "entrance.code_taken": QT_TRANSLATE_NOOP(
        "Errors", "This building already has an entrance with this number."
    ),
    "department.name_taken": QT_TRANSLATE_NOOP("Errors", "A department with this name already exists."),
    "field.invalid": QT_TRANSLATE_NOOP("Errors", "This value is not valid."),
    "field.required": QT_TRANSLATE_NOOP("Errors", "Required."),
    "field.too_long": QT_TRANSLATE_NOOP("Errors", "Too long (at most {max} characters)."),
    "id_number.birth_date": QT_TRANSLATE_NOOP(
        "Errors", "The birth date inside this ID number is not a real date."
    ),
    "id_number.chars": QT_TRANSLATE_NOOP("Errors", "An ID number has 17 digits and a final digit or X."),
    "id_number.check_digit": QT_TRANSLATE_NOOP(
        "Errors", "The check digit of this ID number is wrong: please check for a typo."
    ),
    "id_number.length": QT_TRANSLATE_NOOP("Errors", "An ID number has 18 characters."),
    "id_number.region": QT_TRANSLATE_NOOP("Errors", "This ID number starts with an unknown region code."),
    "import.unreadable": QT_TRANSLATE_NOOP("Errors", "{file} cannot be read as an Excel workbook (.xlsx)."),
    "import.bad_headers": QT_TRANSLATE_NOOP("Errors", "Sheet {sheet} lacks the columns {missing}."),
    "import.too_many_rows": QT_TRANSLATE_NOOP("Errors", "Sheet {sheet} has more than {max} rows."),
    "import.has_errors": QT_TRANSLATE_NOOP("Errors", "The file has {count} errors; nothing was imported."),
    "import.bad_value": QT_TRANSLATE_NOOP("Errors", "This value is not one of the allowed ones."),
    "import.duplicate_in_file": QT_TRANSLATE_NOOP("Errors", "Same as row {first_row}."),
    "import.unknown_building": QT_TRANSLATE_NOOP(
        "Errors", "Building {building} is neither in the 楼栋 sheet nor in the archive."
    ),
    "import.unknown_unit": QT_TRANSLATE_NOOP(
        "Errors", "Unit {unit} is neither in the 房屋 sheet nor in the archive."
    ),
    "import.archived_exists": QT_TRANSLATE_NOOP(
        "Errors", "An archived record has this code; restore it in the archive instead of importing it."
    ),
    "import.ambiguous_match": QT_TRANSLATE_NOOP(
        "Errors", "{count} people have this name and mobile; add the ID number."
    ),
    "export.write_failed": QT_TRANSLATE_NOOP("Errors", "Cannot write {path}."),
    "export.file_in_use": QT_TRANSLATE_NOOP(
        "Errors", "{path} is open in another program. Close it and try again."
    ),
    "money.float_refused": QT_TRANSLATE_NOOP(
        "Errors", "An amount must be exact (not a floating-point number)."
    ),
    "money.negative": QT_TRANSLATE_NOOP("Errors", "An amount cannot be negative."),
    "money.too_precise": QT_TRANSLATE_NOOP("Errors", "An amount has at most two decimals (fen)."),
    "money.too_large": QT_TRANSLATE_NOOP("Errors", "The amount is too large."),
    "number.invalid": QT_TRANSLATE_NOOP("Errors", "{value} is not a document number."),
    "numbering.behind_watermark": QT_TRANSLATE_NOOP(
        "Errors",
        "This database is behind numbers already issued by this desk (series {series}); it was probably "
        "restored from a backup. An administrator must confirm the next free number ({next_free}) in Settings.",
    ),
    "numbering.cannot_go_back": QT_TRANSLATE_NOOP(
        "Errors", "A number series can only move forward (it is already at {current})."
    ),
    "numbering.no_desk": QT_TRANSLATE_NOOP("Errors", "This desk is not set up."),
    "phone.invalid": QT_TRANSLATE_NOOP("Errors", "Enter a mobile number or a landline such as 020-12345678."),
    "phone.mobile_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A mainland mobile number has 11 digits and starts with 13–19."
    ),
    "qr.invalid": QT_TRANSLATE_NOOP("Errors", "This is not a code printed by this program."),
    "qr.forged": QT_TRANSLATE_NOOP(
        "Errors", "The code for {number} was not printed by this installation: check the paper."
    ),
    "qr.unknown_kind": QT_TRANSLATE_NOOP("Errors", "Unknown document kind {kind}."),
    "work_order.transition_refused": QT_TRANSLATE_NOOP(
        "Errors", "This step is not possible while the work order is {status}."
    ),
    "work_order.reason_required": QT_TRANSLATE_NOOP("Errors", "Please give a reason."),
    "work_order.note_required": QT_TRANSLATE_NOOP("Errors", "Write what was followed up."),
    "work_order.evaluation_required": QT_TRANSLATE_NOOP("Errors", "Choose the customer's evaluation."),
    "work_order.invalid_payload": QT_TRANSLATE_NOOP("Errors", "The value of {field} is not valid."),
    "work_order.slip_times": QT_TRANSLATE_NOOP("Errors", "The completion time is before the arrival time."),
    "work_order.no_unit_or_location": QT_TRANSLATE_NOOP(
        "Errors", "Choose the unit, or describe where in the public area."
    ),
    "work_order.not_found": QT_TRANSLATE_NOOP("Errors", "No work order {number}."),
    "work_order.category_is_group": QT_TRANSLATE_NOOP("Errors", "Choose a category inside the group."),
    "deadline.invalid": QT_TRANSLATE_NOOP("Errors", "Enter a positive number of minutes."),
    "printing.offset_too_large": QT_TRANSLATE_NOOP(
        "Errors", "An offset of more than 30 mm means the wrong paper size is set, not a calibration."
    ),
    "printing.bad_pdf": QT_TRANSLATE_NOOP("Errors", "The printout could not be prepared."),
    "printing.printer_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The printer {printer} is not available: check that it is on, connected and has paper."
    ),
    "printing.no_printer": QT_TRANSLATE_NOOP(
        "Errors", "No printer is set up on this computer. Choose one in Settings → Printers, or use Print…."
    ),
    "printing.missing_glyphs": QT_TRANSLATE_NOOP(
        "Errors", "The printer font cannot draw these characters: {chars}. Write them another way."
    ),
    "record.not_found": QT_TRANSLATE_NOOP("Errors", "This record no longer exists."),
    "relation.exists": QT_TRANSLATE_NOOP("Errors", "{person} is already linked to {unit} this way."),
    "settings.invalid": QT_TRANSLATE_NOOP("Errors", "This setting does not accept that value."),
    "settings.out_of_range": QT_TRANSLATE_NOOP("Errors", "Enter a value between {minimum} and {maximum}."),
    "settings.unknown": QT_TRANSLATE_NOOP("Errors", "Unknown setting {key}."),
    "setup.departments_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Department names must be filled in and different."
    ),
    "setup.desk_code_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The desk code has 1–4 capital letters or digits (no I or O), e.g. A1."
    ),
    "setup.file_exists": QT_TRANSLATE_NOOP("Errors", "A database already exists at {path}."),
    "setup.not_initialized": QT_TRANSLATE_NOOP("Errors", "The database {path} has not been set up."),
    "unit.code_taken": QT_TRANSLATE_NOOP("Errors", "This unit already exists."),
    "unit.floor_invalid": QT_TRANSLATE_NOOP("Errors", "The floor must be between -10 and 200."),
    "unit_code.invalid": QT_TRANSLATE_NOOP(
        "Errors", "Write the unit as building-entrance-room, e.g. 3-2-1102."
    ),
    "unit_code.part_invalid": QT_TRANSLATE_NOOP("Errors", "Use letters and digits only."),
    "uuid7.invalid": QT_TRANSLATE_NOOP("Errors", "Invalid record identifier."),
    "validation": QT_TRANSLATE_NOOP("Errors", "Some fields need correcting (marked in red)."),
    # Work-order screens (forms/work_orders, views/work_orders).
    "work_order.unit_not_found": QT_TRANSLATE_NOOP(
        "Errors", "No such unit in the archive: type it as 3-2-1102, or a name or phone to pick a person."
    ),
    "work_order.category_unknown": QT_TRANSLATE_NOOP("Errors", "Choose a category from the list."),
    "money.invalid": QT_TRANSLATE_NOOP("Errors", "Enter an amount in yuan, e.g. 35 or 35.50."),
    "work_order.retry_required": QT_TRANSLATE_NOOP("Errors", "Say when to call again."),
    # Return visits (forms/callbacks).
    "callback.retry_in_past": QT_TRANSLATE_NOOP("Errors", "The time to call again must be later than now."),
    # Complaints, suggestions and praise (services/complaints).
    "complaint.chain_end": QT_TRANSLATE_NOOP(
        "Errors", "This complaint is already at the top of the escalation chain; it cannot go higher."
    ),
    "complaint.chain_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The escalation chain is written as name=role;name=role with at least two levels ({value})."
    ),
    "complaint.invalid_payload": QT_TRANSLATE_NOOP("Errors", "The value of {field} is not valid."),
    "complaint.not_found": QT_TRANSLATE_NOOP("Errors", "No complaint with the number {number}."),
    "complaint.reason_required": QT_TRANSLATE_NOOP("Errors", "Give a reason."),
    "complaint.solution_required": QT_TRANSLATE_NOOP(
        "Errors", "Record the solution (the official opinion) before replying to the complainant."
    ),
    "complaint.text_required": QT_TRANSLATE_NOOP("Errors", "Fill in the {field}."),
    "complaint.transition_refused": QT_TRANSLATE_NOOP(
        "Errors", "This step is not possible while the complaint is {status}."
    ),
    # Visit log (services/visits).
    "visit.already_checked_out": QT_TRANSLATE_NOOP("Errors", "This visitor has already left (checked out)."),
    "visit.link_invalid": QT_TRANSLATE_NOOP("Errors", "This visit cannot be linked to that record."),
    "visit.not_found": QT_TRANSLATE_NOOP("Errors", "No visit with the number {number}."),
}

# Each feature keeps its sentences in its own module, so features can grow without editing one long file.
from desk_app.ui.messages_money import MESSAGES as _MONEY  # noqa: E402
from desk_app.ui.messages_passes import MESSAGES as _PASSES  # noqa: E402
from desk_app.ui.messages_refunds import MESSAGES as _REFUNDS  # noqa: E402
from desk_app.ui.messages_release import MESSAGES as _RELEASE  # noqa: E402
from desk_app.ui.messages_renovation import MESSAGES as _RENOVATION  # noqa: E402
from desk_app.ui.messages_scan import MESSAGES as _SCAN  # noqa: E402

for _feature in (_MONEY, _PASSES, _REFUNDS, _RELEASE, _RENOVATION, _SCAN):
    MESSAGES.update(_feature)
