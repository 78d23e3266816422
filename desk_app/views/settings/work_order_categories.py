"""Work-order categories page: the category tree (户内 / 公共区域 → 给排水, 电气 …) and the phrases (常用语).

Each node proposes a department and an urgency for new work orders and may override the urgency's response
and completion deadlines. Nothing is deleted: a node is archived (no longer offered, kept on old orders) and
can be restored from "Show archived". The phrases listed are those offered for the selected category: the
general ones and the category's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.deadlines import DEFAULT_POLICY
from desk_app.forms.settings.category_form import CategoryDialog, PhraseDialog, duration_text
from desk_app.services import organisation
from desk_app.services.context import ServiceContext
from desk_app.services.organisation import DepartmentDTO
from desk_app.services.work_orders import categories
from desk_app.services.work_orders.categories import CategoryDTO, PhraseDTO
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.table_model import ERROR_COLOR, MUTED, MUTED_COLOR, Column, RowTableModel
from desk_app.views.labels import urgency_label
from desk_app.views.settings.common import ask, fit_columns, heading, hint, make_table, selected

NODE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Loaded:
    nodes: list[CategoryDTO]
    departments: list[DepartmentDTO]


def _load(ctx: ServiceContext, include_archived: bool) -> _Loaded:
    return _Loaded(
        categories.list_categories(ctx, include_archived=include_archived),
        organisation.list_departments(ctx, include_archived=True),
    )


class WorkOrderCategoriesPage(QWidget):
    KINDS = frozenset({"work_order_category", "department"})
    PHRASE_KINDS = frozenset({"phrase"})

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.nodes: list[CategoryDTO] = []
        self.departments: list[DepartmentDTO] = []
        self.dialog: CategoryDialog | PhraseDialog | None = None
        self._loaded_once = False

        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.tree.activated.connect(self.edit_category)
        self.tree.selectionModel().currentChanged.connect(self._node_changed)

        self.add_group_button = QPushButton(icon("add_group"), self.tr("Add &group…"))
        self.add_category_button = QPushButton(icon("add"), self.tr("&Add category…"))
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit…"))
        self.archive_button = QPushButton(icon("archive_record"), self.tr("Archive"))
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.add_group_button.clicked.connect(self.add_group)
        self.add_category_button.clicked.connect(self.add_category)
        self.edit_button.clicked.connect(self.edit_category)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.show_archived.toggled.connect(self.reload)

        self.phrase_model = RowTableModel(
            [
                Column(self.tr("Phrase"), lambda p: p.text, tooltip=lambda p: p.text),
                Column(self.tr("For"), self._phrase_scope),
            ],
            parent=self,
        )
        self.phrase_table: QTableView = make_table(self.phrase_model)
        self.phrase_table.doubleClicked.connect(self.edit_phrase)
        self.phrase_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.phrase_title = heading(self.tr("Phrases"))
        self.add_phrase_button = QPushButton(icon("add"), self.tr("Add &phrase…"))
        self.edit_phrase_button = QPushButton(icon("edit"), self.tr("Edit p&hrase…"))
        self.archive_phrase_button = QPushButton(icon("archive_record"), self.tr("Archive phrase"))
        self.add_phrase_button.clicked.connect(self.add_phrase)
        self.edit_phrase_button.clicked.connect(self.edit_phrase)
        self.archive_phrase_button.clicked.connect(self.archive_phrase)

        tree_side = QWidget()
        left = QVBoxLayout(tree_side)
        left.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Work-order categories")), 1)
        top.addWidget(self.show_archived)
        left.addLayout(top)
        left.addWidget(
            hint(
                self.tr(
                    "A category proposes the department and the urgency of a new work order. Its deadlines "
                    "are the urgency's (in brackets) unless the category sets its own."
                )
            )
        )
        bar = QHBoxLayout()
        for button in (
            self.add_group_button,
            self.add_category_button,
            self.edit_button,
            self.archive_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        left.addLayout(bar)
        left.addWidget(self.tree, 1)

        phrase_side = QWidget()
        right = QVBoxLayout(phrase_side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.phrase_title)
        right.addWidget(hint(self.tr("Offered when a clerk types the description of a work order.")))
        phrase_bar = QHBoxLayout()
        for button in (self.add_phrase_button, self.edit_phrase_button, self.archive_phrase_button):
            phrase_bar.addWidget(button)
        phrase_bar.addStretch(1)
        right.addLayout(phrase_bar)
        right.addWidget(self.phrase_table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(tree_side)
        splitter.addWidget(phrase_side)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        session.changed.connect(self._on_changed)
        self.reload()

    # ------------------------------------------------------------------------------------------ loading

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.KINDS:
            self.reload()
        elif kinds & self.PHRASE_KINDS:
            self.reload_phrases()

    def reload(self) -> None:
        include = self.show_archived.isChecked()
        self.session.call(lambda ctx: _load(ctx, include), on_done=self._fill, parent=self)

    def _fill(self, loaded: _Loaded) -> None:
        current = self.selected_node()
        self.nodes = loaded.nodes
        self.departments = loaded.departments
        names = {d.id: d.name for d in loaded.departments}
        self.tree_model.clear()
        self.tree_model.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("Department"),
                self.tr("Urgency"),
                self.tr("Respond within"),
                self.tr("Complete within"),
            ]
        )
        items: dict[str, QStandardItem] = {}
        for node in loaded.nodes:  # parents come before their children
            row = self._row(node, names)
            holder = items.get(node.parent_id or "")
            (holder or self.tree_model.invisibleRootItem()).appendRow(row)
            items[node.id] = row[0]
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.tree_model.columnCount()):
            self.tree.resizeColumnToContents(column)
            header.resizeSection(column, header.sectionSize(column) + 16)
        target = items.get(current.id) if current else None
        if target is None and self.tree_model.rowCount():
            target = self.tree_model.item(0, 0)
        if target is not None:
            self.tree.setCurrentIndex(target.index())
        self._loaded_once = True
        self._update_buttons()
        self.reload_phrases()

    def _row(self, node: CategoryDTO, departments: dict[str, str]) -> list[QStandardItem]:
        is_group = self._is_group(node)
        name = QStandardItem(icon("folder" if is_group else "work_orders"), node.name)
        name.setData(node, NODE_ROLE)
        department = QStandardItem(departments.get(node.default_department_id or "", ""))
        if not is_group and not node.default_department_id:
            department.setText(self.tr("(none)"))
            department.setForeground(QBrush(ERROR_COLOR))
        urgency = QStandardItem("" if is_group else urgency_label(node.default_urgency))
        respond = self._deadline(node.respond_minutes, DEFAULT_POLICY.respond_minutes[node.default_urgency])
        complete = self._deadline(
            node.complete_minutes, DEFAULT_POLICY.complete_minutes[node.default_urgency]
        )
        if is_group:
            respond.setText("")
            complete.setText("")
        row = [name, department, urgency, respond, complete]
        for item in row:
            item.setEditable(False)
            if node.archived:
                item.setForeground(QBrush(MUTED))
        if node.archived:
            name.setText(self.tr("{name} (archived)").format(name=node.name))
        return row

    def _deadline(self, own: int | None, default: int) -> QStandardItem:
        if own:
            return QStandardItem(duration_text(own))
        item = QStandardItem(f"({duration_text(default)})")
        item.setForeground(QBrush(MUTED_COLOR))
        item.setToolTip(self.tr("The urgency's deadline"))
        return item

    def reload_phrases(self) -> None:
        node = self.selected_node()
        leaf = node if node is not None and not self._is_group(node) else None
        if leaf is None:
            self.phrase_title.setText(self.tr("Phrases for every category"))
        else:
            self.phrase_title.setText(self.tr("Phrases offered for {category}").format(category=leaf.path))
        category_id = leaf.id if leaf else None
        self.session.call(
            lambda ctx: categories.list_phrases(ctx, category_id), on_done=self._show_phrases, parent=self
        )

    def _show_phrases(self, rows: list[PhraseDTO]) -> None:
        current = self.selected_phrase()
        self.phrase_model.set_rows(rows)
        fit_columns(self.phrase_table, maximum=640)
        if current is not None:
            row = self.phrase_model.find(lambda p: p.id == current.id)
            if row >= 0:
                self.phrase_table.selectRow(row)
        self._update_buttons()

    def _phrase_scope(self, phrase: PhraseDTO) -> str:
        if phrase.category_id is None:
            return self.tr("Every category")
        node = next((n for n in self.nodes if n.id == phrase.category_id), None)
        return node.path if node else ""

    # ------------------------------------------------------------------------------------------ selection

    def _is_group(self, node: CategoryDTO) -> bool:
        return node.parent_id is None or any(n.parent_id == node.id for n in self.nodes)

    def selected_node(self) -> CategoryDTO | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        node: CategoryDTO | None = index.siblingAtColumn(0).data(NODE_ROLE)
        return node

    def selected_phrase(self) -> PhraseDTO | None:
        row: PhraseDTO | None = selected(self.phrase_table)
        return row

    def select_path(self, path: str) -> bool:
        """Make the node with this path current (tests and the clerk's search use it)."""
        for row in range(self.tree_model.rowCount()):
            found = self._find(self.tree_model.item(row, 0), path)
            if found is not None:
                self.tree.setCurrentIndex(found.index())
                return True
        return False

    def _find(self, item: QStandardItem, path: str) -> QStandardItem | None:
        node: CategoryDTO = item.data(NODE_ROLE)
        if node.path == path:
            return item
        for row in range(item.rowCount()):
            found = self._find(item.child(row, 0), path)
            if found is not None:
                return found
        return None

    def _node_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row() or current.parent() != previous.parent():
            self._update_buttons()
            if self._loaded_once:
                self.reload_phrases()

    def _update_buttons(self) -> None:
        node = self.selected_node()
        self.edit_button.setEnabled(node is not None)
        self.archive_button.setEnabled(node is not None)
        archived = node is not None and node.archived
        self.archive_button.setIcon(icon("restore" if archived else "archive_record"))
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.add_category_button.setEnabled(not archived)
        phrase = self.selected_phrase()
        self.edit_phrase_button.setEnabled(phrase is not None)
        self.archive_phrase_button.setEnabled(phrase is not None)

    # ------------------------------------------------------------------------------------------ actions

    def _open(self, dialog: CategoryDialog | PhraseDialog) -> None:
        self.dialog = dialog  # deletes itself when closed (FormDialog)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def add_group(self) -> None:
        self._open(CategoryDialog(self.session, self.nodes, self.departments, parent=self))

    def add_category(self) -> None:
        node = self.selected_node()
        group_id = None
        if node is not None:
            group_id = node.id if self._is_group(node) else node.parent_id
        if group_id is None:
            group_id = next((n.id for n in self.nodes if n.parent_id is None and not n.archived), None)
        self._open(
            CategoryDialog(self.session, self.nodes, self.departments, parent_id=group_id, parent=self)
        )

    def edit_category(self) -> None:
        node = self.selected_node()
        if node is not None:
            self._open(CategoryDialog(self.session, self.nodes, self.departments, category=node, parent=self))

    def toggle_archived(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        if not node.archived and not self.confirm(
            self.tr("Archive category"),
            self.tr(
                "Archive {name}? It is no longer offered for new work orders (nor is anything inside it); "
                "existing orders keep it, and it can be restored later."
            ).format(name=node.path),
            self.tr("Archive"),
        ):
            return
        archived = not node.archived
        self.session.call(lambda ctx: categories.set_category_archived(ctx, node.id, archived), parent=self)

    def _leaves(self) -> list[CategoryDTO]:
        return [n for n in self.nodes if not self._is_group(n) and not n.archived]

    def add_phrase(self) -> None:
        node = self.selected_node()
        category_id = node.id if node is not None and not self._is_group(node) else None
        self._open(PhraseDialog(self.session, self._leaves(), category_id=category_id, parent=self))

    def edit_phrase(self) -> None:
        phrase = self.selected_phrase()
        if phrase is not None:
            self._open(PhraseDialog(self.session, self._leaves(), phrase=phrase, parent=self))

    def archive_phrase(self) -> None:
        phrase = self.selected_phrase()
        if phrase is None or not self.confirm(
            self.tr("Archive phrase"),
            self.tr("Archive the phrase “{text}”? It is no longer offered.").format(text=phrase.text),
            self.tr("Archive"),
        ):
            return
        self.session.call(lambda ctx: categories.set_phrase_archived(ctx, phrase.id, True), parent=self)

    def confirm(self, title: str, text: str, yes_text: str) -> bool:
        """Asks the user; tests replace it."""
        return ask(self, title, text, yes_text)
