"""Take a payment and issue a receipt (收据) from the keyboard: unit, payer, up to four lines, method, Enter.

* The unit is typed in any form or found through a person (``UnitPickerMixin``); the payer is pre-filled
  from the unit's people, owners first.
* A line is a fee of the table (its amount computed for the unit: by unit type, per m², per pass × the
  number of passes) or a typed name with a typed amount. Only roles that may override (supervisors and up)
  change a table fee's amount; a clerk sees it read-only.
* Opened for a renovation filing, the lines are what the filing still owes (``fees.dues_for_filing``).
* POS and bank transfers need the reference; the total shows in figures and in 大写 as the clerk types.
* Enter on an empty line goes on to the method; Ctrl+S saves, Ctrl+P saves and prints.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import NEEDS_REFERENCE, PaymentMethod, ReceiptLineIn
from desk_app.forms.base import FieldMessages, FormDialog, ServiceCall
from desk_app.forms.unit_picker import UnitCandidate, UnitPickerMixin, find_units
from desk_app.services.archive import units
from desk_app.services.context import OpResult, ServiceContext
from desk_app.services.money import fees, receipts
from desk_app.services.money.fees import DueLine, FeeCharge
from desk_app.services.money.receipts import AMOUNT_OVERRIDE, ReceiptDTO, ReceiptInput
from desk_app.services.work_orders.orders import ReporterChoice
from desk_app.ui.errors import message_for
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.money.labels import method_choices, parse_yuan, plain_yuan, words, yuan
from desk_app.views.money.receipt_detail import ReceiptPrinter

LINES = 4


class FeeLine:
    """One line of the receipt: the fee (chosen from the table or typed), passes, amount."""

    def __init__(self, form: ReceiptForm) -> None:
        self.form = form
        self.fee = QComboBox()
        self.fee.setEditable(True)
        self.fee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.fee.lineEdit().setMaxLength(60)
        self.fee.setMinimumWidth(220)
        self.count = QSpinBox()
        self.count.setRange(1, 99)
        self.count.setSuffix(QCoreApplication.translate("ReceiptForm", " passes"))
        self.count.hide()
        self.amount = QLineEdit()
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(130)
        self.amount.setPlaceholderText("0.00")
        self.charge: FeeCharge | None = None
        self.fee.currentTextChanged.connect(lambda _t: self.match())
        self.count.valueChanged.connect(lambda _v: self.fill_amount())
        self.amount.textChanged.connect(lambda _t: form.update_total())

    def match(self, *, keep_amount: bool = False) -> None:
        """Is the text a fee of the table? Then its amount is the table's (read-only unless overriding)."""
        name = self.fee.currentText().strip()
        self.charge = next((c for c in self.form.charges if c.name == name), None)
        per_pass = self.charge is not None and self.charge.per_pass
        self.count.setVisible(per_pass)
        locked = self.charge is not None and not self.form.may_override
        self.amount.setReadOnly(locked)
        self.amount.setEnabled(not locked)
        if not keep_amount:
            self.fill_amount()

    def fill_amount(self) -> None:
        c = self.charge
        if c is None:
            if not self.amount.isEnabled():
                self.amount.clear()
            return
        if c.standard_fen is None:
            self.amount.clear()
            self.amount.setToolTip(self.form.problem_text(c))
            self.amount.setEnabled(self.form.may_override)
            self.amount.setReadOnly(not self.form.may_override)
        else:
            fen = c.standard_fen * (self.count.value() if c.per_pass else 1)
            self.amount.setText(plain_yuan(fen))
            self.amount.setToolTip("")
        self.form.update_total()

    def is_empty(self) -> bool:
        return not self.fee.currentText().strip() and not self.amount.text().strip()

    def value(self) -> ReceiptLineIn:
        name = self.fee.currentText().strip()
        if self.charge is not None and self.charge.per_pass and self.count.value() > 1:
            name = f"{name}（{self.count.value()}张）"
        return ReceiptLineIn(name, parse_yuan(self.amount.text()), self.charge.code if self.charge else "")

    def fill_choices(self) -> None:
        text = self.fee.currentText()
        self.fee.blockSignals(True)
        self.fee.clear()
        for c in self.form.charges:
            self.fee.addItem(c.name, c.code)
        self.fee.setCurrentIndex(-1)
        self.fee.setEditText(text)
        self.fee.blockSignals(False)


class ReceiptForm(UnitPickerMixin, FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "receipt.no_lines": "lines",
        "receipt.too_many_lines": "lines",
        "receipt.line_name_required": "lines",
        "receipt.amount_invalid": "lines",
        "receipt.amount_too_large": "lines",
        "receipt.amount_not_standard": "lines",
        "receipt.unit_required": "unit_id",
        "receipt.fee_unknown": "lines",
        "receipt.line_name_too_long": "lines",
        "fee.area_unknown": "unit_id",
        "money.invalid": "lines",
        "money.negative": "lines",
        "money.too_precise": "lines",
        "receipt.reference_required": "reference",
    }

    def __init__(
        self,
        session: AppSession,
        parent: QWidget | None = None,
        *,
        filing_id: str | None = None,
        unit_id: str | None = None,
        pass_id: str | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Take a payment"))
        self.filing_id = filing_id
        self.pass_id = pass_id
        self.may_override = session.can(AMOUNT_OVERRIDE)
        self.charges: list[FeeCharge] = []
        self._print_after = False
        self._charges_seq = 0
        self.printer = ReceiptPrinter(session, parent)  # printing outlives the dialog

        unit_box = self.build_unit_picker(
            self.tr("3-2-1102, 3栋2单元1102, or the payer's name or phone"), 110
        )
        self.payer = QComboBox()
        self.payer.setEditable(True)
        self.payer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.payer.lineEdit().setMaxLength(60)
        self.payer.lineEdit().setPlaceholderText(self.tr("Who pays (a person or a company)"))
        self.phone = QLineEdit()  # the unit picker fills it; a receipt does not print a phone
        self.lines = [FeeLine(self) for _ in range(LINES)]
        lines_box = QWidget()
        grid = QGridLayout(lines_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for col, text in enumerate((self.tr("Fee (choose or type)"), "", self.tr("Amount (¥)"))):
            caption = QLabel(text)
            caption.setStyleSheet("color: #607d8b;")
            grid.addWidget(caption, 0, col)
        for row, line in enumerate(self.lines, start=1):
            grid.addWidget(line.fee, row, 0)
            grid.addWidget(line.count, row, 1)
            grid.addWidget(line.amount, row, 2)
        grid.setColumnStretch(0, 1)
        self.total = PlainLabel()
        big = self.total.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.total.setFont(big)  # a font, not a style sheet: the label's size hint must know it
        self.total.setStyleSheet("color: #b71c1c;")
        self.total_words = PlainLabel()
        self.total_words.setStyleSheet("color: #37474f;")
        self.method = QComboBox()
        for value, label in method_choices():
            self.method.addItem(label, value)
        self.reference = QLineEdit()
        self.reference.setMaxLength(60)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Printed as 事由; blank: the fee names"))

        self.add_field("unit_id", self.tr("&Unit:"), unit_box, focus=[self.unit_edit, self.candidates])
        self.add_field("payer_name", self.tr("&Payer:"), self.payer)
        focus: list[QWidget] = []
        for line in self.lines:
            focus += [line.fee, line.count, line.amount]
        self.add_field("lines", self.tr("&Lines:"), lines_box, focus=focus)
        total_box = QWidget()
        total_row = QHBoxLayout(total_box)
        total_row.setContentsMargins(0, 0, 0, 0)
        total_row.addWidget(self.total)
        total_row.addSpacing(12)
        total_row.addWidget(self.total_words, 1)
        self.form.addRow(self.tr("Total:"), total_box)
        self.add_field("method", self.tr("&Method:"), self.method)
        self.add_field("reference", self.tr("&Reference:"), self.reference)
        self.add_field("reason", self.tr("Rea&son:"), self.reason)

        self.save_button.setText(self.tr("Save"))
        self.save_print_button = QPushButton(icon("print"), self.tr("Save and print"))
        self.save_print_button.setToolTip(
            self.tr("Save, then print the receipt on the saved printer (Ctrl+P)")
        )
        self.save_print_button.setAutoDefault(False)
        self.buttons.addButton(self.save_print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_print_button.clicked.connect(self.save_and_print)
        QShortcut(QKeySequence.StandardKey.Print, self, self.save_and_print)
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.payer.activated.connect(self._person_chosen)

        self._method_changed()
        self.update_total()
        self.resize(620, 0)
        self.finish_layout()
        self.load_charges()
        if filing_id is not None:
            session.call(lambda ctx: _filing_start(ctx, filing_id), self._filing_arrived, parent=self)
        elif unit_id is not None:
            session.call(lambda ctx: units.unit_card(ctx, unit_id), self._unit_card_arrived, parent=self)

    # ------------------------------------------------------------------------------------------ loading

    def load_charges(self) -> None:
        unit_id = self.unit_id
        self._charges_seq += 1
        seq = self._charges_seq
        self.session.call(
            lambda ctx: fees.charges_for_unit(ctx, unit_id),
            lambda c: self._charges_arrived(seq, c),
            parent=self,
        )

    def _charges_arrived(self, seq: int, charges: list[FeeCharge]) -> None:
        if seq != self._charges_seq:
            return
        self.charges = charges
        for line in self.lines:
            line.fill_choices()
            line.match(keep_amount=line.charge is None and bool(line.amount.text()))

    def _unit_card_arrived(self, card: Any) -> None:
        self.unit_edit.setText(card.unit.code)
        self.choose_unit(UnitCandidate(card.unit.id, card.unit.code, card.unit.owner_names))

    def _filing_arrived(self, start: tuple[Any, list[DueLine]]) -> None:
        filing, dues = start
        self.unit_edit.setText(filing.unit_code)
        self.choose_unit(UnitCandidate(filing.unit_id, filing.unit_code, filing.owner_name))
        self.payer.setEditText(filing.owner_name)
        self.reason.setText(
            f"装修备案 {filing.number}"
        )  # printed on the receipt: Chinese in every UI language
        owing = [d for d in dues if d.outstanding_fen > 0][:LINES]
        for line, due in zip(self.lines, owing, strict=False):
            line.fee.setEditText(due.name)
            line.match(keep_amount=True)
            if line.charge is not None and line.charge.per_pass and line.charge.standard_fen:
                line.count.setValue(max(1, due.outstanding_fen // line.charge.standard_fen))
            line.amount.setText(plain_yuan(due.outstanding_fen))
        self.update_total()

    # ------------------------------------------------------------------------------------------ unit

    def person_combo(self) -> QComboBox:
        return self.payer

    def unit_changed(self) -> None:
        self.load_charges()

    def _people_arrived(self, unit_id: str, choices: list[ReporterChoice]) -> None:
        keep = self.payer.currentText() if self.filing_id else ""
        self.fill_people(unit_id, choices)
        if keep:
            self.payer.setEditText(keep)

    def problem_text(self, charge: FeeCharge) -> str:
        return message_for(charge.problem, {"fee": charge.name}) if charge.problem else ""

    # ------------------------------------------------------------------------------------------ keyboard

    def on_enter(self, widget: QWidget) -> bool:
        if widget is self.unit_edit:
            text = self.unit_edit.text().strip()
            if not text or (self.unit_id is not None and text == self.unit_code):
                return False
            self.resolve_unit()
            return True
        if widget is self.candidates:
            item = self.candidates.currentItem()
            if item is not None:
                self._candidate_activated(item)
            return True
        for line in self.lines:
            if widget is line.fee and not line.fee.currentText().strip():
                self.method.setFocus(Qt.FocusReason.TabFocusReason)  # no more lines
                return True
        return False

    def _method_changed(self) -> None:
        needs = self.method.currentData() in NEEDS_REFERENCE
        self.reference.setEnabled(needs)
        self.reference.setPlaceholderText(
            self.tr("Required: the POS slip or transfer reference") if needs else self.tr("Not needed")
        )
        if not needs:
            self.reference.clear()

    def update_total(self) -> None:
        total = 0
        ok = True
        for line in self.lines:
            if line.amount.text().strip():
                try:
                    total += parse_yuan(line.amount.text())
                except DomainError:
                    ok = False
        self.total.setText(yuan(total) if ok else "—")
        self.total_words.setText(words(total) if ok and total else "")

    # ------------------------------------------------------------------------------------------ saving

    def save_and_print(self) -> None:
        self._print_after = True
        self.save()

    def build_call(self) -> ServiceCall:
        lines: list[ReceiptLineIn] = []
        problems: dict[str, str] = {}  # every problem the form can see at once, as translated text
        if not self.payer.currentText().strip():
            problems["payer_name"] = message_for("field.required")
        for line in self.lines:
            if line.is_empty():
                continue
            charge = line.charge
            if charge is not None and charge.standard_fen is None and not line.amount.text().strip():
                code = charge.problem or "receipt.unit_required"
                problems.setdefault("unit_id", message_for(code, {"fee": charge.name}))
                continue
            try:
                lines.append(line.value())
            except DomainError as exc:
                problems.setdefault("lines", message_for(exc.code, exc.params))
        if problems:
            self._print_after = False
            raise FieldMessages(problems)
        unit_text = self.unit_edit.text().strip()
        data = ReceiptInput(
            unit_id=self.unit_id if unit_text else None,
            payer_name=self.payer.currentText(),
            payer_person_id=self._person_id() if unit_text else None,
            filing_id=self.filing_id,
            pass_id=self.pass_id,
            lines=tuple(lines),
            method=str(self.method.currentData() or PaymentMethod.CASH.value),
            reference=self.reference.text(),
            reason=self.reason.text(),
        )

        def call(ctx: ServiceContext) -> OpResult[ReceiptDTO]:
            if unit_text and data.unit_id is None:
                found = {c.unit_id for c in find_units(ctx, unit_text)}  # saved before Enter resolved it
                if len(found) != 1:
                    raise DomainError("validation", fields={"unit_id": "work_order.unit_not_found"})
                return receipts.issue_receipt(ctx, replace(data, unit_id=found.pop()))
            return receipts.issue_receipt(ctx, data)

        return call

    def _failed(self, exc: BaseException) -> None:
        self._print_after = False
        super()._failed(exc)

    def _saved(self, result: Any) -> None:
        receipt = result.value if isinstance(result, OpResult) else result
        print_after = self._print_after
        super()._saved(result)
        if print_after:
            self.printer.print_receipt(receipt.id)


def _filing_start(ctx: ServiceContext, filing_id: str) -> tuple[Any, list[DueLine]]:
    from desk_app.services.renovation.views import get_filing

    return get_filing(ctx, filing_id), fees.dues_for_filing(ctx, filing_id)
