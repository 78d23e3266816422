"""Working-day calendar page: China's statutory holidays and make-up working days (调休) as the program
counts them, and the administrator's overrides.

The official data comes from ``chinesecalendar``; each year's schedule is only announced in November, so a
year the installed package does not know falls back to Monday–Friday plus overrides. The page says so in a
banner and lets the administrator enter that year's holidays and make-up days as overrides.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import QDate, QLocale, QPointF, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPolygonF, QTextCharFormat
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.errors import DomainError
from desk_app.services import calendar as calendar_service
from desk_app.services.calendar import OverrideDTO
from desk_app.ui.errors import field_errors, show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.ui.widgets import ErrorLabel, PlainLabel
from desk_app.views.settings.common import Banner, fit_columns, heading, make_table, select_where

FIRST_YEAR = 2004  # chinesecalendar's first year


class DayKind(Enum):
    WORKDAY = "workday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"  # a statutory holiday on a weekday
    MAKEUP = "makeup"  # a Saturday or Sunday worked instead (调休)
    OVERRIDE_WORKING = "override_working"
    OVERRIDE_OFF = "override_off"


# (background, text colour); None = the calendar's own.
COLOURS: dict[DayKind, tuple[str | None, str]] = {
    DayKind.WORKDAY: (None, "#212121"),
    DayKind.WEEKEND: (None, "#9e9e9e"),
    DayKind.HOLIDAY: ("#ffcdd2", "#b71c1c"),
    DayKind.MAKEUP: ("#ffe082", "#6d4c00"),
    DayKind.OVERRIDE_WORKING: ("#c8e6c9", "#1b5e20"),
    DayKind.OVERRIDE_OFF: ("#f48fb1", "#880e4f"),
}
MARKER = QColor("#1565c0")
_OFFICIAL = WorkingCalendar()  # no overrides: what the official data (or Monday–Friday) says


def official_kind(d: date) -> DayKind:
    """What the official data (or, for a year without data, Monday–Friday) says about ``d``."""
    working = _OFFICIAL.is_working_day(d)
    weekend = d.weekday() >= 5
    if working:
        return DayKind.MAKEUP if weekend else DayKind.WORKDAY
    return DayKind.WEEKEND if weekend else DayKind.HOLIDAY


def day_kind(d: date, overrides: dict[date, bool]) -> DayKind:
    if d in overrides:
        return DayKind.OVERRIDE_WORKING if overrides[d] else DayKind.OVERRIDE_OFF
    return official_kind(d)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class WorkingDayCalendar(QCalendarWidget):
    """A month view coloured by day kind, with a corner mark on overridden days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        plain = QTextCharFormat()
        plain.setForeground(QBrush(QColor(COLOURS[DayKind.WEEKEND][1])))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, plain)
        self.marked: set[date] = set()
        self.kinds: dict[date, DayKind] = {}

    def colour(self, year: int, overrides: dict[date, bool]) -> None:
        """Colour ``year`` and the days of the neighbouring months a month page can show."""
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date's format
        self.marked = set(overrides)
        self.kinds = {}
        d, end = date(year - 1, 12, 1), date(year + 1, 1, 31)
        while d <= end:
            kind = day_kind(d, overrides)
            self.kinds[d] = kind
            background, foreground = COLOURS[kind]
            fmt = QTextCharFormat()
            fmt.setForeground(QBrush(QColor(foreground)))
            if background is not None:
                fmt.setBackground(QBrush(QColor(background)))
            if kind in (DayKind.MAKEUP, DayKind.OVERRIDE_WORKING, DayKind.OVERRIDE_OFF):
                fmt.setFontWeight(QFont.Weight.Bold)
            if kind in (DayKind.OVERRIDE_WORKING, DayKind.OVERRIDE_OFF):
                fmt.setFontUnderline(True)
            self.setDateTextFormat(_qdate(d), fmt)
            d += timedelta(days=1)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # Qt override
        super().paintCell(painter, rect, qdate)
        if _pydate(qdate) in self.marked:
            size = max(6.0, rect.height() / 4)
            corner = QPolygonF(
                [
                    QPointF(rect.right() - size, rect.top()),
                    QPointF(rect.right() + 1, rect.top()),
                    QPointF(rect.right() + 1, rect.top() + size),
                ]
            )
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(MARKER)
            painter.drawPolygon(corner)
            painter.restore()


class CalendarPage(QWidget):
    KINDS = frozenset({"calendar"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overrides: list[OverrideDTO] = []
        self.override_map: dict[date, bool] = {}
        today = session.ctx.local_now().date()
        self.shown_year = today.year
        last_year = today.year + 2

        self.year_combo = QComboBox()
        for year in range(FIRST_YEAR, last_year + 1):
            if WorkingCalendar.has_official_data(year):
                self.year_combo.addItem(str(year), year)
            else:
                self.year_combo.addItem(icon("warning", "#e65100"), str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(today.year))
        self.year_combo.currentIndexChanged.connect(self._year_chosen)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_combo)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Working-day calendar")))
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)

        self.banner = Banner()
        self.next_year_hint = PlainLabel()
        self.next_year_hint.setWordWrap(True)
        self.next_year_hint.setMinimumWidth(120)
        self.next_year_hint.setStyleSheet("color: #e65100;")
        self.next_year_hint.hide()

        self.calendar = WorkingDayCalendar()
        self.calendar.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(last_year, 12, 31))
        self.calendar.setSelectedDate(_qdate(today))
        self.calendar.setMinimumSize(380, 300)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.selectionChanged.connect(self._update_day_panel)
        left = QVBoxLayout()
        left.addWidget(self.calendar, 1)
        left.addLayout(self._legend())

        side = QWidget()
        side.setFixedWidth(360)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self._day_box())
        right.addWidget(self._overrides_box(), 1)

        main = QHBoxLayout()
        main.addLayout(left, 1)
        main.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.next_year_hint)
        layout.addLayout(main, 1)

        session.changed.connect(self._on_changed)
        self._show_year(self.shown_year)
        self.reload()

    # --- layout
    def _legend(self) -> QVBoxLayout:
        """Two short rows (what the official data says, what the admin changed) so the page stays narrow."""
        rows = (
            (
                (DayKind.HOLIDAY, self.tr("Statutory holiday")),
                (DayKind.MAKEUP, self.tr("Make-up working day")),
                (DayKind.WEEKEND, self.tr("Weekend")),
            ),
            (
                (DayKind.OVERRIDE_WORKING, self.tr("Your override: working")),
                (DayKind.OVERRIDE_OFF, self.tr("Your override: day off")),
            ),
        )
        legend = QVBoxLayout()
        for entries in rows:
            row = QHBoxLayout()
            for kind, text in entries:
                background, foreground = COLOURS[kind]
                swatch = QLabel()
                swatch.setFixedSize(16, 16)
                swatch.setStyleSheet(
                    f"background: {background or '#ffffff'}; border: 1px solid {foreground};"
                )
                row.addWidget(swatch)
                row.addWidget(PlainLabel(text))
                row.addSpacing(12)
            row.addStretch(1)
            legend.addLayout(row)
        return legend

    def _day_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected day"))
        column = QVBoxLayout(box)
        self.day_title = PlainLabel()
        font = self.day_title.font()
        font.setBold(True)
        self.day_title.setFont(font)
        self.day_status = PlainLabel()
        self.day_status.setWordWrap(True)
        column.addWidget(self.day_title)
        column.addWidget(self.day_status)
        self.working_radio = QRadioButton(self.tr("&Working day"))
        self.off_radio = QRadioButton(self.tr("&Day off"))
        self.official_radio = QRadioButton(self.tr("Use &official data"))
        self.day_choice = QButtonGroup(self)
        for radio in (self.working_radio, self.off_radio, self.official_radio):
            self.day_choice.addButton(radio)
            column.addWidget(radio)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(100)
        self.note_edit.setPlaceholderText(self.tr("e.g. 2027 Spring Festival, State Council notice"))
        form = QFormLayout()
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        form.addRow(note_label, self.note_edit)
        self.note_error = ErrorLabel()
        form.addRow("", self.note_error)
        column.addLayout(form)
        self.save_button = QPushButton(self.tr("&Save this day"))
        self.save_button.clicked.connect(self.save_day)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _overrides_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your overrides"))
        column = QVBoxLayout(box)
        self.override_model = RowTableModel(
            [
                Column(self.tr("Date"), lambda o: QLocale().toString(_qdate(o.day), "yyyy-MM-dd ddd")),
                Column(
                    self.tr("Counts as"),
                    lambda o: self.tr("Working day") if o.is_working else self.tr("Day off"),
                ),
                Column(self.tr("Note"), lambda o: o.note, tooltip=lambda o: o.note),
            ],
            parent=self,
        )
        self.override_table = make_table(self.override_model)
        self.override_table.selectionModel().selectionChanged.connect(self._override_picked)
        column.addWidget(self.override_table)
        return box

    # --- loading
    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()

    def reload(self) -> None:
        self.session.call(
            lambda ctx: (calendar_service.working_calendar(ctx), calendar_service.overrides(ctx)),
            on_done=self._show,
            parent=self,
        )

    def _show(self, result: tuple[WorkingCalendar, list[OverrideDTO]]) -> None:
        working, overrides = result
        self.overrides = overrides
        self.override_map = working.overrides
        self.override_model.set_rows(overrides)
        fit_columns(self.override_table)
        self.calendar.colour(self.shown_year, self.override_map)
        self._update_day_panel()

    # --- year and month
    def _year_chosen(self) -> None:
        year = self.year_combo.currentData()
        if isinstance(year, int) and year != self.calendar.yearShown():
            self.calendar.setCurrentPage(year, self.calendar.monthShown())

    def _page_changed(self, year: int, _month: int) -> None:
        if year != self.shown_year:
            self._show_year(year)

    def _show_year(self, year: int) -> None:
        self.shown_year = year
        if self.calendar.yearShown() != year:
            self.calendar.setCurrentPage(year, self.calendar.monthShown())
        picked = self.calendar.selectedDate()
        if picked.year() != year:  # keep the day panel on the year being looked at
            month = self.calendar.monthShown()
            self.calendar.setSelectedDate(
                QDate(year, month, min(picked.day(), QDate(year, month, 1).daysInMonth()))
            )
        self.year_combo.blockSignals(True)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        self.year_combo.blockSignals(False)
        if not WorkingCalendar.has_official_data(year):
            self.banner.show_message(
                self.tr(
                    "No official holiday data for {year} yet: weekends only, plus your overrides. Enter the State "
                    "Council's schedule when it is announced (usually November)."
                ).format(year=year)
            )
            self.next_year_hint.hide()
        else:
            self.banner.show_message("")
            missing_next = not WorkingCalendar.has_official_data(year + 1)
            self.next_year_hint.setText(
                self.tr(
                    "No official holiday data for {year} yet. When the State Council announces the schedule "
                    "(usually November), enter it in {year}'s calendar."
                ).format(year=year + 1)
            )
            self.next_year_hint.setVisible(missing_next)
        self.calendar.colour(year, self.override_map)

    # --- the selected day
    def selected_day(self) -> date:
        return _pydate(self.calendar.selectedDate())

    def _status_text(self, d: date) -> str:
        kind = official_kind(d)
        official = {
            DayKind.WORKDAY: self.tr("Officially a working day."),
            DayKind.WEEKEND: self.tr("Officially a day off (weekend or holiday)."),
            DayKind.HOLIDAY: self.tr("Officially a day off: statutory holiday."),
            DayKind.MAKEUP: self.tr(
                "Officially a make-up working day (a weekend day worked instead of a holiday)."
            ),
        }[kind]
        if not WorkingCalendar.has_official_data(d.year):
            official = self.tr("No official data for this year: counted as Monday–Friday.")
        if d in self.override_map:
            mine = (
                self.tr("Your override: a working day.")
                if self.override_map[d]
                else self.tr("Your override: a day off.")
            )
            return f"{official}\n{mine}"
        return official

    def _update_day_panel(self) -> None:
        d = self.selected_day()
        self.day_title.setText(QLocale().toString(_qdate(d), QLocale.FormatType.LongFormat))
        self.day_status.setText(self._status_text(d))
        self.note_error.show_message("")
        override = next((o for o in self.overrides if o.day == d), None)
        if override is None:
            self.official_radio.setChecked(True)
            self.note_edit.clear()
        else:
            (self.working_radio if override.is_working else self.off_radio).setChecked(True)
            self.note_edit.setText(override.note)
        if not select_where(self.override_table, lambda o: o.day == d):
            self.override_table.clearSelection()

    def _override_picked(self) -> None:
        rows = self.override_table.selectionModel().selectedRows()
        if not rows:
            return
        override: OverrideDTO = self.override_model.row_at(rows[0].row())
        if override.day != self.selected_day():
            self.calendar.setSelectedDate(_qdate(override.day))

    def save_day(self) -> None:
        d = self.selected_day()
        is_working: bool | None = (
            True if self.working_radio.isChecked() else False if self.off_radio.isChecked() else None
        )
        note = self.note_edit.text()
        self.note_error.show_message("")
        self.session.call(
            lambda ctx: calendar_service.set_override(ctx, d, is_working, note),
            parent=self,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError) and exc.code == "validation" and "note" in field_errors(exc):
            self.note_error.show_message(field_errors(exc)["note"])
        else:
            show_error(self, exc)
