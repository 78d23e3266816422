"""The work-order list as a lazy table model over ids (the Anki browser pattern).

The filter runs in SQL and returns only ids (``views.query_ids``); rows are fetched for the pages on screen
(``views.rows``, ``PAGE`` rows at a time) on the database thread and kept in a small page cache. The first
page comes back with the ids, so the list shows at once; later pages show "…" for the moment they take.
200,000 orders cost one list of ids, never 200,000 row objects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from desk_app.domain.work_orders import Status, Urgency
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import views
from desk_app.services.work_orders.views import WorkOrderFilter, WorkOrderRow
from desk_app.ui.lazy_model import PAGE as PAGE  # re-exported: the tests page through it
from desk_app.ui.lazy_model import LazyIdModel
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


class WorkOrderListModel(LazyIdModel[WorkOrderRow, WorkOrderFilter]):
    """Rows are work orders, newest first; ``UserRole`` gives the ``WorkOrderRow`` (None while loading)."""

    context = "WorkOrders"
    headers = tuple(c.header for c in COLUMNS)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(session, WorkOrderFilter(open_only=True), parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def query_ids(self, ctx: ServiceContext, flt: WorkOrderFilter) -> list[str]:
        return views.query_ids(ctx, flt)

    def fetch_rows(self, ctx: ServiceContext, ids: list[str]) -> list[WorkOrderRow]:
        return views.rows(ctx, ids)

    def cell(self, row: WorkOrderRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(row, self.session.ctx.timezone)
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
