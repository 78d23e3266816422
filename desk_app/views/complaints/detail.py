"""One complaint: the complainant's words, what they ask for, the promised reply time, the deadlines, the
whole history as a timeline, and the handling steps ("谁受理、谁处理、谁跟进、谁回复").

The step buttons are shown and enabled from ``detail.allowed`` (what the state machine accepts now); the
valid / invalid judgement only for roles with ``Permission.JUDGE_COMPLAINTS``. The handling form
(客户投诉处理表, A4) is previewed or printed through ``ui.printing`` from ``render_complaint_form``'s PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk_app.domain.complaints import EventKind, Kind, Status
from desk_app.domain.errors import DomainError
from desk_app.domain.roles import Permission
from desk_app.forms.complaints.steps import (
    AssignDialog,
    ComplaintTextDialog,
    JudgeDialog,
    ReplyDialog,
    ReturnVisitDialog,
    SummaryDialog,
)
from desk_app.services.complaints import form as complaint_form
from desk_app.services.complaints import handling
from desk_app.services.complaints.form import FormPdf
from desk_app.services.complaints.handling import EventView
from desk_app.services.complaints.lifecycle import chain
from desk_app.services.complaints.views import ComplaintDetail
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.ui import printing
from desk_app.ui.errors import show_error
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import DetailGrid
from desk_app.views.complaints.model import overdue_text
from desk_app.views.labels import (
    callback_method_label,
    channel_label,
    complaint_category_label,
    complaint_event_label,
    complaint_kind_label,
    complaint_severity_label,
    complaint_status_label,
    escalation_reason_label,
    evaluation_label,
)
from desk_app.views.record_detail import RecordDetailPane
from desk_app.views.work_orders.common import DASH, local_time

FORM_DOC_TYPE = "complaint_form"
FORM_PAPER = "a4"
STATUS_COLORS = {
    Status.REGISTERED: "#1565c0",
    Status.ACKNOWLEDGED: "#00838f",
    Status.INVESTIGATING: "#00838f",
    Status.REPLIED: "#2e7d32",
    Status.CALLBACK: "#6a1b9a",
    Status.CLOSED: "#546e7a",
    Status.VOIDED: "#9e9e9e",
}
NEXT_STEP_ORDER = (
    EventKind.ACKNOWLEDGED,
    EventKind.CALLBACK,
    EventKind.REPLIED,
    EventKind.SOLUTION,
    EventKind.SUMMARISED,
    EventKind.CLOSED,
)


@dataclass(frozen=True)
class DetailData:
    detail: ComplaintDetail
    events: list[EventView]
    levels: tuple[str, ...]


def load_detail(ctx: ServiceContext, complaint_id: str) -> DetailData:
    detail = handling.get(ctx, complaint_id)
    levels = tuple(level.name for level in chain(ctx))
    return DetailData(detail, handling.history_events(ctx, complaint_id), levels)


@dataclass(frozen=True)
class PreparedForm:
    profile: ProfileDTO
    form: FormPdf


def prepare_form(ctx: ServiceContext, complaint_id: str) -> PreparedForm:
    return PreparedForm(
        get_profile(ctx, FORM_DOC_TYPE), complaint_form.render_complaint_form(ctx, complaint_id)
    )


def _time(value: object, tz: tzinfo) -> str:
    if isinstance(value, str) and value:
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return local_time(value, tz) if isinstance(value, datetime) else ""


def _level(levels: tuple[str, ...], value: object) -> str:
    return levels[value] if isinstance(value, int) and 0 <= value < len(levels) else str(value)


def event_summary(event: EventView, tz: tzinfo, levels: tuple[str, ...]) -> str:
    """One line for the timeline: the payload in words (user text as typed)."""
    p: dict[str, Any] = event.payload
    parts: list[str] = []

    def add(template: str, **values: object) -> None:
        if all(v not in (None, "") for v in values.values()):
            parts.append(template.format(**{k: str(v) for k, v in values.items()}))

    kind = event.kind
    if kind is EventKind.CREATED:
        add("{kind}", kind=complaint_kind_label(str(p.get("kind", ""))))
        add("{channel}", channel=channel_label(str(p.get("channel", ""))))
    elif kind is EventKind.INVESTIGATED:
        add(QCoreApplication.translate("ComplaintDetail", "Cause: {cause}"), cause=p.get("cause", ""))
    elif kind is EventKind.ASSIGNED:
        add(
            QCoreApplication.translate("ComplaintDetail", "Responsible: {name}"),
            name=p.get("responsible", ""),
        )
    elif kind is EventKind.SOLUTION:
        add("{solution}", solution=p.get("solution", ""))
    elif kind is EventKind.REPLIED:
        add("{channel}", channel=channel_label(str(p.get("channel", ""))))
        add(QCoreApplication.translate("ComplaintDetail", "to {name}"), name=p.get("to", ""))
        add(QCoreApplication.translate("ComplaintDetail", "by {name}"), name=p.get("by", ""))
        add("{time}", time=_time(p.get("replied_at"), tz))
        add("{content}", content=p.get("content", ""))
    elif kind is EventKind.ESCALATED:
        add(
            "{source} → {target}",
            source=_level(levels, p.get("from")),
            target=_level(levels, p.get("to")),
        )
        add("{reason}", reason=escalation_reason_label(str(p.get("reason", ""))))
        add("{note}", note=p.get("note", ""))
    elif kind is EventKind.CALLBACK:
        add("{method}", method=callback_method_label(str(p.get("method", ""))))
        add("{phone}", phone=p.get("phone", ""))
        add("{evaluation}", evaluation=evaluation_label(p.get("evaluation")))
        add("{remarks}", remarks=p.get("remarks", ""))
    elif kind is EventKind.SUMMARISED:
        add("{summary}", summary=p.get("summary", ""))
        add("{evaluation}", evaluation=p.get("evaluation", ""))
    elif kind is EventKind.JUDGED:
        valid = p.get("valid")
        parts.append(
            QCoreApplication.translate("ComplaintDetail", "Valid complaint")
            if valid
            else QCoreApplication.translate("ComplaintDetail", "Invalid complaint")
        )
        add("{reason}", reason=p.get("reason", ""))
    elif kind is EventKind.VOIDED:
        add("{reason}", reason=p.get("reason", ""))
    return "；".join(parts)


class ComplaintDetailView(RecordDetailPane):
    """Shown beside the list; empty until a complaint is loaded."""

    NEXT_STEP_ORDER = NEXT_STEP_ORDER

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.complaint_id: str | None = None
        self.detail: ComplaintDetail | None = None
        self.data: DetailData | None = None
        self.preview_dialog: printing.PreviewDialog | None = None
        self.last_dialog: QWidget | None = None

        self.kind_chip = PlainLabel()
        self.level_chip = PlainLabel()
        self.level_chip.setStyleSheet(self._chip_style("#6a1b9a"))

        self.print_button = self._button("print", self.tr("Print"), self.print_form)
        self.print_button.setToolTip(self.tr("Print the handling form (客户投诉处理表) on the saved printer"))
        self.preview_button = self._button("preview", self.tr("Pre&view"), self.preview_form)
        self.preview_button.setToolTip(self.tr("Preview the handling form (客户投诉处理表)"))
        specs: list[tuple[EventKind, str, str, Callable[[], None]]] = [
            (EventKind.ACKNOWLEDGED, "acknowledge", self.tr("&Acknowledge"), self.acknowledge),
            (
                EventKind.INVESTIGATED,
                "investigate",
                self.tr("&Cause…"),
                lambda: self.text_step(EventKind.INVESTIGATED),
            ),
            (EventKind.ASSIGNED, "dispatch", self.tr("Res&ponsible…"), self.assign),
            (
                EventKind.SOLUTION,
                "solution",
                self.tr("&Solution…"),
                lambda: self.text_step(EventKind.SOLUTION),
            ),
            (EventKind.REPLIED, "reply", self.tr("&Reply…"), self.reply),
            (EventKind.CALLBACK, "callback", self.tr("Return &visit…"), self.return_visit),
            (EventKind.SUMMARISED, "summary", self.tr("Su&mmary…"), self.summarise),
            (EventKind.JUDGED, "judge", self.tr("&Judge…"), self.judge),
            (
                EventKind.ESCALATED,
                "escalate",
                self.tr("&Escalate…"),
                lambda: self.text_step(EventKind.ESCALATED),
            ),
            (EventKind.CLOSED, "close", self.tr("C&lose"), self.close_complaint),
        ]
        can_judge = session.can(Permission.JUDGE_COMPLAINTS)

        fields = DetailGrid(columns=2)
        for key, caption in (
            ("complainant", self.tr("Complainant:")),
            ("phone", self.tr("Phone:")),
            ("unit", self.tr("Unit:")),
            ("channel", self.tr("Channel:")),
            ("registered", self.tr("Registered:")),
            ("first_contact", self.tr("Received by:")),
            ("category", self.tr("Category:")),
            ("severity", self.tr("Severity:")),
            ("department", self.tr("Department:")),
            ("staff", self.tr("Staff:")),
            ("responsible", self.tr("Responsible:")),
            ("valid", self.tr("Judgement:")),
            ("evaluation", self.tr("Return visit:")),
            ("escalations", self.tr("Escalations:")),
        ):
            fields.add(key, caption)
        fields.add("content", self.tr("Complainant's words:"), full_row=True)
        fields.add("request", self.tr("Request:"), full_row=True)

        dues = DetailGrid(columns=2)
        for key, caption in (
            ("ack", self.tr("Acknowledge by:")),
            ("acknowledged", self.tr("Acknowledged:")),
            ("reply", self.tr("Answer by:")),
            ("replied", self.tr("First reply:")),
            ("promised", self.tr("Reply promised:")),
            ("closed", self.tr("Closed:")),
        ):
            dues.add(key, caption)

        tz = session.ctx.timezone
        self.build_pane(
            chips=(self.kind_chip, self.status_chip, self.level_chip),
            leading=(self.print_button, self.preview_button),
            # judging is not offered at all without the permission: the service would refuse it anyway
            steps=[s for s in specs if s[0] is not EventKind.JUDGED or can_judge],
            fields=fields,
            dues=dues,
            columns=[
                Column(self.tr("Time"), lambda e: local_time(e.at, tz)),
                Column(self.tr("By"), lambda e: e.by_name),
                Column(self.tr("Step"), lambda e: complaint_event_label(e.kind)),
                Column(
                    self.tr("Details"),
                    lambda e: event_summary(e, tz, self.data.levels if self.data else ()),
                    tooltip=lambda e: event_summary(e, tz, self.data.levels if self.data else ()),
                ),
            ],
            deadlines=self.tr("Deadlines"),
            history=self.tr("History"),
            empty=self.tr("Choose a complaint, suggestion or praise in the list."),
        )
        session.changed.connect(self._on_changed)

    # ------------------------------------------------------------------------------------------ loading

    def load(self, complaint_id: str, focus_next_step: bool = False) -> None:
        self.complaint_id = complaint_id
        self.fetch(lambda ctx: load_detail(ctx, complaint_id), focus_next_step)

    def clear(self) -> None:
        self.complaint_id = None
        self.reset()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "complaint" in kinds and self.complaint_id is not None:
            self.load(self.complaint_id)

    def fill(self, data: DetailData) -> None:
        d = data.detail
        tz = self.session.ctx.timezone
        self.title.setText(d.number)
        self.kind_chip.setText(complaint_kind_label(d.kind))
        kind_color = {Kind.COMPLAINT: "#c62828", Kind.SUGGESTION: "#1565c0", Kind.PRAISE: "#2e7d32"}[d.kind]
        self.kind_chip.setStyleSheet(self._chip_style(kind_color))
        self.status_chip.setText(complaint_status_label(d.status))
        self.status_chip.setStyleSheet(self._chip_style(STATUS_COLORS.get(d.status, "#546e7a")))
        self.level_chip.setText(self.tr("Level {level}: {name}").format(level=d.level, name=d.level_name))
        self.level_chip.setVisible(d.level > 0)
        overdue = overdue_text(d.overdue)
        self.overdue_chip.setText(overdue)
        self.overdue_chip.setVisible(bool(overdue))

        f = self.fields
        f.set("complainant", d.complainant_name or DASH)
        f.set("phone", d.complainant_phone or DASH)
        f.set("unit", d.unit_code or DASH)
        f.set("channel", channel_label(d.channel))
        f.set("registered", local_time(d.created_at, tz))
        f.set("first_contact", d.first_contact_name or DASH)
        f.set("category", complaint_category_label(d.category))
        f.set("severity", complaint_severity_label(d.severity))
        f.set("department", d.department_name or DASH)
        f.set("staff", d.staff_name or DASH)
        f.set("responsible", d.responsible or DASH)
        if d.valid is None:
            judged = self.tr("Not judged")
        else:
            judged = self.tr("Valid complaint") if d.valid else self.tr("Invalid complaint")
            if d.valid_reason:
                judged = f"{judged}：{d.valid_reason}"
        f.set("valid", judged)
        f.set("evaluation", evaluation_label(d.evaluation) or DASH)
        f.set("escalations", str(d.escalation_count) if d.escalation_count else DASH)
        f.set("content", d.content)
        f.set("request", d.request or DASH)

        self.set_dues(
            (("promised", d.promised_reply_at), ("ack", d.ack_due_at), ("reply", d.reply_due_at)),
            d.overdue,
            self.tr("{time} (overdue)"),
        )
        self.dues.set("acknowledged", local_time(d.acknowledged_at, tz, DASH))
        self.dues.set("replied", local_time(d.replied_at, tz, DASH))
        self.dues.set("closed", local_time(d.closed_at, tz, DASH))

    # ------------------------------------------------------------------------------------------ steps

    def _open(self, dialog: QWidget) -> QWidget:
        self.last_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def _call(self, fn: Callable[[ServiceContext, str], object]) -> None:
        if self.detail:
            complaint_id = self.detail.id
            self.session.call(lambda ctx: fn(ctx, complaint_id), parent=self)

    def acknowledge(self) -> None:
        self._call(handling.acknowledge)

    def close_complaint(self) -> None:
        self._call(handling.close)

    def text_step(self, kind: EventKind) -> None:
        if self.detail:
            self._open(ComplaintTextDialog(self.session, self.detail, kind, self))

    def assign(self) -> None:
        if self.detail:
            self._open(AssignDialog(self.session, self.detail, self))

    def reply(self) -> None:
        if self.detail:
            self._open(ReplyDialog(self.session, self.detail, self))

    def return_visit(self) -> None:
        if self.detail:
            self._open(ReturnVisitDialog(self.session, self.detail, self))

    def summarise(self) -> None:
        if self.detail:
            self._open(SummaryDialog(self.session, self.detail, self))

    def judge(self) -> None:
        if self.detail and self.session.can(Permission.JUDGE_COMPLAINTS):
            self._open(JudgeDialog(self.session, self.detail, self))

    # ------------------------------------------------------------------------------------------ printing

    def preview_form(self) -> None:
        if self.detail:
            complaint_id = self.detail.id
            self.session.call(lambda ctx: prepare_form(ctx, complaint_id), self._show_preview, parent=self)

    def print_form(self, ask: bool = False) -> None:
        if self.detail:
            complaint_id = self.detail.id
            self.session.call(
                lambda ctx: prepare_form(ctx, complaint_id), lambda p: self._send(p, ask), parent=self
            )

    def _show_preview(self, prepared: PreparedForm) -> None:
        title = self.tr("Handling form {number}").format(number=prepared.form.number)
        self.preview_dialog = printing.open_preview(
            prepared.form.pdf, title, self, lambda ask: self._send(prepared, ask=ask)
        )

    def _send(self, prepared: PreparedForm, ask: bool) -> None:
        try:
            printer = printing.print_pdf(prepared.form.pdf, prepared.profile, FORM_PAPER, self, ask)
        except DomainError as exc:
            if exc.code == "printing.no_printer" and not ask:
                self._show_preview(prepared)  # no printer set up: the preview, printable with the dialog
                return
            show_error(self, exc)
            return
        if printer is not None:
            self.message.emit(
                self.tr("Handling form {number} sent to {printer}.").format(
                    number=prepared.form.number, printer=printer
                )
            )
