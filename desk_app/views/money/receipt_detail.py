"""One receipt in detail (number, status, payer, lines, history) and the receipt printer.

``ReceiptPrinter`` renders the PDF on the database thread with this desk's "receipt" printer profile, sends
it to the saved printer (Ctrl+P) or through the print dialog, then records the print — which counts
reprints, so the next copy says 补打 (第 n 次). With no printer set up it offers the preview instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.services.context import ServiceContext
from desk_app.services.money import printouts, receipts
from desk_app.services.money.printouts import ReceiptPdf
from desk_app.services.money.receipts import ReceiptDTO
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.ui import printing
from desk_app.ui.errors import show_error
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import DetailGrid, make_table, title_label
from desk_app.views.money.labels import STATUS_COLORS, event_label, method_label, status_label, words, yuan


@dataclass(frozen=True)
class PreparedReceipt:
    receipt_id: str
    profile: ProfileDTO
    receipt: ReceiptPdf


def prepare(ctx: ServiceContext, receipt_id: str) -> PreparedReceipt:
    profile = get_profile(ctx, receipts.DOC_TYPE)
    return PreparedReceipt(receipt_id, profile, printouts.receipt_pdf(ctx, receipt_id, profile=profile))


class ReceiptPrinter(QObject):
    """One per screen that prints receipts; ``widget`` is where messages and dialogs appear."""

    printed = Signal(str, str)  # number, printer name
    message = Signal(str)

    def __init__(self, session: AppSession, widget: QWidget | None) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self.offer_box: QMessageBox | None = None
        self.preview_dialog: printing.PreviewDialog | None = None

    def print_receipt(self, receipt_id: str, ask: bool = False) -> None:
        self.session.call(
            lambda ctx: prepare(ctx, receipt_id), lambda p: self._send(p, ask), parent=self.widget
        )

    def preview(self, receipt_id: str) -> None:
        self.session.call(lambda ctx: prepare(ctx, receipt_id), self._show_preview, parent=self.widget)

    def _send(self, prepared: PreparedReceipt, ask: bool) -> None:
        r = prepared.receipt
        try:
            printer = printing.print_pdf(r.pdf, prepared.profile, r.paper_key, self.widget, ask)
        except DomainError as exc:
            if exc.code == "printing.no_printer":
                self._offer_preview(prepared, exc)
            else:
                show_error(self.widget, exc)
            return
        if printer is None:
            return  # the clerk cancelled the print dialog
        self.session.call(
            lambda ctx: receipts.record_print(
                ctx, prepared.receipt_id, target=printer, paper_key=r.paper_key, mode=r.mode, copies=r.copies
            ),
            lambda _result: self._recorded(r, printer),
            parent=self.widget,
        )

    def _recorded(self, r: ReceiptPdf, printer: str) -> None:
        if r.reprint_no:
            text = self.tr("Reprint no. {n} of {number} sent to {printer}.").format(
                n=r.reprint_no, number=r.number, printer=printer
            )
        else:
            text = self.tr("{number} sent to {printer} ({copies} copies).").format(
                number=r.number, printer=printer, copies=r.copies
            )
        self.message.emit(text)
        self.printed.emit(r.number, printer)

    def _offer_preview(self, prepared: PreparedReceipt, exc: DomainError) -> None:
        self.offer_box = printing.offer_preview(self.widget, exc, lambda: self._show_preview(prepared))

    def _show_preview(self, prepared: PreparedReceipt) -> None:
        title = self.tr("Receipt {number}").format(number=prepared.receipt.number)
        self.preview_dialog = printing.open_preview(
            prepared.receipt.pdf, title, self.widget, lambda ask: self._send(prepared, ask=ask)
        )


class ReceiptDetailPane(QWidget):
    """The chosen receipt: header with status, the facts, its lines and its history."""

    loaded = Signal(object)  # ReceiptDTO

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.receipt: ReceiptDTO | None = None
        self._seq = 0
        self.title = title_label()
        self.status_chip = PlainLabel()
        self.flags = PlainLabel()
        self.flags.setStyleSheet("color: #c62828; font-weight: bold;")
        self.flags.setWordWrap(True)
        # One column (each value as wide as the pane): it sits beside the list on a 1366-pixel screen.
        self.fields = DetailGrid(1)
        self.fields.add("issued_at", self.tr("Date:"), full_row=True)
        self.fields.add("payer", self.tr("Payer:"), full_row=True)
        self.fields.add("unit", self.tr("Unit:"), full_row=True)
        self.fields.add("total", self.tr("Amount:"), full_row=True)
        self.fields.add("words", self.tr("In words:"), full_row=True)
        self.fields.add("method", self.tr("Method:"), full_row=True)
        self.fields.add("reason", self.tr("Reason:"), full_row=True)
        self.fields.add("clerk", self.tr("Received by:"), full_row=True)
        self.fields.add("condition", self.tr("Refund condition:"), full_row=True)
        self.fields.add("void", self.tr("Void:"), full_row=True)
        tz = session.ctx.timezone
        self.lines_model = RowTableModel(
            [
                Column(self.tr("Item"), lambda x: x.name),
                Column(self.tr("Amount"), lambda x: yuan(x.amount_fen), align_right=True),
            ],
            self,
        )
        self.lines: QTableView = make_table()
        self.lines.setModel(self.lines_model)
        self.lines.setMaximumHeight(self.lines.fontMetrics().height() * 7 + 16)
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.events_model = RowTableModel(
            [
                Column(self.tr("When"), lambda e: e.at.astimezone(tz).strftime("%Y-%m-%d %H:%M")),
                Column(self.tr("What"), lambda e: event_label(e.kind)),
                Column(self.tr("Who"), lambda e: e.by_name),
                Column(self.tr("Note"), lambda e: e.note, tooltip=lambda e: e.note),
            ],
            self,
        )
        self.events: QTableView = make_table()
        self.events.setModel(self.events_model)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(6)
        header = QWidget()
        row = QVBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        top = QWidget()
        line = QHBoxLayout(top)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.title)
        line.addWidget(self.status_chip)
        line.addStretch(1)
        row.addWidget(top)
        row.addWidget(self.flags)
        column.addWidget(header)
        column.addWidget(self.fields)
        column.addWidget(self._section(self.tr("Lines")))
        column.addWidget(self.lines)
        column.addWidget(self._section(self.tr("History")))
        column.addWidget(self.events, 1)

        self.empty = PlainLabel(self.tr("Choose a receipt, or press Ctrl+N to take a payment."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909c;")
        scroll = QScrollArea()  # a narrow pane scrolls instead of widening the page
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @staticmethod
    def _section(text: str) -> PlainLabel:
        label = PlainLabel(text)
        label.setStyleSheet("font-weight: bold; color: #37474f; padding-top: 4px;")
        return label

    def load(self, receipt_id: str | None) -> None:
        self._seq += 1
        seq = self._seq
        if receipt_id is None:
            self.receipt = None
            self.stack.setCurrentWidget(self.empty)
            self.loaded.emit(None)
            return
        self.session.call(
            lambda ctx: receipts.get_receipt(ctx, receipt_id), lambda r: self._arrived(seq, r), parent=self
        )

    def reload(self) -> None:
        self.load(self.receipt.id if self.receipt else None)

    def _arrived(self, seq: int, r: ReceiptDTO) -> None:
        if seq != self._seq:
            return
        self.receipt = r
        tz = self.session.ctx.timezone
        self.title.setText(r.number)
        self.status_chip.setText(status_label(r.status))
        color = STATUS_COLORS.get(r.status, "#607d8b")
        self.status_chip.setStyleSheet(
            f"color: white; background: {color}; border-radius: 3px; padding: 2px 8px;"
        )
        flags = []
        if r.refunded_fen:
            flags.append(self.tr("Refunded: {amount}").format(amount=yuan(r.refunded_fen)))
        if r.day_close_id:
            flags.append(self.tr("Closed in a day-close (locked)"))
        self.flags.setText("    ".join(flags))
        self.flags.setVisible(bool(flags))
        self.fields.set("issued_at", r.issued_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"))
        method = method_label(r.method) + (f"（{r.reference}）" if r.reference else "")
        self.fields.set("method", method)
        self.fields.set("payer", r.payer_name)
        self.fields.set("unit", r.unit_code or "—")
        total = yuan(r.total_fen)
        if r.deposit_fen:
            total += "    " + self.tr("of which deposit {amount}").format(amount=yuan(r.deposit_fen))
        self.fields.set("total", total)
        prints = (
            self.tr("printed {n}×").format(n=r.print_count) if r.print_count else self.tr("not printed yet")
        )
        self.fields.set("clerk", f"{r.clerk_name}    {prints}")
        self.fields.set("words", words(r.total_fen))
        self.fields.set("reason", r.reason)
        self.fields.set("condition", r.refund_condition)
        self.fields.set_visible("condition", bool(r.refund_condition))
        if r.is_void:
            when = r.voided_at.astimezone(tz).strftime("%Y-%m-%d %H:%M") if r.voided_at else ""
            self.fields.set("void", f"{when} {r.voided_by_name}：{r.void_reason}")
        self.fields.set_visible("void", r.is_void)
        self.lines_model.set_rows(r.lines)
        self.events_model.set_rows(r.events)
        self.events.resizeColumnsToContents()
        self.stack.setCurrentIndex(1)
        self.loaded.emit(r)
