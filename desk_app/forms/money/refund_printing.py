"""Printing a refund voucher (退款凭证): Ctrl+P to the saved printer, Print… with the dialog, Preview.

The PDF is rendered on the database thread with this desk's printer profile; the pages go to the printer on
the GUI thread (``ui.printing.print_pdf``); then ``refunds.record_print`` counts the print so a later copy
says 补打. With no printer set up, the clerk is told so and the preview opens (it prints with the dialog).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desk_app.domain.errors import DomainError
from desk_app.services.context import ServiceContext
from desk_app.services.money import refunds
from desk_app.services.money.refund_printouts import RefundPdf, refund_pdf
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.ui import printing
from desk_app.ui.errors import error_text, show_error
from desk_app.ui.session import AppSession


@dataclass(frozen=True)
class PreparedRefund:
    refund_id: str
    profile: ProfileDTO
    voucher: RefundPdf


def prepare(ctx: ServiceContext, refund_id: str) -> PreparedRefund:
    profile = get_profile(ctx, refunds.DOC_TYPE)
    return PreparedRefund(refund_id, profile, refund_pdf(ctx, refund_id, profile=profile))


class RefundPrinter(QObject):
    """``widget`` is where messages and dialogs appear; ``message`` gives a line for its status label."""

    printed = Signal(str, str)  # number, printer name
    message = Signal(str)

    def __init__(self, session: AppSession, widget: QWidget | None) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self.preview_dialog: printing.PreviewDialog | None = None

    def print_refund(self, refund_id: str, ask: bool = False) -> None:
        self.session.call(
            lambda ctx: prepare(ctx, refund_id), lambda p: self._send(p, ask), parent=self.widget
        )

    def preview(self, refund_id: str) -> None:
        self.session.call(lambda ctx: prepare(ctx, refund_id), self._show_preview, parent=self.widget)

    def _send(self, prepared: PreparedRefund, ask: bool, from_preview: bool = False) -> None:
        voucher = prepared.voucher
        try:
            printer = printing.print_pdf(voucher.pdf, prepared.profile, voucher.paper_key, self.widget, ask)
        except DomainError as exc:
            if exc.code != "printing.no_printer":
                show_error(self.widget, exc)
            elif from_preview:
                self._send(prepared, ask=True)  # "Print" in the preview with no saved printer: choose one
            else:
                self.message.emit(error_text(exc))
                self._show_preview(prepared)
            return
        if printer is None:
            return  # the clerk cancelled the print dialog
        self.session.call(
            lambda ctx: refunds.record_print(
                ctx,
                prepared.refund_id,
                paper_key=voucher.paper_key,
                mode=voucher.mode,
                copies=voucher.copies,
                target=printer,
            ),
            lambda _count: self._recorded(voucher, printer),
            parent=self.widget,
        )

    def _recorded(self, voucher: RefundPdf, printer: str) -> None:
        if voucher.reprint_no:
            text = self.tr("Reprint no. {n} of {number} sent to {printer}.").format(
                n=voucher.reprint_no, number=voucher.number, printer=printer
            )
        else:
            text = self.tr("{number} sent to {printer} ({copies} copies).").format(
                number=voucher.number, printer=printer, copies=voucher.copies
            )
        self.message.emit(text)
        self.printed.emit(voucher.number, printer)

    def _show_preview(self, prepared: PreparedRefund) -> None:
        title = self.tr("Refund voucher {number}").format(number=prepared.voucher.number)
        self.preview_dialog = printing.open_preview(
            prepared.voucher.pdf,
            title,
            self.widget,
            lambda ask: self._send(prepared, ask=ask, from_preview=True),
        )
