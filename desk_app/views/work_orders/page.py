"""The work-order screen (报事报修): filters on top, the list on the left, the chosen order on the right.

Keyboard: Ctrl+N registers a new order, Enter on a row opens it (the focus goes to its next step), Ctrl+P
prints the chosen order's slip on the saved printer, F5 refreshes, Ctrl+E exports the filtered list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.roles import Permission
from desk_app.forms.work_orders.register_form import RegisterDialog
from desk_app.services.context import OpResult
from desk_app.services.work_orders.export import export_work_orders
from desk_app.services.work_orders.views import WorkOrderDetail, WorkOrderFilter
from desk_app.ui.errors import show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.work_orders.detail import WorkOrderDetailView
from desk_app.views.work_orders.filters import FilterBar
from desk_app.views.work_orders.model import DESCRIPTION_COLUMN, WorkOrderListModel

SELECTION_DEBOUNCE_MS = 150
COLUMN_WIDTHS = (140, 114, 96, 64, 80, 50, 80, 70, 70, 60)


class WorkOrdersPage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pending_select: str | None = None

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self._action("add", self.tr("New work order"), self.register)
        self.new_action.setToolTip(self.tr("Register a work order (Ctrl+N)"))
        self.toolbar.addSeparator()
        self.export_action = self._action("export", self.tr("Export…"), self.choose_export_file)
        self.export_action.setToolTip(self.tr("The filtered list as an Excel workbook (Ctrl+E)"))
        self.export_action.setVisible(session.can(Permission.EXPORT_DATA))
        self.refresh_action = self._action("refresh", self.tr("Refresh"), self.refresh)
        self.refresh_action.setToolTip(self.tr("Refresh (F5)"))

        self.filters = FilterBar(session)
        self.model = WorkOrderListModel(session, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # lazy: no measuring
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(DESCRIPTION_COLUMN, 240)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)

        self.detail = WorkOrderDetailView(session)
        self.detail.message.connect(self._show_message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 650])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        self.count_label = PlainLabel()
        self.status = PlainLabel()
        self.status.setStyleSheet("color: #546e7a;")
        footer = QWidget()
        row = QVBoxLayout(footer)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.count_label)
        row.addWidget(self.status)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(footer)

        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(SELECTION_DEBOUNCE_MS)
        self._selection_timer.timeout.connect(self._show_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selection_timer.start())
        self.model.loaded.connect(self._list_loaded)
        self.filters.changed.connect(self._filter_changed)
        session.changed.connect(self._on_changed)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.register),
            (QKeySequence.StandardKey.Print, self.print_current),
            (QKeySequence(Qt.Key.Key_F5), self.refresh),
            (QKeySequence("Ctrl+E"), self.choose_export_file),
        ):
            QShortcut(keys, self, slot, context=context)

        self.model.reload(self.filters.current())

    def _action(self, icon_name: str, text: str, slot: object) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # ------------------------------------------------------------------------------------------ list

    def refresh(self) -> None:
        self.model.reload()

    def _filter_changed(self, flt: WorkOrderFilter) -> None:
        self.model.reload(flt)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "work_order" in kinds:
            self.model.reload()

    def _list_loaded(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Work orders: {count}").format(count=count))
        wanted = self._pending_select or self.detail.order_id
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        # The detail shows this order already (or is loading it): _show_current will find nothing to do.
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _show_current(self) -> None:
        order_id = self.model.id_at(self.table.currentIndex().row())
        if order_id is not None and order_id != self.detail.order_id:
            self.detail.load(order_id)

    def _open_index(self, index: QModelIndex) -> None:
        order_id = self.model.id_at(index.row())
        if order_id is not None:
            self._selection_timer.stop()
            self.detail.load(order_id, focus_next_step=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._open_index(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------------------------------ orders

    def show_order(self, order_id: str, focus_next_step: bool = False) -> None:
        """Open one order (from the global search or a scan): its detail, and its row when listed."""
        self._selection_timer.stop()
        self.detail.load(order_id, focus_next_step=focus_next_step)
        row = self.model.row_of(order_id)
        if row >= 0:
            self._select_row(row)
        else:
            self._pending_select = order_id

    def register(self, unit_id: str | None = None) -> RegisterDialog:
        dialog = RegisterDialog(self.session, self, unit_id=unit_id)
        dialog.printer.message.connect(self._show_message)
        dialog.saved.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, detail: WorkOrderDetail) -> None:
        self._show_message(self.tr("{number} registered.").format(number=detail.number))
        self.show_order(detail.id)

    def print_current(self) -> None:
        if self.detail.detail is not None:
            self.detail.print_slip()

    def _show_message(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ------------------------------------------------------------------------------------------ export

    def choose_export_file(self) -> None:
        if not self.session.can(Permission.EXPORT_DATA):
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the work orders"),
            str(Path(folder) / self.tr("work-orders.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        flt = self.model.filter
        self._show_message(self.tr("Exporting…"))
        self.session.call(
            lambda ctx: export_work_orders(ctx, flt, path),
            on_done=lambda result: self._exported(path, result),
            parent=self,
            on_error=self._export_failed,
        )

    def _exported(self, path: Path, result: OpResult[int]) -> None:
        self._show_message(
            self.tr("Exported to {path} (rows: {count}).").format(count=result.value, path=path)
        )

    def _export_failed(self, exc: BaseException) -> None:
        self._show_message("")
        show_error(self, exc)
