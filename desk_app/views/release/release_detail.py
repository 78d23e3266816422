"""One release slip: applicant, unit, items, the warnings the desk acknowledged, the gate's confirmation and
the history; Print / Reprint, Preview, Gate confirmed…, Void… (supervisors).

Printing follows the work-order slip: the PDF is rendered on the database thread with this desk's printer
profile, sent to the saved printer (or the print dialog), then ``slips.record_print`` counts it so the next
copy says 补打. With no printer set up the clerk is offered the preview.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desk_app.domain.errors import DomainError
from desk_app.domain.release import ReleaseStatus
from desk_app.domain.roles import Permission
from desk_app.forms.release.confirm_dialog import GuardConfirmDialog, VoidReleaseDialog
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.services.release import printouts, slips
from desk_app.services.release.printouts import ReleasePdf
from desk_app.services.release.slips import EventKind, ReleaseDTO, ReleaseEventView
from desk_app.ui import printing
from desk_app.ui.errors import show_error
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column
from desk_app.views.archive.card_parts import DetailGrid
from desk_app.views.labels import relation_label
from desk_app.views.record_detail import RecordDetailPane, StepSpec
from desk_app.views.release.labels import STATUS_COLORS, event_label, status_label, warning_text
from desk_app.views.work_orders.common import DASH, local_time

WARNING_STYLE = "color: #c62828; font-weight: bold;"


@dataclass(frozen=True)
class DetailData:
    detail: ReleaseDTO
    events: list[ReleaseEventView]


def load_detail(ctx: ServiceContext, release_id: str) -> DetailData:
    return DetailData(slips.get_release(ctx, release_id), slips.history(ctx, release_id))


def event_summary(event: ReleaseEventView, tz: object) -> str:
    d = event.detail
    if event.kind == EventKind.CONFIRMED:
        return str(d.get("guard", ""))
    if event.kind == EventKind.VOIDED:
        return str(d.get("reason", ""))
    if event.kind == EventKind.PRINTED:
        n = int(d.get("reprint_no", 0) or 0)
        target = str(d.get("target", ""))
        return f"补打 {n}  {target}".strip() if n else target
    return ""


# ---------------------------------------------------------------------------------------------- printing


@dataclass(frozen=True)
class PreparedRelease:
    release_id: str
    profile: ProfileDTO
    pdf: ReleasePdf


def prepare(ctx: ServiceContext, release_id: str) -> PreparedRelease:
    return PreparedRelease(
        release_id, get_profile(ctx, slips.DOC_TYPE), printouts.release_pdf(ctx, release_id)
    )


class ReleasePrinter(QObject):
    """Ctrl+P to the saved printer, Print… with the dialog, Preview; every print recorded."""

    message = Signal(str)

    def __init__(self, session: AppSession, widget: QWidget) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self.offer_box: QMessageBox | None = None
        self.preview_dialog: printing.PreviewDialog | None = None

    def print_release(self, release_id: str, ask: bool = False) -> None:
        self.session.call(
            lambda ctx: prepare(ctx, release_id), lambda p: self._send(p, ask), parent=self.widget
        )

    def preview(self, release_id: str) -> None:
        self.session.call(lambda ctx: prepare(ctx, release_id), self._show_preview, parent=self.widget)

    def _send(self, prepared: PreparedRelease, ask: bool) -> None:
        out = prepared.pdf
        try:
            printer = printing.print_pdf(out.pdf, prepared.profile, out.paper_key, self.widget, ask)
        except DomainError as exc:
            if exc.code == "printing.no_printer":
                self._offer_preview(prepared, exc)
            else:
                show_error(self.widget, exc)
            return
        if printer is None:
            return  # the clerk cancelled the print dialog
        self.session.call(
            lambda ctx: slips.record_print(ctx, prepared.release_id, printer, out.paper_key, out.copies),
            lambda _result: self._recorded(out, printer),
            parent=self.widget,
        )

    def _recorded(self, out: ReleasePdf, printer: str) -> None:
        if out.reprint_no:
            text = self.tr("Reprint no. {n} of {number} sent to {printer}.").format(
                n=out.reprint_no, number=out.number, printer=printer
            )
        else:
            text = self.tr("{number} sent to {printer} ({copies} copies).").format(
                number=out.number, printer=printer, copies=out.copies
            )
        self.message.emit(text)

    def _offer_preview(self, prepared: PreparedRelease, exc: DomainError) -> None:
        self.offer_box = printing.offer_preview(self.widget, exc, lambda: self._show_preview(prepared))

    def _show_preview(self, prepared: PreparedRelease) -> None:
        title = self.tr("Release slip {number}").format(number=prepared.pdf.number)
        self.preview_dialog = printing.open_preview(
            prepared.pdf.pdf, title, self.widget, lambda ask: self._send(prepared, ask=ask)
        )


# ---------------------------------------------------------------------------------------------- the pane


class ReleaseDetailView(RecordDetailPane):
    NEXT_STEP_ORDER = (EventKind.CONFIRMED,)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.release_id: str | None = None
        self.detail: ReleaseDTO | None = None
        self.data: DetailData | None = None
        self.last_dialog: GuardConfirmDialog | VoidReleaseDialog | None = None
        self.printer = ReleasePrinter(session, self)
        self.printer.message.connect(self.message)

        self.print_button = self._button("print", self.tr("Print"), self.print_release)
        self.print_button.setToolTip(self.tr("Print both copies (存根 / 门岗) on the saved printer (Ctrl+P)"))
        self.dialog_button = self._button(
            "print_dialog", self.tr("Print…"), lambda: self.print_release(ask=True)
        )
        self.preview_button = self._button("preview", self.tr("Pre&view"), self.preview)
        steps: list[StepSpec] = [
            (
                EventKind.CONFIRMED,
                "slip_returned",
                self.tr("&Gate confirmed…"),
                self.confirm,
            )
        ]
        if session.can(Permission.VOID_RELEASES):
            steps.append((EventKind.VOIDED, "void", self.tr("V&oid…"), self.void))

        fields = DetailGrid(columns=2)
        for key, caption in (
            ("unit", self.tr("Unit:")),
            ("date", self.tr("Release date:")),
            ("applicant", self.tr("Applicant:")),
            ("phone", self.tr("Phone:")),
            ("plate", self.tr("Plate:")),
            ("clerk", self.tr("Issued by:")),
            ("issued", self.tr("Issued at:")),
            ("prints", self.tr("Prints:")),
        ):
            fields.add(key, caption)
        fields.add("items", self.tr("Items:"), full_row=True)
        fields.add("warnings", self.tr("Warned of:"), full_row=True)
        fields.add("notes", self.tr("Notes:"), full_row=True)

        gate = DetailGrid(columns=2)
        gate.add("guard", self.tr("Guard:"))
        gate.add("released", self.tr("Released at:"))

        tz = session.ctx.timezone
        self.build_pane(
            chips=(self.status_chip,),
            leading=(self.print_button, self.dialog_button, self.preview_button),
            steps=steps,
            fields=fields,
            dues=gate,
            columns=[
                Column(self.tr("Time"), lambda e: local_time(e.at, tz)),
                Column(self.tr("By"), lambda e: e.by_name),
                Column(self.tr("Step"), lambda e: event_label(e.kind)),
                Column(self.tr("Details"), lambda e: event_summary(e, tz)),
            ],
            deadlines=self.tr("At the gate"),
            history=self.tr("History"),
            empty=self.tr("Choose a release slip in the list, or issue a new one (Ctrl+N)."),
        )
        session.changed.connect(self._on_changed)

    # ------------------------------------------------------------------------------------------ loading

    def load(self, release_id: str, focus_next_step: bool = False) -> None:
        self.release_id = release_id
        self.fetch(lambda ctx: load_detail(ctx, release_id), focus_next_step)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "release" in kinds and self.release_id is not None:
            self.load(self.release_id)

    def fill(self, data: DetailData) -> None:
        d = data.detail
        tz = self.session.ctx.timezone
        self.title.setText(d.number)
        self.status_chip.setText(status_label(d.status))
        self.status_chip.setStyleSheet(self._chip_style(STATUS_COLORS.get(d.status, "#546e7a")))
        if d.status is ReleaseStatus.VOID:
            self.overdue_chip.setText(self.tr("Void: {reason}").format(reason=d.void_reason))
        elif d.status is ReleaseStatus.ISSUED and d.release_date < self.session.ctx.local_now().date():
            self.overdue_chip.setText(
                self.tr("The gate's copy has not come back since {day}.").format(
                    day=d.release_date.isoformat()
                )
            )
        else:
            self.overdue_chip.setText("")
        self.overdue_chip.setVisible(bool(self.overdue_chip.text()))
        reprint = d.print_count > 0
        self.print_button.setText(self.tr("Reprint") if reprint else self.tr("Print"))

        f = self.fields
        f.set("unit", d.unit_code)
        f.set("date", d.release_date.isoformat())
        f.set(
            "applicant",
            self.tr("{name} ({relation})").format(
                name=d.applicant_name, relation=relation_label(d.applicant_relation)
            ),
        )
        f.set("phone", d.phone or DASH)
        f.set("plate", d.plate or DASH)
        f.set("clerk", d.clerk_name or DASH)
        f.set("issued", local_time(d.created_at, tz))
        f.set("prints", str(d.print_count) if d.print_count else self.tr("Not printed yet"))
        f.set("items", "\n".join(f"{n}. {i.name} × {i.quantity}" for n, i in enumerate(d.items, 1)))
        f.set("warnings", "\n".join(warning_text(w) for w in d.warnings) or self.tr("None"))
        f.values["warnings"].setStyleSheet(WARNING_STYLE if d.warnings else "")
        f.set("notes", d.notes or DASH)
        self.dues.set("guard", d.guard_name or DASH)
        self.dues.set("released", local_time(d.guard_confirmed_at, tz, DASH))

    # ------------------------------------------------------------------------------------------ steps

    def print_release(self, ask: bool = False) -> None:
        if self.detail is not None:
            self.printer.print_release(self.detail.id, ask)

    def preview(self) -> None:
        if self.detail is not None:
            self.printer.preview(self.detail.id)

    def confirm(self) -> None:
        """Gate confirmed… (the dialog is ``last_dialog``)."""
        if self.detail is None or EventKind.CONFIRMED not in self.detail.allowed:
            return
        dialog = GuardConfirmDialog(self.session, self.detail, self)
        dialog.saved.connect(
            lambda r: self.message.emit(
                self.tr("{number}: released at the gate by {guard}.").format(
                    number=r.number, guard=r.guard_name
                )
            )
        )
        self.last_dialog = dialog
        dialog.open()

    def void(self) -> None:
        """Void… (supervisors; the dialog is ``last_dialog``)."""
        if self.detail is None or not self.session.can(Permission.VOID_RELEASES):
            return
        if EventKind.VOIDED not in self.detail.allowed:
            return
        dialog = VoidReleaseDialog(self.session, self.detail, self)
        dialog.saved.connect(lambda r: self.message.emit(self.tr("{number} voided.").format(number=r.number)))
        self.last_dialog = dialog
        dialog.open()
