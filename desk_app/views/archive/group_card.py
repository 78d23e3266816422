"""The card of a building or an entrance: its facts and its actions (edit, archive, history)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.roles import Permission
from desk_app.forms.archive.building_form import BuildingDialog
from desk_app.forms.archive.entrance_form import EntranceDialog
from desk_app.services.archive import buildings
from desk_app.services.archive.dto import BuildingNode, EntranceNode
from desk_app.ui.icons import icon
from desk_app.ui.session import AppSession
from desk_app.views.archive.card_parts import DetailGrid, fmt_text, title_label
from desk_app.views.history import HistoryDialog


class GroupCardView(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.building: BuildingNode | None = None
        self.entrance: EntranceNode | None = None

        self.title = title_label()
        self.details = DetailGrid(columns=1)
        self.details.add("code", self.tr("Number"))
        self.details.add("floors", self.tr("Floors"))
        self.details.add("contents", self.tr("Contains"))
        self.details.add("notes", self.tr("Notes"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.archive_button = QPushButton(icon("archive_record"), self.tr("Archive"))
        self.history_button = QPushButton(icon("history"), self.tr("History"))
        self.edit_button.clicked.connect(self.edit)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.history_button.clicked.connect(self.show_history)
        self.edit_button.setVisible(session.can(Permission.EDIT_ARCHIVE))
        self._can_archive = session.can(Permission.ARCHIVE_RECORDS)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_building(self, node: BuildingNode) -> None:
        self.building, self.entrance = node, None
        title = self.tr("{name} (archived)").format(name=node.name) if node.archived else node.name
        self.title.setText(title)
        self.details.set("code", node.code)
        self.details.set("floors", fmt_text(node.floors))
        units = sum(e.unit_count for e in node.entrances)
        self.details.set(
            "contents",
            self.tr("Entrances: {entrances}, units: {units}").format(
                entrances=len(node.entrances), units=units
            ),
        )
        self.details.set("notes", fmt_text(node.notes))
        self.details.set_visible("floors", True)
        self.details.set_visible("notes", True)
        self.archive_button.setVisible(self._can_archive)
        self.archive_button.setText(self.tr("Restore") if node.archived else self.tr("Archive"))
        self.archive_button.setIcon(icon("restore") if node.archived else icon("archive_record"))

    def show_entrance(self, node: EntranceNode, building: BuildingNode) -> None:
        self.building, self.entrance = building, node
        self.title.setText(f"{building.name} {node.name}")
        self.details.set("code", node.code)
        self.details.set("contents", self.tr("Units: {units}").format(units=node.unit_count))
        self.details.set_visible("floors", False)
        self.details.set_visible("notes", False)
        self.archive_button.setVisible(False)  # entrances go with their building

    def edit(self) -> None:
        if self.entrance is not None and self.building is not None:
            EntranceDialog(self.session, self.building.id, self.building.name, self.entrance, self).open()
        elif self.building is not None:
            BuildingDialog(self.session, self.building, self).open()

    def toggle_archived(self) -> None:
        if self.building is None or self.entrance is not None:
            return
        building_id, archived = self.building.id, not self.building.archived
        self.session.call(
            lambda ctx: buildings.set_building_archived(ctx, building_id, archived), parent=self
        )

    def show_history(self) -> None:
        if self.entrance is not None:
            HistoryDialog(self.session, "entrance", self.entrance.id, self.title.text(), self).open()
        elif self.building is not None:
            HistoryDialog(self.session, "building", self.building.id, self.building.name, self).open()
