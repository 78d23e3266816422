"""Printing a work-order slip from any screen: Ctrl+P to the saved printer, Print… with the dialog, Preview.

The PDF is rendered on the database thread (``slip.render_slip`` with this desk's printer profile); the pages
go to the printer on the GUI thread (``ui.printing.print_pdf``); then ``slip.record_print`` logs the print
with the printer's name, which counts reprints (the next copy says 补打) and, for a registered order, records
the dispatch. With no printer set up the clerk is told so and offered the preview instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.domain.errors import DomainError
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.services.work_orders import slip as slip_service
from desk_app.services.work_orders.slip import SlipPdf
from desk_app.ui import printing
from desk_app.ui.errors import show_error
from desk_app.ui.session import AppSession


@dataclass(frozen=True)
class PreparedSlip:
    order_id: str
    profile: ProfileDTO
    slip: SlipPdf


def prepare(ctx: ServiceContext, order_id: str) -> PreparedSlip:
    profile = get_profile(ctx, slip_service.DOC_TYPE)
    return PreparedSlip(order_id, profile, slip_service.render_slip(ctx, order_id, profile))


class SlipPrinter(QObject):
    """One per screen that prints slips; ``widget`` is where messages and dialogs appear."""

    printed = Signal(str, str)  # number, printer name
    message = Signal(str)  # a line for the screen's status label

    def __init__(self, session: AppSession, widget: QWidget | None) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self.offer_box: QMessageBox | None = None  # "no printer: preview instead?" (tests click it)
        self.preview_dialog: printing.PreviewDialog | None = None

    def print_slip(self, order_id: str, ask: bool = False) -> None:
        """Ctrl+P (``ask`` False: saved printer, no dialog) or Print… (``ask`` True: the print dialog)."""
        self.session.call(
            lambda ctx: prepare(ctx, order_id), lambda p: self._send(p, ask), parent=self.widget
        )

    def preview(self, order_id: str) -> None:
        self.session.call(lambda ctx: prepare(ctx, order_id), self._show_preview, parent=self.widget)

    # ------------------------------------------------------------------------------------------ steps

    def _send(self, prepared: PreparedSlip, ask: bool) -> None:
        slip = prepared.slip
        try:
            printer = printing.print_pdf(slip.pdf, prepared.profile, slip.paper_key, self.widget, ask)
        except DomainError as exc:
            if exc.code == "printing.no_printer":
                self._offer_preview(prepared, exc)
            else:
                show_error(self.widget, exc)
            return
        if printer is None:
            return  # the clerk cancelled the print dialog
        self.session.call(
            lambda ctx: slip_service.record_print(ctx, prepared.order_id, slip, printer),
            lambda _result: self._recorded(slip, printer),
            parent=self.widget,
        )

    def _recorded(self, slip: SlipPdf, printer: str) -> None:
        if slip.reprint_no:
            text = self.tr("Reprint no. {n} of {number} sent to {printer}.").format(
                n=slip.reprint_no, number=slip.number, printer=printer
            )
        else:
            text = self.tr("{number} sent to {printer} ({copies} copies).").format(
                number=slip.number, printer=printer, copies=slip.copies
            )
        self.message.emit(text)
        self.printed.emit(slip.number, printer)

    def _offer_preview(self, prepared: PreparedSlip, exc: DomainError) -> None:
        self.offer_box = printing.offer_preview(self.widget, exc, lambda: self._show_preview(prepared))

    def _show_preview(self, prepared: PreparedSlip) -> None:
        title = self.tr("Slip {number}").format(number=prepared.slip.number)
        self.preview_dialog = printing.open_preview(
            prepared.slip.pdf, title, self.widget, lambda ask: self._send(prepared, ask=ask)
        )
