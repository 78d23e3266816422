"""The list of release slips: today / not back from the gate / all, a text filter, newest first.

Slips are few (a handful a day), so the list is one query of at most ``slips.MAX_LIST`` rows held in memory;
the text filter narrows it in SQL. Enter or a double click opens a slip; the signal carries its id.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.release import ReleaseStatus
from desk_app.services.release import slips
from desk_app.services.release.slips import ReleaseFilter, ReleaseRow
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import MUTED_COLOR, Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.release.labels import status_label
from desk_app.views.work_orders.common import short_time

QUEUES = ("today", "unconfirmed", "all")
SEARCH_DEBOUNCE_MS = 250
UNCONFIRMED_COLOR = QColor("#1565c0")
OLD_UNCONFIRMED = QColor("#c62828")  # issued on an earlier day and still not back from the gate
COLUMN_WIDTHS = (136, 50, 70, 60, 100, 76)  # the items take the rest


class ReleaseList(QWidget):
    current_changed = Signal(str)  # release id (the selection moved)
    activated = Signal(str)  # Enter / double click
    loaded = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._seq = 0
        self._pending: str | None = None
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for text in (self.tr("Today"), self.tr("Not back from the gate"), self.tr("All")):
            self.tabs.addTab(text)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Number, unit, name, phone, plate (Ctrl+F)"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.tabs)
        row.addSpacing(8)
        row.addWidget(search_label)
        row.addWidget(self.search, 1)

        tz = session.ctx.timezone
        today = self._today
        self.model = RowTableModel(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(
                    self.tr("Date"),
                    lambda r: f"{r.release_date:%m-%d}",
                    tooltip=lambda r: r.release_date.isoformat(),
                ),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Applicant"), lambda r: r.applicant_name),
                Column(self.tr("Status"), lambda r: _status(r, tz)),
                Column(self.tr("Plate"), lambda r: r.plate),
                Column(self.tr("Items"), lambda r: r.items_text, tooltip=lambda r: r.items_text),
            ],
            self,
            muted=lambda r: r.status is ReleaseStatus.VOID,
            color=lambda r: _color(r, today()),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.count_label = PlainLabel()
        self.count_label.setStyleSheet("color: #546e7a; padding: 2px 8px;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.reload)
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(self._open_index)
        self.table.installEventFilter(self)

    def _today(self) -> date:
        return self.session.ctx.local_now().date()

    # ------------------------------------------------------------------------------------------ filters

    @property
    def queue(self) -> str:
        return QUEUES[max(0, self.tabs.currentIndex())]

    def set_queue(self, queue: str) -> None:
        self.tabs.setCurrentIndex(QUEUES.index(queue))

    def current_filter(self) -> ReleaseFilter:
        today = self._today()
        text = self.search.text().strip()
        if self.queue == "today":
            # Today's slips, and a slip booked for a moving day ahead shows on its day.
            return ReleaseFilter(date_from=today, date_to=today, text=text)
        if self.queue == "unconfirmed":
            return ReleaseFilter(unconfirmed_only=True, text=text)
        return ReleaseFilter(text=text)

    # ------------------------------------------------------------------------------------------ loading

    def reload(self, select_id: str | None = None) -> None:
        self._timer.stop()
        if select_id is not None:
            self._pending = select_id
        flt = self.current_filter()
        self._seq += 1
        seq = self._seq
        self.session.call(
            lambda ctx: slips.list_releases(ctx, flt), lambda rows: self._arrived(seq, rows), parent=self
        )

    def _arrived(self, seq: int, rows: list[ReleaseRow]) -> None:
        if seq != self._seq:
            return
        current = self.current_id()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("Listed: {count}").format(count=len(rows)))
        wanted = self._pending or current
        self._pending = None
        row = self.model.find(lambda r: r.id == wanted) if wanted else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectRow(row)
        self.loaded.emit()

    def current_id(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row is not None else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.current_changed.emit(row.id)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.activated.emit(row.id)

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


def _status(row: ReleaseRow, tz: tzinfo) -> str:
    """'Released 11-23 16:05' once the gate confirmed: one column for both."""
    text = status_label(row.status, short=True)
    return f"{text} {short_time(row.guard_confirmed_at, tz)}" if row.guard_confirmed_at else text


def _color(row: ReleaseRow, today: date) -> QColor | None:
    if row.status is not ReleaseStatus.ISSUED:
        return MUTED_COLOR if row.status is ReleaseStatus.VOID else None
    return OLD_UNCONFIRMED if row.release_date < today else UNCONFIRMED_COLOR
