"""The work-order list as a lazy table model over ids (the Anki browser pattern).

The filter runs in SQL and returns only ids (``views.query_ids``); rows are fetched for the pages on screen
(``views.rows``, ``PAGE`` rows at a time) on the database thread and kept in a small page cache. The first
page comes back with the ids, so the list shows at once; later pages show "…" for the moment they take.
200,000 orders cost one list of ids, never 200,000 row objects.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
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
from PySide6.QtGui import QBrush, QFont

from desk_app.domain.work_orders import Status, Urgency
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import views
from desk_app.services.work_orders.views import WorkOrderFilter, WorkOrderRow
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import MUTED
from desk_app.views.labels import urgency_label, work_order_status_label
from desk_app.views.work_orders.common import (
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    REPEAT_COLOR,
    local_time,
    overdue_tooltip,
    unit_or_location,
)

PAGE = 200
MAX_PAGES = 20  # pages kept in memory (4,000 rows); the farthest are dropped first
LOADING = "…"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListPage:
    """What one load returns: every matching id and the rows of the first page."""

    ids: list[str]
    first: list[WorkOrderRow]


def load_list(ctx: ServiceContext, flt: WorkOrderFilter) -> ListPage:
    ids = views.query_ids(ctx, flt)
    return ListPage(ids, views.rows(ctx, ids[:PAGE]))


def _marks(row: WorkOrderRow) -> str:
    parts = []
    if row.is_repeat:
        parts.append(QCoreApplication.translate("WorkOrders", "Repeat"))
    if row.rework_count:
        parts.append(
            QCoreApplication.translate("WorkOrders", "Rework ×{count}").format(count=row.rework_count)
        )
    return " ".join(parts)


@dataclass(frozen=True)
class _Column:
    header: object  # source text (QT_TRANSLATE_NOOP), context "WorkOrders"
    text: Callable[[WorkOrderRow, Any], str]


COLUMNS: tuple[_Column, ...] = (
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Number"), lambda r, tz: r.number),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Registered"), lambda r, tz: local_time(r.created_at, tz)),
    _Column(
        QT_TRANSLATE_NOOP("WorkOrders", "Unit / place"),
        lambda r, tz: unit_or_location(r.unit_code, r.location),
    ),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Reporter"), lambda r, tz: r.reporter_name),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Category"), lambda r, tz: r.category_name),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Urgency"), lambda r, tz: urgency_label(r.urgency)),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Department"), lambda r, tz: r.department_name),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Assigned to"), lambda r, tz: r.assignee_name),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Status"), lambda r, tz: work_order_status_label(r.status)),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Marks"), lambda r, tz: _marks(r)),
    _Column(QT_TRANSLATE_NOOP("WorkOrders", "Description"), lambda r, tz: " ".join(r.description.split())),
)
URGENCY_COLUMN = 5
MARKS_COLUMN = 9
DESCRIPTION_COLUMN = 10


class WorkOrderListModel(QAbstractTableModel):
    """Rows are work orders, newest first; ``UserRole`` gives the ``WorkOrderRow`` (None while loading)."""

    loaded = Signal()  # a new list of ids is in (after a filter change or a refresh)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = WorkOrderFilter(open_only=True)
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, WorkOrderRow]] = OrderedDict()
        self._pending: set[int] = set()  # requested and not arrived yet
        self._queue: set[int] = set()  # to request on the next turn of the event loop
        self._generation = 0  # bumped by every reload: late pages of an older list are dropped
        self._load_seq = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_pending)
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------------------------------ loading

    def reload(self, flt: WorkOrderFilter | None = None) -> None:
        """Run the filter (the current one when ``flt`` is None) and show the first page."""
        if flt is not None:
            self.filter = flt
        self._load_seq += 1
        seq, current = self._load_seq, self.filter
        self.session.call(
            lambda ctx: load_list(ctx, current), lambda page: self._list_arrived(seq, page), parent=None
        )

    def _list_arrived(self, seq: int, page: ListPage) -> None:
        if seq != self._load_seq:
            return  # a newer filter is on its way
        self.beginResetModel()
        self._generation += 1
        self._ids = page.ids
        self._pages.clear()
        self._pending.clear()
        self._queue.clear()
        self._pages[0] = {r.id: r for r in page.first}
        self.endResetModel()
        self.loaded.emit()

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        self._queue.add(page)
        self._fetch_timer.start()  # one turn of the event loop later: never load inside data()

    def _fetch_pending(self) -> None:
        generation = self._generation
        queued, self._queue = sorted(self._queue), set()
        for page in queued:
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            self.session.call(
                lambda ctx, ids=ids: views.rows(ctx, ids),  # type: ignore[misc]
                lambda rows, page=page: self._page_arrived(generation, page, rows),  # type: ignore[misc]
                parent=None,
            )

    def _page_arrived(self, generation: int, page: int, rows: list[WorkOrderRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = {r.id: r for r in rows}
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE
        last = min(len(self._ids), first + PAGE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # ------------------------------------------------------------------------------------------ access

    @property
    def ids(self) -> list[str]:
        return self._ids

    def row_of(self, order_id: str) -> int:
        try:
            return self._ids.index(order_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> WorkOrderRow | None:
        """The loaded row, or None (asking for it loads its page)."""
        order_id = self.id_at(row)
        if order_id is None:
            return None
        page = row // PAGE
        cached = self._pages.get(page)
        if cached is None:
            self._request(page)
            return None
        return cached.get(order_id)

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    # ------------------------------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("WorkOrders", str(COLUMNS[section].header))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        column = index.column()
        if row is None:
            return LOADING if role == Qt.ItemDataRole.DisplayRole and column == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(row, self.session.ctx.timezone)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is Status.VOIDED:
                return QBrush(MUTED)
            if row.overdue:
                return QBrush(OVERDUE_TEXT)
            if column == MARKS_COLUMN and (row.is_repeat or row.rework_count):
                return QBrush(REPEAT_COLOR)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if row.overdue else None
        if role == Qt.ItemDataRole.FontRole:
            urgent = column == URGENCY_COLUMN and row.urgency is Urgency.URGENT
            return self._bold if urgent or (column == MARKS_COLUMN and row.is_repeat) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = overdue_tooltip(row.overdue)
            if column == DESCRIPTION_COLUMN:
                return "\n".join(x for x in (row.description, tip) if x) or None
            return tip or None
        return None
