"""Add or edit one fee of the table (收费标准): name, deposit or fee, how it is charged, the amount (per unit
type when charged by type), whether a renovation filing charges it, and the refund condition of a deposit."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from desk_app.domain.enums import UnitType
from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import FeeBasis, FeeCategory
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall, local_errors
from desk_app.services.money import fees
from desk_app.services.money.fees import FeeDTO, FeeInput
from desk_app.ui.session import AppSession
from desk_app.views.labels import unit_type_label
from desk_app.views.money.labels import basis_choices, category_choices, parse_yuan, plain_yuan

TYPED_UNITS = (UnitType.RESIDENCE, UnitType.SHOP, UnitType.OFFICE, UnitType.PARKING, UnitType.STORAGE)


class FeeDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {
        "fee.name_required": "name",
        "fee.amount_invalid": "amount",
        "fee.basis_invalid": "basis",
        "fee.code_taken": "name",
    }

    def __init__(self, session: AppSession, fee: FeeDTO | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.fee = fee
        self.setWindowTitle(self.tr("Edit fee") if fee else self.tr("Add a fee"))
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.category = QComboBox()
        for value, label in category_choices():
            self.category.addItem(label, value)
        self.basis = QComboBox()
        for value, label in basis_choices():
            self.basis.addItem(label, value)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.per_type: dict[str, QLineEdit] = {}
        types_box = QWidget()
        grid = QGridLayout(types_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, unit_type in enumerate(TYPED_UNITS):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("as the amount"))
            self.per_type[unit_type.value] = edit
            grid.addWidget(QLabel(unit_type_label(unit_type)), i // 2, (i % 2) * 2)
            grid.addWidget(edit, i // 2, (i % 2) * 2 + 1)
        self.renovation = QCheckBox(self.tr("Charged when a renovation filing is opened"))
        self.condition = NotesEdit()
        self.notes = NotesEdit()

        self.add_field("name", self.tr("&Name:"), self.name)
        self.add_field("category", self.tr("&Kind:"), self.category)
        self.add_field("basis", self.tr("&Charged:"), self.basis)
        self.add_field("amount", self.tr("&Amount (¥):"), self.amount)
        self.add_field("per_type", self.tr("By &type (¥):"), types_box, focus=list(self.per_type.values()))
        self.types_row = self.form.rowCount() - 1
        self.add_field("renovation", self.tr("Renovation:"), self.renovation)
        self.add_field("refund_condition", self.tr("Refund &condition:"), self.condition)
        self.condition_row = self.form.rowCount() - 1
        self.add_field("notes", self.tr("N&otes:"), self.notes)

        if fee is not None:
            self.name.setText(fee.name)
            self.category.setCurrentIndex(self.category.findData(fee.category))
            self.basis.setCurrentIndex(self.basis.findData(fee.basis))
            self.amount.setText(plain_yuan(fee.amount_fen))
            for key, fen in fee.per_type_fen.items():
                if key in self.per_type:
                    self.per_type[key].setText(plain_yuan(fen))
            self.renovation.setChecked(fee.renovation)
            self.condition.setText(fee.refund_condition)
            self.notes.setText(fee.notes)
        self.basis.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.category.currentIndexChanged.connect(lambda _i: self._show_rows())
        self._show_rows()
        self.resize(560, 0)
        self.finish_layout()

    def _show_rows(self) -> None:
        self.form.setRowVisible(self.types_row, self.basis.currentData() == FeeBasis.BY_UNIT_TYPE)
        self.form.setRowVisible(self.condition_row, self.category.currentData() == FeeCategory.DEPOSIT)
        labels = {
            FeeBasis.PER_M2: self.tr("Per m² (¥):"),
            FeeBasis.PER_PASS: self.tr("Per pass (¥):"),
            FeeBasis.BY_UNIT_TYPE: self.tr("Other types (¥):"),
        }
        caption = self.form.labelForField(self.fields["amount"].parentWidget())
        if isinstance(caption, QLabel):
            caption.setText(labels.get(self.basis.currentData(), self.tr("&Amount (¥):")))

    def _fen(self, edit: QLineEdit, field: str, errors: dict[str, str]) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_yuan(text)
        except DomainError as exc:
            errors.setdefault(field, exc.code)
            return None

    def build_call(self) -> ServiceCall:
        errors: dict[str, str] = {}
        amount = self._fen(self.amount, "amount", errors)
        per_type: dict[str, int] = {}
        if self.basis.currentData() == FeeBasis.BY_UNIT_TYPE:
            for key, edit in self.per_type.items():
                value = self._fen(edit, "per_type", errors)
                if value is not None:
                    per_type[key] = value
        if amount is None and "amount" not in errors:
            errors["amount"] = "field.required"
        local_errors(errors)
        data = FeeInput(
            name=self.name.text(),
            category=str(self.category.currentData()),
            basis=str(self.basis.currentData()),
            amount_fen=amount or 0,
            per_type_fen=per_type,
            renovation=self.renovation.isChecked(),
            refund_condition=self.condition.text()
            if self.category.currentData() == FeeCategory.DEPOSIT
            else "",
            notes=self.notes.text(),
        )
        fee_id = self.fee.id if self.fee else None
        return lambda ctx: fees.save_fee(ctx, data, fee_id)
