"""Translated labels of every closed vocabulary (stored values → what the clerk reads), in ONE place.

Values stored in the database (``UnitType.SHOP`` …) never appear on screen; every screen, dialog and history
line asks these functions for the label. The tables hold English source texts marked for Qt Linguist
(context ``Labels``); the lookup translates at call time, so a language switch takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.domain.enums import DepartmentKind, Relation, UnitStatus, UnitType
from desk_app.domain.roles import Role

CONTEXT = "Labels"

UNIT_TYPES: dict[str, str] = {
    UnitType.RESIDENCE: QT_TRANSLATE_NOOP("Labels", "Residence"),
    UnitType.SHOP: QT_TRANSLATE_NOOP("Labels", "Shop"),
    UnitType.OFFICE: QT_TRANSLATE_NOOP("Labels", "Office"),
    UnitType.PARKING: QT_TRANSLATE_NOOP("Labels", "Parking space"),
    UnitType.STORAGE: QT_TRANSLATE_NOOP("Labels", "Storage room"),
    UnitType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

UNIT_STATUSES: dict[str, str] = {
    UnitStatus.UNSOLD: QT_TRANSLATE_NOOP("Labels", "Unsold"),
    UnitStatus.VACANT: QT_TRANSLATE_NOOP("Labels", "Vacant"),
    UnitStatus.OCCUPIED: QT_TRANSLATE_NOOP("Labels", "Occupied"),
    UnitStatus.RENOVATING: QT_TRANSLATE_NOOP("Labels", "Renovating"),
    UnitStatus.RENTED: QT_TRANSLATE_NOOP("Labels", "Rented out"),
}

RELATIONS: dict[str, str] = {
    Relation.OWNER: QT_TRANSLATE_NOOP("Labels", "Owner"),
    Relation.TENANT: QT_TRANSLATE_NOOP("Labels", "Tenant"),
    Relation.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family member"),
    Relation.AUTHORISED: QT_TRANSLATE_NOOP("Labels", "Authorised person"),
}

GENDERS: dict[str, str] = {
    "M": QT_TRANSLATE_NOOP("Labels", "Male"),
    "F": QT_TRANSLATE_NOOP("Labels", "Female"),
}

# Actions of the audit trail (services/audit.py and the other services' ``audit.record`` calls).
AUDIT_ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Labels", "Created"),
    "update": QT_TRANSLATE_NOOP("Labels", "Changed"),
    "archive": QT_TRANSLATE_NOOP("Labels", "Archived"),
    "restore": QT_TRANSLATE_NOOP("Labels", "Restored"),
    "link": QT_TRANSLATE_NOOP("Labels", "Linked"),
    "unlink": QT_TRANSLATE_NOOP("Labels", "Link ended"),
    "reveal": QT_TRANSLATE_NOOP("Labels", "ID number shown"),
    "login": QT_TRANSLATE_NOOP("Labels", "Signed in"),
    "logout": QT_TRANSLATE_NOOP("Labels", "Signed out"),
    "login_failed": QT_TRANSLATE_NOOP("Labels", "Sign-in failed"),
    "password": QT_TRANSLATE_NOOP("Labels", "Password changed"),
    "lock": QT_TRANSLATE_NOOP("Labels", "Locked after wrong passwords"),
    "unlock": QT_TRANSLATE_NOOP("Labels", "Unlocked"),
    "demo": QT_TRANSLATE_NOOP("Labels", "Demo data created"),
    "import": QT_TRANSLATE_NOOP("Labels", "Imported"),
    "export": QT_TRANSLATE_NOOP("Labels", "Exported"),
}

# Field names as they appear in audit changes (column names of the audited tables), in the order the
# history lists them.
FIELDS: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("Labels", "Number"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "floors": QT_TRANSLATE_NOOP("Labels", "Floors"),
    "sort_order": QT_TRANSLATE_NOOP("Labels", "Order"),
    "building_id": QT_TRANSLATE_NOOP("Labels", "Building"),
    "entrance_id": QT_TRANSLATE_NOOP("Labels", "Entrance"),
    "building_code": QT_TRANSLATE_NOOP("Labels", "Building number"),
    "entrance_code": QT_TRANSLATE_NOOP("Labels", "Entrance number"),
    "room": QT_TRANSLATE_NOOP("Labels", "Room"),
    "floor": QT_TRANSLATE_NOOP("Labels", "Floor"),
    "area_m2_x100": QT_TRANSLATE_NOOP("Labels", "Area (m²)"),
    "unit_type": QT_TRANSLATE_NOOP("Labels", "Type"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "move_in_date": QT_TRANSLATE_NOOP("Labels", "Move-in date"),
    "fees_owed": QT_TRANSLATE_NOOP("Labels", "Fees owed"),
    "move_out_pending": QT_TRANSLATE_NOOP("Labels", "Moving out"),
    "gender": QT_TRANSLATE_NOOP("Labels", "Gender"),
    "mobile": QT_TRANSLATE_NOOP("Labels", "Mobile"),
    "mobile2": QT_TRANSLATE_NOOP("Labels", "Second mobile"),
    "landline": QT_TRANSLATE_NOOP("Labels", "Landline"),
    "id_number": QT_TRANSLATE_NOOP("Labels", "ID number"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "relation": QT_TRANSLATE_NOOP("Labels", "Relation"),
    "relation_detail": QT_TRANSLATE_NOOP("Labels", "Detail"),
    "is_primary": QT_TRANSLATE_NOOP("Labels", "Primary contact"),
    "since": QT_TRANSLATE_NOOP("Labels", "Since"),
    "until": QT_TRANSLATE_NOOP("Labels", "Until"),
    "username": QT_TRANSLATE_NOOP("Labels", "User name"),
    "display_name": QT_TRANSLATE_NOOP("Labels", "Display name"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "department_id": QT_TRANSLATE_NOOP("Labels", "Department"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "position": QT_TRANSLATE_NOOP("Labels", "Position"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "is_working": QT_TRANSLATE_NOOP("Labels", "Working day"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "desk": QT_TRANSLATE_NOOP("Labels", "Desk"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "value": QT_TRANSLATE_NOOP("Labels", "Value"),
    "file": QT_TRANSLATE_NOOP("Labels", "File"),
    "folder": QT_TRANSLATE_NOOP("Labels", "Folder"),
    "size_bytes": QT_TRANSLATE_NOOP("Labels", "Size"),
    "second_copy": QT_TRANSLATE_NOOP("Labels", "Second copy"),
    "second_folder_error": QT_TRANSLATE_NOOP("Labels", "Second folder problem"),
    "next_value": QT_TRANSLATE_NOOP("Labels", "Next number"),
    # What the demo, an import and an export record (counts, file, how ID numbers were written).
    "seed": QT_TRANSLATE_NOOP("Labels", "Random seed"),
    "buildings": QT_TRANSLATE_NOOP("Labels", "Buildings"),
    "entrances": QT_TRANSLATE_NOOP("Labels", "Entrances"),
    "units": QT_TRANSLATE_NOOP("Labels", "Units"),
    "people": QT_TRANSLATE_NOOP("Labels", "People"),
    "relations": QT_TRANSLATE_NOOP("Labels", "Links to units"),
    "counts": QT_TRANSLATE_NOOP("Labels", "Rows"),
    "id_numbers": QT_TRANSLATE_NOOP("Labels", "ID numbers"),
}

# How an export wrote the ID numbers (the ``id_numbers`` value of its audit entry).
ID_NUMBER_MODES: dict[str, str] = {
    "masked": QT_TRANSLATE_NOOP("Labels", "Masked"),
    "full": QT_TRANSLATE_NOOP("Labels", "In full"),
}

# What an import row will do (transfer.preview_import → PreviewRow.action).
IMPORT_ACTIONS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("Labels", "New"),
    "update": QT_TRANSLATE_NOOP("Labels", "Update"),
    "link": QT_TRANSLATE_NOOP("Labels", "Link"),
    "skip": QT_TRANSLATE_NOOP("Labels", "Unchanged"),
    "unchanged": QT_TRANSLATE_NOOP("Labels", "Unchanged"),
    "error": QT_TRANSLATE_NOOP("Labels", "Error"),
}


def _label(table: dict[str, str], value: object) -> str:
    key = str(value) if value is not None else ""
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def unit_type_label(value: UnitType | str) -> str:
    return _label(UNIT_TYPES, value)


def unit_status_label(value: UnitStatus | str) -> str:
    return _label(UNIT_STATUSES, value)


def relation_label(value: Relation | str, detail: str = "") -> str:
    """'Family member (配偶)' when a detail is given, else just the relation."""
    text = _label(RELATIONS, value)
    if not detail:
        return text
    return QCoreApplication.translate("Labels", "{relation} ({detail})").format(relation=text, detail=detail)


def gender_label(value: str | None) -> str:
    return _label(GENDERS, value) if value else ""


def audit_action_label(action: str) -> str:
    return _label(AUDIT_ACTIONS, action)


def field_label(name: str) -> str:
    return _label(FIELDS, name)


def import_action_label(action: str) -> str:
    return _label(IMPORT_ACTIONS, action)


def id_number_mode_label(mode: str) -> str:
    return _label(ID_NUMBER_MODES, mode)


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")
    )


# Ordered choices for combo boxes: (stored value, label).
def unit_type_choices() -> list[tuple[UnitType, str]]:
    return [(t, unit_type_label(t)) for t in UnitType]


def unit_status_choices() -> list[tuple[UnitStatus, str]]:
    return [(s, unit_status_label(s)) for s in UnitStatus]


def relation_choices() -> list[tuple[Relation, str]]:
    return [(r, relation_label(r)) for r in Relation]


ROLES: dict[str, object] = {
    Role.CLERK: QT_TRANSLATE_NOOP("Labels", "Clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    Role.RENOVATION_OFFICER: QT_TRANSLATE_NOOP("Labels", "Renovation officer"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
}

DEPARTMENT_KINDS: dict[str, object] = {
    DepartmentKind.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Labels", "Customer service"),
    DepartmentKind.ENGINEERING: QT_TRANSLATE_NOOP("Labels", "Engineering"),
    DepartmentKind.CLEANING: QT_TRANSLATE_NOOP("Labels", "Cleaning"),
    DepartmentKind.GREENING: QT_TRANSLATE_NOOP("Labels", "Greening"),
    DepartmentKind.SECURITY: QT_TRANSLATE_NOOP("Labels", "Security and order"),
    DepartmentKind.FINANCE: QT_TRANSLATE_NOOP("Labels", "Finance"),
    DepartmentKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

# Audit trail: the ``entity_type`` values services record (actions and field names: above).
RECORD_TYPES: dict[str, object] = {
    "site": QT_TRANSLATE_NOOP("Labels", "Site"),
    "department": QT_TRANSLATE_NOOP("Labels", "Department"),
    "staff": QT_TRANSLATE_NOOP("Labels", "Staff member"),
    "user": QT_TRANSLATE_NOOP("Labels", "User account"),
    "setting": QT_TRANSLATE_NOOP("Labels", "Setting"),
    "calendar": QT_TRANSLATE_NOOP("Labels", "Working-day calendar"),
    "backup": QT_TRANSLATE_NOOP("Labels", "Backup"),
    "doc_series": QT_TRANSLATE_NOOP("Labels", "Number series"),
    "building": QT_TRANSLATE_NOOP("Labels", "Building"),
    "entrance": QT_TRANSLATE_NOOP("Labels", "Entrance"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "person": QT_TRANSLATE_NOOP("Labels", "Person"),
    "import": QT_TRANSLATE_NOOP("Labels", "Archive import"),
    "archive": QT_TRANSLATE_NOOP("Labels", "Archive"),  # an export of the whole archive
}

# Site-wide settings (services/settings.py DECLARED): the audit trail names them by key.
SETTING_NAMES: dict[str, object] = {
    "backup.keep_daily": QT_TRANSLATE_NOOP("Labels", "Keep daily backups (days)"),
    "backup.keep_monthly": QT_TRANSLATE_NOOP("Labels", "Keep monthly backups (months)"),
    "backup.second_folder": QT_TRANSLATE_NOOP("Labels", "Folder for the second backup copy"),
    "privacy.visitor_id_retention_days": QT_TRANSLATE_NOOP("Labels", "Keep visitors' ID numbers (days)"),
    "work_order.repeat_window_days": QT_TRANSLATE_NOOP("Labels", "Repeat-repair window (days)"),
    "work_order.callback_working_days": QT_TRANSLATE_NOOP("Labels", "Return visit due within (working days)"),
}

BACKUP_KINDS: dict[str, object] = {
    "daily": QT_TRANSLATE_NOOP("Labels", "Daily"),
    "startup": QT_TRANSLATE_NOOP("Labels", "At start-up"),
    "manual": QT_TRANSLATE_NOOP("Labels", "By hand"),
    "pre-restore": QT_TRANSLATE_NOOP("Labels", "Before a restore"),
    "pre-migration": QT_TRANSLATE_NOOP("Labels", "Before an upgrade"),
}


def _slabel(table: dict[str, object], value: str) -> str:
    source = table.get(value)  # QT_TRANSLATE_NOOP returns its text unchanged (typed as object)
    return QCoreApplication.translate("Labels", str(source)) if source else str(value)


def role_label(role: str) -> str:
    return _slabel(ROLES, role)


def department_kind_label(kind: str) -> str:
    return _slabel(DEPARTMENT_KINDS, kind)


def record_type_label(entity_type: str) -> str:
    return _slabel(RECORD_TYPES, entity_type)


def backup_kind_label(kind: str) -> str:
    return _slabel(BACKUP_KINDS, kind)


def setting_label(key: str) -> str:
    return _slabel(SETTING_NAMES, key)


# ---------------------------------------------------------------------------------------- work orders
# (domain/work_orders.py: channels, urgencies, statuses, evaluations, return visits, events; the clocks of
# views.overdue_flags.)
from desk_app.domain.work_orders import (  # noqa: E402 - the work-order labels were appended later
    CallbackMethod,
    CallbackOutcome,
    Channel,
    Evaluation,
    EventKind,
    Status,
    Urgency,
)

CHANNELS: dict[str, object] = {
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.VISIT: QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.WECHAT: QT_TRANSLATE_NOOP("Labels", "WeChat"),
    Channel.ONLINE: QT_TRANSLATE_NOOP("Labels", "Online"),
    Channel.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff / inspection"),
}

URGENCIES: dict[str, object] = {
    Urgency.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
    Urgency.IMPORTANT: QT_TRANSLATE_NOOP("Labels", "Important"),
    Urgency.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
}

WORK_ORDER_STATUSES: dict[str, object] = {
    Status.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    Status.DISPATCHED: QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    Status.ARRIVED: QT_TRANSLATE_NOOP("Labels", "On site"),
    Status.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    Status.RETURNED: QT_TRANSLATE_NOOP("Labels", "Slip returned"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    Status.SUSPENDED: QT_TRANSLATE_NOOP("Labels", "Suspended"),
    Status.VOIDED: QT_TRANSLATE_NOOP("Labels", "Void"),
}

EVALUATIONS: dict[str, object] = {
    Evaluation.SATISFIED: QT_TRANSLATE_NOOP("Labels", "Satisfied"),
    Evaluation.BASIC: QT_TRANSLATE_NOOP("Labels", "Fairly satisfied"),
    Evaluation.DISSATISFIED: QT_TRANSLATE_NOOP("Labels", "Dissatisfied"),
}

CALLBACK_METHODS: dict[str, object] = {
    CallbackMethod.PHONE: QT_TRANSLATE_NOOP("Labels", "By phone"),
    CallbackMethod.ON_SITE: QT_TRANSLATE_NOOP("Labels", "On-site visit"),  # not "On site": that is a status
}

CALLBACK_OUTCOMES: dict[str, object] = {
    CallbackOutcome.REACHED: QT_TRANSLATE_NOOP("Labels", "Reached"),
    CallbackOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("Labels", "No answer"),
    CallbackOutcome.WRONG_NUMBER: QT_TRANSLATE_NOOP("Labels", "Wrong number"),
}

# The steps of a work order's history (one line of its timeline each).
EVENT_KINDS: dict[str, object] = {
    EventKind.CREATED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    EventKind.DISPATCHED: QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    EventKind.ARRIVED: QT_TRANSLATE_NOOP("Labels", "Arrived on site"),
    EventKind.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    EventKind.SLIP_RETURNED: QT_TRANSLATE_NOOP("Labels", "Slip returned"),
    EventKind.CALLBACK: QT_TRANSLATE_NOOP("Labels", "Return visit"),
    EventKind.REWORK: QT_TRANSLATE_NOOP("Labels", "Sent back for rework"),
    EventKind.SUSPENDED: QT_TRANSLATE_NOOP("Labels", "Suspended"),
    EventKind.RESUMED: QT_TRANSLATE_NOOP("Labels", "Resumed"),
    EventKind.VOIDED: QT_TRANSLATE_NOOP("Labels", "Voided"),
    EventKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    EventKind.LINKED: QT_TRANSLATE_NOOP("Labels", "Linked to an incident"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed (customer unreachable)"),
}

# The deadline clocks of an open order (views.overdue_flags).
OVERDUE_CLOCKS: dict[str, object] = {
    "response": QT_TRANSLATE_NOOP("Labels", "Response"),
    "completion": QT_TRANSLATE_NOOP("Labels", "Completion"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    "callback": QT_TRANSLATE_NOOP("Labels", "Return visit"),
}

RECORD_TYPES["work_order"] = QT_TRANSLATE_NOOP("Labels", "Work order")
RECORD_TYPES["work_order_category"] = QT_TRANSLATE_NOOP("Labels", "Work-order category")
RECORD_TYPES["printer_profile"] = QT_TRANSLATE_NOOP("Labels", "Printer profile")


def channel_label(value: str) -> str:
    return _slabel(CHANNELS, value)


def urgency_label(value: str) -> str:
    return _slabel(URGENCIES, value)


def work_order_status_label(value: str) -> str:
    return _slabel(WORK_ORDER_STATUSES, value)


def evaluation_label(value: str | None) -> str:
    return _slabel(EVALUATIONS, value) if value else ""


def callback_method_label(value: str) -> str:
    return _slabel(CALLBACK_METHODS, value)


def callback_outcome_label(value: str) -> str:
    return _slabel(CALLBACK_OUTCOMES, value)


def event_kind_label(value: str) -> str:
    return _slabel(EVENT_KINDS, value)


def overdue_clock_label(value: str) -> str:
    return _slabel(OVERDUE_CLOCKS, value)


def channel_choices() -> list[tuple[Channel, str]]:
    return [(c, channel_label(c)) for c in Channel]


def urgency_choices() -> list[tuple[Urgency, str]]:
    return [(u, urgency_label(u)) for u in Urgency]


def work_order_status_choices() -> list[tuple[Status, str]]:
    return [(s, work_order_status_label(s)) for s in Status]


def evaluation_choices() -> list[tuple[Evaluation, str]]:
    return [(e, evaluation_label(e)) for e in Evaluation]


def callback_method_choices() -> list[tuple[CallbackMethod, str]]:
    return [(m, callback_method_label(m)) for m in CallbackMethod]


def callback_outcome_choices() -> list[tuple[CallbackOutcome, str]]:
    return [(o, callback_outcome_label(o)) for o in CallbackOutcome]


# ---------------------------------------------------------------------------------------- printing
# (services/printers.py: a profile's document type and copy mode.)
PRINT_DOCUMENTS: dict[str, object] = {
    "work_order": QT_TRANSLATE_NOOP("Labels", "Work-order slip"),
}

PRINT_MODES: dict[str, object] = {
    "plain": QT_TRANSLATE_NOOP("Labels", "Plain paper"),
    "carbonless": QT_TRANSLATE_NOOP("Labels", "Pre-printed carbonless form"),
}


def print_document_label(doc_type: str) -> str:
    return _slabel(PRINT_DOCUMENTS, doc_type)


def print_mode_label(mode: str) -> str:
    return _slabel(PRINT_MODES, mode)


# ---------------------------------------------------------------------------------------- visits
# (domain/visits.py: purposes and kinds of visitor.)
from desk_app.domain.visits import Purpose, VisitorKind  # noqa: E402 - the visit labels were appended later

VISIT_PURPOSES: dict[str, object] = {
    Purpose.CONSULT: QT_TRANSLATE_NOOP("Labels", "Enquiry"),
    Purpose.REPAIR: QT_TRANSLATE_NOOP("Labels", "Repair"),
    Purpose.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Complaint"),
    Purpose.SUGGESTION: QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    Purpose.PRAISE: QT_TRANSLATE_NOOP("Labels", "Praise"),
    Purpose.PAYMENT: QT_TRANSLATE_NOOP("Labels", "Payment"),
    Purpose.RENOVATION: QT_TRANSLATE_NOOP("Labels", "Renovation filing"),
    Purpose.RELEASE: QT_TRANSLATE_NOOP("Labels", "Goods release"),
    Purpose.KEYS: QT_TRANSLATE_NOOP("Labels", "Keys"),
    Purpose.GUEST: QT_TRANSLATE_NOOP("Labels", "Visiting someone"),
    Purpose.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

VISITOR_KINDS: dict[str, object] = {
    VisitorKind.OWNER: QT_TRANSLATE_NOOP("Labels", "Owner"),
    VisitorKind.TENANT: QT_TRANSLATE_NOOP("Labels", "Tenant"),
    VisitorKind.VISITOR: QT_TRANSLATE_NOOP("Labels", "Visitor"),
    VisitorKind.CONTRACTOR: QT_TRANSLATE_NOOP("Labels", "Contractor"),
}
RECORD_TYPES["visit"] = QT_TRANSLATE_NOOP("Labels", "Visit")


def visit_purpose_label(value: str) -> str:
    return _slabel(VISIT_PURPOSES, value)


def visitor_kind_label(value: str) -> str:
    return _slabel(VISITOR_KINDS, value)


def visit_purpose_choices() -> list[tuple[Purpose, str]]:
    return [(p, visit_purpose_label(p)) for p in Purpose]


def visitor_kind_choices() -> list[tuple[VisitorKind, str]]:
    return [(k, visitor_kind_label(k)) for k in VisitorKind]


# ---------------------------------------------------------------------------------------- complaints
# (domain/complaints.py: kinds, categories, severities, statuses, history steps, escalation reasons; the
# clocks of services/complaints/views.overdue_flags.)
from desk_app.domain.complaints import (  # noqa: E402 - the complaint labels were appended later
    Category as ComplaintCategory,
)
from desk_app.domain.complaints import EscalationReason as ComplaintEscalationReason  # noqa: E402
from desk_app.domain.complaints import EventKind as ComplaintEventKind  # noqa: E402
from desk_app.domain.complaints import Kind as ComplaintKind  # noqa: E402
from desk_app.domain.complaints import Severity as ComplaintSeverity  # noqa: E402
from desk_app.domain.complaints import Status as ComplaintStatus  # noqa: E402

COMPLAINT_KINDS: dict[str, object] = {
    ComplaintKind.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Complaint"),
    ComplaintKind.SUGGESTION: QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    ComplaintKind.PRAISE: QT_TRANSLATE_NOOP("Labels", "Praise"),
}

COMPLAINT_CATEGORIES: dict[str, object] = {
    ComplaintCategory.SERVICE: QT_TRANSLATE_NOOP("Labels", "Property service"),
    ComplaintCategory.CHARGES: QT_TRANSLATE_NOOP("Labels", "Charges"),
    ComplaintCategory.ACTIVITIES: QT_TRANSLATE_NOOP("Labels", "Activities"),
    ComplaintCategory.EMERGENCY: QT_TRANSLATE_NOOP("Labels", "Emergency"),
    ComplaintCategory.ATTITUDE: QT_TRANSLATE_NOOP("Labels", "Service attitude"),
    ComplaintCategory.QUALITY: QT_TRANSLATE_NOOP("Labels", "Service quality"),
    ComplaintCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}

COMPLAINT_SEVERITIES: dict[str, object] = {
    ComplaintSeverity.URGENT: QT_TRANSLATE_NOOP("Labels", "Urgent"),
    ComplaintSeverity.IMPORTANT: QT_TRANSLATE_NOOP("Labels", "Important"),
    ComplaintSeverity.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
}

COMPLAINT_STATUSES: dict[str, object] = {
    ComplaintStatus.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    ComplaintStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    ComplaintStatus.INVESTIGATING: QT_TRANSLATE_NOOP("Labels", "Being handled"),
    ComplaintStatus.REPLIED: QT_TRANSLATE_NOOP("Labels", "Replied"),
    ComplaintStatus.CALLBACK: QT_TRANSLATE_NOOP("Labels", "Return visit done"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    ComplaintStatus.VOIDED: QT_TRANSLATE_NOOP("Labels", "Void"),
}

# The steps of a complaint's history (one line of its timeline each).
COMPLAINT_EVENTS: dict[str, object] = {
    ComplaintEventKind.CREATED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    ComplaintEventKind.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
    ComplaintEventKind.INVESTIGATED: QT_TRANSLATE_NOOP("Labels", "Cause investigated"),
    ComplaintEventKind.ASSIGNED: QT_TRANSLATE_NOOP("Labels", "Responsible person assigned"),
    ComplaintEventKind.SOLUTION: QT_TRANSLATE_NOOP("Labels", "Solution"),
    ComplaintEventKind.REPLIED: QT_TRANSLATE_NOOP("Labels", "Replied to the complainant"),
    ComplaintEventKind.ESCALATED: QT_TRANSLATE_NOOP("Labels", "Escalated"),
    ComplaintEventKind.CALLBACK: QT_TRANSLATE_NOOP("Labels", "Return visit"),
    ComplaintEventKind.SUMMARISED: QT_TRANSLATE_NOOP("Labels", "Summary and evaluation"),
    ComplaintEventKind.JUDGED: QT_TRANSLATE_NOOP("Labels", "Judged valid / invalid"),
    ComplaintEventKind.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    ComplaintEventKind.VOIDED: QT_TRANSLATE_NOOP("Labels", "Voided"),
}

ESCALATION_REASONS: dict[str, object] = {
    ComplaintEscalationReason.ACK_OVERDUE: QT_TRANSLATE_NOOP("Labels", "Not acknowledged in time"),
    ComplaintEscalationReason.REPLY_OVERDUE: QT_TRANSLATE_NOOP("Labels", "Not answered in time"),
    ComplaintEscalationReason.DISSATISFIED: QT_TRANSLATE_NOOP("Labels", "Return visit: dissatisfied"),
    ComplaintEscalationReason.MANUAL: QT_TRANSLATE_NOOP("Labels", "Escalated by hand"),
}

# The clocks of an open complaint (services/complaints/views.overdue_flags).
COMPLAINT_CLOCKS: dict[str, object] = {
    "ack": QT_TRANSLATE_NOOP("Labels", "Acknowledgement"),
    "reply": QT_TRANSLATE_NOOP("Labels", "Answer"),
    "promised": QT_TRANSLATE_NOOP("Labels", "Promised reply time"),
}

RECORD_TYPES["complaint"] = QT_TRANSLATE_NOOP("Labels", "Complaint")


def complaint_kind_label(value: str) -> str:
    return _slabel(COMPLAINT_KINDS, value)


def complaint_category_label(value: str) -> str:
    return _slabel(COMPLAINT_CATEGORIES, value)


def complaint_severity_label(value: str) -> str:
    return _slabel(COMPLAINT_SEVERITIES, value)


def complaint_status_label(value: str) -> str:
    return _slabel(COMPLAINT_STATUSES, value)


def complaint_event_label(value: str) -> str:
    return _slabel(COMPLAINT_EVENTS, value)


def escalation_reason_label(value: str) -> str:
    return _slabel(ESCALATION_REASONS, value)


def complaint_clock_label(value: str) -> str:
    return _slabel(COMPLAINT_CLOCKS, value)


def complaint_kind_choices() -> list[tuple[ComplaintKind, str]]:
    return [(k, complaint_kind_label(k)) for k in ComplaintKind]


def complaint_category_choices() -> list[tuple[ComplaintCategory, str]]:
    return [(c, complaint_category_label(c)) for c in ComplaintCategory]


def complaint_severity_choices() -> list[tuple[ComplaintSeverity, str]]:
    return [(s, complaint_severity_label(s)) for s in ComplaintSeverity]
