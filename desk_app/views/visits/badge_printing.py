"""The visitor badge (CR80): rendered on the database thread, previewed, then printed on the saved printer
(Print) or through the print dialog (Print…)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desk_app.domain.errors import DomainError
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.services.visits.badge import DOC_TYPE, BadgePdf, record_print, render_badge
from desk_app.ui import printing
from desk_app.ui.errors import show_error
from desk_app.ui.session import AppSession

PAPER = "cr80"


@dataclass(frozen=True)
class PreparedBadge:
    visit_id: str
    badge: BadgePdf
    profile: ProfileDTO


def prepare(ctx: ServiceContext, visit_id: str) -> PreparedBadge:
    return PreparedBadge(visit_id, render_badge(ctx, visit_id), get_profile(ctx, DOC_TYPE))


class BadgePrinter(QObject):
    message = Signal(str)

    def __init__(self, session: AppSession, widget: QWidget) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self.preview_dialog: printing.PreviewDialog | None = None

    def preview(self, visit_id: str) -> None:
        self.session.call(lambda ctx: prepare(ctx, visit_id), self._show_preview, parent=self.widget)

    def _show_preview(self, prepared: PreparedBadge) -> None:
        title = self.tr("Visitor badge {number}").format(number=prepared.badge.number)
        dialog = printing.PreviewDialog(prepared.badge.pdf, title, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._send(prepared, dialog.choice))
        self.preview_dialog = dialog
        dialog.open()

    def _send(self, prepared: PreparedBadge, choice: str | None) -> None:
        if choice not in ("print", "dialog"):
            return
        try:
            printer = printing.print_pdf(
                prepared.badge.pdf, prepared.profile, PAPER, self.widget, ask=choice == "dialog"
            )
        except DomainError as exc:
            show_error(self.widget, exc)
            return
        if printer is None:
            return  # the clerk cancelled the print dialog
        badge = prepared.badge
        self.session.call(
            lambda ctx: record_print(ctx, prepared.visit_id, badge, printer),
            lambda _result: self.message.emit(
                self.tr("Badge {number} sent to {printer}.").format(number=badge.number, printer=printer)
            ),
            parent=self.widget,
        )
