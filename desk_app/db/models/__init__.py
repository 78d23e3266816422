"""All ORM models; importing this module registers every table on ``Base.metadata``."""

from desk_app.db.models.archive import Building, Entrance, Person, Unit, UnitPerson
from desk_app.db.models.attachments import Attachment
from desk_app.db.models.audit import AuditEntry
from desk_app.db.models.base import Base, Tracked
from desk_app.db.models.complaints import Complaint, ComplaintEvent
from desk_app.db.models.core import AppMeta, CalendarOverride, Desk, DocSeries, Setting, Site
from desk_app.db.models.money import (
    DayClose,
    FeeItem,
    Receipt,
    ReceiptEvent,
    ReceiptLine,
    Refund,
    RefundDeduction,
)
from desk_app.db.models.people import Department, Staff, UserAccount
from desk_app.db.models.release import GoodsRelease, GoodsReleaseItem, ReleaseEvent
from desk_app.db.models.renovation import (
    FilingDocument,
    FilingEvent,
    FilingWorker,
    Inspection,
    PassEvent,
    RenovationFiling,
    TempPass,
)
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
    "Attachment",
    "AuditEntry",
    "Base",
    "Building",
    "CalendarOverride",
    "Complaint",
    "ComplaintEvent",
    "DayClose",
    "Department",
    "Desk",
    "DocSeries",
    "Entrance",
    "FeeItem",
    "FilingDocument",
    "FilingEvent",
    "FilingWorker",
    "GoodsRelease",
    "GoodsReleaseItem",
    "Inspection",
    "PassEvent",
    "Person",
    "Phrase",
    "PrintJob",
    "PrinterProfile",
    "Receipt",
    "ReceiptEvent",
    "ReceiptLine",
    "Refund",
    "RefundDeduction",
    "ReleaseEvent",
    "RenovationFiling",
    "Setting",
    "Site",
    "Staff",
    "TempPass",
    "Tracked",
    "Unit",
    "UnitPerson",
    "UserAccount",
    "Visit",
    "WorkOrder",
    "WorkOrderCategory",
    "WorkOrderEvent",
]
