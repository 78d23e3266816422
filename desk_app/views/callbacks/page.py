"""The return-visit queue (回访): what is overdue, due today and coming, and this month's return-visit rate.

A slip that came back must be followed by a return visit within one working day (DOMAIN.md §2), and the
rate must reach 100 % (§3, §9). The clerk works down the list from the top: Enter on a row records the
call; after saving, the next row is selected, so the whole queue can be done from the keyboard. A 不满意
answer sends the order back as rework: supervisors (and managers) see those orders in a fourth list until
a later return visit finds the customer satisfied, or the order is closed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Role
from desk_app.forms.callbacks.callback_form import CallbackDialog, CallbackTarget
from desk_app.services.context import ServiceContext
from desk_app.services.work_orders import notices, views
from desk_app.services.work_orders.notices import ReworkNotice
from desk_app.services.work_orders.views import WorkOrderRow
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import ERROR_COLOR, Column, RowTableModel
from desk_app.ui.widgets import PlainLabel
from desk_app.views.labels import work_order_status_label
from desk_app.views.settings.common import fit_columns, make_table
from desk_app.views.work_orders.common import overdue_clocks

# Who sees the list of orders sent back by a dissatisfied customer (the escalation of DOMAIN.md §3).
SUPERVISING_ROLES = frozenset({Role.SUPERVISOR, Role.MANAGER, Role.ADMIN})
RELOAD_EVERY_MS = 5 * 60 * 1000  # "due today" turns into "overdue" while the page stays open
OVERDUE_RED = "#c62828"


@dataclass(frozen=True)
class QueueEntry:
    """One order waiting for its return visit, with what the queue shows beyond the list's row."""

    row: WorkOrderRow
    returned_at: datetime | None
    attempts: int
    description: str

    @property
    def id(self) -> str:
        return self.row.id

    def target(self) -> CallbackTarget:
        return CallbackTarget.from_row(self.row, self.description, self.attempts)


@dataclass(frozen=True)
class QueueData:
    overdue: list[QueueEntry]
    due_today: list[QueueEntry]
    upcoming: list[QueueEntry]
    rate_this_month: float | None
    rework: list[ReworkNotice] | None  # None: the signed-in user does not supervise
    counts: tuple[int, int, int] = (0, 0, 0)  # exact sizes of the three groups (the lists are capped)


def load_queue(ctx: ServiceContext, with_rework: bool) -> QueueData:
    """Everything the page shows, in one call on the database thread."""
    queue = views.callback_queue(ctx)
    everything = [*queue.overdue, *queue.due_today, *queue.upcoming]
    details = notices.queue_details(ctx, [r.id for r in everything])

    def entries(rows: Sequence[WorkOrderRow]) -> list[QueueEntry]:
        out = []
        for r in rows:
            d = details.get(r.id)
            out.append(QueueEntry(r, d.returned_at if d else None, d.callback_attempts if d else 0,
                                  d.description if d else r.description))  # fmt: skip
        return out

    return QueueData(
        entries(queue.overdue),
        entries(queue.due_today),
        entries(queue.upcoming),
        queue.rate_this_month,
        notices.dissatisfied_in_rework(ctx) if with_rework else None,
        (queue.overdue_count, queue.due_today_count, queue.upcoming_count),
    )


def _where(unit_code: str, location: str) -> str:
    return " ".join(p for p in (unit_code, location) if p)


class QueueGroup(QWidget):
    """A titled table of one part of the queue; a short line instead of an empty table."""

    chosen = Signal(object)  # the row's DTO: Enter or a double click
    focused = Signal(object)  # this group, when the clerk moves into its table

    def __init__(
        self,
        title: Callable[[int], str],
        empty_text: str,
        model: RowTableModel,
        title_color: str | None = None,
        icon_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.model = model
        self.title = PlainLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        if title_color:
            self.title.setStyleSheet(f"color: {title_color};")
        self.empty = PlainLabel(empty_text)
        self.empty.setStyleSheet("color: #757575; padding-left: 4px;")
        for label in (self.title, self.empty):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.table: QTableView = make_table(model)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next list, arrows move in this one
        self.table.activated.connect(lambda index: self.chosen.emit(self.model.row_at(index.row())))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.focused.emit(self))
        top = QHBoxLayout()
        top.setSpacing(6)
        if icon_name:
            mark = QLabel()
            mark.setPixmap(icon(icon_name, title_color or "#37474f").pixmap(QSize(18, 18)))
            top.addWidget(mark)
        top.addWidget(self.title)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.set_rows([])

    def set_rows(self, rows: Sequence[Any], total: int | None = None) -> None:
        """Show ``rows``; ``total`` is the group's real size when only the first rows are listed."""
        self.model.set_rows(rows)
        total = max(total or 0, len(rows))
        title = self._title(total)
        if total > len(rows):
            title += "  " + QCoreApplication.translate(
                "CallbacksPage", "(the first {shown} are listed)"
            ).format(shown=len(rows))
        self.title.setText(title)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            fit_columns(self.table, maximum=260)
        # Never taller than its rows: short lists leave the room to the long ones.
        header = self.table.horizontalHeader().sizeHint().height()
        row_height = self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(header + frame + row_height * min(len(rows), 2) + 2)
        self.table.setMaximumHeight(header + frame + row_height * max(len(rows), 1) + 2)
        layout = self.layout()
        layout.invalidate()
        self.setMaximumHeight(layout.maximumSize().height())

    def count(self) -> int:
        return self.model.rowCount()

    def current(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select(self, row: int) -> None:
        row = max(0, min(row, self.count() - 1))
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))


class CallbacksPage(QWidget):
    KINDS = frozenset({"work_order", "supervisor_notice"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: QueueData | None = None
        self.dialog: CallbackDialog | None = None
        self._current: QueueGroup | None = None

        # --- the month's rate, big: the target is 100 %
        self.rate_value = QLabel("—")
        self.rate_value.setObjectName("rateValue")
        self.rate_bar = QProgressBar()
        self.rate_bar.setRange(0, 100)
        self.rate_bar.setTextVisible(False)
        self.rate_bar.setFixedHeight(10)
        self.rate_caption = PlainLabel(self.tr("Return-visit rate this month (target 100 %)"))
        self.rate_caption.setStyleSheet("color: #455a64;")
        self.summary = PlainLabel()
        self.summary.setStyleSheet("color: #455a64;")
        rate_text = QVBoxLayout()
        rate_text.setSpacing(4)
        rate_text.addWidget(self.rate_caption)
        rate_text.addWidget(self.rate_bar)
        rate_text.addWidget(self.summary)
        self.record_button = QPushButton(icon("callback"), self.tr("&Record return visit…"))
        self.record_button.setToolTip(self.tr("Or press Enter on a row"))
        self.record_button.clicked.connect(self.record_selected)
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.reload)
        banner = QFrame()
        banner.setObjectName("rateBanner")
        banner.setStyleSheet(
            "#rateBanner { background: #f5f7f8; border: 1px solid #cfd8dc; border-radius: 6px; }"
        )
        top = QHBoxLayout(banner)
        top.setContentsMargins(14, 8, 14, 8)
        top.setSpacing(18)
        top.addWidget(self.rate_value)
        top.addLayout(rate_text, 1)
        top.addWidget(self.record_button)
        top.addWidget(self.refresh_button)

        # --- the queue
        self.overdue = QueueGroup(
            lambda n: self.tr("Overdue ({count})").format(count=n),
            self.tr("Nothing overdue."),
            self._queue_model(red=True),
            OVERDUE_RED,
            "warning",
        )
        self.due_today = QueueGroup(
            lambda n: self.tr("Due today ({count})").format(count=n),
            self.tr("No return visits due today."),
            self._queue_model(),
            "#1565c0",
            "today",
        )
        self.upcoming = QueueGroup(
            lambda n: self.tr("Upcoming ({count})").format(count=n),
            self.tr("Nothing waiting yet: slips that come back appear here."),
            self._queue_model(),
            "#455a64",
            "callbacks",
        )
        self.rework = QueueGroup(
            lambda n: self.tr("Dissatisfied — back in rework ({count})").format(count=n),
            self.tr("No order is back in rework after a dissatisfied return visit."),
            self._rework_model(),
            "#e65100",
            "rework",
        )
        self.queue_groups = (self.overdue, self.due_today, self.upcoming)
        for group in self.queue_groups:
            group.chosen.connect(self.record)
            group.focused.connect(self._group_focused)
        self.rework.focused.connect(self._group_focused)

        self.groups_layout = QVBoxLayout()
        self.groups_layout.setSpacing(6)
        for group in (*self.queue_groups, self.rework):
            self.groups_layout.addWidget(group)
        self.groups_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(banner)
        layout.addLayout(self.groups_layout, 1)

        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        self.timer = QTimer(self)
        self.timer.setInterval(RELOAD_EVERY_MS)
        self.timer.timeout.connect(self._timed_reload)
        self.timer.start()
        session.changed.connect(self._on_changed)
        session.user_changed.connect(self.reload)
        self._show_rate(None)
        self.reload()

    # ------------------------------------------------------------------------------------------ models

    def _queue_model(self, red: bool = False) -> RowTableModel:
        tz = self.session.ctx.timezone

        def when(value: datetime | None) -> str:
            return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""

        columns = [
            Column(self.tr("Number"), lambda e: e.row.number),
            Column(self.tr("Unit"), lambda e: _where(e.row.unit_code, e.row.location)),
            Column(self.tr("Reporter"), lambda e: e.row.reporter_name),
            Column(self.tr("Phone"), lambda e: e.row.contact_phone),
            Column(self.tr("Category"), lambda e: e.row.category_name),
            Column(self.tr("Department"), lambda e: e.row.department_name),
            Column(self.tr("Slip returned"), lambda e: when(e.returned_at)),
            Column(self.tr("Due"), lambda e: when(e.row.callback_due_at)),
            Column(self.tr("Attempts"), lambda e: str(e.attempts) if e.attempts else "", align_right=True),
            Column(
                self.tr("Reported"),
                lambda e: e.description.replace("\n", " "),
                tooltip=lambda e: e.description,
            ),
        ]
        red_text = QColor(OVERDUE_RED)
        return RowTableModel(columns, parent=self, color=(lambda _e: red_text) if red else None)

    def _rework_model(self) -> RowTableModel:
        tz = self.session.ctx.timezone

        def called(n: ReworkNotice) -> str:
            return f"{n.called_at.astimezone(tz).strftime('%Y-%m-%d %H:%M')} {n.called_by}".strip()

        def status(n: ReworkNotice) -> str:
            text = work_order_status_label(n.status)
            if n.overdue:
                late = "、".join(overdue_clocks(n.overdue))  # the list's order and separator
                text = self.tr("{status} — overdue: {clocks}").format(status=text, clocks=late)
            return text

        columns = [
            Column(self.tr("Number"), lambda n: n.number),
            Column(self.tr("Unit"), lambda n: _where(n.unit_code, n.location)),
            Column(self.tr("Reporter"), lambda n: n.reporter_name),
            Column(self.tr("Phone"), lambda n: n.contact_phone),
            Column(self.tr("Department"), lambda n: n.department_name),
            Column(self.tr("Status"), status),
            Column(self.tr("Rework"), lambda n: str(n.rework_count), align_right=True),
            Column(self.tr("Return visit"), called),
            Column(self.tr("Remarks"), lambda n: n.remarks.replace("\n", " "), tooltip=lambda n: n.remarks),
        ]
        return RowTableModel(columns, parent=self, color=lambda n: ERROR_COLOR if n.overdue else None)

    # ------------------------------------------------------------------------------------------ loading

    @property
    def supervises(self) -> bool:
        actor = self.session.actor
        return actor is not None and actor.role in SUPERVISING_ROLES

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def _timed_reload(self) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.data is not None:
            self.reload()  # time moved on while another section was shown
        self._focus_first()

    def reload(self) -> None:
        with_rework = self.supervises
        self.session.call(lambda ctx: load_queue(ctx, with_rework), on_done=self._show, parent=self)

    def _show(self, data: QueueData) -> None:
        remembered = self._remember()
        self.data = data
        overdue, today, upcoming = (
            max(c, len(r))
            for c, r in zip(data.counts, (data.overdue, data.due_today, data.upcoming), strict=True)
        )
        self.overdue.set_rows(data.overdue, overdue)
        self.due_today.set_rows(data.due_today, today)
        self.upcoming.set_rows(data.upcoming, upcoming)
        self.rework.setVisible(data.rework is not None)
        self.rework.set_rows(data.rework or [])
        self._align_columns()
        # The long lists get the room; a list is never stretched beyond its rows (QueueGroup.set_rows).
        for index, group in enumerate((*self.queue_groups, self.rework)):
            self.groups_layout.setStretch(
                index, 10 * min(group.count(), 12) if group.isVisibleTo(self) else 0
            )
        self._show_rate(data.rate_this_month)
        self.summary.setText(
            self.tr("{overdue} overdue · {today} due today · {upcoming} upcoming").format(
                overdue=overdue, today=today, upcoming=upcoming
            )
        )
        self._restore(remembered)

    def _align_columns(self) -> None:
        """The three parts of the queue are one list cut in three: their columns line up."""
        shown = [g.table.horizontalHeader() for g in self.queue_groups if g.count()]
        if len(shown) < 2:
            return
        for column in range(shown[0].count() - 1):
            width = max(h.sectionSize(column) for h in shown)
            for h in shown:
                h.resizeSection(column, width)

    def _show_rate(self, rate: float | None) -> None:
        if rate is None:
            self.rate_value.setText("—")
            self.rate_bar.setValue(0)
            self.rate_bar.setToolTip(self.tr("No slips have come back this month yet."))
            color = "#90a4ae"
        else:
            percent = round(rate * 100)
            self.rate_value.setText(f"{percent} %")
            self.rate_bar.setValue(percent)
            self.rate_bar.setToolTip("")
            color = "#2e7d32" if percent >= 100 else "#ef6c00" if percent >= 90 else OVERDUE_RED
        self.rate_value.setStyleSheet(f"#rateValue {{ color: {color}; font-size: 26pt; font-weight: bold; }}")
        self.rate_bar.setStyleSheet(
            f"QProgressBar {{ border: none; background: #e0e0e0; border-radius: 5px; }}"
            f"QProgressBar::chunk {{ background: {color}; border-radius: 5px; }}"
        )

    # ------------------------------------------------------------------------------------------ selection

    def _group_focused(self, group: QueueGroup) -> None:
        self._current = group
        for other in (*self.queue_groups, self.rework):
            if other is not group:
                other.table.clearSelection()

    def current_group(self) -> QueueGroup | None:
        for group in (*self.queue_groups, self.rework):
            if group.table.hasFocus():
                return group
        return self._current

    def _remember(self) -> tuple[QueueGroup, int] | None:
        # Read before the models are reset. While the dialog is open the table has no focus, but its
        # current row is still the order being called: after the save that row holds the next one in line.
        group = self.current_group()
        if group is None or not group.table.currentIndex().isValid():
            return None
        return group, group.table.currentIndex().row()

    def _restore(self, where: tuple[QueueGroup, int] | None) -> None:
        """After a reload, stay where the clerk was: the same position in the same list, or the next list."""
        if where is not None:
            group, row = where
            order = [*self.queue_groups, self.rework]
            for candidate in order[order.index(group) :]:
                if candidate.isVisibleTo(self) and candidate.count():
                    candidate.select(row if candidate is group else 0)
                    if self.isVisible():
                        candidate.table.setFocus()
                    return
        self._focus_first()

    def _focus_first(self) -> None:
        group = next((g for g in self.queue_groups if g.count()), None)
        if group is not None and not group.table.currentIndex().isValid():
            group.select(0)
        if group is not None and self.isVisible() and self.focusWidget() is None:
            group.table.setFocus()

    # ------------------------------------------------------------------------------------------ actions

    def record_selected(self) -> None:
        group = self.current_group()
        entry = group.current() if group is not None and group is not self.rework else None
        if entry is None:
            entry = next((g.current() for g in self.queue_groups if g.current() is not None), None)
        if entry is not None:
            self.record(entry)

    def record(self, entry: object) -> None:
        """Open the "Record return visit" dialog for a queued order (Enter, double click, the button)."""
        if not isinstance(entry, QueueEntry) or self.dialog is not None:
            return
        dialog = CallbackDialog(self.session, entry.target(), self)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
