"""Settings → Fee table (收费标准): what the desk charges. Fee managers add, edit and archive fees; everyone
else who takes payments sees the table read-only. Nothing is deleted: receipts keep their fee code."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from desk_app.domain.enums import UnitType
from desk_app.domain.receipts import FeeBasis
from desk_app.domain.roles import Permission
from desk_app.forms.settings.fee_form import FeeDialog
from desk_app.services.money import fees
from desk_app.services.money.fees import FeeDTO
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.views.labels import unit_type_label, yes_no
from desk_app.views.money.labels import basis_label, category_label, yuan
from desk_app.views.settings.common import ask, fit_columns, heading, hint, make_table, select_where, selected


class FeeTablePage(QWidget):
    KINDS = frozenset({"fee_item"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.editable = session.can(Permission.MANAGE_FEES)
        self.dialog: FeeDialog | None = None
        self.model = RowTableModel(
            [
                Column(self.tr("Fee"), lambda f: f.name),
                Column(self.tr("Kind"), lambda f: category_label(f.category)),
                Column(self.tr("Charged"), lambda f: basis_label(f.basis)),
                Column(self.tr("Amount"), self._amount, tooltip=self._amount),
                Column(self.tr("Renovation"), lambda f: yes_no(f.renovation)),
                Column(
                    self.tr("Refund condition"),
                    lambda f: f.refund_condition,
                    tooltip=lambda f: f.refund_condition,
                ),
            ],
            self,
            muted=lambda f: f.archived,
        )
        self.table: QTableView = make_table(self.model)
        self.table.doubleClicked.connect(lambda _i: self.edit_fee())
        self.add_button = QPushButton(icon("add"), self.tr("&Add fee…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.archive_button = QPushButton(icon("archive_record"), self.tr("Archive"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        for button in (self.add_button, self.edit_button, self.archive_button):
            button.setAutoDefault(False)
            button.setVisible(self.editable)
        self.show_archived.setVisible(self.editable)
        self.add_button.clicked.connect(self.add_fee)
        self.edit_button.clicked.connect(self.edit_fee)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.show_archived.toggled.connect(lambda _c: self.reload())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())

        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.archive_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Fee table")))
        text = (
            self.tr(
                "What the desk charges. Renovation fees are computed for the unit when a filing is opened."
            )
            if self.editable
            else self.tr("What the desk charges (read-only: a manager edits the fee table).")
        )
        layout.addWidget(hint(text))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.changed.connect(lambda kinds: self.reload() if kinds & self.KINDS else None)
        self._update_buttons()
        self.reload()

    def _amount(self, f: FeeDTO) -> str:
        if f.basis == FeeBasis.BY_UNIT_TYPE and f.per_type_fen:
            parts = [
                f"{unit_type_label(t)} {yuan(f.per_type_fen[t])}" for t in UnitType if t in f.per_type_fen
            ]
            return " · ".join([*parts, self.tr("other {amount}").format(amount=yuan(f.amount_fen))])
        if f.basis == FeeBasis.PER_M2:
            return yuan(f.amount_fen) + self.tr("/m²")
        if f.basis == FeeBasis.PER_PASS:
            return yuan(f.amount_fen) + self.tr("/pass")
        return yuan(f.amount_fen)

    def reload(self, select_id: str | None = None) -> None:
        archived = self.show_archived.isChecked()
        current = selected(self.table)
        keep = select_id or (current.id if current else None)
        self.session.call(
            lambda ctx: fees.list_fees(ctx, include_archived=archived),
            lambda rows: self._arrived(rows, keep),
            parent=self,
        )

    def _arrived(self, rows: list[FeeDTO], keep: str | None) -> None:
        self.model.set_rows(rows)
        fit_columns(self.table, maximum=360)
        if not (keep and select_where(self.table, lambda f: f.id == keep)) and rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        fee = selected(self.table)
        self.edit_button.setEnabled(fee is not None)
        self.archive_button.setEnabled(fee is not None)
        self.archive_button.setText(
            self.tr("Restore") if fee is not None and fee.archived else self.tr("Archive")
        )

    def add_fee(self) -> FeeDialog | None:
        return self._open(None)

    def edit_fee(self) -> FeeDialog | None:
        fee = selected(self.table)
        return self._open(fee) if fee is not None else None

    def _open(self, fee: FeeDTO | None) -> FeeDialog | None:
        if not self.editable:
            return None
        dialog = FeeDialog(self.session, fee, self)
        dialog.saved.connect(lambda saved: self.reload(saved.id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def confirm(self, title: str, text: str, yes_text: str) -> bool:
        return ask(self, title, text, yes_text)

    def toggle_archived(self) -> None:
        fee = selected(self.table)
        if fee is None or not self.editable:
            return
        if not fee.archived and not self.confirm(
            self.tr("Archive fee"),
            self.tr("Archive {name}? It is no longer offered; old receipts keep it.").format(name=fee.name),
            self.tr("Archive"),
        ):
            return
        fee_id, archived = fee.id, not fee.archived
        self.session.call(lambda ctx: fees.archive_fee(ctx, fee_id, archived), parent=self)
