"""Sections of the filing detail: the document checklist with tick boxes, the workers, the inspections.

Each section only shows and asks; the detail view runs the service calls (one place reloads after a change).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.renovation.views import DocumentDTO, InspectionDTO, WorkerDTO
from desk_app.ui.icons import icon
from desk_app.ui.table_model import Column, RowTableModel
from desk_app.views.archive.card_parts import make_table
from desk_app.views.renovation.labels import document_label, inspection_kind_label, inspection_result_label
from desk_app.views.work_orders.common import local_time

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole


def _fixed_height(table: QTableView, rows: int) -> None:
    """Show every row without an inner scroll bar (the detail scrolls as a whole)."""
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader().sizeHint().height()
    scroll_bar = table.horizontalScrollBar().sizeHint().height()  # room for one if the columns are wide
    table.setFixedHeight(
        header + vertical.defaultSectionSize() * max(rows, 1) + 2 * table.frameWidth() + scroll_bar
    )


class ChecklistWidget(QWidget):
    """The required documents with a tick box each (Space ticks the current line); the file and who took it."""

    toggled = Signal(object, bool)  # DocumentDTO, received
    attach = Signal(object)  # DocumentDTO
    view = Signal(object)  # DocumentDTO with a file: show the stored scan or photo

    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._filling = False
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Document"), self.tr("File"), self.tr("Received")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        # Double-click shows the stored file when there is one, else asks for one.
        self.table.itemDoubleClicked.connect(lambda _item: self._open_current())
        self.table.currentCellChanged.connect(lambda *_: self._update_view_button())
        self.attach_button = QPushButton(icon("import"), self.tr("&Attach scan/photo…"))
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self._attach_current)
        QShortcut(
            QKeySequence(Qt.Key.Key_Space),
            self.table,
            self._toggle_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.attach_button)
        self.view_button = QPushButton(icon("preview"), self.tr("&View file"))
        self.view_button.setAutoDefault(False)
        self.view_button.setEnabled(False)
        self.view_button.clicked.connect(self._view_current)
        buttons.addWidget(self.view_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_documents(self, documents: tuple[DocumentDTO, ...], editable: bool, unticking: bool) -> None:
        self._filling = True
        self.table.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            name = QTableWidgetItem(
                document_label(doc.kind) + ("" if doc.required else self.tr(" (optional)"))
            )
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if editable and (unticking or not doc.received):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            name.setFlags(flags)
            name.setCheckState(Qt.CheckState.Checked if doc.received else Qt.CheckState.Unchecked)
            name.setData(DOCUMENT_ROLE, doc)
            file_item = QTableWidgetItem(doc.attachment_name or ("—" if doc.received else ""))
            file_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            received = ""
            if doc.received:
                received = f"{local_time(doc.received_at, self.tz)} {doc.received_by_name}".strip()
            if doc.note:
                received = f"{received}  {doc.note}".strip()
            received_item = QTableWidgetItem(received)
            received_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for column, item in enumerate((name, file_item, received_item)):
                self.table.setItem(row, column, item)
        self.attach_button.setEnabled(editable)
        _fixed_height(self.table, len(documents))
        self._filling = False
        self._update_view_button()

    def document_at(self, row: int) -> DocumentDTO | None:
        item = self.table.item(row, 0)
        doc = item.data(DOCUMENT_ROLE) if item is not None else None
        return doc if isinstance(doc, DocumentDTO) else None

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        doc = item.data(DOCUMENT_ROLE)
        received = item.checkState() == Qt.CheckState.Checked
        if isinstance(doc, DocumentDTO) and received != doc.received:
            self.toggled.emit(doc, received)

    def _toggle_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update_view_button(self) -> None:
        doc = self.document_at(self.table.currentRow())
        self.view_button.setEnabled(doc is not None and doc.attachment_id is not None)

    def _view_current(self) -> None:
        doc = self.document_at(self.table.currentRow())
        if doc is not None and doc.attachment_id is not None:
            self.view.emit(doc)

    def _open_current(self) -> None:
        doc = self.document_at(self.table.currentRow())
        if doc is not None and doc.attachment_id is not None:
            self.view.emit(doc)
        else:
            self._attach_current()

    def _attach_current(self) -> None:
        doc = self.document_at(self.table.currentRow())
        if doc is not None and self.attach_button.isEnabled():
            self.attach.emit(doc)


class WorkersWidget(QWidget):
    add_requested = Signal()
    remove_requested = Signal(object)  # WorkerDTO

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(
            [
                Column(self.tr("Name"), lambda w: w.name),
                Column(self.tr("Trade"), lambda w: w.trade),
                Column(self.tr("ID number"), lambda w: w.id_number_masked),
                Column(self.tr("Phone"), lambda w: w.phone),
                Column(self.tr("Photo"), lambda w: self.tr("yes") if w.photo_id else ""),
            ],
            self,
        )
        self.table = make_table()
        self.table.setModel(self.model)
        self.add_button = QPushButton(icon("add"), self.tr("Add &worker…"))
        self.remove_button = QPushButton(self.tr("Remove worker"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_workers(self, workers: tuple[WorkerDTO, ...], editable: bool) -> None:
        self.model.set_rows(workers)
        _fixed_height(self.table, len(workers))
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and bool(workers))

    def _remove(self) -> None:
        worker = self.model.row_at(self.table.currentIndex().row())
        if worker is not None:
            self.remove_requested.emit(worker)


class InspectionsWidget(QWidget):
    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowTableModel(
            [
                Column(self.tr("Time"), lambda i: local_time(i.inspected_at, tz)),
                Column(self.tr("Kind"), lambda i: inspection_kind_label(i.kind)),
                Column(self.tr("Result"), lambda i: inspection_result_label(i.result)),
                Column(self.tr("Inspector"), lambda i: i.inspector_name),
                Column(self.tr("Photos"), lambda i: str(len(i.photo_ids)) if i.photo_ids else ""),
                Column(self.tr("Findings"), self._findings, tooltip=self._findings),
            ],
            self,
        )
        self.table = make_table()
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _findings(self, i: InspectionDTO) -> str:
        text = i.findings
        if i.violation:
            text = f"{self.tr('Violation:')} {i.violation_note}  {text}".strip()
        return text

    def set_inspections(self, rows: tuple[InspectionDTO, ...]) -> None:
        self.model.set_rows(rows)
        _fixed_height(self.table, len(rows))
