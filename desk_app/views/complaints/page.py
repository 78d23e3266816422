"""The complaints screen (投诉 / 建议 / 表扬): this month's figures on top, the queues (open, overdue,
escalated to me, all) with filters, the list on the left and the chosen complaint on the right.

Keyboard: Ctrl+N registers, Enter on a row opens it (the focus goes to its next step), F5 checks the
deadlines (automatic escalation) and refreshes, Ctrl+1 … Ctrl+4 switch queues, Ctrl+F goes to the search.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.complaints import Category, Kind
from desk_app.forms.complaints.register_form import ComplaintRegisterDialog
from desk_app.services import organisation
from desk_app.services.complaints import handling, views
from desk_app.services.complaints.handling import Escalated
from desk_app.services.complaints.lifecycle import chain
from desk_app.services.complaints.views import ComplaintDetail, ComplaintFilter, MonthStats
from desk_app.services.context import ServiceContext
from desk_app.services.organisation import DepartmentDTO
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.complaints.detail import ComplaintDetailView
from desk_app.views.complaints.model import CONTENT_COLUMN, ComplaintListModel
from desk_app.views.labels import complaint_category_choices, complaint_kind_choices

SELECTION_DEBOUNCE_MS = 150
COLUMN_WIDTHS = (130, 114, 48, 72, 72, 72, 48, 110, 72, 114, 80)
QUEUES = ("open", "overdue", "mine", "all")


@dataclass(frozen=True)
class Overview:
    """What the page needs besides the list: the queue counts, this month's figures, the chain."""

    counts: dict[str, int]
    mine: frozenset[int]
    stats: MonthStats
    suggestions: int  # this month's
    levels: tuple[str, ...]


def load_overview(ctx: ServiceContext, base: ComplaintFilter) -> Overview:
    mine = views.my_levels(ctx)
    counts = {
        "open": views.count(ctx, _queue_filter(base, "open", mine)),
        "overdue": views.count(ctx, _queue_filter(base, "overdue", mine)),
        "mine": views.count(ctx, _queue_filter(base, "mine", mine)) if mine else 0,
        "all": views.count(ctx, _queue_filter(base, "all", mine)),
    }
    today = ctx.now().astimezone(ctx.timezone).date()
    levels = tuple(level.name for level in chain(ctx))
    month = ComplaintFilter(kinds=frozenset({Kind.SUGGESTION}), date_from=today.replace(day=1), date_to=today)
    stats = views.month_stats(ctx, today.year, today.month)
    return Overview(counts, mine, stats, views.count(ctx, month), levels)


def _queue_filter(base: ComplaintFilter, queue: str, mine: frozenset[int]) -> ComplaintFilter:
    if queue == "open":
        return replace(base, open_only=True)
    if queue == "overdue":
        return replace(base, overdue_only=True)
    if queue == "mine":
        return replace(base, levels=mine)
    return base


def check_and_count(ctx: ServiceContext) -> list[Escalated]:
    """Escalate what is overdue now (the same as the app's timer)."""
    return handling.run_auto_escalation(ctx)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class ComplaintsPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.mine: frozenset[int] = frozenset()
        self.counts: dict[str, int] = {}
        self._pending_select: str | None = None
        self._overview_seq = 0

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action("add", self.tr("Register"), self.register)
        self.new_action.setToolTip(self.tr("Register a complaint, suggestion or praise (Ctrl+N)"))
        self.toolbar.addSeparator()
        self.check_action = self._action("escalate", self.tr("Check escalations"), self.check_escalations)
        self.check_action.setToolTip(
            self.tr("Escalate the complaints whose acknowledgement or answer deadline has passed")
        )
        self.refresh_action = self._action("refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setToolTip(self.tr("Check the deadlines and refresh (F5)"))

        # -- this month's figures
        self.stats_label = PlainLabel()
        self.stats_label.setStyleSheet(
            "background: #eceff1; color: #37474f; padding: 4px 8px; border-radius: 3px;"
        )
        self.stats_label.setWordWrap(True)

        # -- queues
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for _queue in QUEUES:
            self.tabs.addTab("")
        self.tabs.setTabIcon(1, icon("warning", "#c62828"))
        self.tabs.setTabIcon(2, icon("escalate", "#6a1b9a"))
        self._set_tab_texts()

        # -- filters
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), None)
        for value, label in complaint_kind_choices():
            self.kind.addItem(label, value)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for category, name in complaint_category_choices():
            self.category.addItem(name, category)
        self.department = QComboBox()
        self.department.addItem(self.tr("All departments"), None)
        self.use_dates = QCheckBox(self.tr("&From"))
        today = session.ctx.now().astimezone(session.ctx.timezone).date()
        self.date_from = self._date_edit(today.replace(day=1))
        self.to_label = QLabel(self.tr("to"))
        self.date_to = self._date_edit(today)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, complainant or words (Ctrl+F)"))
        filters = QWidget()
        row = QHBoxLayout(filters)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.tabs)
        row.addSpacing(12)
        for widget in (self.kind, self.category, self.department, self.use_dates, self.date_from):
            row.addWidget(widget)
        row.addWidget(self.to_label)
        row.addWidget(self.date_to)
        row.addWidget(self.search, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._filters_changed)

        # -- list and detail
        self.model = ComplaintListModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for index, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(index, width)
        self.table.setColumnWidth(CONTENT_COLUMN, 240)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)

        self.detail = ComplaintDetailView(session)
        self.detail.message.connect(self._show_message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 620])
        self.splitter.setChildrenCollapsible(False)

        self.count_label = PlainLabel()
        self.status = PlainLabel()
        self.status.setStyleSheet("color: #546e7a;")
        self.status.hide()
        footer = QWidget()
        column = QVBoxLayout(footer)
        column.setContentsMargins(8, 2, 8, 2)
        column.addWidget(self.count_label)
        column.addWidget(self.status)

        stats_box = QWidget()
        stats_row = QHBoxLayout(stats_box)
        stats_row.setContentsMargins(8, 4, 8, 0)
        stats_row.addWidget(self.stats_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(stats_box)
        layout.addWidget(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(footer)

        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(SELECTION_DEBOUNCE_MS)
        self._selection_timer.timeout.connect(self._show_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_timer.start())
        self.model.loaded.connect(self._list_loaded)
        self.tabs.currentChanged.connect(lambda _i: self._filters_changed())
        for combo in (self.kind, self.category, self.department):
            combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(lambda _d: self._filters_changed())
        self.date_to.dateChanged.connect(lambda _d: self._filters_changed())
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._filters_changed)
        self._dates_toggled(False)
        session.changed.connect(self._on_changed)
        session.user_changed.connect(self.refresh)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.register),
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
            (QKeySequence.StandardKey.Find, self._focus_search),
        ):
            QShortcut(keys, self, slot, context=context)
        for number in range(len(QUEUES)):
            QShortcut(
                QKeySequence(f"Ctrl+{number + 1}"),
                self,
                lambda n=number: self.tabs.setCurrentIndex(n),
                context=context,
            )

        session.call(organisation.list_departments, self._departments_arrived, parent=self)
        self.reload()

    def _action(self, icon_name: str, text: str, slot: object) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _set_tab_texts(self) -> None:
        names = (self.tr("Open"), self.tr("Overdue"), self.tr("Escalated to me"), self.tr("All"))
        for index, (queue, name) in enumerate(zip(QUEUES, names, strict=True)):
            count = self.counts.get(queue)
            self.tabs.setTabText(index, f"{name} ({count})" if count is not None else name)

    def _departments_arrived(self, departments: list[DepartmentDTO]) -> None:
        for d in departments:
            self.department.addItem(d.name, d.id)

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._filters_changed()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------------------------------------ filters

    @property
    def queue(self) -> str:
        return QUEUES[max(0, self.tabs.currentIndex())]

    def set_queue(self, queue: str) -> None:
        self.tabs.setCurrentIndex(QUEUES.index(queue))

    def base_filter(self) -> ComplaintFilter:
        kind = self.kind.currentData()
        category = self.category.currentData()
        on = self.use_dates.isChecked()
        date_from: date = self.date_from.date().toPython()  # type: ignore[assignment]
        date_to: date = self.date_to.date().toPython()  # type: ignore[assignment]
        return ComplaintFilter(
            kinds=frozenset({Kind(kind)}) if kind else frozenset(),
            category=Category(category) if category else None,
            department_id=self.department.currentData(),
            date_from=date_from if on else None,
            date_to=date_to if on else None,
            text=self.search.text().strip(),
        )

    def current_filter(self) -> ComplaintFilter:
        return _queue_filter(self.base_filter(), self.queue, self.mine)

    def _filters_changed(self) -> None:
        self._search_timer.stop()
        self.reload()

    # ------------------------------------------------------------------------------------------ loading

    def reload(self) -> None:
        """The list of the current queue and the overview (counts, figures)."""
        base = self.base_filter()
        self._overview_seq += 1
        seq = self._overview_seq
        self.session.call(
            lambda ctx: load_overview(ctx, base), lambda o: self._overview_arrived(seq, o), parent=self
        )

    def _overview_arrived(self, seq: int, overview: Overview) -> None:
        if seq != self._overview_seq:
            return
        self.mine = overview.mine
        self.counts = overview.counts
        self.model.levels = overview.levels
        self._set_tab_texts()
        self._show_stats(overview.stats, overview.suggestions)
        if self.queue == "mine" and not self.mine:
            self.model.show_nothing()
        else:
            self.model.reload(self.current_filter())

    def _show_stats(self, s: MonthStats, suggestions: int) -> None:
        self.stats_label.setText(
            self.tr(
                "{year}-{month:02d}: complaints {complaints}, suggestions {suggestions}, praise {praise}"
                "  ·  valid-complaint rate {valid}  ·  on-time replies {on_time}  ·  satisfaction {satisfaction}"
            ).format(
                year=s.year,
                month=s.month,
                complaints=s.complaints,
                suggestions=suggestions,
                praise=s.praise,
                valid=_percent(s.valid_rate),
                on_time=_percent(s.on_time_reply_rate),
                satisfaction=_percent(s.satisfaction),
            )
        )

    def refresh(self) -> None:
        """F5: check the deadlines (automatic escalation), then reload."""
        self.check_escalations(quiet=True)

    def check_escalations(self, quiet: bool = False) -> None:
        self.session.call(check_and_count, lambda done: self._checked(done, quiet), parent=self)

    def _checked(self, done: list[Escalated], quiet: bool) -> None:
        if done:
            self._show_message(self.tr("Escalated now: {count}.").format(count=len(done)))
            self.session.notify(frozenset({"complaint", "complaint_escalation"}))
            return  # the broadcast reloads
        if not quiet:
            self._show_message(self.tr("No complaint is due for escalation."))
        self.reload()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "complaint" in kinds:
            self.reload()

    def _list_loaded(self) -> None:
        self.count_label.setText(self.tr("Listed: {count}").format(count=self.model.rowCount()))
        wanted = self._pending_select or self.detail.complaint_id
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _show_current(self) -> None:
        complaint_id = self.model.id_at(self.table.currentIndex().row())
        if complaint_id is not None and complaint_id != self.detail.complaint_id:
            self.detail.load(complaint_id)

    def _open_index(self, index: QModelIndex) -> None:
        complaint_id = self.model.id_at(index.row())
        if complaint_id is not None:
            self._selection_timer.stop()
            self.detail.load(complaint_id, focus_next_step=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------------------------------ records

    def show_complaint(self, complaint_id: str, focus_next_step: bool = False) -> None:
        self._selection_timer.stop()
        self.detail.load(complaint_id, focus_next_step=focus_next_step)
        row = self.model.row_of(complaint_id)
        if row >= 0:
            self._select_row(row)
        else:
            self._pending_select = complaint_id

    def register(self, kind: Kind = Kind.COMPLAINT) -> ComplaintRegisterDialog:
        dialog = ComplaintRegisterDialog(
            self.session, self, kind=kind if isinstance(kind, Kind) else Kind.COMPLAINT
        )
        dialog.saved.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, detail: ComplaintDetail) -> None:
        self._show_message(self.tr("{number} registered.").format(number=detail.number))
        self.show_complaint(detail.id)

    def _show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
