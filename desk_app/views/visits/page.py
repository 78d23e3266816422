"""The visit screen (来访登记): who is on site now on top, the log below, the day's totals by purpose.

Keyboard: Ctrl+N logs a walk-in; on a row Delete or Ctrl+O checks the visitor out; Ctrl+P previews and prints
the visitor's badge; Ctrl+Shift+W registers a work order from the visit, Ctrl+Shift+K a complaint; the log's
search box is Alt+S; Ctrl+E exports the log as shown; F5 refreshes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.forms.visits.complaint import VisitComplaintDialog
from desk_app.forms.visits.walk_in_form import WalkInDialog
from desk_app.forms.visits.work_order import VisitWorkOrderDialog
from desk_app.services.visits import log as visits
from desk_app.services.visits.export import export_visits
from desk_app.services.visits.log import DailyTotals, VisitDTO, VisitFilter
from desk_app.services.work_orders.views import WorkOrderDetail
from desk_app.ui.errors import show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import visit_purpose_choices, visit_purpose_label, visitor_kind_choices
from desk_app.views.visits.badge_printing import BadgePrinter
from desk_app.views.visits.model import VisitLogModel, on_site_model

SEARCH_DEBOUNCE_MS = 250
KINDS = frozenset({"visit", "work_order", "complaint"})


def _table(model: object) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class VisitsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.badges = BadgePrinter(session, self)
        self.badges.message.connect(self._show_message)
        self.work_order_dialog: VisitWorkOrderDialog | None = None
        self.complaint_dialog: VisitComplaintDialog | None = None

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action("add", self.tr("Walk-in"), self.walk_in)
        self.new_action.setToolTip(self.tr("Log a walk-in (Ctrl+N)"))
        self.check_out_action = self._action("check_out", self.tr("Check out"), self.check_out)
        self.check_out_action.setToolTip(self.tr("The chosen visitor left (Delete or Ctrl+O)"))
        self.badge_action = self._action("print", self.tr("Badge"), self.print_badge)
        self.badge_action.setToolTip(self.tr("Preview and print the visitor badge (Ctrl+P)"))
        self.work_order_action = self._action("work_orders", self.tr("Work order"), self.create_work_order)
        self.work_order_action.setToolTip(
            self.tr("Register a work order from the chosen visit (Ctrl+Shift+W)")
        )
        self.complaint_action = self._action("complaints", self.tr("Complaint"), self.create_complaint)
        self.complaint_action.setToolTip(
            self.tr("Register a complaint, suggestion or praise from the chosen visit (Ctrl+Shift+K)")
        )
        self.toolbar.addSeparator()
        self.export_action = self._action("export", self.tr("Export…"), self.choose_export_file)
        self.export_action.setToolTip(self.tr("The log as shown, as an Excel workbook (Ctrl+E)"))
        self.export_action.setVisible(session.can(Permission.EXPORT_DATA))
        self.refresh_action = self._action("refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setToolTip(self.tr("Refresh (F5)"))

        # -- on site now
        self.on_site = on_site_model(session.ctx.timezone, self)
        self.on_site_table = _table(self.on_site)
        for column, width in enumerate((90, 110, 64, 90, 80, 120, 80, 90)):
            self.on_site_table.setColumnWidth(column, width)
        self.on_site_label = PlainLabel()
        self.on_site_label.setStyleSheet("font-weight: bold; padding: 4px 8px;")
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.on_site_label)
        column.addWidget(self.on_site_table)

        # -- the log
        today = session.ctx.local_now().date()
        self.date_from = self._date_edit(today)
        self.date_to = self._date_edit(today)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setAutoDefault(False)
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("All purposes"), None)
        for value, label in visit_purpose_choices():
            self.purpose.addItem(label, value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for value, label in visitor_kind_choices():
            self.kind.addItem(label, value)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, name, phone, company or plate"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.date_from)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(PlainLabel(self.tr("Log")))
        row.addSpacing(8)
        for widget in (from_label, self.date_from, QLabel("–"), self.date_to, self.today_button):
            row.addWidget(widget)
        row.addSpacing(8)
        row.addWidget(self.purpose)
        row.addWidget(self.kind)
        row.addSpacing(8)
        row.addWidget(search_label)
        row.addWidget(self.search, 1)

        self.model = VisitLogModel(session, self)
        self.log_table = _table(self.model)
        for column_no, width in enumerate((150, 90, 90, 100, 64, 90, 80, 110, 120, 80, 70, 80)):
            self.log_table.setColumnWidth(column_no, width)
        self.totals_label = PlainLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setStyleSheet("padding: 4px 8px; color: #37474f;")
        bottom = QWidget()
        column = QVBoxLayout(bottom)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(bar)
        column.addWidget(self.log_table, 1)
        column.addWidget(self.totals_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([240, 420])
        splitter.setChildrenCollapsible(False)

        self.status = PlainLabel()
        self.status.setStyleSheet("color: #546e7a; padding: 2px 8px;")
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.reload_log)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.date_from.dateChanged.connect(self._from_changed)
        self.date_to.dateChanged.connect(lambda _d: self.reload_log())
        self.today_button.clicked.connect(self.show_today)
        self.purpose.currentIndexChanged.connect(lambda _i: self.reload_log())
        self.kind.currentIndexChanged.connect(lambda _i: self.reload_log())
        self.model.loaded.connect(self._log_loaded)
        self._current_table: QTableView = self.on_site_table
        for table in (self.on_site_table, self.log_table):
            table.installEventFilter(self)
        session.changed.connect(self._on_changed)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.walk_in),
            (QKeySequence("Ctrl+O"), self.check_out),
            (QKeySequence.StandardKey.Print, self.print_badge),
            (QKeySequence("Ctrl+Shift+W"), self.create_work_order),
            (QKeySequence("Ctrl+Shift+K"), self.create_complaint),
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
            (QKeySequence("Ctrl+E"), self.choose_export_file),
        ):
            QShortcut(keys, self, slot, context=context)

        self.refresh()

    def _action(self, icon_name: str, text: str, slot: object) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(_qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    # ------------------------------------------------------------------------------------------ loading

    def refresh(self) -> None:
        self.reload_on_site()
        self.reload_log()

    def reload_on_site(self) -> None:
        self.session.call(visits.on_site_now, self._on_site_arrived, parent=self)

    def _on_site_arrived(self, found: list[VisitDTO]) -> None:
        current = self.on_site.row_at(self.on_site_table.currentIndex().row())
        self.on_site.set_rows(found)
        earlier = sum(1 for v in found if v.earlier_day)
        text = self.tr("On site now: {count}").format(count=len(found))
        if earlier:
            text += "    " + self.tr("from an earlier day: {count}").format(count=earlier)
        self.on_site_label.setText(text)
        if found:
            row = self.on_site.find(lambda v: current is not None and v.id == current.id)
            self.on_site_table.selectRow(max(0, min(row, len(found) - 1)) if row >= 0 else 0)

    def current_filter(self) -> VisitFilter:
        first: date = self.date_from.date().toPython()
        last: date = self.date_to.date().toPython()
        return VisitFilter(
            date_from=min(first, last),
            date_to=max(first, last),
            purpose=self.purpose.currentData(),
            visitor_kind=self.kind.currentData(),
            text=self.search.text(),
        )

    def reload_log(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        self.model.reload(flt)
        day = flt.date_to
        self.session.call(lambda ctx: visits.daily_totals(ctx, day), self._totals_arrived, parent=self)

    def _from_changed(self, value: QDate) -> None:
        if value > self.date_to.date():
            self.date_to.setDate(value)  # reloads
        else:
            self.reload_log()

    def show_today(self) -> None:
        today = _qdate(self.session.ctx.local_now().date())
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(today)
            edit.blockSignals(False)
        self.reload_log()

    def show_visit(self, visit_id: str) -> None:
        """The log on the visit's day, searched for its number (a scanned badge from the global search)."""
        self.session.call(lambda ctx: visits.get(ctx, visit_id), self._show_visit, parent=self)

    def _show_visit(self, visit: VisitDTO) -> None:
        day = _qdate(visit.time_in.astimezone(self.session.ctx.timezone).date())
        widgets = (self.date_from, self.date_to, self.purpose, self.kind, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        self.date_from.setDate(day)
        self.date_to.setDate(day)
        self.purpose.setCurrentIndex(0)
        self.kind.setCurrentIndex(0)
        self.search.setText(visit.number)
        for widget in widgets:
            widget.blockSignals(False)
        self.reload_log()
        self.log_table.setFocus()

    def _log_loaded(self) -> None:
        self.log_table.setToolTip(self.tr("Visits: {count}").format(count=self.model.rowCount()))

    def _totals_arrived(self, totals: DailyTotals) -> None:
        parts = [
            f"{visit_purpose_label(purpose)} {count}" for purpose, count in totals.by_purpose.items() if count
        ]
        self.totals_label.setText(
            self.tr("{day}: {visits} visits, {people} people, {on_site} still on site").format(
                day=totals.day.isoformat(),
                visits=totals.visits,
                people=totals.people,
                on_site=totals.still_on_site,
            )
            + ("    " + " · ".join(parts) if parts else "")
        )

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & KINDS:
            self.refresh()

    # ------------------------------------------------------------------------------------------ actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QTableView):
            self._current_table = watched
        elif (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QTableView)
            and event.key() == Qt.Key.Key_Delete
            and not event.modifiers()
        ):
            self._current_table = watched
            self.check_out()
            return True
        return super().eventFilter(watched, event)

    def current_visit(self) -> VisitDTO | None:
        table = self._current_table
        row = table.currentIndex().row()
        if table is self.log_table:
            return self.model.row_at(row)
        return self.on_site.row_at(row)  # type: ignore[no-any-return]

    def walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self.session, self)
        dialog.saved.connect(lambda visit: self._walked_in(visit, dialog.follow_up, dialog.badge.isChecked()))
        dialog.open()
        return dialog

    def _walked_in(self, visit: VisitDTO, follow_up: str, badge: bool) -> None:
        self._show_message(self.tr("{number} logged: {name}.").format(number=visit.number, name=visit.name))
        self.on_site_table.setFocus()
        self._current_table = self.on_site_table
        if badge:
            self.badges.preview(visit.id)
        if follow_up == "work_order":
            self.create_work_order(visit)
        elif follow_up == "complaint":
            self.create_complaint(visit)

    def check_out(self) -> None:
        visit = self.current_visit()
        if visit is None or not visit.on_site:
            return
        self.session.call(
            lambda ctx: visits.check_out(ctx, visit.id),
            lambda result: self._show_message(
                self.tr("{name} checked out ({number}).").format(
                    name=result.value.name, number=result.value.number
                )
            ),
            parent=self,
        )

    def print_badge(self) -> None:
        visit = self.current_visit()
        if visit is not None:
            self.badges.preview(visit.id)

    def create_work_order(self, visit: VisitDTO | None = None) -> VisitWorkOrderDialog | None:
        visit = visit or self.current_visit()
        if visit is None:
            return None
        if visit.created_record_type:
            self._show_message(self.tr("{number} already created a record.").format(number=visit.number))
            return None
        dialog = VisitWorkOrderDialog(self.session, visit, self)
        dialog.saved.connect(self._work_order_registered)
        self.work_order_dialog = dialog
        dialog.open()
        return dialog

    def create_complaint(self, visit: VisitDTO | None = None) -> VisitComplaintDialog | None:
        visit = visit or self.current_visit()
        if visit is None:
            return None
        if visit.created_record_type:
            self._show_message(self.tr("{number} already created a record.").format(number=visit.number))
            return None
        dialog = VisitComplaintDialog(self.session, visit, self)
        dialog.saved.connect(
            lambda detail: self._show_message(
                self.tr("{number} registered from the visit.").format(number=detail.number)
            )
        )
        self.complaint_dialog = dialog
        dialog.open()
        return dialog

    def _work_order_registered(self, detail: WorkOrderDetail) -> None:
        self._show_message(
            self.tr("Work order {number} registered from the visit.").format(number=detail.number)
        )

    # ------------------------------------------------------------------------------------------ export

    def choose_export_file(self) -> None:
        if not self.session.can(Permission.EXPORT_DATA):
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the visit log"),
            str(Path(folder) / self.tr("visits.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        flt = self.model.filter
        self._show_message(self.tr("Exporting…"))
        self.session.call(
            lambda ctx: export_visits(ctx, flt, path),
            on_done=lambda result: self._show_message(
                self.tr("Exported to {path} (rows: {count}).").format(count=result.value, path=path)
            ),
            parent=self,
            on_error=self._export_failed,
        )

    def _export_failed(self, exc: BaseException) -> None:
        self._show_message("")
        show_error(self, exc)

    def _show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
