"""Printing a filing's papers: render on the DB thread, show the preview, print, record the PRINTED event.

The agreement (three labelled copies), the permit (original / 办理出入证专用 copy / door copy) and the archive
cover all go through the preview: they are printed once or twice per filing, so the clerk looks first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QWidget

from desk_app.domain.errors import DomainError
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.services.renovation import printouts
from desk_app.ui import printing
from desk_app.ui.errors import show_error
from desk_app.ui.session import AppSession

PROFILE = "renovation_papers"


@dataclass(frozen=True)
class Prepared:
    document: str
    copy: str
    paper: str
    pdf: bytes
    profile: ProfileDTO


class FilingPrinter(QObject):
    message = Signal(str)

    def __init__(self, session: AppSession, widget: QWidget) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self.filing_id: str | None = None
        self.number = ""
        self.permit_paper = "a4"
        self.preview_dialog: printing.PreviewDialog | None = None

    def menu(self) -> QMenu:
        menu = QMenu(self.widget)
        menu.addAction(self.tr("Agreement (3 copies)…"), lambda: self.preview("agreement"))
        menu.addSeparator()
        menu.addAction(self.tr("Permit: original for the owner…"), lambda: self.preview("permit", "original"))
        menu.addAction(
            self.tr("Permit: copy for passes (办理出入证专用)…"),
            lambda: self.preview("permit", "pass-office"),
        )
        menu.addAction(self.tr("Permit: door copy…"), lambda: self.preview("permit", "door"))
        a5 = menu.addAction(self.tr("Permits on A5 paper"))
        a5.setCheckable(True)
        a5.toggled.connect(lambda on: setattr(self, "permit_paper", "a5" if on else "a4"))
        menu.addSeparator()
        menu.addAction(self.tr("Archive cover sheet…"), lambda: self.preview("cover"))
        return menu

    def _render(self, document: str, copy: str) -> Callable[[ServiceContext], Prepared]:
        filing_id, paper = self.filing_id or "", self.permit_paper

        def render(ctx: ServiceContext) -> Prepared:
            if document == "agreement":
                pdf = printouts.agreement_pdf(ctx, filing_id)
            elif document == "cover":
                pdf = printouts.cover_sheet_pdf(ctx, filing_id)
            else:
                pdf = printouts.permit_pdf(ctx, filing_id, copy, paper)  # type: ignore[arg-type]
            return Prepared(
                document, copy, paper if document == "permit" else "a4", pdf, get_profile(ctx, PROFILE)
            )

        return render

    def preview(self, document: str, copy: str = "") -> None:
        if self.filing_id is None:
            return
        self.session.call(self._render(document, copy), self._show, parent=self.widget)

    def _show(self, prepared: Prepared) -> None:
        title = f"{self.number} — {self._title(prepared.document)}"
        dialog = printing.PreviewDialog(prepared.pdf, title, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print(prepared, dialog.choice))
        self.preview_dialog = dialog
        dialog.open()

    def _title(self, document: str) -> str:
        return {
            "agreement": self.tr("Agreement"),
            "permit": self.tr("Permit"),
            "cover": self.tr("Archive cover sheet"),
        }.get(document, document)

    def _print(self, p: Prepared, choice: str | None) -> None:
        if choice is None or self.filing_id is None:
            return
        filing_id, document, copy = self.filing_id, p.document, p.copy
        try:
            printer = printing.print_pdf(p.pdf, p.profile, p.paper, self.widget, ask=choice == "dialog")
        except DomainError as exc:
            show_error(self.widget, exc)
            return
        if printer is None:
            return
        self.session.call(
            lambda ctx: printouts.record_print(ctx, filing_id, document, copy, printer),  # type: ignore[arg-type]
            lambda _r: self.message.emit(self.tr("Sent to {printer}.").format(printer=printer)),
            parent=self.widget,
        )
