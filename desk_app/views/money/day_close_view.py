"""The day-close tab (日结): this desk's open shift by payment method, the cash that should be in the drawer,
closing the shift, and the past closes with their handover sheets (日结交接单)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from desk_app.domain.errors import DomainError
from desk_app.domain.receipts import MethodTotals
from desk_app.forms.money.day_close_dialog import DayCloseDialog
from desk_app.services.context import ServiceContext
from desk_app.services.money import day_close, printouts
from desk_app.services.money.day_close import DayCloseDTO, ShiftDTO
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.ui import printing
from desk_app.ui.errors import show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import ERROR_COLOR, Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import make_table
from desk_app.views.money.labels import method_label, yuan

DOC_TYPE = "day_close"
PAPER = "a4"
KINDS = frozenset({"receipt", "refund", "day_close"})


@dataclass(frozen=True)
class MethodRow:
    label: str
    totals: MethodTotals
    bold: bool = False


@dataclass(frozen=True)
class SheetPdf:
    title: str
    pdf: bytes
    profile: ProfileDTO


def _bold(row: MethodRow) -> QColor | None:
    return QColor("#eceff1") if row.bold else None


class DayCloseView(QWidget):
    message = Signal(str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.shift: ShiftDTO | None = None
        self.dialog: DayCloseDialog | None = None
        self.preview_dialog: printing.PreviewDialog | None = None
        tz = session.ctx.timezone

        self.heading = PlainLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px; padding: 4px 0;")
        self.method_model = RowTableModel(
            [
                Column(self.tr("Method"), lambda r: r.label, background=_bold),
                Column(self.tr("Count"), lambda r: str(r.totals.count), background=_bold, align_right=True),
                Column(
                    self.tr("Received"),
                    lambda r: yuan(r.totals.received_fen),
                    background=_bold,
                    align_right=True,
                ),
                Column(
                    self.tr("Refunded"),
                    lambda r: yuan(r.totals.refunded_fen),
                    background=_bold,
                    align_right=True,
                ),
                Column(self.tr("Net"), lambda r: yuan(r.totals.net_fen), background=_bold, align_right=True),
            ],
            self,
        )
        self.methods: QTableView = make_table()
        self.methods.setModel(self.method_model)
        row_h = self.methods.fontMetrics().height() + 10
        self.methods.verticalHeader().setDefaultSectionSize(row_h)
        self.methods.horizontalHeader().setStretchLastSection(False)
        # Five methods and the total, all visible: no scrolling for the figures the clerk counts.
        self.methods.setFixedHeight(row_h * 7 + 8)
        self.methods.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.methods.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.methods.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.counts = PlainLabel()
        self.cash = PlainLabel()
        big = self.cash.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.cash.setFont(big)
        self.cash.setStyleSheet("color: #b71c1c;")
        self.close_button = QPushButton(icon("close"), self.tr("&Close the shift…"))
        self.close_button.setToolTip(self.tr("日结: lock this shift's money and hand over the desk"))
        self.draft_button = QPushButton(icon("preview"), self.tr("&Draft sheet"))
        self.draft_button.setToolTip(self.tr("The handover sheet of the open shift, to check before closing"))
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        for button in (self.close_button, self.draft_button, self.refresh_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        self.counts.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.counts)
        side.addWidget(self.cash)
        side.addSpacing(8)
        side.addLayout(buttons)
        side.addStretch(1)
        shift_row = QHBoxLayout()
        shift_row.addWidget(self.methods)
        shift_row.addSpacing(16)
        shift_row.addLayout(side, 1)

        self.closes_model = RowTableModel(
            [
                Column(self.tr("Number"), lambda c: c.number),
                Column(self.tr("Closed at"), lambda c: c.period_to.astimezone(tz).strftime("%Y-%m-%d %H:%M")),
                Column(self.tr("Clerk"), lambda c: c.clerk_name),
                Column(self.tr("Handed to"), lambda c: c.handed_to_name),
                Column(self.tr("Receipts"), lambda c: str(c.receipt_count), align_right=True),
                Column(self.tr("Net"), lambda c: yuan(c.net_fen), align_right=True),
                Column(self.tr("Cash expected"), lambda c: yuan(c.cash_expected_fen), align_right=True),
                Column(self.tr("Counted"), lambda c: yuan(c.cash_counted_fen), align_right=True),
                Column(self.tr("Difference"), lambda c: yuan(c.difference_fen), align_right=True),
            ],
            self,
            color=lambda c: ERROR_COLOR if c.difference_fen else None,
        )
        self.closes: QTableView = make_table()
        self.closes.setModel(self.closes_model)
        self.closes.horizontalHeader().setStretchLastSection(False)
        self.closes.activated.connect(lambda _i: self.print_close())
        self.print_close_button = QPushButton(icon("print"), self.tr("&Print handover sheet…"))
        self.print_close_button.setAutoDefault(False)
        past = QHBoxLayout()
        title = PlainLabel(self.tr("Past closes of this desk"))
        title.setStyleSheet("font-weight: bold; color: #37474f; padding-top: 8px;")
        past.addWidget(title, 1)
        past.addWidget(self.print_close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.heading)
        layout.addLayout(shift_row)
        layout.addLayout(past)
        layout.addWidget(self.closes, 1)

        self.close_button.clicked.connect(self.close_shift)
        self.draft_button.clicked.connect(self.print_draft)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_close_button.clicked.connect(self.print_close)
        session.changed.connect(lambda kinds: self.refresh() if kinds & KINDS else None)

    # ------------------------------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self.session.call(day_close.current_shift, self._shift_arrived, parent=self)
        self.session.call(day_close.list_closes, self.closes_model.set_rows, parent=self)

    def _shift_arrived(self, shift: ShiftDTO) -> None:
        self.shift = shift
        tz = self.session.ctx.timezone
        since = (
            shift.period_from.astimezone(tz).strftime("%Y-%m-%d %H:%M")
            if shift.period_from
            else self.tr("the first receipt")
        )
        self.heading.setText(
            self.tr("Open shift of {desk} since {since}").format(desk=shift.desk_name, since=since)
        )
        s = shift.summary
        rows = [MethodRow(method_label(m), t) for m, t in s.by_method.items()]
        rows.append(
            MethodRow(
                self.tr("Total"), MethodTotals(s.receipts + s.refunds, s.received_fen, s.refunded_fen), True
            )
        )
        self.method_model.set_rows(rows)
        self.counts.setText(
            self.tr(
                "Receipts {receipts} · refunds {refunds} · voided {voids} · opening float {float}"
            ).format(receipts=s.receipts, refunds=s.refunds, voids=s.voids, float=yuan(s.opening_float_fen))
        )
        self.cash.setText(
            self.tr("Cash that should be in the drawer: {amount}").format(amount=yuan(s.cash_expected_fen))
        )

    # ------------------------------------------------------------------------------------------ actions

    def close_shift(self) -> DayCloseDialog | None:
        if self.shift is None:
            return None
        dialog = DayCloseDialog(self.session, self.shift, self)
        dialog.saved.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, close: DayCloseDTO) -> None:
        self.message.emit(
            self.tr("{number} closed: the shift's money is locked.").format(number=close.number)
        )
        self._preview(lambda ctx: printouts.day_close_pdf(ctx, close.id), close.number)

    def current_close(self) -> DayCloseDTO | None:
        found: DayCloseDTO | None = self.closes_model.row_at(self.closes.currentIndex().row())
        return found

    def print_close(self) -> None:
        close = self.current_close()
        if close is not None:
            close_id = close.id
            self._preview(lambda ctx: printouts.day_close_pdf(ctx, close_id), close.number)

    def print_draft(self) -> None:
        self._preview(printouts.shift_pdf, self.tr("draft"))

    def _preview(self, render: object, title: str) -> None:
        def prepare(ctx: ServiceContext) -> SheetPdf:
            pdf: bytes = render(ctx)  # type: ignore[operator]
            return SheetPdf(title, pdf, get_profile(ctx, DOC_TYPE))

        self.session.call(prepare, self._show_preview, parent=self)

    def _show_preview(self, sheet: SheetPdf) -> None:
        dialog = printing.PreviewDialog(
            sheet.pdf, self.tr("Handover sheet {number}").format(number=sheet.title), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._send(sheet, dialog.choice))
        self.preview_dialog = dialog
        dialog.open()

    def _send(self, sheet: SheetPdf, choice: str | None) -> None:
        if choice not in ("print", "dialog"):
            return
        try:
            printer = printing.print_pdf(sheet.pdf, sheet.profile, PAPER, self, ask=choice == "dialog")
        except DomainError as exc:
            show_error(self, exc)
            return
        if printer:
            self.message.emit(self.tr("Handover sheet sent to {printer}.").format(printer=printer))
