"""The receipt list (收据) with its filters: dates, payment method, status, and a search box (number, payer,
unit, reason). Newest first; filtering happens in SQL (``receipts.list_receipts``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.receipts import ReceiptStatus
from desk_app.services.money import receipts
from desk_app.services.money.receipts import ReceiptFilter, ReceiptRow
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.views.money.labels import method_choices, method_label, status_choices, status_label, yuan

SEARCH_DEBOUNCE_MS = 250
KINDS = frozenset({"receipt", "refund", "day_close"})


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def search_text(typed: str) -> str:
    """A receipt's scanned QR (``RC|number|fen|mac``) searches for its number; anything else as typed.
    (Finding is not trusting: the refund desk checks the code's MAC with ``receipts.verify_receipt``.)"""
    parts = typed.strip().split("|")
    return parts[1] if len(parts) == 4 and parts[0].upper() == "RC" else typed


class ReceiptListView(QWidget):
    current_changed = Signal(object)  # ReceiptRow | None
    activated = Signal(object)  # ReceiptRow: Enter or double-click

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        tz = session.ctx.timezone
        today = session.ctx.local_now().date()
        self.date_from = self._date_edit(today)
        self.date_to = self._date_edit(today)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setAutoDefault(False)
        self.method = QComboBox()
        self.method.addItem(self.tr("All methods"), None)
        for value, label in method_choices():
            self.method.addItem(label, value)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for value, label in status_choices():
            self.status.addItem(label, value)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, payer, unit or reason"))
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.date_from)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        # Two rows, so the list fits beside the detail pane on a 1366-pixel screen.
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 0)
        for widget in (from_label, self.date_from, QLabel("–"), self.date_to, self.today_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.method)
        bar.addWidget(self.status)
        bar.addStretch(1)
        search_bar = QHBoxLayout()
        search_bar.setContentsMargins(8, 4, 8, 4)
        search_bar.addWidget(search_label)
        search_bar.addWidget(self.search, 1)

        self.model = RowTableModel(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Time"), lambda r: r.issued_at.astimezone(tz).strftime("%m-%d %H:%M")),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Payer"), lambda r: r.payer_name),
                Column(self.tr("Reason"), lambda r: r.reason, tooltip=lambda r: r.reason),
                Column(self.tr("Method"), lambda r: method_label(r.method)),
                Column(self.tr("Amount"), lambda r: yuan(r.total_fen), align_right=True),
                Column(self.tr("Status"), lambda r: status_label(r.status)),
            ],
            self,
            muted=lambda r: r.status == ReceiptStatus.VOID,
            color=lambda r: QColor("#1565c0") if r.deposit_fen else None,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((132, 88, 70, 64, 110, 64, 88, 56)):
            self.table.setColumnWidth(column, width)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #546e7a; padding: 2px 8px;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addLayout(search_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.date_from.dateChanged.connect(lambda _d: self.reload())
        self.date_to.dateChanged.connect(lambda _d: self.reload())
        self.today_button.clicked.connect(self.show_today)
        self.method.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(self.model.row_at(current.row()))
        )
        self.table.activated.connect(lambda index: self.activated.emit(self.model.row_at(index.row())))
        self._select_id: str | None = None
        self._seq = 0

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def current_filter(self) -> ReceiptFilter:
        first: date = self.date_from.date().toPython()
        last: date = self.date_to.date().toPython()
        return ReceiptFilter(
            date_from=min(first, last),
            date_to=max(first, last),
            method=self.method.currentData(),
            status=self.status.currentData(),
            text=search_text(self.search.text()),
        )

    def show_today(self) -> None:
        today = _qdate(self.session.ctx.local_now().date())
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(today)
            edit.blockSignals(False)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        """Query again; keep the current receipt selected (or ``select_id``, e.g. a new receipt)."""
        self._timer.stop()
        current = self.current()
        self._select_id = select_id or (current.id if current else None)
        flt = self.current_filter()
        self._seq += 1
        seq = self._seq
        self.session.call(
            lambda ctx: receipts.list_receipts(ctx, flt), lambda rows: self._arrived(seq, rows), parent=self
        )

    def _arrived(self, seq: int, rows: list[ReceiptRow]) -> None:
        if seq != self._seq:
            return
        self.model.set_rows(rows)
        total = sum(r.total_fen for r in rows if r.status != ReceiptStatus.VOID)
        self.count_label.setText(
            self.tr("Receipts: {count}    Received: {total}").format(count=len(rows), total=yuan(total))
        )
        row = self.model.find(lambda r: r.id == self._select_id) if self._select_id else -1
        if rows:
            self.table.selectRow(row if row >= 0 else 0)
        else:
            self.current_changed.emit(None)

    def current(self) -> ReceiptRow | None:
        row: ReceiptRow | None = self.model.row_at(self.table.currentIndex().row())
        return row
