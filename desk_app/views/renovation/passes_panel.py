"""The passes of one renovation filing, embedded in the filing's detail (``PassesPanel``), and the pieces the
"Passes" tab shares with it: status labels, the pass table, and ``PassActions`` (issue, print through the
preview, returned, lost, void — each a service call on the database thread).

Print takes the selected passes (right after issuing, the new passes are selected, so Issue → Print prints
exactly those); Returned / Lost… / Void… act on the current pass while it is still in use. Void is shown to
those who may void money records (supervisors). The panel's mnemonics (Alt+S, T, U, L, V) avoid the filing
detail's own buttons around it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.domain.money import format_yuan
from desk_app.domain.renovation import ACTIVE_STATUSES, PassHolderKind, PassStatus
from desk_app.domain.roles import Permission
from desk_app.forms.renovation.pass_form import IssuePassesDialog, LostPassDialog, VoidPassDialog
from desk_app.printing.passes import PassLayout
from desk_app.services import settings
from desk_app.services.context import ServiceContext
from desk_app.services.printers import ProfileDTO, get_profile
from desk_app.services.renovation import pass_printouts, passes
from desk_app.services.renovation.passes import PassDTO
from desk_app.ui import printing
from desk_app.ui.errors import show_error
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import ERROR_COLOR, Column, RowTableModel
from desk_app.ui.widgets import PlainLabel

EXPIRING_COLOR = QColor("#e65100")
CHANGES = frozenset({"temp_pass", "renovation_filing"})
PAPER_OF_LAYOUT = {"cr80": "cr80", "a4-10up": "a4"}


CONTEXT = "Passes"
STATUSES: dict[str, str] = {
    PassStatus.ACTIVE: QT_TRANSLATE_NOOP("Passes", "In use"),
    PassStatus.RETURNED: QT_TRANSLATE_NOOP("Passes", "Returned"),
    PassStatus.LOST: QT_TRANSLATE_NOOP("Passes", "Lost"),
    PassStatus.VOID: QT_TRANSLATE_NOOP("Passes", "Void"),
}
KINDS: dict[str, str] = {
    PassHolderKind.WORKER: QT_TRANSLATE_NOOP("Passes", "Worker"),
    PassHolderKind.VISITOR: QT_TRANSLATE_NOOP("Passes", "Visitor"),
    PassHolderKind.OUTSIDE_STAFF: QT_TRANSLATE_NOOP("Passes", "Outside staff"),
}
STATES: dict[str, str] = {
    "expired": QT_TRANSLATE_NOOP("Passes", "Expired, not returned"),
    "expiring": QT_TRANSLATE_NOOP("Passes", "Expiring soon"),
}


def status_label(status: PassStatus) -> str:
    return QCoreApplication.translate(CONTEXT, STATUSES[status])


def kind_label(kind: PassHolderKind) -> str:
    return QCoreApplication.translate(CONTEXT, KINDS[kind])


def status_text(p: PassDTO) -> str:
    return QCoreApplication.translate(CONTEXT, STATES[p.state]) if p.state else status_label(p.status)


def valid_until_text(p: PassDTO) -> str:
    text = p.valid_until.isoformat()
    if not p.extended_until:
        return text
    return QCoreApplication.translate("Passes", "{date} (extended)").format(date=text)


def row_color(p: PassDTO) -> QColor | None:
    return {"expired": ERROR_COLOR, "expiring": EXPIRING_COLOR}.get(p.state or "")


def make_table(model: RowTableModel, widths: Sequence[int], stretch: int) -> QTableView:
    """A read-only table of passes; column ``stretch`` takes the spare width (the others keep theirs)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


@dataclass(frozen=True)
class PreparedPasses:
    result: pass_printouts.PassesPdf
    profile: ProfileDTO


def prepare_print(ctx: ServiceContext, pass_ids: Sequence[str], layout: PassLayout) -> PreparedPasses:
    result = pass_printouts.render_passes_pdf(ctx, pass_ids=pass_ids, layout=layout)
    return PreparedPasses(result, get_profile(ctx, passes.PRINT_DOC_TYPE))


class PassActions(QObject):
    """The pass buttons' work, shared by the filing's panel and the Passes tab."""

    message = Signal(str)  # for the status line
    changed = Signal()  # a pass was issued, settled or printed

    def __init__(
        self,
        session: AppSession,
        widget: QWidget,
        current: Callable[[], PassDTO | None],
        selected: Callable[[], list[PassDTO]],
    ) -> None:
        super().__init__(widget)
        self.session = session
        self.widget = widget
        self.current = current
        self.selected = selected
        self.preview_dialog: printing.PreviewDialog | None = None

    def _done(self, text: str) -> Callable[[object], None]:
        def done(_result: object) -> None:
            self.message.emit(text)
            self.changed.emit()

        return done

    # --- settling
    def returned(self) -> None:
        p = self.current()
        if p is None or p.status is not PassStatus.ACTIVE:
            return
        text = self.tr("Pass {number} returned.").format(number=p.number)
        self.session.call(lambda ctx: passes.return_pass(ctx, p.id), self._done(text), parent=self.widget)

    def lost(self) -> None:
        p = self.current()
        if p is None or p.status is not PassStatus.ACTIVE:
            return
        self.session.call(
            lambda ctx: int(settings.get(ctx, "pass.lost_fee_fen")),
            lambda fee: self._open_lost(p, fee),
            parent=self.widget,
        )

    def _open_lost(self, p: PassDTO, fee: int) -> None:
        if fee:
            text = self.tr("The site charges {fee} for a lost pass; take it on the money screen.").format(
                fee=format_yuan(fee)
            )
        else:
            text = self.tr("The site charges no fee for a lost pass.")
        dialog = LostPassDialog(self.session, p.id, p.number, text, self.widget)
        dialog.saved.connect(self._done(self.tr("Pass {number} reported lost.").format(number=p.number)))
        dialog.open()

    def void(self) -> None:
        p = self.current()
        if (
            p is None
            or p.status is not PassStatus.ACTIVE
            or not self.session.ctx.can(Permission.VOID_RECEIPTS)
        ):
            return
        dialog = VoidPassDialog(self.session, p.id, p.number, self.widget)
        dialog.saved.connect(self._done(self.tr("Pass {number} voided.").format(number=p.number)))
        dialog.open()

    # --- printing
    def print_selected(self, layout: PassLayout) -> None:
        ids = [p.id for p in self.selected()]
        if not ids:
            show_error(self.widget, DomainError("pass.none_to_print"))
            return
        self.session.call(lambda ctx: prepare_print(ctx, ids, layout), self._show_preview, parent=self.widget)

    def _show_preview(self, prepared: PreparedPasses) -> None:
        count = len(prepared.result.pass_ids)
        title = self.tr("Temporary passes ({count})").format(count=count)
        dialog = printing.PreviewDialog(prepared.result.pdf, title, self.widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._send(prepared, dialog.choice))
        self.preview_dialog = dialog
        dialog.open()

    def _send(self, prepared: PreparedPasses, choice: str | None) -> None:
        if choice not in ("print", "dialog"):
            return
        result = prepared.result
        try:
            printer = printing.print_pdf(
                result.pdf,
                prepared.profile,
                PAPER_OF_LAYOUT[result.layout],
                self.widget,
                ask=choice == "dialog",
            )
        except DomainError as exc:
            show_error(self.widget, exc)
            return
        if printer is None:
            return  # the clerk cancelled the print dialog
        text = self.tr("{count} passes sent to {printer}.").format(
            count=len(result.pass_ids), printer=printer
        )
        self.session.call(
            lambda ctx: passes.record_print(ctx, result.pass_ids, result.layout, printer),
            self._done(text),
            parent=self.widget,
        )


def print_menu(parent: QWidget, actions: PassActions) -> QMenu:
    menu = QMenu(parent)
    menu.addAction(
        QCoreApplication.translate("Passes", "Cards (CR80)…"), lambda: actions.print_selected("cr80")
    )
    menu.addAction(
        QCoreApplication.translate("Passes", "Sheet of 10 on A4…"), lambda: actions.print_selected("a4-10up")
    )
    return menu


class PassesPanel(QWidget):
    """A filing's passes: number, name, trade, valid until, status, prints; the buttons under the table."""

    changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filing_id: str | None = None
        self.status = ""
        self._seq = 0
        self._select: set[str] = set()
        self.model = RowTableModel(
            [
                Column(self.tr("Number"), lambda p: p.number),
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("Trade"), lambda p: p.trade),
                Column(self.tr("Valid until"), valid_until_text),
                Column(self.tr("Status"), status_text),
                Column(self.tr("Printed"), lambda p: str(p.print_count), align_right=True),
            ],
            self,
            muted=lambda p: p.status is not PassStatus.ACTIVE,
            color=row_color,
        )
        self.table = make_table(self.model, (150, 100, 70, 130, 130, 56), stretch=1)
        self.pass_actions = PassActions(session, self, self.current_pass, self.selected_passes)
        self.issue_button = QPushButton(self.tr("Issue pa&sses…"))
        self.print_button = QPushButton(self.tr("Prin&t passes"))
        self.print_button.setMenu(print_menu(self, self.pass_actions))
        self.return_button = QPushButton(self.tr("Ret&urned"))
        self.lost_button = QPushButton(self.tr("&Lost…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setVisible(session.ctx.can(Permission.VOID_RECEIPTS))
        self.status_line = PlainLabel()
        self.status_line.setStyleSheet("color: #546e7a;")
        self.status_line.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (
            self.issue_button,
            self.print_button,
            self.return_button,
            self.lost_button,
            self.void_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_line)

        self.issue_button.clicked.connect(self.issue)
        self.return_button.clicked.connect(self.pass_actions.returned)
        self.lost_button.clicked.connect(self.pass_actions.lost)
        self.void_button.clicked.connect(self.pass_actions.void)
        self.pass_actions.message.connect(self.status_line.setText)
        self.pass_actions.changed.connect(self.changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        session.changed.connect(self._on_changed)
        self._update_buttons()

    # --- data
    def show_filing(self, filing_id: str | None, status: str) -> None:
        if filing_id != self.filing_id:
            self.status_line.setText("")
        self.filing_id, self.status = filing_id, status
        self.reload()

    def reload(self) -> None:
        self._seq += 1
        seq, filing_id = self._seq, self.filing_id
        if filing_id is None:
            self._arrived(seq, [])
            return
        flt = passes.PassFilter(filing_id=filing_id)
        self.session.call(
            lambda ctx: passes.list_passes(ctx, flt), lambda rows: self._arrived(seq, rows), parent=self
        )

    def _arrived(self, seq: int, rows: list[PassDTO]) -> None:
        if seq != self._seq:
            return
        current = self.current_pass()
        self.model.set_rows(rows)
        wanted = self._select or ({current.id} if current else set())
        self._select = set()
        selection = self.table.selectionModel()
        first = True
        for i, p in enumerate(rows):
            if p.id in wanted:
                flag = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                if first:
                    self.table.setCurrentIndex(self.model.index(i, 0))
                    first = False
                selection.select(self.model.index(i, 0), flag)
        if first and rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _on_changed(self, changes: frozenset[str]) -> None:
        if changes & CHANGES and self.filing_id is not None:
            self.reload()

    def current_pass(self) -> PassDTO | None:
        row: PassDTO | None = self.model.row_at(self.table.currentIndex().row())
        return row

    def selected_passes(self) -> list[PassDTO]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _update_buttons(self) -> None:
        can_issue = self.filing_id is not None and self.status in ACTIVE_STATUSES
        self.issue_button.setEnabled(can_issue)
        self.issue_button.setToolTip(
            "" if can_issue else self.tr("Passes are issued once the filing is approved.")
        )
        p = self.current_pass()
        active = p is not None and p.status is PassStatus.ACTIVE
        for b in (self.return_button, self.lost_button, self.void_button):
            b.setEnabled(active)
        self.print_button.setEnabled(self.model.rowCount() > 0)

    # --- issuing
    def issue(self) -> None:
        filing_id = self.filing_id
        if filing_id is None or self.status not in ACTIVE_STATUSES:
            return
        self.session.call(lambda ctx: passes.filing_for_passes(ctx, filing_id), self._open_issue, parent=self)

    def _open_issue(self, info: passes.FilingPassInfo) -> None:
        dialog = IssuePassesDialog(self.session, info, self)
        dialog.saved.connect(self._issued)
        dialog.open()

    def _issued(self, issued: list[PassDTO]) -> None:
        self._select = {p.id for p in issued}  # selected once the list is back: Print prints them
        self.status_line.setText(
            self.tr("{count} passes issued: {first} … {last}. Print them with Print.").format(
                count=len(issued), first=issued[0].number, last=issued[-1].number
            )
        )
        self.changed.emit()
        self.reload()
