"""回访: the return visit after the slip came back — how, whether the customer was reached, their evaluation.

不满意 sends the order back to the department as rework (the service does it and tells the supervisor);
no answer schedules the next try.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desk_app.domain.work_orders import CallbackMethod, CallbackOutcome, Evaluation
from desk_app.forms.base import NotesEdit, ServiceCall, local_errors
from desk_app.forms.work_orders.common import DateTimeField, fill_choices, next_morning
from desk_app.forms.work_orders.steps import StepDialog
from desk_app.services.work_orders import orders
from desk_app.services.work_orders.orders import CallbackInput
from desk_app.services.work_orders.views import WorkOrderDetail
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import (
    callback_method_choices,
    callback_outcome_choices,
    evaluation_choices,
    evaluation_label,
)


class CallbackDialog(StepDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {"work_order.evaluation_required": "evaluation"}

    def __init__(self, session: AppSession, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Return visit: {number}").format(number=detail.number))
        tz = session.ctx.timezone
        self.method = QComboBox()
        fill_choices(self.method, callback_method_choices(), CallbackMethod.PHONE)
        self.phone = QLineEdit(detail.contact_phone)
        self.phone.setMaxLength(30)
        self.outcome = QComboBox()
        fill_choices(self.outcome, callback_outcome_choices(), CallbackOutcome.REACHED)
        self.evaluation = QComboBox()
        self.evaluation.addItem(self.tr("Choose…"), None)
        for value, label in evaluation_choices():
            self.evaluation.addItem(label, value)
        self.remarks = NotesEdit()
        self.remarks.setPlaceholderText(self.tr("What the customer said"))
        self.retry = DateTimeField(tz, next_morning(session.ctx.now(), tz))
        # What the customer ticked on the slip, for reference: the return visit asks again.
        self.slip_hint = PlainLabel(
            self.tr("Ticked on the slip: {evaluation}").format(evaluation=evaluation_label(detail.evaluation))
            if detail.evaluation
            else ""
        )
        self.slip_hint.setStyleSheet("color: #546e7a;")
        evaluation_box = QWidget()
        row = QHBoxLayout(evaluation_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.evaluation)
        row.addWidget(self.slip_hint, 1)

        self.add_field("method", self.tr("&Method:"), self.method)
        self.add_field("phone", self.tr("&Phone called:"), self.phone)
        self.add_field("outcome", self.tr("&Outcome:"), self.outcome)
        self.add_field("evaluation", self.tr("&Evaluation:"), evaluation_box, focus=[self.evaluation])
        self.add_field("retry_at", self.tr("&Call again:"), self.retry)
        self.add_field("remarks", self.tr("&Remarks:"), self.remarks)
        self.method.currentIndexChanged.connect(self._update)
        self.outcome.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(540, 0)
        self.finish_layout()

    def _update(self, _index: int = 0) -> None:
        reached = self.outcome.currentData() == CallbackOutcome.REACHED
        self.evaluation.setEnabled(reached)
        self.retry.setEnabled(self.outcome.currentData() == CallbackOutcome.NO_ANSWER)
        self.phone.setEnabled(self.method.currentData() == CallbackMethod.PHONE)

    def build_call(self) -> ServiceCall:
        outcome = CallbackOutcome(self.outcome.currentData())
        evaluation = self.evaluation.currentData() if outcome is CallbackOutcome.REACHED else None
        if outcome is CallbackOutcome.REACHED and evaluation is None:
            local_errors({"evaluation": "work_order.evaluation_required"})
        method = CallbackMethod(self.method.currentData())
        data = CallbackInput(
            method=method,
            outcome=outcome,
            evaluation=Evaluation(evaluation) if evaluation else None,
            remarks=self.remarks.text(),
            phone=self.phone.text() if method is CallbackMethod.PHONE else "",
            retry_at=self.retry.value() if outcome is CallbackOutcome.NO_ANSWER else None,
        )
        order_id = self.detail.id
        return lambda ctx: orders.callback(ctx, order_id, data)
