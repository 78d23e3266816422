"""Void a receipt (作废): supervisors only, with a reason. The number stays; later copies print 作废."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall
from desk_app.services.money import receipts
from desk_app.services.money.receipts import ReceiptDTO
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.money.labels import method_label, yuan


class VoidDialog(FormDialog):
    FIELD_CODES = {"receipt.void_reason_required": "reason", "field.too_long": "reason"}  # noqa: RUF012

    def __init__(self, session: AppSession, receipt: ReceiptDTO, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.receipt = receipt
        self.setWindowTitle(self.tr("Void receipt {number}").format(number=receipt.number))
        summary = PlainLabel(
            self.tr("{number}  {payer}  {amount} ({method})").format(
                number=receipt.number,
                payer=receipt.payer_name,
                amount=yuan(receipt.total_fen),
                method=method_label(receipt.method),
            )
        )
        summary.setStyleSheet("font-weight: bold;")
        warning = PlainLabel(
            self.tr("The number is kept; the receipt no longer counts as money taken. Take back every copy.")
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b71c1c;")
        self.reason = NotesEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. 金额录入错误，已重开"))
        self.form.addRow(self.tr("Receipt:"), summary)
        self.form.addRow("", warning)
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.save_button.setText(self.tr("Void"))
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        receipt_id, reason = self.receipt.id, self.reason.text()
        return lambda ctx: receipts.void_receipt(ctx, receipt_id, reason)
