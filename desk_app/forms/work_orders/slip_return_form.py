"""回单: key in what the department wrote on the returned slip and what the customer ticked.

Reached by scanning the slip's QR into the search box; the fields follow the slip from top to bottom
(staff, arrival, completion, cause and handling, materials, charge, the customer's tick and signature).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desk_app.domain.work_orders import Evaluation
from desk_app.forms.base import NotesEdit, ServiceCall
from desk_app.forms.work_orders.common import DateTimeField, yuan_to_fen
from desk_app.forms.work_orders.steps import StepDialog
from desk_app.services.work_orders import orders
from desk_app.services.work_orders.orders import SlipReturn
from desk_app.services.work_orders.views import WorkOrderDetail
from desk_app.ui.session import AppSession
from desk_app.views.labels import evaluation_choices


class SlipReturnDialog(StepDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {"work_order.slip_times": "completed_at"}

    def __init__(self, session: AppSession, detail: WorkOrderDetail, parent: QWidget | None = None) -> None:
        super().__init__(session, detail, parent)
        self.setWindowTitle(self.tr("Slip returned: {number}").format(number=detail.number))
        tz, now = session.ctx.timezone, session.ctx.now()
        self.staff = QLineEdit(detail.assignee_name)
        self.staff.setMaxLength(60)
        self.arrived = DateTimeField(tz, now)
        self.completed = DateTimeField(tz, now)
        self.handling = NotesEdit()
        self.handling.setPlaceholderText(self.tr("Cause and what was done, as written on the slip"))
        self.materials = QLineEdit()
        self.materials.setMaxLength(500)
        self.materials.setPlaceholderText(self.tr("Optional"))
        self.charge = QLineEdit()
        self.charge.setPlaceholderText(self.tr("0.00 (blank: free)"))
        self.charge.setMaximumWidth(160)
        self.evaluation = QComboBox()
        self.evaluation.addItem(self.tr("Not ticked"), None)
        for value, label in evaluation_choices():
            self.evaluation.addItem(label, value)
        self.signed = QCheckBox(self.tr("The customer signed the slip"))

        self.add_field("staff_name", self.tr("Sta&ff:"), self.staff)
        self.add_field("arrived_at", self.tr("&Arrived at:"), self.arrived)
        self.add_field("completed_at", self.tr("&Completed at:"), self.completed)
        self.add_field("handling", self.tr("Cause and &handling:"), self.handling)
        self.add_field("materials", self.tr("&Materials:"), self.materials)
        self.add_field("charge_fen", self.tr("Cha&rge (¥):"), self.charge)
        self.add_field("evaluation", self.tr("Customer's &tick:"), self.evaluation)
        self.add_field("signed", self.tr("Si&gnature:"), self.signed)
        self.resize(560, 0)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        charge = yuan_to_fen(self.charge.text())
        evaluation = self.evaluation.currentData()
        data = SlipReturn(
            staff_name=self.staff.text(),
            arrived_at=self.arrived.value(),
            completed_at=self.completed.value(),
            handling=self.handling.text(),
            materials=self.materials.text(),
            charge_fen=charge,
            evaluation=Evaluation(evaluation) if evaluation else None,
            signed=self.signed.isChecked(),
        )
        order_id = self.detail.id
        return lambda ctx: orders.return_slip(ctx, order_id, data)
