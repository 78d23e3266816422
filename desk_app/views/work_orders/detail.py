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

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

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
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import DetailGrid, make_table, title_label
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
from desk_app.views.work_orders.common import (
    DASH,
    OVERDUE_TEXT,
    local_time,
    overdue_clocks,
    unit_or_location,
)
from desk_app.views.work_orders.flow import flow_holder
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


class ActionButton(QPushButton):
    """A step button that Enter presses too (outside dialogs Qt buttons only take Space)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            return
        super().keyPressEvent(event)


class WorkOrderDetailView(QWidget):
    """Shown beside the list (and opened from the global search); empty until an order is loaded."""

    loaded = Signal(object)  # WorkOrderDetail
    message = Signal(str)  # a line for the page's status label

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.order_id: str | None = None
        self.detail: WorkOrderDetail | None = None
        self.data: DetailData | None = None
        self._seq = 0
        self._focus_next_step = False
        self.printer = SlipPrinter(session, self)
        self.printer.message.connect(self.message)

        # -- header: number, status, marks; print buttons
        self.title = title_label()
        self.status_chip = PlainLabel()
        self.repeat_chip = PlainLabel()
        self.repeat_chip.setStyleSheet(self._chip_style("#e65100"))
        self.overdue_chip = PlainLabel()
        self.overdue_chip.setWordWrap(True)
        self.overdue_chip.setStyleSheet(f"color: {OVERDUE_TEXT.name()}; font-weight: bold;")
        self.print_button = self._button("print", self.tr("Print"), self.print_slip)
        self.print_button.setToolTip(self.tr("Print the slip on the saved printer (Ctrl+P)"))
        self.print_dialog_button = self._button(
            "print_dialog", self.tr("Print…"), lambda: self.print_slip(ask=True)
        )
        self.preview_button = self._button("preview", self.tr("Pre&view"), self.preview_slip)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_chip)
        header.addWidget(self.repeat_chip)
        header.addStretch(1)

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
        self.step_buttons: dict[EventKind, QPushButton] = {}
        actions, flow = flow_holder()
        for button in (self.print_button, self.print_dialog_button, self.preview_button):
            flow.addWidget(button)
        for kind, icon_name, text, slot in specs:
            if kind is EventKind.VOIDED and not can_void:
                continue  # not offered at all: the service would refuse it anyway
            button = self._button(icon_name, text, slot)
            self.step_buttons[kind] = button
            flow.addWidget(button)
        self.actions_box = actions

        # -- fields
        self.fields = DetailGrid(columns=2)
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
            self.fields.add(key, caption)
        self.fields.add("description", self.tr("Description:"), full_row=True)

        self.dues = DetailGrid(columns=2)
        for key, caption in (
            ("response", self.tr("Response due:")),
            ("completion", self.tr("Completion due:")),
            ("follow_up", self.tr("Follow-up due:")),
            ("callback", self.tr("Return visit due:")),
            ("returned", self.tr("Slip returned:")),
            ("closed", self.tr("Closed:")),
        ):
            self.dues.add(key, caption)

        tz = session.ctx.timezone
        self.timeline_model: RowTableModel = RowTableModel(
            [
                Column(self.tr("Time"), lambda e: local_time(e.at, tz)),
                Column(self.tr("By"), lambda e: e.by_name),
                Column(self.tr("Step"), lambda e: event_kind_label(e.kind)),
                Column(
                    self.tr("Details"),
                    lambda e: event_summary(e, tz, self.data.departments if self.data else {}),
                    tooltip=lambda e: event_summary(e, tz, self.data.departments if self.data else {}),
                ),
            ],
            self,
        )
        self.timeline = make_table()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setMinimumHeight(150)
        self.timeline.setWordWrap(False)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(8)
        column.addLayout(header)
        column.addWidget(self.overdue_chip)
        column.addWidget(actions)
        column.addWidget(self._rule())
        column.addWidget(self.fields)
        column.addWidget(self._section(self.tr("Deadlines")))
        column.addWidget(self.dues)
        column.addWidget(self._section(self.tr("History")))
        column.addWidget(self.timeline, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.empty = PlainLabel(self.tr("Choose a work order in the list, or scan a slip's QR code."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909c;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        session.changed.connect(self._on_changed)

    # ------------------------------------------------------------------------------------------ building

    @staticmethod
    def _chip_style(color: str) -> str:
        return f"color: white; background: {color}; border-radius: 3px; padding: 2px 8px;"

    def _button(self, icon_name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = ActionButton(icon(icon_name), text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _rule() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #cfd8dc;")
        return line

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; color: #37474f; padding-top: 4px;")
        return label

    # ------------------------------------------------------------------------------------------ loading

    def load(self, order_id: str, focus_next_step: bool = False) -> None:
        self.order_id = order_id
        self._focus_next_step = focus_next_step
        self._seq += 1
        seq = self._seq
        self.session.call(
            lambda ctx: load_detail(ctx, order_id), lambda data: self._arrived(seq, data), parent=self
        )

    def clear(self) -> None:
        self._seq += 1
        self.order_id = None
        self.detail = None
        self.data = None
        self.stack.setCurrentWidget(self.empty)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "work_order" in kinds and self.order_id is not None:
            self.load(self.order_id, self._focus_next_step)

    def _arrived(self, seq: int, data: DetailData) -> None:
        if seq != self._seq:
            return
        self.data = data
        self.detail = d = data.detail
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

        for key, due in (
            ("response", d.response_due_at),
            ("completion", d.completion_due_at),
            ("follow_up", d.follow_up_due_at),
            ("callback", d.callback_due_at),
        ):
            late = key in d.overdue
            text = local_time(due, tz, DASH)
            self.dues.set(key, self.tr("{time} (overdue)").format(time=text) if late else text)
            self.dues.values[key].setStyleSheet(
                f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if late else ""
            )
        self.dues.set("returned", local_time(d.returned_at, tz, DASH))
        self.dues.set("closed", local_time(d.closed_at, tz, DASH))

        self.timeline_model.set_rows(data.events)
        self.timeline.resizeColumnsToContents()
        for kind, button in self.step_buttons.items():
            button.setEnabled(kind in d.allowed)
            button.setVisible(kind in d.allowed)
        self.actions_box.updateGeometry()
        self.stack.setCurrentIndex(1)
        self.loaded.emit(d)
        if self._focus_next_step:
            self._focus_next_step = False
            self.focus_next_step()

    def focus_next_step(self) -> None:
        """Put the focus on the most likely next step (after a scan: Slip returned), else on Print."""
        for kind in NEXT_STEP_ORDER:
            button = self.step_buttons.get(kind)
            if button is not None and button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

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
