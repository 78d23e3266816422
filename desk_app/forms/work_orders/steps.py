"""The small steps of a work order: dispatch, arrived, completed, a reason (rework / suspend / void / close),
a follow-up note, linking to an incident. Each dialog calls one service function; Enter saves."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.work_orders import EventKind
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall, local_errors
from desk_app.forms.work_orders.common import DateTimeField
from desk_app.services import organisation
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.organisation import DepartmentDTO, StaffDTO
from desk_app.services.work_orders import orders
from desk_app.services.work_orders.views import WorkOrderDetail
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel


def _subtitle(detail: WorkOrderDetail) -> PlainLabel:
    where = " ".join(x for x in (detail.unit_code, detail.location) if x)
    label = PlainLabel("    ".join(x for x in (detail.number, where, detail.category_path) if x))
    label.setStyleSheet("color: #546e7a;")
    label.setWordWrap(True)
    return label


class StepDialog(FormDialog):
    """A form about one work order: its number, place and category on top."""

    def __init__(self, session: AppSession, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.detail = detail
        self.form.addRow(_subtitle(detail))


class DispatchDialog(StepDialog):
    """派工: the department (proposed by the category) and who goes (from its staff, or any name)."""

    def __init__(self, session: AppSession, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Dispatch {number}").format(number=detail.number))
        self.staff_list: list[StaffDTO] = []
        self.department = QComboBox()
        self.staff = QComboBox()
        self.staff.setEditable(True)
        self.staff.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.staff.lineEdit().setMaxLength(60)
        self.staff.lineEdit().setPlaceholderText(self.tr("Who goes (a name from the list, or any name)"))
        self.add_field("department_id", self.tr("&Department:"), self.department)
        self.add_field("staff", self.tr("&Staff:"), self.staff)
        self.department.currentIndexChanged.connect(self._department_changed)
        self.finish_layout()
        session.call(organisation.list_departments, self._departments_arrived, parent=self)

    def _departments_arrived(self, departments: list[DepartmentDTO]) -> None:
        self.department.blockSignals(True)
        self.department.clear()
        for d in departments:
            self.department.addItem(d.name, d.id)
        self.department.setCurrentIndex(max(0, self.department.findData(self.detail.department_id)))
        self.department.blockSignals(False)
        self._department_changed()

    def _department_changed(self, _index: int = 0) -> None:
        department_id = self.department.currentData()
        if department_id is None:
            return
        self.session.call(
            lambda ctx: organisation.list_staff(ctx, department_id), self._staff_arrived, parent=self
        )

    def _staff_arrived(self, staff: list[StaffDTO]) -> None:
        typed = self.staff.currentText()
        self.staff_list = staff
        self.staff.clear()
        for person in staff:
            label = f"{person.name}（{person.position}）" if person.position else person.name
            self.staff.addItem(label, person.id)
        self.staff.setCurrentIndex(-1)
        self.staff.setEditText(typed or self.detail.assignee_name)

    def build_call(self) -> ServiceCall:
        text = self.staff.currentText().strip()
        index = self.staff.findText(text)
        staff_id = self.staff.itemData(index) if index >= 0 else None
        if staff_id is None:  # typed the bare name of someone on the list
            staff_id = next((s.id for s in self.staff_list if s.name == text), None)
        order_id, department_id = self.detail.id, self.department.currentData()
        return lambda ctx: orders.dispatch(ctx, order_id, department_id, staff_id, text)


class ArrivedDialog(StepDialog):
    """到场: when the department's staff arrived (now, or the time they phoned in)."""

    def __init__(self, session: AppSession, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Arrived: {number}").format(number=detail.number))
        self.at = DateTimeField(session.ctx.timezone, session.ctx.now())
        self.add_field("arrived_at", self.tr("&Arrived at:"), self.at)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        order_id, at = self.detail.id, self.at.value()
        return lambda ctx: orders.arrive(ctx, order_id, at)


class CompletedDialog(StepDialog):
    """完工: when the job was finished and, if known, what was done (the slip brings the details later)."""

    def __init__(self, session: AppSession, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Completed: {number}").format(number=detail.number))
        self.at = DateTimeField(session.ctx.timezone, session.ctx.now())
        self.handling = NotesEdit()
        self.handling.setPlaceholderText(self.tr("Optional: what was done"))
        self.add_field("completed_at", self.tr("&Completed at:"), self.at)
        self.add_field("handling", self.tr("&Handling:"), self.handling)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        order_id, at, handling = self.detail.id, self.at.value(), self.handling.text()
        return lambda ctx: orders.complete(ctx, order_id, at, handling)


def _reason_titles() -> dict[EventKind, str]:
    return {
        EventKind.REWORK: QCoreApplication.translate("ReasonDialog", "Send {number} back for rework"),
        EventKind.SUSPENDED: QCoreApplication.translate("ReasonDialog", "Suspend {number}"),
        EventKind.VOIDED: QCoreApplication.translate("ReasonDialog", "Void {number}"),
        EventKind.CLOSED: QCoreApplication.translate("ReasonDialog", "Close {number} without a return visit"),
    }


def _reason_hints() -> dict[EventKind, str]:
    return {
        EventKind.REWORK: QCoreApplication.translate("ReasonDialog", "What is not right with the work"),
        EventKind.SUSPENDED: QCoreApplication.translate(
            "ReasonDialog", "Waiting for parts, owner away … (the deadlines pause)"
        ),
        EventKind.VOIDED: QCoreApplication.translate(
            "ReasonDialog", "Why this order is void (the number stays, marked 作废)"
        ),
        EventKind.CLOSED: QCoreApplication.translate(
            "ReasonDialog", "How often you tried to reach the customer"
        ),
    }


class ReasonDialog(StepDialog):
    """返工 / 挂起 / 作废 / 关闭: a step that needs a reason."""

    FIELD_CODES: ClassVar[dict[str, str]] = {"work_order.reason_required": "reason"}
    ACTIONS: ClassVar[dict[EventKind, Callable[[ServiceContext, str, str], OpResult[WorkOrderDetail]]]] = {
        EventKind.REWORK: orders.rework,
        EventKind.SUSPENDED: orders.suspend,
        EventKind.VOIDED: orders.void,
        EventKind.CLOSED: orders.close_unreachable,
    }

    def __init__(
        self, session: AppSession, detail: WorkOrderDetail, kind: EventKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, detail, parent)
        self.kind = kind
        self.setWindowTitle(_reason_titles()[kind].format(number=detail.number))
        self.reason = NotesEdit()
        self.reason.setPlaceholderText(_reason_hints()[kind])
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        if not self.reason.text().strip():
            local_errors({"reason": "work_order.reason_required"})
        action, order_id, reason = self.ACTIONS[self.kind], self.detail.id, self.reason.text()
        return lambda ctx: action(ctx, order_id, reason)


class FollowUpDialog(StepDialog):
    """跟进: what the department said (engineering at least weekly, the others every 3 days)."""

    FIELD_CODES: ClassVar[dict[str, str]] = {"work_order.note_required": "note"}

    def __init__(self, session: AppSession, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Follow-up on {number}").format(number=detail.number))
        self.note = NotesEdit()
        self.note.setPlaceholderText(self.tr("Who you spoke to and what they said"))
        self.add_field("note", self.tr("&Note:"), self.note)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        if not self.note.text().strip():
            local_errors({"note": "work_order.note_required"})
        order_id, note = self.detail.id, self.note.text()
        return lambda ctx: orders.follow_up(ctx, order_id, note)


class LinkIncidentDialog(StepDialog):
    """One outage, many reports: link this order to the incident's first report by its number."""

    FIELD_CODES: ClassVar[dict[str, str]] = {
        "work_order.not_found": "incident",
        "work_order.invalid_payload": "incident",
    }

    def __init__(self, session: AppSession, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Link {number} to an incident").format(number=detail.number))
        self.number = QLineEdit(detail.incident_number)
        self.number.setMaxLength(30)
        self.number.setPlaceholderText(self.tr("Number of the first report, e.g. BX-A1-2026-000123"))
        self.add_field("incident", self.tr("&Incident:"), self.number)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        number = self.number.text().strip()
        if not number:
            local_errors({"incident": "field.required"})
        order_id = self.detail.id
        return lambda ctx: orders.link_incident(ctx, order_id, orders.find_by_number(ctx, number).id)
