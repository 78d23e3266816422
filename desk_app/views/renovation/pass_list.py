"""The "Passes" tab of the renovation page: every pass with filters, and the strip the desk watches —
"expiring in 3 days: n / expired and not returned: m" — whose counts filter the list when clicked.

Ctrl+N issues a visitor / outside-staff pass (with a photo from a file, or the webcam when there is one);
the filing's workers get theirs from the filing's detail. Ctrl+F goes to the search box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.renovation import PassHolderKind, PassStatus
from desk_app.domain.roles import Permission
from desk_app.forms.renovation.pass_form import VisitorPassDialog
from desk_app.services import settings
from desk_app.services.context import ServiceContext
from desk_app.services.renovation import passes
from desk_app.services.renovation.passes import PassDTO, PassFilter
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.renovation.passes_panel import (
    CHANGES,
    PassActions,
    kind_label,
    make_table,
    print_menu,
    row_color,
    status_label,
    status_text,
    valid_until_text,
)

SEARCH_DEBOUNCE_MS = 250
STRIP_STYLE = (
    "QPushButton { border: none; padding: 4px 10px; font-weight: bold; color: %s; }"
    "QPushButton:checked { background: %s; border-radius: 4px; }"
)


def strip_counts(ctx: ServiceContext) -> tuple[int, int, int]:
    """(warning days, expiring, expired and not returned)."""
    rows = passes.expiring_passes(ctx)
    days = int(settings.get(ctx, "pass.expiry_warning_days"))
    return days, sum(p.state == "expiring" for p in rows), sum(p.state == "expired" for p in rows)


class PassListView(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._seq = 0
        self.expiring_button = QPushButton()
        self.expired_button = QPushButton()
        for button, color, back in (
            (self.expiring_button, "#e65100", "#fff3e0"),
            (self.expired_button, "#c62828", "#ffebee"),
        ):
            button.setCheckable(True)
            button.setStyleSheet(STRIP_STYLE % (color, back))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for st in PassStatus:
            self.status.addItem(status_label(st), st)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Anyone"), None)
        for kind in PassHolderKind:
            self.kind.addItem(kind_label(kind), kind)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, name, company, unit or filing (Ctrl+F)"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.model = RowTableModel(
            [
                Column(self.tr("Number"), lambda p: p.number),
                Column(self.tr("Holder"), lambda p: p.name),
                Column(self.tr("Kind"), lambda p: kind_label(p.holder_kind)),
                Column(self.tr("Company"), lambda p: p.company, tooltip=lambda p: p.company),
                Column(self.tr("Unit"), lambda p: p.unit_code),
                Column(self.tr("Filing"), lambda p: p.filing_number),
                Column(self.tr("Valid until"), valid_until_text),
                Column(self.tr("Status"), status_text),
                Column(self.tr("Printed"), lambda p: str(p.print_count), align_right=True),
            ],
            self,
            muted=lambda p: p.status is not PassStatus.ACTIVE,
            color=row_color,
        )
        self.table = make_table(self.model, (150, 90, 110, 200, 90, 150, 150, 160, 60), stretch=3)
        self.pass_actions = PassActions(session, self, self.current_pass, self.selected_passes)
        self.visitor_button = QPushButton(self.tr("Visitor / outside-staff &pass… (Ctrl+N)"))
        self.visitor_button.setEnabled(session.ctx.can(Permission.HANDLE_RENOVATION))
        self.print_button = QPushButton(self.tr("Prin&t"))
        self.print_button.setMenu(print_menu(self, self.pass_actions))
        self.return_button = QPushButton(self.tr("&Returned"))
        self.lost_button = QPushButton(self.tr("&Lost…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        self.void_button.setVisible(session.ctx.can(Permission.VOID_RECEIPTS))
        self.status_line = PlainLabel()
        self.status_line.setStyleSheet("color: #546e7a; padding: 2px 8px;")

        strip = QHBoxLayout()
        strip.addWidget(self.expiring_button)
        strip.addWidget(self.expired_button)
        strip.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.kind)
        filters.addSpacing(8)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for b in (
            self.visitor_button,
            self.print_button,
            self.return_button,
            self.lost_button,
            self.void_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(strip)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_line)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.reload)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.expiring_button.clicked.connect(lambda: self._strip_clicked(self.expiring_button))
        self.expired_button.clicked.connect(lambda: self._strip_clicked(self.expired_button))
        self.visitor_button.clicked.connect(self.new_visitor_pass)
        self.return_button.clicked.connect(self.pass_actions.returned)
        self.lost_button.clicked.connect(self.pass_actions.lost)
        self.void_button.clicked.connect(self.pass_actions.void)
        self.pass_actions.message.connect(self.status_line.setText)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        session.changed.connect(self._on_changed)
        self._set_counts(3, 0, 0)
        self.reload()

    # --- keys
    def event(self, event: QEvent) -> bool:
        # The renovation page has its own Ctrl+N (new filing) and Ctrl+F over this tab: two shortcuts for one
        # key would be ambiguous and neither would fire. Claiming the key while the focus is in this tab
        # (ShortcutOverride reaches us from the focused child) makes Ctrl+N a pass here, a filing elsewhere.
        if isinstance(event, QKeyEvent) and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            action = self._key_action(event)
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().event(event)

    def _key_action(self, event: QKeyEvent) -> Callable[[], None] | None:
        if event.matches(QKeySequence.StandardKey.New):
            return self.new_visitor_pass
        if event.matches(QKeySequence.StandardKey.Find):
            return self.search.setFocus
        return None

    # --- filters
    def state(self) -> str | None:
        if self.expiring_button.isChecked():
            return "expiring"
        if self.expired_button.isChecked():
            return "expired"
        return None

    def _strip_clicked(self, button: QPushButton) -> None:
        other = self.expired_button if button is self.expiring_button else self.expiring_button
        if button.isChecked():
            other.setChecked(False)
        self.reload()

    def current_filter(self) -> PassFilter:
        return PassFilter(
            status=self.status.currentData(),
            text=self.search.text().strip(),
            state=self.state(),
            holder_kind=self.kind.currentData(),
        )

    # --- loading
    def reload(self) -> None:
        self._timer.stop()
        self._seq += 1
        seq, flt = self._seq, self.current_filter()
        self.session.call(
            lambda ctx: (strip_counts(ctx), passes.list_passes(ctx, flt)),
            lambda result: self._arrived(seq, *result),
            parent=self,
        )

    def _arrived(self, seq: int, counts: tuple[int, int, int], rows: list[PassDTO]) -> None:
        if seq != self._seq:
            return
        self._set_counts(*counts)
        current = self.current_pass()
        self.model.set_rows(rows)
        row = self.model.find(lambda p: p.id == current.id) if current else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _set_counts(self, days: int, expiring: int, expired: int) -> None:
        self.expiring_button.setText(
            self.tr("Expiring in {days} days: {count}").format(days=days, count=expiring)
        )
        self.expired_button.setText(self.tr("Expired and not returned: {count}").format(count=expired))

    def _on_changed(self, changes: frozenset[str]) -> None:
        if changes & CHANGES:
            self.reload()

    def current_pass(self) -> PassDTO | None:
        row: PassDTO | None = self.model.row_at(self.table.currentIndex().row())
        return row

    def selected_passes(self) -> list[PassDTO]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _update_buttons(self) -> None:
        p = self.current_pass()
        active = p is not None and p.status is PassStatus.ACTIVE
        for b in (self.return_button, self.lost_button, self.void_button):
            b.setEnabled(active)
        self.print_button.setEnabled(self.model.rowCount() > 0)

    # --- actions
    def new_visitor_pass(self) -> None:
        if not self.session.ctx.can(Permission.HANDLE_RENOVATION):
            return
        dialog = VisitorPassDialog(self.session, self)
        dialog.saved.connect(self._visitor_issued)
        dialog.open()

    def _visitor_issued(self, issued: PassDTO) -> None:
        self.status_line.setText(
            self.tr("Pass {number} issued to {name}.").format(number=issued.number, name=issued.name)
        )
        row = self.model.find(lambda p: p.id == issued.id)
        if row >= 0:
            self.table.selectRow(row)
