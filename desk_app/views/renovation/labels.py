"""Words for the renovation screens' stored values (statuses, documents, steps) and the history lines.

The checklist's document names stay Chinese in the Chinese UI and get English names in the English one; the
printouts always use ``domain.renovation.DOCUMENT_ZH``.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk_app.domain.renovation import DocumentKind, FilingStatus
from desk_app.views.work_orders.common import local_time

CONTEXT = "RenovationLabels"

STATUSES: dict[str, object] = {
    FilingStatus.DRAFT: QT_TRANSLATE_NOOP("RenovationLabels", "Registering"),
    FilingStatus.APPROVED: QT_TRANSLATE_NOOP("RenovationLabels", "Approved"),
    FilingStatus.EXTENDED: QT_TRANSLATE_NOOP("RenovationLabels", "Extended"),
    FilingStatus.INSPECTED: QT_TRANSLATE_NOOP("RenovationLabels", "Inspected"),
    FilingStatus.REFUNDED: QT_TRANSLATE_NOOP("RenovationLabels", "Deposit refunded"),
    FilingStatus.CANCELLED: QT_TRANSLATE_NOOP("RenovationLabels", "Cancelled"),
}
STATUS_COLORS = {
    FilingStatus.DRAFT: "#1565c0",
    FilingStatus.APPROVED: "#2e7d32",
    FilingStatus.EXTENDED: "#ef6c00",
    FilingStatus.INSPECTED: "#6a1b9a",
    FilingStatus.REFUNDED: "#546e7a",
    FilingStatus.CANCELLED: "#9e9e9e",
}
DOCUMENTS: dict[str, object] = {
    DocumentKind.APPLICATION: QT_TRANSLATE_NOOP("RenovationLabels", "Renovation application"),
    DocumentKind.COMMITMENT: QT_TRANSLATE_NOOP("RenovationLabels", "Renovation commitment"),
    DocumentKind.FLOOR_PLAN: QT_TRANSLATE_NOOP("RenovationLabels", "Floor plan"),
    DocumentKind.LICENCE_COPY: QT_TRANSLATE_NOOP("RenovationLabels", "Business licence copy"),
    DocumentKind.QUALIFICATION_COPY: QT_TRANSLATE_NOOP("RenovationLabels", "Qualification certificate copy"),
    DocumentKind.CONSTRUCTION_PLAN: QT_TRANSLATE_NOOP("RenovationLabels", "Construction drawings and plan"),
    DocumentKind.RESPONSIBLE_ID: QT_TRANSLATE_NOOP(
        "RenovationLabels", "Responsible person's ID copy and photo"
    ),
    DocumentKind.WORKER_IDS: QT_TRANSLATE_NOOP("RenovationLabels", "Workers' ID copies and photos"),
    DocumentKind.CONTRACT_COPY: QT_TRANSLATE_NOOP("RenovationLabels", "Owner–contractor contract copy"),
    DocumentKind.OWNER_COMMITMENT: QT_TRANSLATE_NOOP(
        "RenovationLabels", "Owner's commitment (waterproof layer touched)"
    ),
    DocumentKind.AUTHORISATION: QT_TRANSLATE_NOOP("RenovationLabels", "Owner's letter of authorisation"),
}
EVENTS: dict[str, object] = {
    "created": QT_TRANSLATE_NOOP("RenovationLabels", "Opened"),
    "edited": QT_TRANSLATE_NOOP("RenovationLabels", "Edited"),
    "document": QT_TRANSLATE_NOOP("RenovationLabels", "Document"),
    "worker": QT_TRANSLATE_NOOP("RenovationLabels", "Worker"),
    "approved": QT_TRANSLATE_NOOP("RenovationLabels", "Approved"),
    "notified": QT_TRANSLATE_NOOP("RenovationLabels", "Owner notified"),
    "extended": QT_TRANSLATE_NOOP("RenovationLabels", "Extended"),
    "inspected": QT_TRANSLATE_NOOP("RenovationLabels", "Inspection"),
    "downstairs_signed": QT_TRANSLATE_NOOP("RenovationLabels", "Downstairs signed"),
    "refunded": QT_TRANSLATE_NOOP("RenovationLabels", "Deposit refunded"),
    "cancelled": QT_TRANSLATE_NOOP("RenovationLabels", "Cancelled"),
    "printed": QT_TRANSLATE_NOOP("RenovationLabels", "Printed"),
    "note": QT_TRANSLATE_NOOP("RenovationLabels", "Note"),
}
INSPECTION_KINDS: dict[str, object] = {
    "patrol": QT_TRANSLATE_NOOP("RenovationLabels", "Patrol"),
    "completion": QT_TRANSLATE_NOOP("RenovationLabels", "Completion inspection"),
}
INSPECTION_RESULTS: dict[str, object] = {
    "passed": QT_TRANSLATE_NOOP("RenovationLabels", "Passed"),
    "failed": QT_TRANSLATE_NOOP("RenovationLabels", "Failed"),
    "noted": QT_TRANSLATE_NOOP("RenovationLabels", "Noted"),
}
NOTIFY_METHODS: dict[str, object] = {
    "phone": QT_TRANSLATE_NOOP("RenovationLabels", "Phone call"),
    "sms": QT_TRANSLATE_NOOP("RenovationLabels", "SMS"),
    "wechat": QT_TRANSLATE_NOOP("RenovationLabels", "WeChat"),
    "in_person": QT_TRANSLATE_NOOP("RenovationLabels", "In person"),
}
PRINTED_DOCUMENTS: dict[str, object] = {
    "permit": QT_TRANSLATE_NOOP("RenovationLabels", "Permit"),
    "agreement": QT_TRANSLATE_NOOP("RenovationLabels", "Agreement"),
    "cover": QT_TRANSLATE_NOOP("RenovationLabels", "Archive cover"),
}
PERMIT_COPIES: dict[str, object] = {
    "original": QT_TRANSLATE_NOOP("RenovationLabels", "original"),
    "pass-office": QT_TRANSLATE_NOOP("RenovationLabels", "copy for passes"),
    "door": QT_TRANSLATE_NOOP("RenovationLabels", "door copy"),
}


def _label(table: dict[str, object], value: str | None) -> str:
    source = table.get(value or "")
    return QCoreApplication.translate(CONTEXT, str(source)) if source else str(value or "")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    return _label(STATUSES, status)


def document_label(kind: str) -> str:
    return _label(DOCUMENTS, kind)


def event_label(kind: str) -> str:
    return _label(EVENTS, kind)


def inspection_kind_label(kind: str) -> str:
    return _label(INSPECTION_KINDS, kind)


def inspection_result_label(result: str) -> str:
    return _label(INSPECTION_RESULTS, result)


def notify_label(how: str) -> str:
    return _label(NOTIFY_METHODS, how)


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _iso_day(value: Any) -> str:
    return str(value)[:10] if value else ""


def event_summary(kind: str, detail: dict[str, Any], note: str, tz: tzinfo) -> str:
    """One line of the history: the event's data in words (user text as typed)."""
    parts: list[str] = []
    if kind == "created":
        parts.append(
            QCoreApplication.translate("RenovationLabels", "{start} to {end}").format(
                start=_iso_day(detail.get("start")), end=_iso_day(detail.get("end"))
            )
        )
    elif kind == "edited":
        parts.append(
            QCoreApplication.translate("RenovationLabels", "Changed: {fields}").format(
                fields=", ".join(str(f) for f in detail.get("fields", []))
            )
        )
    elif kind == "document":
        state = (
            QCoreApplication.translate("RenovationLabels", "received")
            if detail.get("received")
            else QCoreApplication.translate("RenovationLabels", "not received")
        )
        parts.append(f"{document_label(str(detail.get('kind', '')))}: {state}")
        if detail.get("attached"):
            parts.append(QCoreApplication.translate("RenovationLabels", "file attached"))
    elif kind == "worker":
        action = (
            QCoreApplication.translate("RenovationLabels", "added")
            if detail.get("action") == "added"
            else QCoreApplication.translate("RenovationLabels", "removed")
        )
        parts.append(f"{detail.get('name', '')} {action}")
    elif kind == "approved":
        parts.append(
            QCoreApplication.translate("RenovationLabels", "Officer: {name} {phone}").format(
                name=detail.get("officer", ""), phone=detail.get("phone", "")
            )
        )
    elif kind == "notified":
        parts.append(notify_label(str(detail.get("how", ""))))
    elif kind == "extended":
        parts.append(
            QCoreApplication.translate("RenovationLabels", "{old} → {new}, approved by {name}").format(
                old=_iso_day(detail.get("old_end")),
                new=_iso_day(detail.get("new_end")),
                name=detail.get("approved_by", ""),
            )
        )
        if detail.get("passes"):
            parts.append(
                QCoreApplication.translate("RenovationLabels", "passes extended: {n}").format(
                    n=detail["passes"]
                )
            )
    elif kind == "inspected":
        parts.append(
            f"{inspection_kind_label(str(detail.get('kind', '')))}: "
            f"{inspection_result_label(str(detail.get('result', '')))}"
        )
        if detail.get("violation"):
            parts.append(QCoreApplication.translate("RenovationLabels", "violation"))
    elif kind == "downstairs_signed":
        at = detail.get("at")
        when = local_time(datetime.fromisoformat(at), tz) if isinstance(at, str) and at else ""
        parts.append(f"{detail.get('by', '')} {when}".strip())
    elif kind == "printed":
        doc = _label(PRINTED_DOCUMENTS, str(detail.get("document", "")))
        copy = _label(PERMIT_COPIES, str(detail.get("copy", ""))) if detail.get("copy") else ""
        parts.append(f"{doc} {copy}".strip())
        if detail.get("target") and detail.get("target") != "pdf":
            parts.append(str(detail["target"]))
    elif kind == "cancelled":
        pass  # the reason is the note
    if note and kind not in ("printed",):
        parts.append(note)
    return "；".join(p for p in parts if p)
