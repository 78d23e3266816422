"""The deductions of a deposit refund (扣款): a reason from the list, a note, an amount in yuan, Enter adds it.

Suggested deductions (lost passes whose fee was never collected) arrive from the refund check already in the
list; the clerk may remove them (Delete) if the fee was settled another way. Amounts are parsed with
``domain.money.to_fen`` (integer fen, never float); a bad amount is explained under the row, nothing is added.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.domain.money import format_yuan, to_fen
from desk_app.domain.refunds import Deduction, DeductionReason
from desk_app.ui.errors import message_for
from desk_app.ui.widgets import ErrorLabel


def reason_choices() -> list[tuple[str, str]]:
    # Literal translate calls so that lupdate finds them; the printed voucher uses DEDUCTION_ZH.
    return [
        (
            DeductionReason.DAMAGE.value,
            QCoreApplication.translate("DeductionEditor", "Damage to common areas (损坏公共设施)"),
        ),
        (
            DeductionReason.LOST_PASS.value,
            QCoreApplication.translate("DeductionEditor", "Lost pass (出入证遗失)"),
        ),
        (
            DeductionReason.VIOLATION.value,
            QCoreApplication.translate("DeductionEditor", "Renovation violation (违规装修)"),
        ),
        (
            DeductionReason.CLEANING.value,
            QCoreApplication.translate("DeductionEditor", "Garbage removal (垃圾清运)"),
        ),
        (DeductionReason.OTHER.value, QCoreApplication.translate("DeductionEditor", "Other (其他)")),
    ]


class DeductionEditor(QWidget):
    changed = Signal()  # the list changed: totals must follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Deduction] = []
        self._labels = dict(reason_choices())
        self.reason = QComboBox()
        for code, text in reason_choices():
            self.reason.addItem(text, code)
        # The longest reason would leave the note no room: the popup still shows the reasons in full.
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(12)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Note"))
        self.note.setToolTip(self.tr("What the deduction is for (required for “Other”)"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Yuan"))
        self.amount.setMaximumWidth(100)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Add the deduction (Enter in the amount)"))
        self.add_button.clicked.connect(self.add_typed)
        self.error = ErrorLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Reason"), self.tr("Note"), self.tr("Amount")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.table.setToolTip(self.tr("Delete removes the selected deduction"))
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in a text field edits the text

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reason)
        row.addWidget(self.note, 1)
        row.addWidget(self.amount)
        row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.error)
        column.addWidget(self.table, 1)

    def deductions(self) -> list[Deduction]:
        return list(self._items)

    def total_fen(self) -> int:
        return sum(d.amount_fen for d in self._items)

    def set_suggested(self, suggested: Sequence[Deduction]) -> None:
        """Put the check's suggestions in (once each): a rescan must not add the same lost pass twice."""
        for d in suggested:
            if d not in self._items:
                self._items.append(d)
        self._refill()

    def add_typed(self) -> bool:
        """Add the typed row; False (with the reason under the row) when it is not a valid deduction."""
        code = str(self.reason.currentData())
        note = self.note.text().strip()
        try:
            fen = to_fen(self.amount.text())
            if fen <= 0:
                raise DomainError("refund.deduction_invalid")
            if code == DeductionReason.OTHER and not note:
                raise DomainError("refund.deduction_needs_note")
        except DomainError as exc:
            self.error.show_message(message_for(exc.code, exc.params))
            return False
        self.error.show_message("")
        self._items.append(Deduction(code, fen, note))
        self.note.clear()
        self.amount.clear()
        self._refill()
        return True

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for r in rows:
            del self._items[r]
        if rows:
            self._refill()

    def _refill(self) -> None:
        self.table.setRowCount(len(self._items))
        for r, d in enumerate(self._items):
            amount = QTableWidgetItem(format_yuan(d.amount_fen))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # Plain items: the note is user text and a table item never renders HTML.
            self.table.setItem(r, 0, QTableWidgetItem(self._labels.get(d.reason, d.reason)))
            self.table.setItem(r, 1, QTableWidgetItem(d.note))
            self.table.setItem(r, 2, amount)
        self.changed.emit()
