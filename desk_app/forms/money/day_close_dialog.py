"""Close the shift (日结): who takes over, the cash counted in the drawer (the difference shows as it is
typed), a note. The close locks the period's money; the handover sheet prints afterwards."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLineEdit, QWidget

from desk_app.domain.errors import DomainError
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall, local_errors
from desk_app.services.money import day_close
from desk_app.services.money.day_close import ShiftDTO
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.money.labels import parse_yuan, yuan


class DayCloseDialog(FormDialog):
    FIELD_CODES: ClassVar[dict[str, str]] = {"day_close.cash_invalid": "cash_counted"}

    def __init__(self, session: AppSession, shift: ShiftDTO, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.shift = shift
        s = shift.summary
        self.setWindowTitle(self.tr("Close the shift (日结)"))
        facts = PlainLabel(
            self.tr("Receipts {receipts} · refunds {refunds} · voids {voids} · net {net}").format(
                receipts=s.receipts, refunds=s.refunds, voids=s.voids, net=yuan(s.net_fen)
            )
        )
        self.expected = PlainLabel(yuan(s.cash_expected_fen))
        self.expected.setStyleSheet("font-weight: bold;")
        self.handed_to = QLineEdit()
        self.handed_to.setMaxLength(60)
        self.handed_to.setPlaceholderText(self.tr("The clerk taking over the desk"))
        self.cash_counted = QLineEdit()
        self.cash_counted.setPlaceholderText(self.tr("Blank: not counted"))
        self.difference = PlainLabel()
        self.notes = NotesEdit()
        self.form.addRow(self.tr("This shift:"), facts)
        self.form.addRow(self.tr("Cash expected:"), self.expected)
        self.add_field("handed_to_name", self.tr("&Handed to:"), self.handed_to)
        self.add_field("cash_counted", self.tr("&Cash counted (¥):"), self.cash_counted)
        self.form.addRow(self.tr("Difference:"), self.difference)
        self.add_field("notes", self.tr("&Notes:"), self.notes)
        self.save_button.setText(self.tr("Close the shift"))
        self.cash_counted.textChanged.connect(lambda _t: self._update_difference())
        self._update_difference()
        self.finish_layout()

    def counted_fen(self) -> int | None:
        text = self.cash_counted.text().strip()
        return None if not text else parse_yuan(text)

    def _update_difference(self) -> None:
        try:
            counted = self.counted_fen()
        except DomainError:
            counted = None
        if counted is None:
            self.difference.setText("—")
            self.difference.setStyleSheet("")
            return
        diff = counted - self.shift.summary.cash_expected_fen
        if diff == 0:
            text, color = self.tr("Balanced"), "#2e7d32"
        elif diff > 0:
            text, color = self.tr("{amount} over").format(amount=yuan(diff)), "#e65100"
        else:
            text, color = self.tr("{amount} short").format(amount=yuan(-diff)), "#c62828"
        self.difference.setText(text)
        self.difference.setStyleSheet(f"color: {color}; font-weight: bold;")

    def build_call(self) -> ServiceCall:
        try:
            counted = self.counted_fen()
        except DomainError:
            local_errors({"cash_counted": "day_close.cash_invalid"})
            raise  # unreachable: local_errors raised
        handed_to, notes = self.handed_to.text(), self.notes.text()
        return lambda ctx: day_close.close_day(ctx, handed_to, counted, notes)
