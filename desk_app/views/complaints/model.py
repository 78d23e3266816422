"""The complaint list as a lazy table model over ids (like the work-order list).

The queue or filter runs in SQL and returns only ids (``views.query_ids``); rows are fetched a page at a
time (``views.rows``) on the database thread. Overdue complaints are in red; the escalation level is shown
by the name of the level the complaint sits at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desk_app.domain.complaints import Kind, Severity, Status
from desk_app.services.complaints import views
from desk_app.services.complaints.views import ComplaintFilter, ComplaintRow
from desk_app.services.context import ServiceContext
from desk_app.ui.lazy_model import LazyIdModel
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

PRAISE_COLOR = QColor("#2e7d32")
ESCALATED_COLOR = QColor("#6a1b9a")
CLOCK_ORDER = ("ack", "reply", "promised")


def overdue_text(flags: frozenset[str]) -> str:
    clocks = [complaint_clock_label(c) for c in CLOCK_ORDER if c in flags]
    if not clocks:
        return ""
    return QCoreApplication.translate("Complaints", "Overdue: {clocks}").format(clocks="、".join(clocks))


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


class ComplaintListModel(LazyIdModel[ComplaintRow, ComplaintFilter]):
    """Rows are complaints, newest first; ``UserRole`` gives the ``ComplaintRow`` (None while loading)."""

    context = "Complaints"
    headers = tuple(c.header for c in COLUMNS)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(session, ComplaintFilter(open_only=True), parent)
        self.levels: tuple[str, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def query_ids(self, ctx: ServiceContext, flt: ComplaintFilter) -> list[str]:
        return views.query_ids(ctx, flt)

    def fetch_rows(self, ctx: ServiceContext, ids: list[str]) -> list[ComplaintRow]:
        return views.rows(ctx, ids)

    def cell(self, row: ComplaintRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column].text(row, self.session.ctx.timezone, self.levels)
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
