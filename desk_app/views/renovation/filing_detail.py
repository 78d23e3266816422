"""One renovation filing: header and facts, the step buttons, checklist, workers, inspections, passes, history.

The steps shown follow the filing's status (Approve and the completion verdict also the user's permission);
each opens its form (forms/renovation) or runs the service through ``session.call``; the change broadcast
reloads this view and the list. The money dialogs and the passes panel are other screens, imported when used,
so a missing one degrades to a placeholder instead of breaking the page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.money import format_yuan
from desk_app.domain.renovation import ACTIVE_STATUSES, OPEN_STATUSES, FilingStatus
from desk_app.domain.roles import Permission
from desk_app.services.renovation.views import FilingDetail, get_filing
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.card_parts import DetailGrid, make_table, title_label
from desk_app.views.record_detail import ActionButton
from desk_app.views.renovation.detail_parts import ChecklistWidget, InspectionsWidget, WorkersWidget
from desk_app.views.renovation.filing_printing import FilingPrinter
from desk_app.views.renovation.filing_steps import FilingSteps, lazy_class
from desk_app.views.renovation.labels import (
    STATUS_COLORS,
    day,
    document_label,
    event_label,
    event_summary,
    inspection_result_label,
    notify_label,
    status_label,
)
from desk_app.views.work_orders.common import DASH, local_time
from desk_app.views.work_orders.flow import flow_holder

log = logging.getLogger(__name__)
INSPECTABLE = frozenset({*ACTIVE_STATUSES, FilingStatus.INSPECTED})


def chip_style(color: str) -> str:
    return f"color: white; background: {color}; border-radius: 3px; padding: 2px 8px;"


class FilingDetailView(FilingSteps, QWidget):
    message = Signal(str)  # a line for the page's status label

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filing_id: str | None = None
        self.detail: FilingDetail | None = None
        self._seq = 0
        tz = session.ctx.timezone
        self.printer = FilingPrinter(session, self)
        self.printer.message.connect(self.message)

        self.title = title_label()
        self.status_chip = PlainLabel()
        self.extended_chip = PlainLabel()
        self.extended_chip.setStyleSheet(chip_style("#ef6c00"))
        self.missing_chip = PlainLabel()
        self.missing_chip.setStyleSheet("color: #c62828;")
        self.missing_chip.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_chip)
        header.addWidget(self.extended_chip)
        header.addStretch(1)

        self.print_button = self._button("print", self.tr("&Print"), lambda: None)
        self.print_button.setMenu(self.printer.menu())
        self.steps: dict[str, QPushButton] = {}
        specs: list[tuple[str, str, str, Callable[[], None]]] = [
            ("edit", "edit", self.tr("&Edit…"), self.edit),
            ("approve", "completed", self.tr("&Approve…"), self.approve),
            ("notify", "callback", self.tr("&Notify owner…"), self.notify),
            ("extend", "history", self.tr("E&xtend…"), self.extend),
            ("inspect", "investigate", self.tr("&Inspect…"), self.inspect),
            ("downstairs", "slip_returned", self.tr("&Downstairs signed…"), self.downstairs),
            ("fees", "fees", self.tr("Take &fees…"), self.take_fees),
            ("refund", "restore", self.tr("&Refund deposit…"), self.refund),
            ("cancel", "void", self.tr("Ca&ncel filing…"), self.cancel),
        ]
        actions, flow = flow_holder()
        self.actions_box = actions
        flow.addWidget(self.print_button)
        for key, icon_name, text, slot in specs:
            self.steps[key] = self._button(icon_name, text, slot)
            flow.addWidget(self.steps[key])

        self.fields = DetailGrid(columns=2)
        for key, caption in (
            ("unit", self.tr("Unit:")),
            ("owner", self.tr("Owner:")),
            ("applicant", self.tr("Applicant:")),
            ("period", self.tr("Period:")),
            ("contractor", self.tr("Contractor:")),
            ("licence", self.tr("Licence / qualification:")),
            ("responsible", self.tr("Responsible:")),
            ("responsible_id", self.tr("ID number:")),
            ("waterproof", self.tr("Waterproof layer:")),
            ("approved", self.tr("Approved:")),
            ("officer", self.tr("Officer:")),
            ("notified", self.tr("Owner notified:")),
            ("completion", self.tr("Completion:")),
            ("downstairs", self.tr("Downstairs signed:")),
            ("receipts", self.tr("Receipts:")),
            ("prints", self.tr("Printed:")),
        ):
            self.fields.add(key, caption)
        self.fields.add("scope", self.tr("Scope:"), full_row=True)

        self.checklist = ChecklistWidget(tz)
        self.checklist.toggled.connect(self.set_document)
        self.checklist.attach.connect(self.attach_document)
        self.checklist.view.connect(self.view_document)
        self.workers = WorkersWidget()
        self.workers.add_requested.connect(self.add_worker)
        self.workers.remove_requested.connect(self.remove_worker)
        self.inspections = InspectionsWidget(tz)
        self.passes = self._passes_panel()
        self.timeline_model = RowTableModel(
            [
                Column(self.tr("Time"), lambda e: local_time(e.at, tz)),
                Column(self.tr("By"), lambda e: e.by_name),
                Column(self.tr("Step"), lambda e: event_label(e.kind)),
                Column(
                    self.tr("Details"),
                    lambda e: event_summary(e.kind, e.detail, e.note, tz),
                    tooltip=lambda e: event_summary(e.kind, e.detail, e.note, tz),
                ),
            ],
            self,
        )
        self.timeline = make_table()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setMinimumHeight(160)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 6, 8, 6)
        column.setSpacing(8)
        column.addLayout(header)
        column.addWidget(self.missing_chip)
        column.addWidget(actions)
        column.addWidget(self._rule())
        column.addWidget(self.fields)
        for caption, widget in (
            (self.tr("Documents"), self.checklist),
            (self.tr("Workers"), self.workers),
            (self.tr("Inspections"), self.inspections),
            (self.tr("Passes"), self.passes),
            (self.tr("History"), self.timeline),
        ):
            column.addWidget(self._section(caption))
            column.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll = scroll
        self.empty = PlainLabel(self.tr("Choose a filing in the list, or open a new one (Ctrl+N)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #78909c;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        session.changed.connect(self._on_changed)

    # ------------------------------------------------------------------------------------------ building

    def _button(self, icon_name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = ActionButton(icon(icon_name), text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _rule() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #cfd8dc;")
        return line

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; color: #37474f; padding-top: 4px;")
        return label

    def _passes_panel(self) -> QWidget:
        panel_class = lazy_class("desk_app.views.renovation.passes_panel", "PassesPanel")
        if panel_class is None:
            return PlainLabel(self.tr("Passes are not available yet."))
        panel: QWidget = panel_class(self.session, self)
        panel.setMinimumHeight(200)
        return panel

    # ------------------------------------------------------------------------------------------ loading

    def load(self, filing_id: str) -> None:
        self.filing_id = filing_id
        self._seq += 1
        seq = self._seq
        self.session.call(
            lambda ctx: get_filing(ctx, filing_id), lambda d: self._arrived(seq, d), parent=self
        )

    def clear(self) -> None:
        self._seq += 1
        self.filing_id = None
        self.detail = None
        self.stack.setCurrentWidget(self.empty)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if self.filing_id is not None and kinds & {"renovation_filing", "temp_pass", "receipt", "refund"}:
            self.load(self.filing_id)

    def _arrived(self, seq: int, d: FilingDetail) -> None:
        if seq != self._seq:
            return
        self.detail = d
        self.printer.filing_id, self.printer.number = d.id, d.number
        tz = self.session.ctx.timezone
        self.title.setText(d.number)
        self.status_chip.setText(status_label(d.status))
        self.status_chip.setStyleSheet(chip_style(STATUS_COLORS.get(d.status, "#546e7a")))
        self.extended_chip.setText(self.tr("Extended to {end}").format(end=day(d.current_end)))
        self.extended_chip.setVisible(d.extended)
        missing = "、".join(document_label(x) for x in d.missing)
        self.missing_chip.setText(self.tr("Missing before approval: {documents}").format(documents=missing))
        self.missing_chip.setVisible(bool(d.missing) and d.status == FilingStatus.DRAFT)

        f = self.fields
        f.set("unit", d.unit_code)
        f.set("owner", f"{d.owner_name} {d.owner_phone}".strip())
        if d.applicant_relation == "owner":
            f.set("applicant", self.tr("the owner in person"))
        else:
            f.set(
                "applicant",
                self.tr("{name} (authorised: {note})").format(
                    name=d.applicant_name, note=d.authorisation_note
                ),
            )
        period = f"{day(d.planned_start)} — {day(d.current_end)}"
        if d.extended:
            period += "\n" + self.tr("first end {end}").format(end=day(d.planned_end))
        f.set("period", period)
        f.set("contractor", d.contractor_company)
        f.set(
            "licence",
            " / ".join(x for x in (d.contractor_licence_no, d.contractor_qualification_no) if x) or DASH,
        )
        f.set("responsible", f"{d.responsible_name} {d.responsible_phone}".strip())
        f.set("responsible_id", d.responsible_id_masked or DASH)
        f.set("waterproof", self.tr("touched") if d.waterproof_touched else self.tr("not touched"))
        f.set("approved", f"{local_time(d.approved_at, tz)} {d.approved_by_name}".strip() or DASH)
        f.set("officer", f"{d.officer_name} {d.officer_phone}".strip() or DASH)
        f.set("notified", f"{local_time(d.notified_at, tz)} {notify_label(d.notified_how)}".strip() or DASH)
        f.set("completion", inspection_result_label(d.completion_result) if d.completion_result else DASH)
        f.set(
            "downstairs", f"{d.downstairs_signed_by} {local_time(d.downstairs_signed_at, tz)}".strip() or DASH
        )
        receipts = "；".join(
            f"{r.number} {format_yuan(r.total_fen)}" + ("" if r.status == "issued" else f" ({r.status})")
            for r in d.receipts
        )
        f.set("receipts", receipts or DASH)
        f.set("prints", str(d.print_count) if d.print_count else self.tr("Not yet"))
        f.set("scope", d.scope or DASH)

        editable = d.status in OPEN_STATUSES
        self.checklist.set_documents(d.documents, editable, unticking=d.status == FilingStatus.DRAFT)
        self.workers.set_workers(d.workers, editable)
        self.inspections.set_inspections(d.inspections)
        show_filing = getattr(self.passes, "show_filing", None)
        if show_filing is not None:
            show_filing(d.id, d.status.value)
        self.timeline_model.set_rows(d.events)
        self.timeline.resizeColumnsToContents()
        self._update_steps(d)
        self.stack.setCurrentIndex(1)

    def focus_first_step(self) -> None:
        """Enter on a list row: the first step offered gets the focus (Enter opens it), else Print."""
        button = next((b for b in self.steps.values() if b.isVisibleTo(self)), self.print_button)
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_steps(self, d: FilingDetail) -> None:
        s = d.status
        can = self.session.can
        allowed = {
            "edit": s == FilingStatus.DRAFT,
            "approve": s == FilingStatus.DRAFT and can(Permission.APPROVE_RENOVATION),
            "notify": s in ACTIVE_STATUSES,
            "extend": s in ACTIVE_STATUSES,
            "inspect": s in INSPECTABLE,
            "downstairs": s in INSPECTABLE,
            "fees": s in OPEN_STATUSES and can(Permission.TAKE_PAYMENTS),
            "refund": s == FilingStatus.INSPECTED and can(Permission.REFUND_DEPOSITS),
            "cancel": s == FilingStatus.DRAFT,
        }
        for key, button in self.steps.items():
            button.setVisible(allowed[key])
        self.actions_box.updateGeometry()
        self.print_button.setEnabled(s != FilingStatus.CANCELLED)
