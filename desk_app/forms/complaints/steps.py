"""The handling steps of a complaint ("谁受理、谁处理、谁跟进、谁回复"): cause, responsible person, solution,
one reply to one complainant, the return visit (不满意 escalates one level), summary, the valid / invalid
judgement and a manual escalation. Each dialog calls one service function; Enter moves on and saves."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desk_app.domain.complaints import CallbackMethod, Channel, Evaluation, EventKind
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall, local_errors
from desk_app.forms.work_orders.common import DateTimeField, fill_choices
from desk_app.services import organisation
from desk_app.services.complaints import handling
from desk_app.services.complaints.handling import CallbackInput, ReplyInput
from desk_app.services.complaints.views import ComplaintDetail
from desk_app.services.organisation import StaffDTO
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import (
    callback_method_choices,
    channel_choices,
    complaint_category_label,
    complaint_kind_label,
    evaluation_choices,
)
from desk_app.views.work_orders.common import WARNING_STYLE

TEXT_CODES: dict[str, str] = {
    "complaint.text_required": "text",
    "complaint.reason_required": "text",
}


def _subtitle(detail: ComplaintDetail) -> PlainLabel:
    parts = (
        detail.number,
        complaint_kind_label(detail.kind),
        detail.complainant_name,
        detail.unit_code,
        complaint_category_label(detail.category),
    )
    label = PlainLabel("    ".join(x for x in parts if x))
    label.setStyleSheet("color: #546e7a;")
    label.setWordWrap(True)
    return label


class ComplaintStepDialog(FormDialog):
    """A form about one complaint: its number, complainant and category on top."""

    def __init__(self, session: AppSession, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.detail = detail
        self.form.addRow(_subtitle(detail))


def _text_titles() -> dict[EventKind, str]:
    return {
        EventKind.INVESTIGATED: QCoreApplication.translate("ComplaintTextDialog", "Cause of {number}"),
        EventKind.SOLUTION: QCoreApplication.translate("ComplaintTextDialog", "Solution for {number}"),
        EventKind.ESCALATED: QCoreApplication.translate("ComplaintTextDialog", "Escalate {number}"),
    }


def _text_captions() -> dict[EventKind, str]:
    return {
        EventKind.INVESTIGATED: QCoreApplication.translate("ComplaintTextDialog", "&Cause:"),
        EventKind.SOLUTION: QCoreApplication.translate("ComplaintTextDialog", "&Solution:"),
        EventKind.ESCALATED: QCoreApplication.translate("ComplaintTextDialog", "&Reason:"),
    }


def _text_hints() -> dict[EventKind, str]:
    return {
        EventKind.INVESTIGATED: QCoreApplication.translate(
            "ComplaintTextDialog", "What the investigation found"
        ),
        EventKind.SOLUTION: QCoreApplication.translate(
            "ComplaintTextDialog", "The official opinion: what will be done (replies may follow)"
        ),
        EventKind.ESCALATED: QCoreApplication.translate(
            "ComplaintTextDialog", "Why it goes to the next level now"
        ),
    }


class ComplaintTextDialog(ComplaintStepDialog):
    """调查原因 / 处理方案 / 手动升级: a step that is one text."""

    FIELD_CODES: ClassVar[dict[str, str]] = TEXT_CODES

    def __init__(
        self, session: AppSession, detail: ComplaintDetail, kind: EventKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, detail, parent)
        self.kind = kind
        self.setWindowTitle(_text_titles()[kind].format(number=detail.number))
        if kind is EventKind.ESCALATED:
            level = detail.level + 1
            note = PlainLabel(
                self.tr("It goes one level up the chain, to level {level}.").format(level=level)
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        self.text = NotesEdit()
        self.text.setPlaceholderText(_text_hints()[kind])
        self.add_field("text", _text_captions()[kind], self.text)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        text = self.text.text()
        if not text.strip():
            local_errors({"text": "field.required"})
        complaint_id, kind = self.detail.id, self.kind
        if kind is EventKind.INVESTIGATED:
            return lambda ctx: handling.investigate(ctx, complaint_id, text)
        if kind is EventKind.SOLUTION:
            return lambda ctx: handling.solution(ctx, complaint_id, text)
        return lambda ctx: handling.escalate(ctx, complaint_id, text)


class AssignDialog(ComplaintStepDialog):
    """落实责任人 (谁处理): a member of staff, or any name."""

    FIELD_CODES: ClassVar[dict[str, str]] = {"complaint.text_required": "responsible"}

    def __init__(self, session: AppSession, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Responsible person for {number}").format(number=detail.number))
        self.staff_list: list[StaffDTO] = []
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        self.responsible.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible.lineEdit().setMaxLength(60)
        self.responsible.lineEdit().setPlaceholderText(self.tr("Who handles it (from the list, or any name)"))
        self.add_field("responsible", self.tr("&Responsible:"), self.responsible)
        self.finish_layout()
        department_id = detail.department_id
        session.call(
            lambda ctx: organisation.list_staff(ctx, department_id), self._staff_arrived, parent=self
        )

    def _staff_arrived(self, staff: list[StaffDTO]) -> None:
        typed = self.responsible.currentText() or self.detail.responsible
        self.staff_list = staff
        self.responsible.clear()
        for person in staff:
            self.responsible.addItem(person.name, person.id)
        self.responsible.setCurrentIndex(-1)
        self.responsible.setEditText(typed)

    def build_call(self) -> ServiceCall:
        name = self.responsible.currentText().strip()
        if not name:
            local_errors({"responsible": "field.required"})
        staff_id = next((s.id for s in self.staff_list if s.name == name), None)
        complaint_id = self.detail.id
        return lambda ctx: handling.assign(ctx, complaint_id, name, staff_id)


class ReplyDialog(ComplaintStepDialog):
    """回复: one reply to one complainant (never collectively) — channel, content, who, when."""

    FIELD_CODES: ClassVar[dict[str, str]] = {"complaint.text_required": "content"}

    def __init__(self, session: AppSession, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Reply to the complainant: {number}").format(number=detail.number))
        note = PlainLabel(self.tr("Reply to each complainant individually, never collectively."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        self.form.addRow(note)
        self.channel = QComboBox()
        fill_choices(self.channel, channel_choices(), detail.channel)
        self.to_name = QLineEdit(detail.complainant_name)
        self.to_name.setMaxLength(60)
        self.content = NotesEdit()
        self.content.setPlaceholderText(self.tr("What was said to the complainant"))
        self.at = DateTimeField(session.ctx.timezone, session.ctx.now())
        self.add_field("channel", self.tr("Cha&nnel:"), self.channel)
        self.add_field("to", self.tr("&To:"), self.to_name)
        self.add_field("content", self.tr("C&ontent:"), self.content)
        self.add_field("at", self.tr("&When:"), self.at)
        self.finish_layout()
        self.content.setFocus()

    def build_call(self) -> ServiceCall:
        content = self.content.text()
        if not content.strip():
            local_errors({"content": "field.required"})
        data = ReplyInput(
            content=content,
            channel=Channel(self.channel.currentData()),
            to_name=self.to_name.text(),
            at=self.at.value(),
        )
        complaint_id = self.detail.id
        return lambda ctx: handling.reply(ctx, complaint_id, data)


class ReturnVisitDialog(ComplaintStepDialog):
    """回访: how the complainant judges the handling; 不满意 sends it back and escalates one level."""

    def __init__(self, session: AppSession, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Return visit: {number}").format(number=detail.number))
        self.method = QComboBox()
        fill_choices(self.method, callback_method_choices(), CallbackMethod.PHONE)
        self.evaluation = QComboBox()
        fill_choices(self.evaluation, evaluation_choices(), Evaluation.SATISFIED)
        self.phone = QLineEdit(detail.complainant_phone)
        self.phone.setMaxLength(30)
        self.remarks = NotesEdit()
        self.remarks.setPlaceholderText(self.tr("What the complainant said"))
        self.warning = PlainLabel(
            self.tr(
                "Dissatisfied: the complaint goes back to handling and is escalated one level up the chain."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.add_field("method", self.tr("&Method:"), self.method)
        self.add_field("phone", self.tr("P&hone:"), self.phone)
        self.add_field("evaluation", self.tr("&Evaluation:"), self.evaluation)
        self.form.addRow(self.warning)
        self.add_field("remarks", self.tr("&Remarks:"), self.remarks)
        self.evaluation.currentIndexChanged.connect(self._evaluation_changed)
        self._evaluation_changed()
        self.finish_layout()

    def _evaluation_changed(self, _index: int = 0) -> None:
        dissatisfied = self.evaluation.currentData() == Evaluation.DISSATISFIED
        self.warning.setVisible(dissatisfied)
        self.warning.setEnabled(dissatisfied)

    def build_call(self) -> ServiceCall:
        data = CallbackInput(
            method=CallbackMethod(self.method.currentData()),
            evaluation=Evaluation(self.evaluation.currentData()),
            remarks=self.remarks.text(),
            phone=self.phone.text(),
        )
        complaint_id = self.detail.id
        return lambda ctx: handling.callback(ctx, complaint_id, data)


class SummaryDialog(ComplaintStepDialog):
    """总结评价: the summary of the case and an evaluation of how it was handled."""

    FIELD_CODES: ClassVar[dict[str, str]] = {"complaint.text_required": "summary"}

    def __init__(self, session: AppSession, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Summary of {number}").format(number=detail.number))
        self.summary = NotesEdit()
        self.summary.setPlaceholderText(self.tr("What happened and what was done"))
        self.evaluation = QLineEdit()
        self.evaluation.setMaxLength(500)
        self.evaluation.setPlaceholderText(self.tr("Optional: how well it was handled"))
        self.add_field("summary", self.tr("&Summary:"), self.summary)
        self.add_field("evaluation", self.tr("&Evaluation:"), self.evaluation)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        summary = self.summary.text()
        if not summary.strip():
            local_errors({"summary": "field.required"})
        complaint_id, evaluation = self.detail.id, self.evaluation.text()
        return lambda ctx: handling.summarise(ctx, complaint_id, summary, evaluation)


class JudgeDialog(ComplaintStepDialog):
    """有效 / 无效 投诉, with the reason (supervisor and above)."""

    FIELD_CODES: ClassVar[dict[str, str]] = {"complaint.reason_required": "reason"}

    def __init__(self, session: AppSession, detail: ComplaintDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Judge {number}").format(number=detail.number))
        self.valid = QComboBox()
        self.valid.addItem(self.tr("Valid complaint"), True)
        self.valid.addItem(self.tr("Invalid complaint"), False)
        if detail.valid is False:
            self.valid.setCurrentIndex(1)
        self.reason = NotesEdit()
        self.reason.setPlaceholderText(self.tr("Why (the rules it was judged by)"))
        self.add_field("valid", self.tr("&Judgement:"), self.valid)
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        reason = self.reason.text()
        if not reason.strip():
            local_errors({"reason": "field.required"})
        complaint_id, valid = self.detail.id, bool(self.valid.currentData())
        return lambda ctx: handling.judge(ctx, complaint_id, valid, reason)
