"""One work order: every field, its deadlines in colour, its history as a timeline, and the next steps.

The step buttons are enabled from ``detail.allowed`` (what the state machine accepts now); Void is only
there for roles that may void. Every step opens its form (forms/work_orders) or calls the service directly,
through ``session.call``; the change broadcast reloads this view and the list. Print (Ctrl+P) goes to the
saved printer without a dialog; a reprint is marked 补打 by the service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.domain.roles import Permission
from desk_app.domain.work_orders import EventKind, Status
from desk_app.forms.callbacks.callback_form import CallbackDialog, CallbackTarget
from desk_app.forms.work_orders.common import fen_to_yuan
from desk_app.forms.work_orders.slip_return_form import SlipReturnDialog
from desk_app.forms.work_orders.steps import (
    ArrivedDialog,
    CompletedDialog,
    DispatchDialog,
    FollowUpDialog,
    LinkIncidentDialog,
    ReasonDialog,
)
from desk_app.services import organisation
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import orders
from desk_app.services.work_orders.orders import EventView
from desk_app.services.work_orders.views import WorkOrderDetail
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import DetailGrid
from desk_app.views.labels import (
    callback_method_label,
    callback_outcome_label,
    channel_label,
    evaluation_label,
    event_kind_label,
    urgency_label,
    work_order_status_label,
    yes_no,
)
from desk_app.views.record_detail import RecordDetailPane
from desk_app.views.work_orders.common import (
    DASH,
    local_time,
    overdue_clocks,
    unit_or_location,
)
from desk_app.views.work_orders.slip_printing import SlipPrinter

STATUS_COLORS = {
    Status.REGISTERED: "#1565c0",
    Status.DISPATCHED: "#00838f",
    Status.ARRIVED: "#00838f",
    Status.COMPLETED: "#2e7d32",
    Status.RETURNED: "#6a1b9a",
    Status.CLOSED: "#546e7a",
    Status.SUSPENDED: "#ef6c00",
    Status.VOIDED: "#9e9e9e",
}
# After a scan the most likely next step gets the focus (one Enter opens it).
NEXT_STEP_ORDER = (
    EventKind.SLIP_RETURNED,
    EventKind.CALLBACK,
    EventKind.DISPATCHED,
    EventKind.ARRIVED,
    EventKind.COMPLETED,
    EventKind.RESUMED,
)


@dataclass(frozen=True)
class DetailData:
    detail: WorkOrderDetail
    events: list[EventView]
    departments: dict[str, str]


def load_detail(ctx: ServiceContext, order_id: str) -> DetailData:
    detail = orders.get(ctx, order_id)
    departments = {d.id: d.name for d in organisation.list_departments(ctx, include_archived=True)}
    return DetailData(detail, orders.history_events(ctx, order_id), departments)


def _time(value: object, tz: tzinfo) -> str:
    if isinstance(value, str) and value:
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return local_time(value, tz) if isinstance(value, datetime) else ""


def event_summary(event: EventView, tz: tzinfo, departments: dict[str, str]) -> str:
    """One line for the timeline: the payload in words (user text as typed)."""
    p: dict[str, Any] = event.payload
    parts: list[str] = []

    def add(template: str, **values: object) -> None:
        if all(v not in (None, "") for v in values.values()):
            parts.append(template.format(**{k: str(v) for k, v in values.items()}))

    kind = event.kind
    if kind is EventKind.CREATED:
        add("{channel}", channel=channel_label(str(p.get("channel", ""))))
        add("{urgency}", urgency=urgency_label(str(p.get("urgency", ""))))
    elif kind is EventKind.DISPATCHED:
        add("{department}", department=departments.get(str(p.get("department_id", "")), ""))
        add("{staff}", staff=p.get("staff", ""))
        if p.get("by_print"):
            parts.append(QCoreApplication.translate("WorkOrderDetail", "(by printing the slip)"))
        if p.get("implied"):
            parts.append(QCoreApplication.translate("WorkOrderDetail", "(the slip came back)"))
    elif kind is EventKind.ARRIVED:
        add(
            QCoreApplication.translate("WorkOrderDetail", "arrived {time}"),
            time=_time(p.get("arrived_at"), tz),
        )
    elif kind is EventKind.COMPLETED:
        add(
            QCoreApplication.translate("WorkOrderDetail", "completed {time}"),
            time=_time(p.get("completed_at"), tz),
        )
        add("{handling}", handling=p.get("handling", ""))
    elif kind is EventKind.SLIP_RETURNED:
        add(QCoreApplication.translate("WorkOrderDetail", "Staff: {name}"), name=p.get("staff", ""))
        add(
            QCoreApplication.translate("WorkOrderDetail", "on site {arrived} – {completed}"),
            arrived=_time(p.get("arrived_at"), tz),
            completed=_time(p.get("completed_at"), tz),
        )
        add("{handling}", handling=p.get("handling", ""))
        add(
            QCoreApplication.translate("WorkOrderDetail", "Materials: {materials}"),
            materials=p.get("materials", ""),
        )
        charge = p.get("charge_fen") or 0
        if isinstance(charge, int) and charge:
            add(
                QCoreApplication.translate("WorkOrderDetail", "Charge: ¥{amount}"), amount=fen_to_yuan(charge)
            )
        add(
            QCoreApplication.translate("WorkOrderDetail", "Customer ticked: {evaluation}"),
            evaluation=evaluation_label(p.get("evaluation")),
        )
        if p.get("signed"):
            parts.append(QCoreApplication.translate("WorkOrderDetail", "signed"))
    elif kind is EventKind.CALLBACK:
        add("{method}", method=callback_method_label(str(p.get("method", ""))))
        add("{phone}", phone=p.get("phone", ""))
        add("{outcome}", outcome=callback_outcome_label(str(p.get("outcome", ""))))
        add("{evaluation}", evaluation=evaluation_label(p.get("evaluation")))
        add("{remarks}", remarks=p.get("remarks", ""))
        add(
            QCoreApplication.translate("WorkOrderDetail", "call again {time}"),
            time=_time(p.get("retry_at"), tz),
        )
    elif kind in (EventKind.REWORK, EventKind.SUSPENDED, EventKind.VOIDED, EventKind.CLOSED):
        add("{reason}", reason=p.get("reason", ""))
    elif kind is EventKind.FOLLOW_UP:
        add("{note}", note=p.get("note", ""))
    elif kind is EventKind.LINKED:
        add(QCoreApplication.translate("WorkOrderDetail", "incident {number}"), number=p.get("incident", ""))
    return "；".join(parts)


class WorkOrderDetailView(RecordDetailPane):
    """Shown beside the list (and opened from the global search); empty until an order is loaded."""

    NEXT_STEP_ORDER = NEXT_STEP_ORDER

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.order_id: str | None = None
        self.detail: WorkOrderDetail | None = None
        self.data: DetailData | None = None
        self.printer = SlipPrinter(session, self)
        self.printer.message.connect(self.message)

        # -- header: number, status, marks; print buttons
        self.repeat_chip = PlainLabel()
        self.repeat_chip.setStyleSheet(self._chip_style("#e65100"))
        self.print_button = self._button("print", self.tr("Print"), self.print_slip)
        self.print_button.setToolTip(self.tr("Print the slip on the saved printer (Ctrl+P)"))
        self.print_dialog_button = self._button(
            "print_dialog", self.tr("Print…"), lambda: self.print_slip(ask=True)
        )
        self.preview_button = self._button("preview", self.tr("Pre&view"), self.preview_slip)

        # -- printing and the next steps (only the steps the order accepts now are shown)
        can_void = session.can(Permission.VOID_WORK_ORDERS)
        specs: list[tuple[EventKind, str, str, Callable[[], None]]] = [
            (EventKind.DISPATCHED, "dispatch", self.tr("&Dispatch…"), self.dispatch),
            (EventKind.ARRIVED, "arrived", self.tr("&Arrived…"), self.arrived),
            (EventKind.COMPLETED, "completed", self.tr("&Completed…"), self.completed),
            (EventKind.SLIP_RETURNED, "slip_returned", self.tr("&Slip returned…"), self.slip_returned),
            (EventKind.CALLBACK, "callback", self.tr("&Return visit…"), self.return_visit),
            (EventKind.REWORK, "rework", self.tr("Re&work…"), lambda: self.reason(EventKind.REWORK)),
            (EventKind.SUSPENDED, "suspend", self.tr("Sus&pend…"), lambda: self.reason(EventKind.SUSPENDED)),
            (EventKind.RESUMED, "resume", self.tr("Res&ume"), self.resume),
            (EventKind.FOLLOW_UP, "follow_up", self.tr("F&ollow-up…"), self.follow_up),
            (EventKind.LINKED, "link", self.tr("&Link to incident…"), self.link_incident),
            (
                EventKind.CLOSED,
                "close",
                self.tr("Close (u&nreachable)…"),
                lambda: self.reason(EventKind.CLOSED),
            ),
            (EventKind.VOIDED, "void", self.tr("Vo&id…"), lambda: self.reason(EventKind.VOIDED)),
        ]

        # -- fields
        fields = DetailGrid(columns=2)
        for key, caption in (
            ("unit", self.tr("Unit / place:")),
            ("registered", self.tr("Registered:")),
            ("reporter", self.tr("Reporter:")),
            ("phone", self.tr("Phone:")),
            ("channel", self.tr("Channel:")),
            ("first_contact", self.tr("First contact:")),
            ("category", self.tr("Category:")),
            ("urgency", self.tr("Urgency:")),
            ("department", self.tr("Department:")),
            ("assignee", self.tr("Assigned to:")),
            ("appointment", self.tr("Appointment:")),
            ("paid", self.tr("Paid service:")),
            ("evaluation", self.tr("Evaluation:")),
            ("reworks", self.tr("Reworks:")),
            ("incident", self.tr("Incident:")),
            ("prints", self.tr("Slips printed:")),
        ):
            fields.add(key, caption)
        fields.add("description", self.tr("Description:"), full_row=True)

        dues = DetailGrid(columns=2)
        for key, caption in (
            ("response", self.tr("Response due:")),
            ("completion", self.tr("Completion due:")),
            ("follow_up", self.tr("Follow-up due:")),
            ("callback", self.tr("Return visit due:")),
            ("returned", self.tr("Slip returned:")),
            ("closed", self.tr("Closed:")),
        ):
            dues.add(key, caption)

        tz = session.ctx.timezone
        self.build_pane(
            chips=(self.status_chip, self.repeat_chip),
            leading=(self.print_button, self.print_dialog_button, self.preview_button),
            steps=[s for s in specs if s[0] is not EventKind.VOIDED or can_void],  # else the service refuses
            fields=fields,
            dues=dues,
            columns=[
                Column(self.tr("Time"), lambda e: local_time(e.at, tz)),
                Column(self.tr("By"), lambda e: e.by_name),
                Column(self.tr("Step"), lambda e: event_kind_label(e.kind)),
                Column(
                    self.tr("Details"),
                    lambda e: event_summary(e, tz, self.data.departments if self.data else {}),
                    tooltip=lambda e: event_summary(e, tz, self.data.departments if self.data else {}),
                ),
            ],
            deadlines=self.tr("Deadlines"),
            history=self.tr("History"),
            empty=self.tr("Choose a work order in the list, or scan a slip's QR code."),
        )
        session.changed.connect(self._on_changed)

    # ------------------------------------------------------------------------------------------ loading

    def load(self, order_id: str, focus_next_step: bool = False) -> None:
        self.order_id = order_id
        self.fetch(lambda ctx: load_detail(ctx, order_id), focus_next_step)

    def clear(self) -> None:
        self.order_id = None
        self.reset()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "work_order" in kinds and self.order_id is not None:
            self.load(self.order_id, self._focus_next_step)

    def fill(self, data: DetailData) -> None:
        d = data.detail
        tz = self.session.ctx.timezone
        self.title.setText(d.number)
        self.status_chip.setText(work_order_status_label(d.status))
        self.status_chip.setStyleSheet(self._chip_style(STATUS_COLORS.get(d.status, "#546e7a")))
        self.repeat_chip.setText(self.tr("Repeat repair"))
        self.repeat_chip.setVisible(d.is_repeat)
        clocks = overdue_clocks(d.overdue)
        self.overdue_chip.setText(self.tr("Overdue: {clocks}").format(clocks="、".join(clocks)))
        self.overdue_chip.setVisible(bool(clocks))

        f = self.fields
        f.set("unit", unit_or_location(d.unit_code, d.location) or DASH)
        f.set("registered", local_time(d.created_at, tz))
        f.set("reporter", d.reporter_name or DASH)
        f.set("phone", d.contact_phone or DASH)
        f.set("channel", channel_label(d.channel))
        f.set("first_contact", d.first_contact_name or DASH)
        f.set("category", d.category_path)
        f.set("urgency", urgency_label(d.urgency))
        f.set("department", d.department_name or DASH)
        f.set("assignee", d.assignee_name or DASH)
        f.set("appointment", local_time(d.appointment_at, tz, DASH))
        f.set("paid", yes_no(d.paid))
        f.set("evaluation", evaluation_label(d.evaluation) or DASH)
        f.set("reworks", str(d.rework_count) if d.rework_count else DASH)
        f.set("incident", d.incident_number or DASH)
        f.set(
            "prints",
            str(d.print_count) if d.print_count else self.tr("Not yet"),
        )
        f.set("description", d.description)

        self.set_dues(
            (
                ("response", d.response_due_at),
                ("completion", d.completion_due_at),
                ("follow_up", d.follow_up_due_at),
                ("callback", d.callback_due_at),
            ),
            d.overdue,
            self.tr("{time} (overdue)"),
        )
        self.dues.set("returned", local_time(d.returned_at, tz, DASH))
        self.dues.set("closed", local_time(d.closed_at, tz, DASH))

    # ------------------------------------------------------------------------------------------ steps

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def dispatch(self) -> None:
        if self.detail:
            self._open(DispatchDialog(self.session, self.detail, self))

    def arrived(self) -> None:
        if self.detail:
            self._open(ArrivedDialog(self.session, self.detail, self))

    def completed(self) -> None:
        if self.detail:
            self._open(CompletedDialog(self.session, self.detail, self))

    def slip_returned(self) -> None:
        if self.detail:
            self._open(SlipReturnDialog(self.session, self.detail, self))

    def return_visit(self) -> None:
        if self.detail:
            self._open(CallbackDialog(self.session, CallbackTarget.from_detail(self.detail), self))

    def reason(self, kind: EventKind) -> None:
        if self.detail:
            self._open(ReasonDialog(self.session, self.detail, kind, self))

    def follow_up(self) -> None:
        if self.detail:
            self._open(FollowUpDialog(self.session, self.detail, self))

    def link_incident(self) -> None:
        if self.detail:
            self._open(LinkIncidentDialog(self.session, self.detail, self))

    def resume(self) -> None:
        if self.detail:
            order_id = self.detail.id
            self.session.call(lambda ctx: orders.resume(ctx, order_id), parent=self)

    # ------------------------------------------------------------------------------------------ printing

    def print_slip(self, ask: bool = False) -> None:
        if self.detail:
            self.printer.print_slip(self.detail.id, ask)

    def preview_slip(self) -> None:
        if self.detail:
            self.printer.preview(self.detail.id)
