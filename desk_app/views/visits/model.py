"""The visit tables: the on-site list (short, in memory) and the log as a lazy model over ids.

The log's filter runs in SQL and returns ids (``log_ids``); rows come for the pages on screen (``rows``,
``PAGE`` at a time) on the database thread. A year of visits costs one list of ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desk_app.services.context import ServiceContext
from desk_app.services.visits import log as visits
from desk_app.services.visits.log import VisitDTO, VisitFilter
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.views.labels import record_type_label, visit_purpose_label, visitor_kind_label

PAGE = 200
LOADING = "…"
EARLIER_TEXT = QColor("#bf360c")  # still on site from an earlier day
EARLIER_BACKGROUND = QColor("#ffe0b2")

Index = QModelIndex | QPersistentModelIndex


def _t(text: object) -> str:
    return QCoreApplication.translate("Visits", str(text))


def _time(value: Any, tz: tzinfo, fmt: str = "%m-%d %H:%M") -> str:
    return value.astimezone(tz).strftime(fmt) if value else ""


def _who(v: VisitDTO) -> str:
    return v.name + (f" ×{v.party_size}" if v.party_size > 1 else "")


def _created(v: VisitDTO) -> str:
    return record_type_label(v.created_record_type) if v.created_record_type else ""


@dataclass(frozen=True)
class _Column:
    header: object  # source text (QT_TRANSLATE_NOOP), context "Visits"
    text: Callable[[VisitDTO, tzinfo], str]


LOG_COLUMNS: tuple[_Column, ...] = (
    _Column(QT_TRANSLATE_NOOP("Visits", "Number"), lambda v, tz: v.number),
    _Column(QT_TRANSLATE_NOOP("Visits", "In"), lambda v, tz: _time(v.time_in, tz)),
    _Column(QT_TRANSLATE_NOOP("Visits", "Out"), lambda v, tz: _time(v.time_out, tz)),
    _Column(QT_TRANSLATE_NOOP("Visits", "Name"), lambda v, tz: _who(v)),
    _Column(QT_TRANSLATE_NOOP("Visits", "Kind"), lambda v, tz: visitor_kind_label(v.visitor_kind)),
    _Column(QT_TRANSLATE_NOOP("Visits", "Unit"), lambda v, tz: v.unit_code),
    _Column(QT_TRANSLATE_NOOP("Visits", "Purpose"), lambda v, tz: visit_purpose_label(v.purpose)),
    _Column(QT_TRANSLATE_NOOP("Visits", "Phone"), lambda v, tz: v.phone),
    _Column(QT_TRANSLATE_NOOP("Visits", "Company"), lambda v, tz: v.company),
    _Column(QT_TRANSLATE_NOOP("Visits", "Plate"), lambda v, tz: v.plate),
    _Column(QT_TRANSLATE_NOOP("Visits", "Created"), lambda v, tz: _created(v)),
    _Column(QT_TRANSLATE_NOOP("Visits", "Handled by"), lambda v, tz: v.handled_by_name),
    _Column(QT_TRANSLATE_NOOP("Visits", "Notes"), lambda v, tz: " ".join(v.notes.split())),
)


def earlier_tooltip(v: VisitDTO) -> str:
    return _t(QT_TRANSLATE_NOOP("Visits", "Still on site from an earlier day")) if v.earlier_day else ""


def on_site_model(tz: tzinfo, parent: QObject | None = None) -> RowTableModel:
    """Visitors not checked out, oldest first; those from an earlier day in colour."""

    def background(v: VisitDTO) -> QColor | None:
        return EARLIER_BACKGROUND if v.earlier_day else None

    def column(header: object, text: Callable[[VisitDTO], str]) -> Column:
        return Column(_t(header), text, tooltip=earlier_tooltip, background=background)

    columns = [
        column(QT_TRANSLATE_NOOP("Visits", "In"), lambda v: _time(v.time_in, tz)),
        column(QT_TRANSLATE_NOOP("Visits", "Name"), _who),
        column(QT_TRANSLATE_NOOP("Visits", "Kind"), lambda v: visitor_kind_label(v.visitor_kind)),
        column(QT_TRANSLATE_NOOP("Visits", "Unit"), lambda v: v.unit_code),
        column(QT_TRANSLATE_NOOP("Visits", "Purpose"), lambda v: visit_purpose_label(v.purpose)),
        column(QT_TRANSLATE_NOOP("Visits", "Company"), lambda v: v.company),
        column(QT_TRANSLATE_NOOP("Visits", "Plate"), lambda v: v.plate),
        column(QT_TRANSLATE_NOOP("Visits", "Badge until"), lambda v: _time(v.badge_valid_until, tz)),
        column(QT_TRANSLATE_NOOP("Visits", "Number"), lambda v: v.number),
    ]
    return RowTableModel(columns, parent, color=lambda v: EARLIER_TEXT if v.earlier_day else None)


@dataclass(frozen=True)
class LogPage:
    ids: list[str]
    first: list[VisitDTO]


def load_log(ctx: ServiceContext, flt: VisitFilter) -> LogPage:
    ids = visits.log_ids(ctx, flt)
    return LogPage(ids, visits.rows(ctx, ids[:PAGE]))


class VisitLogModel(QAbstractTableModel):
    """The log, newest first; ``UserRole`` gives the ``VisitDTO`` (None while its page loads)."""

    loaded = Signal()

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = VisitFilter()
        self._ids: list[str] = []
        self._rows: dict[str, VisitDTO] = {}
        self._pending: set[int] = set()
        self._queue: set[int] = set()
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fetch_queued)

    # --- loading
    def reload(self, flt: VisitFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        self._generation += 1
        generation, current = self._generation, self.filter
        self.session.call(lambda ctx: load_log(ctx, current), lambda page: self._arrived(generation, page))

    def _arrived(self, generation: int, page: LogPage) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = page.ids
        self._rows = {v.id: v for v in page.first}
        self._pending.clear()
        self._queue.clear()
        self.endResetModel()
        self.loaded.emit()

    def _request(self, page: int) -> None:
        if page in self._pending or page in self._queue:
            return
        self._queue.add(page)
        self._timer.start()

    def _fetch_queued(self) -> None:
        generation = self._generation
        for page in sorted(self._queue):
            self._pending.add(page)
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            self.session.call(
                lambda ctx, ids=ids: visits.rows(ctx, ids),
                lambda found, page=page: self._page_arrived(generation, page, found),
            )
        self._queue.clear()

    def _page_arrived(self, generation: int, page: int, found: list[VisitDTO]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._rows.update({v.id: v for v in found})
        first, last = page * PAGE, min(len(self._ids), (page + 1) * PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(LOG_COLUMNS) - 1))

    # --- access
    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> VisitDTO | None:
        visit_id = self.id_at(row)
        return self._rows.get(visit_id) if visit_id is not None else None

    def row_of(self, visit_id: str) -> int:
        try:
            return self._ids.index(visit_id)
        except ValueError:
            return -1

    # --- Qt overrides
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LOG_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        visit = self._rows.get(self._ids[index.row()])
        if visit is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row() // PAGE)
                return LOADING
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return LOG_COLUMNS[index.column()].text(visit, self.session.ctx.timezone)
        if role == Qt.ItemDataRole.ToolTipRole:
            return earlier_tooltip(visit) or (visit.notes or None)
        if role == Qt.ItemDataRole.ForegroundRole and visit.earlier_day:
            return QBrush(EARLIER_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and visit.earlier_day:
            return QBrush(EARLIER_BACKGROUND)
        if role == Qt.ItemDataRole.UserRole:
            return visit
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LOG_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(LOG_COLUMNS[section].header)
        return None
