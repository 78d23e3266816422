"""The "Refunds" tab of the money page (退款凭证): every deposit refund with its deductions.

Filters: dates, status and a search box (number, original receipt, unit, payee). A desk pays back a few
deposits a day, so ``refunds.list_refunds`` returns them all and the filtering happens here, off the UI
thread. The detail shows what was kept and why; Reprint / Preview reuse the voucher printer of the refund
dialog (a reprint says 补打); Void… (supervisors, ``VOID_RECEIPTS``) asks for a reason — the number stays.

Keyboard: Ctrl+P reprints, Ctrl+Shift+P previews, Ctrl+Shift+V voids, F5 refreshes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall
from desk_app.forms.money.deduction_editor import reason_choices
from desk_app.forms.money.refund_printing import RefundPrinter
from desk_app.services.context import ServiceContext
from desk_app.services.money import refunds
from desk_app.services.money.refund_checks import RefundStatus
from desk_app.services.money.refunds import RefundDTO
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.money.labels import method_label, status_choices, status_label, yuan

SEARCH_DEBOUNCE_MS = 250
KINDS = frozenset({"receipt", "refund", "day_close"})


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def filtered(
    ctx: ServiceContext, date_from: date, date_to: date, status: str | None, text: str
) -> list[RefundDTO]:
    """The refunds of the chosen local days, status and search text, newest first."""
    needle = text.strip().upper()
    out = []
    for r in refunds.list_refunds(ctx):
        day = r.refunded_at.astimezone(ctx.timezone).date()
        if not date_from <= day <= date_to or (status and r.status != status):
            continue
        if needle and not any(
            needle in v.upper() for v in (r.number, r.receipt_number, r.unit_code, r.payee_name)
        ):
            continue
        out.append(r)
    return out


def deduction_label(reason: str) -> str:
    return dict(reason_choices()).get(reason, reason)


class RefundVoidDialog(FormDialog):
    """作废 a refund: the number stays, the money goes back onto the deposit."""

    FIELD_CODES = {"refund.void_reason_required": "reason", "field.too_long": "reason"}  # noqa: RUF012

    def __init__(self, session: AppSession, refund: RefundDTO, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.refund = refund
        self.setWindowTitle(self.tr("Void refund {number}").format(number=refund.number))
        summary = PlainLabel(
            self.tr("{number}  {payee}  {amount} ({method})").format(
                number=refund.number,
                payee=refund.payee_name,
                amount=yuan(refund.refunded_fen),
                method=method_label(refund.method),
            )
        )
        summary.setStyleSheet("font-weight: bold;")
        warning = PlainLabel(
            self.tr(
                "The number is kept; the money counts as still held on receipt {receipt}. "
                "Take back every copy of the voucher."
            ).format(receipt=refund.receipt_number)
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b71c1c;")
        self.reason = NotesEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. 扣款录入错误，已重开"))
        self.form.addRow(self.tr("Refund:"), summary)
        self.form.addRow("", warning)
        self.add_field("reason", self.tr("&Reason:"), self.reason)
        self.save_button.setText(self.tr("Void"))
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        refund_id, reason = self.refund.id, self.reason.text()
        return lambda ctx: refunds.void_refund(ctx, refund_id, reason)


class RefundDetail(QWidget):
    """The chosen refund: who got what back, and each deduction with its reason."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = session.ctx.timezone
        self.title = PlainLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.fields: dict[str, PlainLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("receipt", self.tr("Original receipt:")),
            ("unit", self.tr("Unit:")),
            ("payee", self.tr("Payee:")),
            ("paid", self.tr("Deposit held:")),
            ("refunded", self.tr("Refunded:")),
            ("method", self.tr("Method:")),
            ("clerk", self.tr("Clerk:")),
            ("printed", self.tr("Printed:")),
        ):
            self.fields[key] = PlainLabel()
            form.addRow(label, self.fields[key])
        self.void_line = PlainLabel()
        self.void_line.setWordWrap(True)
        self.void_line.setStyleSheet("color: #b71c1c;")
        self.deductions = RowTableModel(
            [
                Column(self.tr("Deduction"), lambda d: deduction_label(d.reason)),
                Column(self.tr("Amount"), lambda d: yuan(d.amount_fen), align_right=True),
                Column(self.tr("Note"), lambda d: d.note, tooltip=lambda d: d.note),
            ],
            self,
        )
        table = QTableView()
        table.setModel(self.deductions)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.deductions_label = PlainLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.void_line)
        layout.addLayout(form)
        layout.addWidget(self.deductions_label)
        layout.addWidget(table, 1)
        self.show_refund(None)

    def show_refund(self, r: RefundDTO | None) -> None:
        self.setEnabled(r is not None)
        if r is None:
            self.title.setText(self.tr("No refund chosen"))
            for label in self.fields.values():
                label.setText("")
            self.void_line.hide()
            self.deductions.set_rows([])
            self.deductions_label.setText("")
            return
        when = r.refunded_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")
        self.title.setText(f"{r.number}    {when}    {status_label(r.status)}")
        values = {
            "receipt": r.receipt_number,
            "unit": r.unit_code,
            "payee": r.payee_name,
            "paid": yuan(r.paid_fen),
            "refunded": yuan(r.refunded_fen),
            "method": " ".join(x for x in (method_label(r.method), r.reference) if x),
            "clerk": r.clerk_name,
            "printed": str(r.print_count),
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        self.void_line.setText(self.tr("Void: {reason}").format(reason=r.void_reason))
        self.void_line.setVisible(r.void)
        self.deductions.set_rows(list(r.deductions))
        self.deductions_label.setText(self.tr("Deducted: {amount}").format(amount=yuan(r.deducted_fen)))


class RefundListView(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.void_dialog: RefundVoidDialog | None = None
        self._seq = 0
        self._select_id: str | None = None
        tz = session.ctx.timezone
        today = session.ctx.local_now().date()
        month_ago = date.fromordinal(today.toordinal() - 30)
        self.date_from = self._date_edit(month_ago)
        self.date_to = self._date_edit(today)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for value, label in status_choices():
            self.status.addItem(label, value)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, receipt, unit or payee"))
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.date_from)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        for widget in (from_label, self.date_from, QLabel("–"), self.date_to, self.status, search_label):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)

        self.model = RowTableModel(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Date"), lambda r: r.refunded_at.astimezone(tz).strftime("%Y-%m-%d")),
                Column(self.tr("Receipt"), lambda r: r.receipt_number),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Payee"), lambda r: r.payee_name),
                Column(self.tr("Deducted"), lambda r: yuan(r.deducted_fen), align_right=True),
                Column(self.tr("Refunded"), lambda r: yuan(r.refunded_fen), align_right=True),
                Column(self.tr("Method"), lambda r: method_label(r.method)),
                Column(self.tr("Status"), lambda r: status_label(r.status)),
            ],
            self,
            muted=lambda r: r.void,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 80, 130, 64, 60, 70, 84, 60)):
            self.table.setColumnWidth(column, width)
        self.count_label = PlainLabel()
        self.count_label.setStyleSheet("color: #546e7a; padding: 2px 8px;")
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.setSpacing(0)
        left_column.addLayout(bar)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.count_label)

        self.detail = RefundDetail(session)
        self.print_button = QPushButton(self.tr("Re&print"))
        self.print_button.setToolTip(self.tr("Print the voucher again, marked 补打 (Ctrl+P)"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setToolTip(self.tr("Preview, then print from there (Ctrl+Shift+P)"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setToolTip(self.tr("Void the refund, with a reason (Ctrl+Shift+V)"))
        self.void_button.setVisible(session.can(Permission.VOID_RECEIPTS))
        for button in (self.print_button, self.preview_button, self.void_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 4, 8, 8)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.detail, 1)
        right_column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([780, 420])
        splitter.setChildrenCollapsible(False)
        self.status_line = PlainLabel()
        self.status_line.setStyleSheet("color: #546e7a; padding: 2px 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status_line)

        self.printer = RefundPrinter(session, self)
        self.printer.message.connect(self.status_line.setText)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.reload)
        self.date_from.dateChanged.connect(lambda _d: self.reload())
        self.date_to.dateChanged.connect(lambda _d: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.print_button.clicked.connect(self.reprint)
        self.preview_button.clicked.connect(self.preview)
        self.void_button.clicked.connect(self.void_refund)
        session.changed.connect(lambda kinds: self.reload() if kinds & KINDS else None)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.reprint),
            (QKeySequence("Ctrl+Shift+P"), self.preview),
            (QKeySequence("Ctrl+Shift+V"), self.void_refund),
            (QKeySequence(Qt.Key.Key_F5), self.reload),
        ):
            QShortcut(keys, self, slot, context=context)
        self._current_changed()

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # --- loading
    def reload(self, select_id: str | None = None) -> None:
        self._timer.stop()
        current = self.current()
        self._select_id = select_id or (current.id if current else None)
        first: date = self.date_from.date().toPython()
        last: date = self.date_to.date().toPython()
        lo, hi = min(first, last), max(first, last)
        status, text = self.status.currentData(), self.search.text()
        self._seq += 1
        seq = self._seq
        self.session.call(
            lambda ctx: filtered(ctx, lo, hi, status, text),
            lambda rows: self._arrived(seq, rows),
            parent=self,
        )

    def _arrived(self, seq: int, rows: list[RefundDTO]) -> None:
        if seq != self._seq:
            return
        self.model.set_rows(rows)
        paid = sum(r.refunded_fen for r in rows if not r.void)
        self.count_label.setText(
            self.tr("Refunds: {count}    Paid back: {total}").format(count=len(rows), total=yuan(paid))
        )
        row = self.model.find(lambda r: r.id == self._select_id) if self._select_id else -1
        if rows:
            self.table.selectRow(row if row >= 0 else 0)
        self._current_changed()

    def show_refund(self, refund: RefundDTO) -> None:
        """Select one refund whatever the filters were (the global search opens it here)."""
        day = _qdate(refund.refunded_at.astimezone(self.session.ctx.timezone).date())
        for widget in (self.date_from, self.date_to, self.status):
            widget.blockSignals(True)
        self.date_from.setDate(min(day, self.date_from.date()))
        self.date_to.setDate(max(day, self.date_to.date()))
        self.status.setCurrentIndex(0)
        for widget in (self.date_from, self.date_to, self.status):
            widget.blockSignals(False)
        self.search.clear()
        self.reload(select_id=refund.id)
        self.table.setFocus()

    def current(self) -> RefundDTO | None:
        row: RefundDTO | None = self.model.row_at(self.table.currentIndex().row())
        return row

    def _current_changed(self) -> None:
        r = self.current()
        self.detail.show_refund(r)
        self.print_button.setEnabled(r is not None)
        self.preview_button.setEnabled(r is not None)
        self.print_button.setText(self.tr("Re&print") if r and r.print_count else self.tr("&Print"))
        self.void_button.setEnabled(r is not None and r.status == RefundStatus.ISSUED)

    # --- actions
    def reprint(self) -> None:
        r = self.current()
        if r is not None:
            self.printer.print_refund(r.id)

    def preview(self) -> None:
        r = self.current()
        if r is not None:
            self.printer.preview(r.id)

    def void_refund(self) -> RefundVoidDialog | None:
        r = self.current()
        if r is None or r.void or not self.session.can(Permission.VOID_RECEIPTS):
            return None
        dialog = RefundVoidDialog(self.session, r, self)
        dialog.saved.connect(self._voided)
        self.void_dialog = dialog
        dialog.open()
        return dialog

    def _voided(self, refund: RefundDTO) -> None:
        self.status_line.setText(self.tr("{number} is void.").format(number=refund.number))
        self.reload(select_id=refund.id)
