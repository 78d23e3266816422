"""The filings list with its filters: status, text (number, unit, owner, contractor), ending soon.

A site has a few hundred filings a year, so the list is loaded whole (capped by the service) into a row model;
the text filter waits for a pause in typing before asking the database.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.renovation import FilingStatus
from desk_app.services.renovation.views import FilingFilter, FilingRow, list_filings
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import ERROR_COLOR, Column, RowTableModel
from desk_app.views.renovation.labels import day, status_label

TEXT_DEBOUNCE_MS = 300
EXPIRING_DAYS = 7
WARNING = QColor("#ef6c00")


class FilingListView(QWidget):
    """Emits ``current_changed(id or None)`` when the chosen row changes and ``activated(id)`` on Enter."""

    current_changed = Signal(object)
    activated = Signal(str)
    loaded = Signal(int)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._seq = 0
        self._wanted: str | None = None

        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Open filings"), "open")
        self.status_combo.addItem(self.tr("All"), None)
        for status in FilingStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Number, unit, owner or contractor"))
        self.text_edit.setClearButtonEnabled(True)
        self.expiring = QCheckBox(self.tr("Ending within {days} days").format(days=EXPIRING_DAYS))
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        status_caption = QLabel(self.tr("&Status:"))
        status_caption.setBuddy(self.status_combo)
        search_caption = QLabel(self.tr("S&earch:"))
        search_caption.setBuddy(self.text_edit)
        bar.addWidget(status_caption)
        bar.addWidget(self.status_combo)
        bar.addWidget(search_caption)
        bar.addWidget(self.text_edit, 1)
        bar.addWidget(self.expiring)

        self.model = RowTableModel(
            [
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Unit"), lambda r: r.unit_code),
                Column(self.tr("Owner"), lambda r: r.owner_name),
                Column(self.tr("Status"), lambda r: status_label(r.status)),
                Column(self.tr("Until"), self._until),
                Column(self.tr("Contractor"), lambda r: r.contractor_company),
            ],
            self,
            color=self._row_color,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((140, 70, 64, 76, 136)):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._current(cur.row()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DEBOUNCE_MS)
        self._text_timer.timeout.connect(self.reload)
        self.text_edit.textChanged.connect(lambda _t: self._text_timer.start())
        self.text_edit.returnPressed.connect(self._search_now)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.expiring.toggled.connect(lambda _c: self.reload())
        session.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------------------------------ cells

    def _until(self, r: FilingRow) -> str:
        text = day(r.current_end)
        if r.extended:
            text += " " + self.tr("(extended)")
        return text

    @staticmethod
    def _row_color(r: FilingRow) -> QColor | None:
        if r.days_left is None:
            return None
        if r.days_left < 0:
            return ERROR_COLOR
        return WARNING if r.days_left <= EXPIRING_DAYS else None

    # ------------------------------------------------------------------------------------------ loading

    def current_filter(self) -> FilingFilter:
        return FilingFilter(
            status=self.status_combo.currentData(),
            text=self.text_edit.text().strip(),
            expiring_within_days=EXPIRING_DAYS if self.expiring.isChecked() else None,
        )

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "renovation_filing" in kinds:
            self.reload()

    def _search_now(self) -> None:
        self._text_timer.stop()
        self.reload()

    def reload(self) -> None:
        flt = self.current_filter()
        self._seq += 1
        seq = self._seq
        self.session.call(
            lambda ctx: list_filings(ctx, flt), lambda rows: self._arrived(seq, rows), parent=self
        )

    def _arrived(self, seq: int, rows: list[FilingRow]) -> None:
        if seq != self._seq:
            return
        keep = self._wanted or self.current_id()
        self._wanted = None
        self.model.set_rows(rows)
        row = self.model.find(lambda r: r.id == keep) if keep else -1
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.selectionModel().blockSignals(False)
        self.loaded.emit(len(rows))

    def select(self, filing_id: str) -> None:
        """Highlight a filing (after it was opened or found elsewhere) when the list shows it."""
        row = self.model.find(lambda r: r.id == filing_id)
        if row < 0:
            self._wanted = filing_id
            return
        self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)

    def current_id(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row is not None else None

    def _current(self, row: int) -> None:
        r = self.model.row_at(row)
        self.current_changed.emit(r.id if r is not None else None)

    def _activate(self, row: int) -> None:
        r = self.model.row_at(row)
        if r is not None:
            self.activated.emit(r.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._activate(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)
