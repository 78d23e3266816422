"""The complaint list as a lazy table model over ids (like the work-order list).

The queue or filter runs in SQL and returns only ids (``views.query_ids``); rows are fetched a page at a
time (``views.rows``) on the database thread. Overdue complaints are in red; the escalation level is shown
by the name of the level the complaint sits at.
"""

from __future__ import annotations

from collections import OrderedDict
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
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.domain.complaints import Kind, Severity, Status
from desk_app.services.complaints import views
from desk_app.services.complaints.views import ComplaintFilter, ComplaintRow
from desk_app.services.context import ServiceContext
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import MUTED
from desk_app.views.labels import (
    complaint_category_label,
    complaint_clock_label,
    complaint_kind_label,
    complaint_severity_label,
    complaint_status_label,
)
from desk_app.views.work_orders.common import OVERDUE_BACKGROUND, OVERDUE_TEXT, local_time

PAGE = 200
MAX_PAGES = 20
LOADING = "…"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PRAISE_COLOR = QColor("#2e7d32")
ESCALATED_COLOR = QColor("#6a1b9a")
CLOCK_ORDER = ("ack", "reply", "promised")

Index = QModelIndex | QPersistentModelIndex


def overdue_text(flags: frozenset[str]) -> str:
    clocks = [complaint_clock_label(c) for c in CLOCK_ORDER if c in flags]
    if not clocks:
        return ""
    return QCoreApplication.translate("Complaints", "Overdue: {clocks}").format(clocks="、".join(clocks))


@dataclass(frozen=True)
class ListPage:
    ids: list[str]
    first: list[ComplaintRow]


def load_list(ctx: ServiceContext, flt: ComplaintFilter) -> ListPage:
    ids = views.query_ids(ctx, flt)
    return ListPage(ids, views.rows(ctx, ids[:PAGE]))


@dataclass(frozen=True)
class _Column:
    header: object  # source text (QT_TRANSLATE_NOOP), context "Complaints"
    text: Callable[[ComplaintRow, tzinfo, tuple[str, ...]], str]


def _level(row: ComplaintRow, levels: tuple[str, ...]) -> str:
    if row.level <= 0:
        return ""
    name = levels[row.level] if row.level < len(levels) else str(row.level)
    return f"↑{row.level} {name}"


COLUMNS: tuple[_Column, ...] = (
    _Column(QT_TRANSLATE_NOOP("Complaints", "Number"), lambda r, tz, lv: r.number),
    _Column(QT_TRANSLATE_NOOP("Complaints", "Registered"), lambda r, tz, lv: local_time(r.created_at, tz)),
    _Column(QT_TRANSLATE_NOOP("Complaints", "Type"), lambda r, tz, lv: complaint_kind_label(r.kind)),
    _Column(QT_TRANSLATE_NOOP("Complaints", "Complainant"), lambda r, tz, lv: r.complainant_name),
    _Column(QT_TRANSLATE_NOOP("Complaints", "Unit"), lambda r, tz, lv: r.unit_code),
    _Column(
        QT_TRANSLATE_NOOP("Complaints", "Category"), lambda r, tz, lv: complaint_category_label(r.category)
    ),
    _Column(
        QT_TRANSLATE_NOOP("Complaints", "Severity"), lambda r, tz, lv: complaint_severity_label(r.severity)
    ),
    _Column(QT_TRANSLATE_NOOP("Complaints", "Level"), lambda r, tz, lv: _level(r, lv)),
    _Column(QT_TRANSLATE_NOOP("Complaints", "Status"), lambda r, tz, lv: complaint_status_label(r.status)),
    _Column(
        QT_TRANSLATE_NOOP("Complaints", "Reply due"),
        lambda r, tz, lv: local_time(r.promised_reply_at or r.reply_due_at, tz),
    ),
    _Column(QT_TRANSLATE_NOOP("Complaints", "Department"), lambda r, tz, lv: r.department_name),
    _Column(QT_TRANSLATE_NOOP("Complaints", "Content"), lambda r, tz, lv: " ".join(r.content.split())),
)
KIND_COLUMN = 2
SEVERITY_COLUMN = 6
LEVEL_COLUMN = 7
CONTENT_COLUMN = 11


class ComplaintListModel(QAbstractTableModel):
    """Rows are complaints, newest first; ``UserRole`` gives the ``ComplaintRow`` (None while loading)."""

    loaded = Signal()

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = ComplaintFilter(open_only=True)
        self.levels: tuple[str, ...] = ()
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, ComplaintRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._queue: set[int] = set()
        self._generation = 0
        self._load_seq = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_pending)
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------------------------------ loading

    def reload(self, flt: ComplaintFilter | None = None) -> None:
        if flt is not None:
            self.filter = flt
        self._load_seq += 1
        seq, current = self._load_seq, self.filter
        self.session.call(
            lambda ctx: load_list(ctx, current), lambda page: self._list_arrived(seq, page), parent=None
        )

    def show_nothing(self) -> None:
        """An empty list (a queue that does not apply to the signed-in user)."""
        self._load_seq += 1
        self._list_arrived(self._load_seq, ListPage([], []))

    def _list_arrived(self, seq: int, page: ListPage) -> None:
        if seq != self._load_seq:
            return
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
        self._fetch_timer.start()

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

    def _page_arrived(self, generation: int, page: int, rows: list[ComplaintRow]) -> None:
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

    def row_of(self, complaint_id: str) -> int:
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return -1

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> ComplaintRow | None:
        complaint_id = self.id_at(row)
        if complaint_id is None:
            return None
        cached = self._pages.get(row // PAGE)
        if cached is None:
            self._request(row // PAGE)
            return None
        return cached.get(complaint_id)

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
            return QCoreApplication.translate("Complaints", str(COLUMNS[section].header))
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
            return COLUMNS[column].text(row, self.session.ctx.timezone, self.levels)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status in (Status.VOIDED, Status.CLOSED):
                return QBrush(MUTED)
            if row.overdue:
                return QBrush(OVERDUE_TEXT)
            if column == LEVEL_COLUMN and row.level > 0:
                return QBrush(ESCALATED_COLOR)
            if column == KIND_COLUMN and row.kind is Kind.PRAISE:
                return QBrush(PRAISE_COLOR)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND) if row.overdue else None
        if role == Qt.ItemDataRole.FontRole:
            urgent = column == SEVERITY_COLUMN and row.severity is Severity.URGENT
            return self._bold if urgent or (column == LEVEL_COLUMN and row.level > 0) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = overdue_text(row.overdue)
            if column == CONTENT_COLUMN:
                return "\n".join(x for x in (row.content, tip) if x) or None
            return tip or None
        return None
