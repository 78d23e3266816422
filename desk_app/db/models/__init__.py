"""All ORM models; importing this module registers every table on ``Base.metadata``."""

from desk_app.db.models.archive import Building, Entrance, Person, Unit, UnitPerson
from desk_app.db.models.audit import AuditEntry
from desk_app.db.models.base import Base, Tracked
from desk_app.db.models.complaints import Complaint, ComplaintEvent
from desk_app.db.models.core import AppMeta, CalendarOverride, Desk, DocSeries, Setting, Site
from desk_app.db.models.people import Department, Staff, UserAccount
from desk_app.db.models.visits import Visit
from desk_app.db.models.work_orders import (
    Phrase,
    PrinterProfile,
    PrintJob,
    WorkOrder,
    WorkOrderCategory,
    WorkOrderEvent,
)

__all__ = [
    "AppMeta",
    "AuditEntry",
    "Base",
    "Building",
    "CalendarOverride",
    "Complaint",
    "ComplaintEvent",
    "Department",
    "Desk",
    "DocSeries",
    "Entrance",
    "Person",
    "Phrase",
    "PrintJob",
    "PrinterProfile",
    "Setting",
    "Site",
    "Staff",
    "Tracked",
    "Unit",
    "UnitPerson",
    "UserAccount",
    "Visit",
    "WorkOrder",
    "WorkOrderCategory",
    "WorkOrderEvent",
]
