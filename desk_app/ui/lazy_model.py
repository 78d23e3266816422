"""A lazy table model over ids (the Anki browser pattern), shared by the big lists.

The filter runs in SQL and returns only ids; rows are fetched ``PAGE`` at a time on the database thread and
kept in a small LRU of pages. ``data()`` never loads: a missing page is queued and fetched one turn of the
event loop later, and shows "…" meanwhile. A generation counter drops the replies of an older list.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from desk_app.services.context import ServiceContext
from desk_app.ui.session import AppSession

PAGE = 200
MAX_PAGES = 20  # pages kept in memory (4,000 rows); the least recently loaded are dropped first
LOADING = "…"
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=_HasId)
Filter = TypeVar("Filter")


class LazyIdModel(QAbstractTableModel, Generic[Row, Filter]):
    """Rows are ids; ``UserRole`` gives the loaded row (None while its page loads), ``ID_ROLE`` the id.

    Subclasses set ``context`` (translation context of the headers) and ``headers`` (QT_TRANSLATE_NOOP
    source texts), and implement ``query_ids``, ``fetch_rows`` (both run on the database thread, so they
    must not touch the model) and ``cell``.
    """

    loaded = Signal()  # a new list of ids is in (after a filter change or a refresh)

    context: str = ""
    headers: tuple[object, ...] = ()

    def __init__(self, session: AppSession, flt: Filter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = flt
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, Row]] = OrderedDict()
        self._pending: set[int] = set()  # requested and not arrived yet
        self._queue: set[int] = set()  # to request on the next turn of the event loop
        self._generation = 0  # bumped by every new list: late pages of an older list are dropped
        self._load_seq = 0  # bumped by every reload: an older list arriving late is dropped
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_pending)

    # ------------------------------------------------------------------------------------------ hooks

    def query_ids(self, ctx: ServiceContext, flt: Filter) -> list[str]:
        raise NotImplementedError

    def fetch_rows(self, ctx: ServiceContext, ids: list[str]) -> list[Row]:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What ``data()`` gives for a loaded row (``UserRole`` and ``ID_ROLE`` are answered already)."""
        raise NotImplementedError

    # ------------------------------------------------------------------------------------------ loading

    def reload(self, flt: Filter | None = None) -> None:
        """Run the filter (the current one when ``flt`` is None) and show the first page."""
        if flt is not None:
            self.filter = flt
        self._load_seq += 1
        seq, current = self._load_seq, self.filter
        query, fetch = self.query_ids, self.fetch_rows

        def load(ctx: ServiceContext) -> tuple[list[str], list[Row]]:
            ids = query(ctx, current)
            return ids, fetch(ctx, ids[:PAGE])  # the first page comes with the ids: the list shows at once

        self.session.call(load, lambda page: self._list_arrived(seq, *page), parent=None)

    def show_nothing(self) -> None:
        """An empty list, without asking the database."""
        self._load_seq += 1
        self._list_arrived(self._load_seq, [], [])

    def _list_arrived(self, seq: int, ids: list[str], first: list[Row]) -> None:
        if seq != self._load_seq:
            return  # a newer filter is on its way
        self.beginResetModel()
        self._generation += 1
        self._ids = ids
        self._pages.clear()
        self._pending.clear()
        self._queue.clear()
        self._pages[0] = {r.id: r for r in first}
        self.endResetModel()
        self.loaded.emit()

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        self._queue.add(page)
        self._fetch_timer.start()  # one turn of the event loop later: never load inside data()

    def _fetch_pending(self) -> None:
        generation, fetch = self._generation, self.fetch_rows
        queued, self._queue = sorted(self._queue), set()
        for page in queued:
            ids = self._ids[page * PAGE : (page + 1) * PAGE]
            self.session.call(
                lambda ctx, ids=ids: fetch(ctx, ids),  # type: ignore[misc]
                lambda rows, page=page: self._page_arrived(generation, page, rows),  # type: ignore[misc]
                parent=None,
            )

    def _page_arrived(self, generation: int, page: int, rows: list[Row]) -> None:
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
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.headers) - 1))

    # ------------------------------------------------------------------------------------------ access

    @property
    def ids(self) -> list[str]:
        return self._ids

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> Row | None:
        """The loaded row, or None (asking for it loads its page)."""
        record_id = self.id_at(row)
        if record_id is None:
            return None
        page = row // PAGE
        cached = self._pages.get(page)
        if cached is None:
            self._request(page)
            return None
        return cached.get(record_id)

    def loaded_pages(self) -> list[int]:
        return list(self._pages)

    # ------------------------------------------------------------------------------------------ Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, str(self.headers[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        if row is None:
            return self.loading_text(index.column()) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return self.cell(row, index.column(), role)

    def loading_text(self, column: int) -> str | None:
        """What a cell of a row still loading shows: "…" in the first column."""
        return LOADING if column == 0 else None
