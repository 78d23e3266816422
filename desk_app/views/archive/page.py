"""The archive screen (档案): the building tree on the left, the card of what is selected on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QSplitter, QStackedWidget, QToolBar, QVBoxLayout, QWidget

from desk_app.domain.roles import Permission
from desk_app.forms.archive.building_form import BuildingDialog
from desk_app.forms.archive.entrance_form import EntranceDialog
from desk_app.forms.archive.unit_form import UnitDialog
from desk_app.forms.import_dialog import ImportDialog
from desk_app.services import transfer
from desk_app.services.archive.dto import UnitCard, UnitRow
from desk_app.services.transfer import ExportSummary
from desk_app.ui.errors import show_error
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import PlainLabel
from desk_app.views.archive.group_card import GroupCardView
from desk_app.views.archive.person_card import PersonCardView
from desk_app.views.archive.tree import BUILDING, ENTRANCE, UNIT, ArchiveTree
from desk_app.views.archive.unit_card import UnitCardView

TREE_KINDS = frozenset({"building"})
UNIT_LIST_KINDS = frozenset({"unit", "person"})  # unit rows show owner names


class ArchivePage(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_building_action = self._action("building", self.tr("New building"), self.add_building)
        self.add_entrance_action = self._action("entrance", self.tr("New entrance"), self.add_entrance)
        self.add_unit_action = self._action("unit", self.tr("New unit"), self.add_unit)
        self.toolbar.addSeparator()
        self.import_action = self._action("import", self.tr("Import…"), self.open_import)
        self.export_action = self._action("export", self.tr("Export…"), self.choose_export_file)
        self.toolbar.addSeparator()
        self.show_archived_action = self._action("archive_record", self.tr("Show archived"), None)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.toggled.connect(self._toggle_archived)
        can_edit = session.can(Permission.EDIT_ARCHIVE)
        for action in (self.add_building_action, self.add_entrance_action, self.add_unit_action):
            action.setVisible(can_edit)
        self.import_action.setVisible(session.can(Permission.IMPORT_DATA))
        self.export_action.setVisible(session.can(Permission.EXPORT_DATA))

        self.tree = ArchiveTree(session)
        self.tree.setMinimumWidth(220)
        self.tree.node_selected.connect(self._node_selected)
        self.tree.reloaded.connect(self._tree_reloaded)

        self.empty = PlainLabel(self.tr("Choose a building, an entrance or a unit on the left."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.group_card = GroupCardView(session)
        self.unit_card = UnitCardView(session)
        self.person_card = PersonCardView(session)
        self.unit_card.person_requested.connect(self.show_person)
        self.unit_card.loaded.connect(self._reveal_in_tree)
        self.person_card.unit_requested.connect(self.show_unit)
        self.cards = QStackedWidget()
        for card in (self.empty, self.group_card, self.unit_card, self.person_card):
            self.cards.addWidget(card)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.cards)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        self.status = PlainLabel()
        self.status.setStyleSheet("color: #546e7a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        session.changed.connect(self._on_changed)
        self._update_actions()
        self.tree.reload()

    def _action(self, icon_name: str, text: str, slot: object) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if slot is not None:
            action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    # ------------------------------------------------------------------------------------------ showing

    def show_unit(self, unit_id: str) -> None:
        """Open a unit's card (also used by the global search) and find it in the tree."""
        self._switch(self.unit_card)
        self.unit_card.load(unit_id)  # once loaded, the card says where the unit is (_reveal_in_tree)

    def show_person(self, person_id: str) -> None:
        """Open a person's card (also used by the global search)."""
        self._switch(self.person_card)
        self.person_card.load(person_id)

    def _reveal_in_tree(self, card: UnitCard) -> None:
        unit = card.unit
        if self.tree.current_node() != (UNIT, unit.id):
            self.tree.select_node(UNIT, unit.id, unit.building_id, unit.entrance_id)

    def _switch(self, card: QWidget) -> None:
        if card is not self.unit_card:
            self.unit_card.clear()
        if card is not self.person_card:
            self.person_card.clear()
        self.cards.setCurrentWidget(card)
        self._update_actions()

    def _node_selected(self, kind: str, record_id: str) -> None:
        if kind == UNIT:
            if self.cards.currentWidget() is not self.unit_card or self.unit_card.unit_id != record_id:
                self._switch(self.unit_card)
                self.unit_card.load(record_id)
        else:
            self._show_group(kind, record_id)
        self._update_actions()

    def _show_group(self, kind: str, record_id: str) -> None:
        if kind == BUILDING and record_id in self.tree.buildings:
            self.group_card.show_building(self.tree.buildings[record_id])
        elif kind == ENTRANCE and record_id in self.tree.entrances:
            entrance = self.tree.entrances[record_id]
            self.group_card.show_entrance(entrance, self.tree.buildings[entrance.building_id])
        else:
            return
        self._switch(self.group_card)

    def _tree_reloaded(self) -> None:
        if self.cards.currentWidget() is self.group_card:
            node = self.tree.current_node()
            if node is not None and node[0] in (BUILDING, ENTRANCE):
                self._show_group(*node)
        self._update_actions()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & TREE_KINDS:
            self.tree.reload()  # reloads the open entrances' units too
        elif kinds & UNIT_LIST_KINDS:
            self.tree.reload_units()

    def _update_actions(self) -> None:
        self.add_entrance_action.setEnabled(self.tree.current_building_id() is not None)

    def _toggle_archived(self, show: bool) -> None:
        self.tree.set_show_archived(show)

    # ------------------------------------------------------------------------------------------ actions

    def add_building(self) -> None:
        dialog = BuildingDialog(self.session, parent=self)
        dialog.saved.connect(lambda building_id: self.tree.select_node(BUILDING, building_id))
        dialog.open()

    def add_entrance(self) -> None:
        building_id = self.tree.current_building_id()
        building = self.tree.buildings.get(building_id or "")
        if building is None:
            return
        dialog = EntranceDialog(self.session, building.id, building.name, parent=self)
        dialog.saved.connect(lambda entrance_id: self.tree.select_node(ENTRANCE, entrance_id, building.id))
        dialog.open()

    def add_unit(self) -> None:
        dialog = UnitDialog(
            self.session,
            building_id=self.tree.current_building_id(),
            entrance_id=self.tree.current_entrance_id(),
            parent=self,
        )
        dialog.saved.connect(self._unit_created)
        dialog.open()

    def _unit_created(self, unit: UnitRow) -> None:
        self.show_unit(unit.id)

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.session, self)
        dialog.open()
        return dialog

    def choose_export_file(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the archive"),
            str(Path(folder) / self.tr("archive.xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.status.setText(self.tr("Exporting…"))
        self.session.call(
            lambda ctx: transfer.export_archive(ctx, path),
            on_done=self._exported,
            parent=self,
            on_error=self._export_failed,
        )

    def _exported(self, result: object) -> None:
        summary = getattr(result, "value", result)
        assert isinstance(summary, ExportSummary)
        text = self.tr("Exported to {path}: buildings {buildings}, units {units}, people {people}.").format(
            buildings=summary.buildings, units=summary.units, people=summary.people, path=summary.path
        )
        if summary.id_numbers_masked:
            text += " " + self.tr("ID numbers are masked.")
        self.status.setText(text)

    def _export_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        show_error(self, exc)
