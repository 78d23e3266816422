"""Refund a renovation deposit (装修保证金退还, seed 000 篇5 六) at the desk, keyboard first.

* Scan the deposit receipt's QR code (a scanner types it and presses Enter) or type its number; tick that the
  original permit (and, for a typed number, the receipt) was presented. Every refund condition is listed with
  ✓ or ✗ and the reason in words, re-checked on every change; "Refund and print" stays disabled while one is
  unmet.
* Deductions: a reason from the list, a note, an amount; lost passes whose fee was never collected are
  pre-filled. The amount to refund defaults to everything left and may be lowered for a partial refund.
* Paid, deducted and refunded amounts show in figures and in capitals (大写) as they change.
* Ctrl+P (or Enter on the last field) refunds and prints the voucher on the saved printer; without a printer
  the preview opens. F5 re-checks (any change saved elsewhere re-checks too). Esc closes.
"""

from __future__ import annotations

import itertools
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.domain.money import format_yuan, from_fen, to_fen
from desk_app.domain.receipts import PaymentMethod
from desk_app.domain.roles import Permission
from desk_app.forms.base import FormDialog, ServiceCall
from desk_app.forms.money.deduction_editor import DeductionEditor
from desk_app.forms.money.refund_panels import MET_STYLE, UNMET_STYLE, ConditionsPanel, TotalsGrid
from desk_app.forms.money.refund_printing import RefundPrinter
from desk_app.services.money import refunds
from desk_app.services.money.refunds import RefundCheck, RefundDTO, RefundInput
from desk_app.ui.errors import error_text, message_for
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import ErrorLabel, PlainLabel

CHECK_DELAY_MS = 300  # typing a number: check once the clerk pauses, not on every key


class RefundDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "refund.amount_exceeds": "amount",
        "refund.amount_invalid": "amount",
        "refund.deductions_exceed": "deductions",
        "refund.deduction_invalid": "deductions",
        "refund.deduction_needs_note": "deductions",
        "receipt.reference_required": "reference",
        "receipt.method_invalid": "method",
    }

    def __init__(
        self,
        session: AppSession,
        parent: QWidget | None = None,
        *,
        filing_id: str | None = None,
        receipt_number: str | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Refund a renovation deposit"))
        self.check: RefundCheck | None = None
        self.refund: RefundDTO | None = None
        self._seq = 0
        self._amount_ok = False
        self._amount_typed = False  # the clerk changed the amount: stop following "everything left"
        self.printer = RefundPrinter(session, self)
        self.printer.message.connect(self._print_message)
        self.printer.printed.connect(self._printed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)

        # -- the receipt and what was presented
        self.receipt = QLineEdit()
        self.receipt.setMaxLength(120)
        self.receipt.setPlaceholderText(self.tr("Scan the QR code, or type SJ-A1-2026-000123"))
        self.receipt_error = ErrorLabel()
        self.receipt_presented = QCheckBox(self.tr("The deposit &receipt was presented"))
        self.permit = QCheckBox(self.tr("The original &permit (装修备案登记证) was presented"))
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        receipt_box = QGroupBox(self.tr("Deposit receipt"))
        receipt_form = QFormLayout(receipt_box)
        receipt_label = PlainLabel(self.tr("Re&ceipt:"))
        receipt_label.setBuddy(self.receipt)
        receipt_column = QVBoxLayout()
        receipt_column.setSpacing(2)
        receipt_column.addWidget(self.receipt)
        receipt_column.addWidget(self.receipt_error)
        receipt_form.addRow(receipt_label, receipt_column)
        receipt_form.addRow(self.receipt_presented)
        receipt_form.addRow(self.permit)
        receipt_form.addRow(self.summary)
        self.errors["receipt_ref"] = self.receipt_error
        self.fields["receipt_ref"] = self.receipt

        # -- the conditions, ✓ or ✗
        self.conditions = ConditionsPanel()

        # -- deductions and amounts
        self.deductions = DeductionEditor()
        deductions_box = QGroupBox(self.tr("Deductions"))
        QVBoxLayout(deductions_box).addWidget(self.deductions)
        self.errors["deductions"] = self.deductions.error
        self.fields["deductions"] = self.deductions.amount
        self.totals = TotalsGrid(
            {
                "paid": self.tr("Deposit paid:"),
                "earlier": self.tr("Earlier refunds and deductions:"),
                "deducted": self.tr("Deducted now:"),
                "refund": self.tr("Refunded now:"),
                "left": self.tr("Left as deposit:"),
            }
        )
        self.amount = QLineEdit()
        self.amount.setMaximumWidth(140)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setToolTip(self.tr("Everything left by default; type less for a partial refund"))
        self.method = QComboBox()
        for code, text in self._methods():
            self.method.addItem(text, code)
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.reference.setPlaceholderText(self.tr("Bank transfer or POS reference"))
        self.payee = QLineEdit()
        self.payee.setMaxLength(60)
        self.hint = PlainLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(UNMET_STYLE)

        self.form.insertRow(0, self.totals)
        self.add_field("amount", self.tr("&Amount to refund (yuan):"), self.amount)
        self.add_field("method", self.tr("&Method:"), self.method)
        self.add_field("reference", self.tr("Re&ference:"), self.reference)
        self.add_field("payee_name", self.tr("Pa&yee:"), self.payee)
        refund_box = QGroupBox(self.tr("Refund"))
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        refund_box.setLayout(self.form)

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(receipt_box)
        left.addWidget(self.conditions, 1)
        right.addWidget(deductions_box, 1)
        right.addWidget(refund_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(right, 6)
        outer.insertLayout(0, columns, 1)
        outer.insertWidget(2, self.hint)

        # Enter and Tab: receipt → presented → permit → deduction row → amount → method → reference → payee.
        self._order.insert(0, self.receipt)
        self.receipt.installEventFilter(self)
        order = [self.receipt, self.receipt_presented, self.permit, self.deductions.reason]
        order += [self.deductions.note, self.deductions.amount]
        for w in order[1:]:
            self._order.insert(self._order.index(self.amount), w)
            w.installEventFilter(self)
        tab = [*order, self.deductions.add_button, self.deductions.table, self.amount, self.method]
        tab += [self.reference, self.payee]
        for a, b in itertools.pairwise(tab):
            QWidget.setTabOrder(a, b)
        self._last_tab = self.payee

        self.save_button.setText(self.tr("Refund and &print"))
        self.save_button.setToolTip(self.tr("Refund, then print the voucher on the saved printer (Ctrl+P)"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self._preview)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.hide()  # until the refund exists
        QShortcut(QKeySequence.StandardKey.Print, self, self.save)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.run_check)  # F5: the owner fixed something

        self.receipt.textEdited.connect(self._receipt_edited)
        self.receipt_presented.toggled.connect(self.run_check)
        self.permit.toggled.connect(self.run_check)
        self.deductions.changed.connect(self._update_totals)
        self.amount.textEdited.connect(self._amount_edited)
        self.method.currentIndexChanged.connect(self._update_state)
        # A pass returned or an inspection recorded on another screen re-checks at once.
        session.changed.connect(self._records_changed)

        self.resize(1000, 640)
        self.finish_layout()
        self.receipt.setFocus()
        self._update_totals()
        if receipt_number:
            self.receipt.setText(receipt_number)
            self.run_check()
        elif filing_id:
            session.call(
                lambda ctx: refunds.deposit_receipt_number(ctx, filing_id), self._prefill, parent=self
            )

    def _methods(self) -> list[tuple[str, str]]:
        return [
            (PaymentMethod.CASH.value, self.tr("Cash (现金)")),
            (PaymentMethod.BANK_TRANSFER.value, self.tr("Bank transfer (银行转账)")),
            (PaymentMethod.WECHAT.value, self.tr("WeChat (微信)")),
            (PaymentMethod.ALIPAY.value, self.tr("Alipay (支付宝)")),
            (PaymentMethod.POS.value, self.tr("POS card (POS刷卡)")),
        ]

    # ------------------------------------------------------------------------------------------ checking

    def _prefill(self, number: str | None) -> None:
        if number and not self.receipt.text():
            self.receipt.setText(number)
            self.run_check()

    def _records_changed(self, _changes: frozenset[str]) -> None:
        if self.refund is None and not self._busy and self.receipt.text().strip():
            self.run_check()  # (not while our own refund is being saved: its result would show as "earlier")

    def _receipt_edited(self) -> None:
        self._timer.start()

    def on_enter(self, widget: QWidget) -> bool:
        if widget is self.receipt:
            self.run_check()
            self.focus_next(widget)
            return True
        if widget is self.deductions.amount and self.deductions.amount.text().strip():
            if self.deductions.add_typed():
                self.deductions.reason.setFocus()
            return True
        return False

    def run_check(self) -> None:
        """Ask the service about the receipt as typed, with the boxes as ticked; late answers are dropped."""
        self._timer.stop()
        if self.refund is not None:
            return
        text = self.receipt.text().strip()
        self._seq += 1
        seq = self._seq
        if not text:
            self._checked(seq, None, None)
            return
        permit, presented = self.permit.isChecked(), self.receipt_presented.isChecked()
        self.session.call(
            lambda ctx: refunds.refund_check(ctx, text, permit_presented=permit, receipt_presented=presented),
            lambda check: self._checked(seq, check, None),
            parent=self,
            on_error=lambda exc: self._checked(seq, None, exc),
        )

    def _checked(self, seq: int, check: RefundCheck | None, exc: BaseException | None) -> None:
        if seq != self._seq:
            return
        if exc is not None and not isinstance(exc, DomainError):
            from desk_app.ui.errors import show_error

            show_error(self, exc)
            return
        self.receipt_error.show_message(error_text(exc) if exc is not None else "")
        first = check is not None and (self.check is None or self.check.receipt_id != check.receipt_id)
        self.check = check
        if check is not None and check.scanned and not self.receipt_presented.isChecked():
            self.receipt_presented.blockSignals(True)  # the scan proves it: no second check
            self.receipt_presented.setChecked(True)
            self.receipt_presented.blockSignals(False)
        if check is not None and first:
            self.deductions.set_suggested(check.suggested)
            if not self.payee.text().strip():
                self.payee.setText(check.payer_name)
        self._show_summary()
        self.conditions.show_blockers(check.blockers if check else None)
        self._update_totals()

    def _show_summary(self) -> None:
        c = self.check
        if c is None:
            self.summary.setText("")
            return
        issued = c.receipt_issued_at.astimezone(self.session.ctx.timezone).strftime("%Y-%m-%d")
        self.summary.setText(
            self.tr("{number} of {date} · filing {filing} · unit {unit} · owner {owner}").format(
                number=c.receipt_number,
                date=issued,
                filing=c.filing_number,
                unit=c.unit_code,
                owner=c.owner_name,
            )
        )

    # ------------------------------------------------------------------------------------------ amounts

    def _amount_edited(self) -> None:
        self._amount_typed = bool(self.amount.text().strip())
        self._update_totals()

    def _typed_amount(self) -> int | None:
        """The amount typed in fen; None while it follows "everything left"; DomainError when unreadable."""
        if not self._amount_typed:
            return None
        return to_fen(self.amount.text())

    def _update_totals(self) -> None:
        c = self.check
        paid = c.paid_fen if c else 0
        earlier = c.refunded_fen + c.deducted_fen if c else 0
        cut = self.deductions.total_fen()
        most = max(0, paid - earlier - cut)
        amount_error = ""
        try:
            typed = self._typed_amount()
        except DomainError as exc:
            typed, amount_error = None, message_for(exc.code, exc.params)
        amount = most if typed is None else typed
        if not self._amount_typed:
            self.amount.setText(str(from_fen(most)) if c else "")
        if c and paid - earlier - cut < 0:
            amount_error = message_for(
                "refund.deductions_exceed",
                {"available": format_yuan(paid - earlier), "deductions": format_yuan(cut)},
            )
        elif c and typed is not None and typed > most:
            amount_error = message_for(
                "refund.amount_exceeds", {"amount": format_yuan(typed), "most": format_yuan(most)}
            )
        self.errors["amount"].show_message(amount_error)
        values = {"paid": paid, "earlier": earlier, "deducted": cut, "refund": amount, "left": most - amount}
        self.totals.show_values(values if c else None)
        self._amount_ok = c is not None and not amount_error and (amount > 0 or cut > 0)
        self._update_state()

    # ------------------------------------------------------------------------------------------ refunding

    def _update_state(self) -> None:
        if self.refund is not None:
            return
        allowed = self.session.can(Permission.REFUND_DEPOSITS)
        ready = self.check is not None and self.check.ready
        self.save_button.setEnabled(allowed and ready and self._amount_ok and not self._busy)
        if not allowed:
            self.hint.setText(
                self.tr("Only a supervisor can refund a deposit; the checks are shown for reference.")
            )
        elif self.check is not None and not ready:
            self.hint.setText(self.tr("The deposit cannot be refunded until every condition above is met."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    def build_call(self) -> ServiceCall:
        if not self.save_button.isEnabled():
            raise DomainError("refund.blocked", count=len(self.check.blockers) if self.check else 0)
        data = RefundInput(
            receipt_ref=self.receipt.text(),
            permit_presented=self.permit.isChecked(),
            receipt_presented=self.receipt_presented.isChecked(),
            deductions=self.deductions.deductions(),
            amount_fen=self._typed_amount(),
            method=str(self.method.currentData()),
            reference=self.reference.text(),
            payee_name=self.payee.text(),
        )
        return lambda ctx: refunds.issue_refund(ctx, data)

    def save(self) -> None:
        if self.refund is not None:
            self.printer.print_refund(self.refund.id)  # Ctrl+P again after a failed print
            return
        if self.save_button.isEnabled():
            super().save()

    def _saved(self, result: Any) -> None:
        """The refund exists: lock the form, print; the dialog closes once the voucher went to a printer."""
        self._busy = False
        self.refund = result.value
        self.result_value = self.refund
        self.saved.emit(self.refund)
        for w in (
            self.receipt,
            self.receipt_presented,
            self.permit,
            self.deductions,
            self.amount,
            self.method,
        ):
            w.setEnabled(False)
        for w in (self.reference, self.payee):
            w.setReadOnly(True)
        assert self.refund is not None
        self.save_button.setText(self.tr("&Print again"))
        self.save_button.setEnabled(True)
        self.preview_button.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.hint.setStyleSheet(MET_STYLE)
        self.hint.setText(self.tr("Refund {number} issued.").format(number=self.refund.number))
        self.hint.show()
        self.printer.print_refund(self.refund.id)

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        if isinstance(exc, DomainError) and exc.code == "refund.blocked":
            self.run_check()  # the conditions changed since the screen was filled: show which
        self._update_state()

    def _preview(self) -> None:
        if self.refund is not None:
            self.printer.preview(self.refund.id)

    def _print_message(self, text: str) -> None:
        issued = self.tr("Refund {number} issued.").format(number=self.refund.number) if self.refund else ""
        self.hint.setText(f"{issued}\n{text}".strip())
        self.hint.show()

    def _printed(self, _number: str, _printer: str) -> None:
        self.accept()
