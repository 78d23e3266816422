"""The visit tables: the on-site list (short, in memory) and the log as a lazy model over ids.

The log's filter runs in SQL and returns ids (``log_ids``); rows come for the pages on screen (``rows``,
``PAGE`` at a time) on the database thread. A year of visits costs one list of ids.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.services.context import ServiceContext
from desk_app.services.visits import log as visits
from desk_app.services.visits.log import VisitDTO, VisitFilter
from desk_app.ui.lazy_model import LOADING, LazyIdModel
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.views.labels import record_type_label, visit_purpose_label, visitor_kind_label

EARLIER_TEXT = QColor("#bf360c")  # still on site from an earlier day
EARLIER_BACKGROUND = QColor("#ffe0b2")


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


class VisitLogModel(LazyIdModel[VisitDTO, VisitFilter]):
    """The log, newest first; ``UserRole`` gives the ``VisitDTO`` (None while its page loads)."""

    context = "Visits"
    headers = tuple(c.header for c in LOG_COLUMNS)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(session, VisitFilter(), parent)

    def query_ids(self, ctx: ServiceContext, flt: VisitFilter) -> list[str]:
        return visits.log_ids(ctx, flt)

    def fetch_rows(self, ctx: ServiceContext, ids: list[str]) -> list[VisitDTO]:
        return visits.rows(ctx, ids)

    def loading_text(self, column: int) -> str | None:
        return LOADING  # in every column: a log row is short

    def cell(self, visit: VisitDTO, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return LOG_COLUMNS[column].text(visit, self.session.ctx.timezone)
        if role == Qt.ItemDataRole.ToolTipRole:
            return earlier_tooltip(visit) or (visit.notes or None)
        if role == Qt.ItemDataRole.ForegroundRole and visit.earlier_day:
            return QBrush(EARLIER_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and visit.earlier_day:
            return QBrush(EARLIER_BACKGROUND)
        return None
