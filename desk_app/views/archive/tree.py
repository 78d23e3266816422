"""The archive tree: buildings → entrances → units, units loaded only when their entrance is opened.

A site can have 30,000 units; the tree holds buildings and entrances (from ``buildings.tree``) and fetches an
entrance's units (``units.list_units``) the first time it is expanded. Reloads keep what was expanded and
selected, so a save elsewhere never throws the clerk back to the top.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desk_app.services.archive import buildings, units
from desk_app.services.archive.dto import BuildingNode, EntranceNode, UnitRow
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
LOADED_ROLE = Qt.ItemDataRole.UserRole + 3

BUILDING, ENTRANCE, UNIT, PLACEHOLDER = "building", "entrance", "unit", "placeholder"
ARCHIVED_BRUSH = QBrush(QColor("#90a4ae"))


def _item(kind: str, record_id: str, text: str, icon_name: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    if icon_name is not None:
        item.setIcon(icon(icon_name))
    item.setEditable(False)
    item.setData(kind, KIND_ROLE)
    item.setData(record_id, ID_ROLE)
    return item


class ArchiveTree(QTreeView):
    node_selected = Signal(str, str)  # kind, id
    reloaded = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.show_archived = False
        self.tree_model = QStandardItemModel(self)
        self.setModel(self.tree_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buildings: dict[str, BuildingNode] = {}
        self.entrances: dict[str, EntranceNode] = {}
        self._building_items: dict[str, QStandardItem] = {}
        self._entrance_items: dict[str, QStandardItem] = {}
        # A node to select once it is loaded; True when the program asked for it (then it is announced).
        self._pending: tuple[str, str, bool] | None = None
        self._quiet = False
        self.expanded.connect(self._on_expanded)
        self.selectionModel().currentChanged.connect(self._on_current)

    # ------------------------------------------------------------------------------------------ loading

    def reload(self) -> None:
        include = self.show_archived
        self.session.call(
            lambda ctx: buildings.tree(ctx, include_archived=include), on_done=self._fill, parent=self
        )

    def set_show_archived(self, show: bool) -> None:
        self.show_archived = show
        self.reload()

    def reload_units(self) -> None:
        """Owner names or units changed: refetch the entrances that are open."""
        for entrance_id, item in self._entrance_items.items():
            if item.data(LOADED_ROLE):
                self._load_units(entrance_id)

    def _fill(self, nodes: list[BuildingNode]) -> None:
        expanded = {i for i, item in self._all_items() if self.isExpanded(item.index())}
        current = self.current_node()
        if current is not None and self._pending is None:
            self._pending = (*current, False)
        with self._quietly():
            self.tree_model.clear()
            self.buildings = {b.id: b for b in nodes}
            self.entrances = {e.id: e for b in nodes for e in b.entrances}
            self._building_items, self._entrance_items = {}, {}
            root = self.tree_model.invisibleRootItem()
            for b in nodes:
                b_item = _item(BUILDING, b.id, self._building_text(b), "building")
                if b.archived:
                    b_item.setForeground(ARCHIVED_BRUSH)
                self._building_items[b.id] = b_item
                for e in b.entrances:
                    e_item = _item(
                        ENTRANCE,
                        e.id,
                        self.tr("{name} ({count})").format(name=e.name, count=e.unit_count),
                        "entrance",
                    )
                    e_item.setData(False, LOADED_ROLE)
                    if e.unit_count or self.show_archived:
                        e_item.appendRow(_item(PLACEHOLDER, "", self.tr("Loading…")))
                    self._entrance_items[e.id] = e_item
                    b_item.appendRow(e_item)
                root.appendRow(b_item)
            for record_id, item in [*self._building_items.items(), *self._entrance_items.items()]:
                if record_id in expanded:
                    self.setExpanded(item.index(), True)  # an entrance loads its units again
            self._apply_pending()
        self.reloaded.emit()

    def _building_text(self, b: BuildingNode) -> str:
        return self.tr("{name} (archived)").format(name=b.name) if b.archived else b.name

    def _on_expanded(self, index: QModelIndex) -> None:
        item = self.tree_model.itemFromIndex(index)
        if item is not None and item.data(KIND_ROLE) == ENTRANCE and not item.data(LOADED_ROLE):
            self._load_units(str(item.data(ID_ROLE)))

    def _load_units(self, entrance_id: str) -> None:
        include = self.show_archived
        self.session.call(
            lambda ctx: units.list_units(ctx, entrance_id, include_archived=include),
            on_done=lambda rows: self._fill_units(entrance_id, rows),
            parent=self,
        )

    def _fill_units(self, entrance_id: str, rows: list[UnitRow]) -> None:
        item = self._entrance_items.get(entrance_id)
        if item is None or item.model() is None:
            return  # the tree was rebuilt meanwhile; the new one loads its own
        current = self.current_node()
        if current is not None and current[0] == UNIT and self._pending is None:
            self._pending = (*current, False)
        with self._quietly():
            item.removeRows(0, item.rowCount())
            children = []
            for r in rows:
                text = f"{r.code}  {r.owner_names}" if r.owner_names else r.code
                child = _item(
                    UNIT, r.id, self.tr("{unit} (archived)").format(unit=text) if r.archived else text, "unit"
                )
                if r.archived:
                    child.setForeground(ARCHIVED_BRUSH)
                children.append(child)
            if children:
                item.appendRows(children)
            item.setData(True, LOADED_ROLE)
            self._apply_pending()

    # ------------------------------------------------------------------------------------------ selection

    def _all_items(self) -> list[tuple[str, QStandardItem]]:
        return [*self._building_items.items(), *self._entrance_items.items()]

    def current_node(self) -> tuple[str, str] | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        kind = index.data(KIND_ROLE)
        return None if kind == PLACEHOLDER else (str(kind), str(index.data(ID_ROLE)))

    def current_building_id(self) -> str | None:
        """The building of whatever is selected."""
        node = self.current_node()
        if node is None:
            return None
        kind, record_id = node
        if kind == BUILDING:
            return record_id
        if kind == ENTRANCE:
            return self.entrances[record_id].building_id if record_id in self.entrances else None
        item = self.tree_model.itemFromIndex(self.currentIndex()).parent()
        entrance = self.entrances.get(str(item.data(ID_ROLE))) if item is not None else None
        return entrance.building_id if entrance else None

    def current_entrance_id(self) -> str | None:
        node = self.current_node()
        if node is None or node[0] == BUILDING:
            return None
        if node[0] == ENTRANCE:
            return node[1]
        item = self.tree_model.itemFromIndex(self.currentIndex()).parent()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select_node(
        self, kind: str, record_id: str, building_id: str | None = None, entrance_id: str | None = None
    ) -> None:
        """Select a node, opening its building and entrance; a unit not loaded yet is selected when it is."""
        self._pending = (kind, record_id, True)
        if building_id and building_id in self._building_items:
            self.setExpanded(self._building_items[building_id].index(), True)
        if entrance_id and entrance_id in self._entrance_items:
            self.setExpanded(self._entrance_items[entrance_id].index(), True)  # loads its units
        with self._quietly():
            self._apply_pending()

    def _apply_pending(self) -> None:
        if self._pending is None:
            return
        kind, record_id, announce = self._pending
        item = self._find(kind, record_id)
        if item is not None:
            self._pending = None
            self.setCurrentIndex(item.index())
            self.scrollTo(item.index())
            if announce:
                self.node_selected.emit(kind, record_id)

    def _find(self, kind: str, record_id: str) -> QStandardItem | None:
        if kind == BUILDING:
            return self._building_items.get(record_id)
        if kind == ENTRANCE:
            return self._entrance_items.get(record_id)
        for e_item in self._entrance_items.values():
            if not e_item.data(LOADED_ROLE):
                continue
            for row in range(e_item.rowCount()):
                child = e_item.child(row)
                if child.data(ID_ROLE) == record_id:
                    return child
        return None

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Selection moved by the program (reloads, restoring the selection) is not the clerk choosing."""
        before, self._quiet = self._quiet, True
        try:
            yield
        finally:
            self._quiet = before

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        self._pending = None
        kind = current.data(KIND_ROLE)
        if kind != PLACEHOLDER:
            self.node_selected.emit(str(kind), str(current.data(ID_ROLE)))
