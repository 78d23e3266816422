"""The money section (收费): receipts, refunds (退款), the day-close (日结) and the fee table, one tab each.

Receipts tab keyboard: Ctrl+N takes a payment; Ctrl+P prints the chosen receipt (a reprint is marked 补打);
Ctrl+Shift+P previews it; Ctrl+Shift+V voids it (supervisors); Ctrl+Shift+R refunds its deposit; Alt+S is the
search box (a typed or scanned number finds the receipt); F5 refreshes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget

from desk_app.domain.receipts import ReceiptStatus
from desk_app.domain.roles import Permission
from desk_app.forms.money.receipt_form import ReceiptForm
from desk_app.forms.money.void_dialog import VoidDialog
from desk_app.services.money.receipts import ReceiptDTO, ReceiptRow
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.money.day_close_view import DayCloseView
from desk_app.views.money.receipt_detail import ReceiptDetailPane, ReceiptPrinter
from desk_app.views.money.receipt_list import KINDS, ReceiptListView
from desk_app.views.money.refund_list import RefundListView
from desk_app.views.settings.fee_table import FeeTablePage


class MoneyPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.receipt_form: ReceiptForm | None = None
        self.void_dialog: VoidDialog | None = None
        self.refund_dialog: QWidget | None = None
        self.printer = ReceiptPrinter(session, self)
        self.printer.message.connect(self._show_message)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action("add", self.tr("New receipt"), self.new_receipt)
        self.new_action.setToolTip(self.tr("Take a payment and issue a receipt (Ctrl+N)"))
        self.print_action = self._action("print", self.tr("Print"), self.print_receipt)
        self.preview_action = self._action("preview", self.tr("Preview"), self.preview_receipt)
        self.preview_action.setToolTip(self.tr("Preview, then print from there (Ctrl+Shift+P)"))
        self.toolbar.addSeparator()
        self.void_action = self._action("void", self.tr("Void…"), self.void_receipt)
        self.void_action.setToolTip(self.tr("Void the chosen receipt, with a reason (Ctrl+Shift+V)"))
        self.void_action.setVisible(session.can(Permission.VOID_RECEIPTS))
        self.refund_action = self._action("fees", self.tr("Refund deposit…"), self.refund_deposit)
        self.refund_action.setToolTip(self.tr("Refund the deposit of the chosen receipt (Ctrl+Shift+R)"))
        self.refund_action.setVisible(session.can(Permission.REFUND_DEPOSITS))
        self.toolbar.addSeparator()
        self.refresh_action = self._action("refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setToolTip(self.tr("Refresh (F5)"))

        self.list = ReceiptListView(session)
        self.detail = ReceiptDetailPane(session)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setSizes([680, 480])
        splitter.setChildrenCollapsible(False)
        receipts_tab = QWidget()
        column = QVBoxLayout(receipts_tab)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.toolbar)
        column.addWidget(splitter, 1)

        self.day_close = DayCloseView(session)
        self.day_close.message.connect(self._show_message)
        self.fee_table = FeeTablePage(session)
        self.refunds = RefundListView(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(receipts_tab, icon("fees"), self.tr("&Receipts"))
        self.tabs.addTab(self.refunds, icon("restore"), self.tr("Refu&nds"))
        self.tabs.addTab(self.day_close, icon("close"), self.tr("&Day-close"))
        self.tabs.addTab(self.fee_table, icon("categories"), self.tr("Fee &table"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status = PlainLabel()
        self.status.setStyleSheet("color: #546e7a; padding: 2px 8px;")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.list.current_changed.connect(self._current_changed)
        self.list.activated.connect(lambda _row: self.print_receipt())
        self.detail.loaded.connect(self._update_actions)
        session.changed.connect(self._on_changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.new_receipt),
            (QKeySequence.StandardKey.Print, self.print_receipt),
            (QKeySequence("Ctrl+Shift+P"), self.preview_receipt),
            (QKeySequence("Ctrl+Shift+V"), self.void_receipt),
            (QKeySequence("Ctrl+Shift+R"), self.refund_deposit),
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
        ):
            QShortcut(keys, receipts_tab, slot, context=context)
        self._update_actions(None)
        self.list.reload()
        self.day_close.refresh()

    def _action(self, icon_name: str, text: str, slot: Any) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # ------------------------------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self.list.reload()
        self.day_close.refresh()

    def _tab_changed(self, index: int) -> None:
        # Another desk or user may have changed money meanwhile: a tab shows fresh figures when opened.
        if self.tabs.widget(index) is self.fee_table:
            self.fee_table.reload()
        elif self.tabs.widget(index) is self.day_close:
            self.day_close.refresh()
        elif self.tabs.widget(index) is self.refunds:
            self.refunds.reload()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & KINDS:
            self.list.reload()

    def _current_changed(self, row: ReceiptRow | None) -> None:
        self.detail.load(row.id if row is not None else None)

    def current(self) -> ReceiptDTO | None:
        return self.detail.receipt

    def _update_actions(self, receipt: ReceiptDTO | None) -> None:
        has = receipt is not None
        void = receipt is not None and receipt.status == ReceiptStatus.VOID
        self.print_action.setEnabled(has)
        self.preview_action.setEnabled(has)
        reprint = receipt is not None and receipt.print_count > 0
        self.print_action.setText(self.tr("Reprint") if reprint else self.tr("Print"))
        self.print_action.setToolTip(
            self.tr("Print again, marked 补打 (Ctrl+P)") if reprint else self.tr("Print the receipt (Ctrl+P)")
        )
        self.void_action.setEnabled(has and not void and receipt is not None and not receipt.day_close_id)
        self.refund_action.setEnabled(
            receipt is not None and not void and receipt.deposit_fen > 0 and not receipt.fully_refunded
        )

    # ------------------------------------------------------------------------------------------ actions

    def new_receipt(
        self, *, filing_id: str | None = None, unit_id: str | None = None, pass_id: str | None = None
    ) -> ReceiptForm | None:
        if not self.session.can(Permission.TAKE_PAYMENTS):
            return None
        self.tabs.setCurrentIndex(0)
        form = ReceiptForm(self.session, self, filing_id=filing_id, unit_id=unit_id, pass_id=pass_id)
        form.saved.connect(self._issued)
        form.printer.message.connect(self._show_message)  # "Save and print" prints after the form closed
        self.receipt_form = form
        form.open()
        return form

    def _issued(self, receipt: ReceiptDTO) -> None:
        self._show_message(
            self.tr("{number} issued: {payer}.").format(number=receipt.number, payer=receipt.payer_name)
        )
        self.list.show_today()
        self.list.reload(select_id=receipt.id)
        self.list.table.setFocus()

    def print_receipt(self) -> None:
        receipt = self.current()
        if receipt is not None:
            self.printer.print_receipt(receipt.id)

    def preview_receipt(self) -> None:
        receipt = self.current()
        if receipt is not None:
            self.printer.preview(receipt.id)

    def void_receipt(self) -> VoidDialog | None:
        receipt = self.current()
        if receipt is None or not self.session.can(Permission.VOID_RECEIPTS) or receipt.is_void:
            return None
        dialog = VoidDialog(self.session, receipt, self)
        dialog.saved.connect(
            lambda r: self._show_message(self.tr("{number} is void.").format(number=r.number))
        )
        self.void_dialog = dialog
        dialog.open()
        return dialog

    def refund_deposit(self) -> QWidget | None:
        receipt = self.current()
        if receipt is None or not self.session.can(Permission.REFUND_DEPOSITS) or not receipt.deposit_fen:
            return None
        # The refunds screen belongs to its own feature; imported when first needed.
        from desk_app.forms.money.refund_dialog import RefundDialog

        dialog = RefundDialog(self.session, self, receipt_number=receipt.number)
        self.refund_dialog = dialog
        dialog.open()
        return dialog

    def _show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ------------------------------------------------------------------------------------------ opening

    def show_receipt(self, receipt_id: str) -> None:
        """Open one receipt (from the global search): its day in the list, whatever the filters were."""
        from desk_app.services.money.receipt_views import get_receipt

        self.session.call(lambda ctx: get_receipt(ctx, receipt_id), self._show_receipt, parent=self)

    def _show_receipt(self, receipt: ReceiptDTO) -> None:
        self.tabs.setCurrentIndex(0)
        lst = self.list
        local = receipt.issued_at.astimezone(self.session.ctx.timezone).date()
        day = QDate(local.year, local.month, local.day)
        for widget in (lst.date_from, lst.date_to, lst.method, lst.status, lst.search):
            widget.blockSignals(True)
        lst.date_from.setDate(day)
        lst.date_to.setDate(day)
        lst.method.setCurrentIndex(0)
        lst.status.setCurrentIndex(0)
        lst.search.clear()
        for widget in (lst.date_from, lst.date_to, lst.method, lst.status, lst.search):
            widget.blockSignals(False)
        lst.reload(select_id=receipt.id)
        lst.table.setFocus()

    def show_refund(self, refund_id: str) -> None:
        """Open one refund on the Refunds tab (from the global search)."""
        from desk_app.services.money.refunds import get_refund

        def arrived(refund: Any) -> None:
            self.tabs.setCurrentWidget(self.refunds)
            self.refunds.show_refund(refund)

        self.session.call(lambda ctx: get_refund(ctx, refund_id), arrived, parent=self)

    def show_day_close(self, close_id: str) -> None:
        """Open the Day-close tab with one past close chosen in its list (from the global search)."""
        from desk_app.services.money import day_close

        def arrived(closes: list[Any]) -> None:
            view = self.day_close
            view.closes_model.set_rows(closes)
            row = view.closes_model.find(lambda c: c.id == close_id)
            if row >= 0:
                view.closes.selectRow(row)
                view.closes.setFocus()

        self.tabs.setCurrentWidget(self.day_close)  # refreshes the open shift too
        self.session.call(day_close.list_closes, arrived, parent=self)
