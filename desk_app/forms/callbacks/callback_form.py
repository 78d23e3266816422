"""Recording a return visit (回访) on a work order whose slip came back.

The clerk calls (or visits) the customer and records how: method, outcome, the customer's evaluation when
reached, remarks and the number called (seed 003 第五条 4: method, evaluation, time and caller are kept; the
time and the caller are the event's). 无人接听 schedules a retry (two hours later unless the clerk says
otherwise); 不满意 sends the order back to the department as rework and the supervisor hears of it
(``orders.callback`` does both); the dialog says so before the clerk saves.

One dialog for both ways in: the return-visit queue (``CallbackTarget.from_row``) and an order's detail
(``CallbackTarget.from_detail``, which also knows what the customer ticked on the returned slip and shows it
beside the evaluation: the return visit asks again). Keyboard first as every ``FormDialog``: Enter moves
from field to field (a radio row counts as one field), Enter on the remarks or Ctrl+S saves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.work_orders import CallbackMethod, CallbackOutcome, Evaluation
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall, local_errors
from desk_app.services.work_orders import orders
from desk_app.services.work_orders.orders import CallbackInput
from desk_app.services.work_orders.views import WorkOrderDetail, WorkOrderRow
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import (
    callback_method_choices,
    callback_outcome_choices,
    evaluation_choices,
    evaluation_label,
)

RETRY_AFTER = timedelta(hours=2)
_E = TypeVar("_E", bound=StrEnum)


@dataclass(frozen=True)
class CallbackTarget:
    """The order being called back, as the dialog shows it (from a queue row or an order's detail)."""

    order_id: str
    number: str
    where: str  # the unit, or the place in a public area
    reporter_name: str
    contact_phone: str
    department_name: str
    description: str = ""
    attempts: int = 0  # return visits already tried on this slip
    slip_evaluation: Evaluation | None = None  # what the customer ticked on the returned slip, if known

    @classmethod
    def from_row(cls, row: WorkOrderRow, description: str = "", attempts: int = 0) -> CallbackTarget:
        where = " ".join(part for part in (row.unit_code, row.location) if part)
        return cls(
            row.id,
            row.number,
            where,
            row.reporter_name,
            row.contact_phone,
            row.department_name,
            description or row.description,
            attempts,
        )

    @classmethod
    def from_detail(cls, detail: WorkOrderDetail) -> CallbackTarget:
        where = " ".join(part for part in (detail.unit_code, detail.location) if part)
        # The order's evaluation is the last reached return visit's, else the current slip's tick
        # (lifecycle.refresh). A reached return visit either closes the order or sends it back as rework, so
        # before any rework the value is the slip's; after one it may be an earlier visit's 不满意: not shown.
        slip_evaluation = (
            Evaluation(detail.evaluation) if detail.evaluation and detail.rework_count == 0 else None
        )
        return cls(
            detail.id,
            detail.number,
            where,
            detail.reporter_name,
            detail.contact_phone,
            detail.department_name,
            detail.description,
            detail.callback_attempts,
            slip_evaluation,
        )


class ChoiceButtons(QWidget, Generic[_E]):
    """A row of radio buttons for a closed vocabulary: visible at a glance, arrow keys move the choice."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[_E, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[_E, QRadioButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value, text in choices:
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
            button.toggled.connect(self._toggled)
        row.addStretch(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._sync_focus()

    def value(self) -> _E | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: _E | None) -> None:
        if value is None:
            self.group.setExclusive(False)  # an exclusive group refuses to uncheck its last button
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
            self._sync_focus()
            self.changed.emit()
        else:
            self.buttons[value].setChecked(True)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self._sync_focus()
            self.changed.emit()

    def _sync_focus(self) -> None:
        # Tab lands on the chosen button (or the first), as in any radio group.
        chosen = self.value()
        self.setFocusProxy(self.buttons[chosen] if chosen is not None else next(iter(self.buttons.values())))


class CallbackDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "work_order.evaluation_required": "evaluation",
        "work_order.retry_required": "retry_at",
    }

    def __init__(self, session: AppSession, target: CallbackTarget, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Record return visit — {number}").format(number=target.number))
        self.setMinimumWidth(560)
        self.target = target

        order_line = PlainLabel(
            " · ".join(
                p for p in (target.number, target.where, target.reporter_name, target.department_name) if p
            )
        )
        font = order_line.font()
        font.setBold(True)
        order_line.setFont(font)
        self.form.addRow(self.tr("Work order:"), order_line)
        if target.description:
            reported = PlainLabel(target.description)
            reported.setWordWrap(True)
            reported.setStyleSheet("color: #455a64;")
            self.form.addRow(self.tr("Reported:"), reported)
        if target.attempts:
            self.form.addRow(
                self.tr("Tried before:"),
                PlainLabel(
                    self.tr("{count} return visit(s) without reaching the customer").format(
                        count=target.attempts
                    )
                ),
            )

        self.method = ChoiceButtons(callback_method_choices())
        self.method.set_value(CallbackMethod.PHONE)
        self.phone = QLineEdit(target.contact_phone)
        self.phone.setMaxLength(30)
        self.outcome = ChoiceButtons(callback_outcome_choices())
        self.outcome.set_value(CallbackOutcome.REACHED)
        self.retry_at = QDateTimeEdit()
        self.retry_at.setCalendarPopup(True)
        self.retry_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.later_button = QPushButton(self.tr("In 2 hours"))
        self.later_button.clicked.connect(lambda: self._retry_in(RETRY_AFTER))
        self.tomorrow_button = QPushButton(self.tr("Tomorrow 9:00"))
        self.tomorrow_button.clicked.connect(self._retry_tomorrow)
        retry_box = QWidget()
        retry_row = QHBoxLayout(retry_box)
        retry_row.setContentsMargins(0, 0, 0, 0)
        retry_row.addWidget(self.retry_at)
        retry_row.addWidget(self.later_button)
        retry_row.addWidget(self.tomorrow_button)
        retry_row.addStretch(1)
        self._retry_in(RETRY_AFTER)
        self.evaluation: ChoiceButtons[Evaluation] = ChoiceButtons(evaluation_choices())
        # What the customer ticked on the slip, for reference: the return visit asks again.
        self.slip_hint = PlainLabel(
            self.tr("Ticked on the slip: {evaluation}").format(
                evaluation=evaluation_label(target.slip_evaluation)
            )
            if target.slip_evaluation
            else ""
        )
        self.slip_hint.setStyleSheet("color: #546e7a;")
        self.rework_note = PlainLabel(
            self.tr(
                "Dissatisfied: the order goes back to {department} as rework (返工), "
                "and the customer-service supervisor is notified."
            ).format(department=target.department_name or self.tr("the department"))
        )
        self.rework_note.setWordWrap(True)
        self.rework_note.setObjectName("reworkNote")
        self.rework_note.setStyleSheet(
            "#reworkNote { background: #fff3e0; border: 1px solid #fb8c00; border-radius: 4px; "
            "color: #bf360c; font-weight: bold; padding: 6px; }"
        )
        self.wrong_number_note = PlainLabel(
            self.tr("Check the number with the archive or the reporter, correct it above and call again.")
        )
        self.wrong_number_note.setWordWrap(True)
        self.wrong_number_note.setStyleSheet("color: #616161;")
        self.remarks = NotesEdit()
        self.remarks.setPlaceholderText(self.tr("What the customer said"))

        self.add_field("method", self.tr("&Method:"), self.method)
        self.add_field("phone", self.tr("&Number called:"), self.phone)
        self.add_field("outcome", self.tr("&Outcome:"), self.outcome)
        self.add_field("retry_at", self.tr("&Call again at:"), retry_box, [self.retry_at])
        self.add_tab_stop(self.later_button)
        self.add_tab_stop(self.tomorrow_button)
        evaluation_box = QWidget()
        column = QVBoxLayout(evaluation_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.evaluation)
        column.addWidget(self.slip_hint)
        self.slip_hint.setVisible(target.slip_evaluation is not None)
        column.addWidget(self.rework_note)
        self.add_field("evaluation", self.tr("Customer's &evaluation:"), evaluation_box, [self.evaluation])
        self.form.addRow("", self.wrong_number_note)
        self.add_field("remarks", self.tr("&Remarks:"), self.remarks)

        self.method.changed.connect(self._update)
        self.outcome.changed.connect(self._update)
        self.evaluation.changed.connect(self._update)
        self._update()
        self.finish_layout()

    def add_focus(self, widget: QWidget) -> None:
        super().add_focus(widget)
        if isinstance(widget, ChoiceButtons):
            # Enter on a radio button moves on like in every field: the base finds the group as the
            # button's parent in its list of fields.
            for button in widget.buttons.values():
                button.installEventFilter(self)

    def _retry_in(self, delay: timedelta) -> None:
        local = self.session.ctx.local_now().replace(tzinfo=None, second=0, microsecond=0)
        self.retry_at.setDateTime(QDateTime(local + delay))

    def _retry_tomorrow(self) -> None:
        local = self.session.ctx.local_now().replace(tzinfo=None)
        self.retry_at.setDateTime(QDateTime(datetime.combine(local.date() + timedelta(days=1), time(9, 0))))

    def _update(self) -> None:
        """Show only what the chosen method and outcome need."""
        by_phone = self.method.value() is CallbackMethod.PHONE
        outcome = self.outcome.value()
        reached = outcome is CallbackOutcome.REACHED
        self._set_row_visible("phone", by_phone)
        self._set_row_visible("retry_at", outcome is CallbackOutcome.NO_ANSWER)
        self._set_row_visible("evaluation", reached)
        self.form.setRowVisible(self.wrong_number_note, outcome is CallbackOutcome.WRONG_NUMBER and by_phone)
        rework = reached and self.evaluation.value() is Evaluation.DISSATISFIED
        self.rework_note.setVisible(rework)
        self.save_button.setText(self.tr("Save and send back for rework") if rework else self.tr("Save"))
        self.adjustSize()

    def _set_row_visible(self, name: str, visible: bool) -> None:
        holder = self.fields[name].parentWidget()  # the field's column with its error line (add_field)
        assert holder is not None
        self.form.setRowVisible(holder, visible)
        if not visible:
            self.errors[name].show_message("")

    def build_call(self) -> ServiceCall:
        method = self.method.value() or CallbackMethod.PHONE
        outcome = self.outcome.value() or CallbackOutcome.REACHED
        evaluation = self.evaluation.value() if outcome is CallbackOutcome.REACHED else None
        retry_at: datetime | None = None
        if outcome is CallbackOutcome.NO_ANSWER:
            ctx = self.session.ctx
            local = self.retry_at.dateTime().toPython()
            retry_at = local.replace(tzinfo=ctx.timezone).astimezone(UTC)  # stored times are UTC
            if retry_at <= ctx.now():
                local_errors({"retry_at": "callback.retry_in_past"})
        if outcome is CallbackOutcome.REACHED and evaluation is None:
            local_errors({"evaluation": "work_order.evaluation_required"})
        data = CallbackInput(
            method=method,
            outcome=outcome,
            evaluation=evaluation,
            remarks=self.remarks.text(),
            phone=self.phone.text() if method is CallbackMethod.PHONE else "",
            retry_at=retry_at,
        )
        order_id = self.target.order_id
        return lambda ctx: orders.callback(ctx, order_id, data)
