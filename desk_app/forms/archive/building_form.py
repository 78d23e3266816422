"""New or changed building (楼栋): number, name, floors, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from desk_app.forms.base import FormDialog, NotesEdit, ServiceCall
from desk_app.services.archive import buildings
from desk_app.services.archive.buildings import BuildingInput
from desk_app.services.archive.dto import BuildingNode
from desk_app.services.archive.validation import code_part
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import live_validate


class BuildingDialog(FormDialog):
    def __init__(
        self, session: AppSession, building: BuildingNode | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(
            self.tr("New building")
            if building is None
            else self.tr("Edit building {name}").format(name=building.name)
        )
        self.building = building
        self.code = QLineEdit()
        self.code.setMaxLength(10)
        self.code.setPlaceholderText(self.tr("e.g. 3 or A"))
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.name.setPlaceholderText(self.tr("Blank: number + 栋"))
        self.floors = QSpinBox()
        self.floors.setRange(0, 200)
        self.floors.setSpecialValueText(self.tr("Not set"))
        self.notes = NotesEdit()
        code_error = self.add_field("code", self.tr("Number"), self.code)
        self.add_field("name", self.tr("Name"), self.name)
        self.add_field("floors", self.tr("Floors"), self.floors)
        self.add_field("notes", self.tr("Notes"), self.notes)
        live_validate(self.code, code_error, code_part)
        if building is not None:
            self.code.setText(building.code)
            self.name.setText(building.name)
            self.floors.setValue(building.floors or 0)
            self.notes.setText(building.notes)
        self.setMinimumWidth(420)
        self.finish_layout()

    def build_call(self) -> ServiceCall:
        data = BuildingInput(
            code=self.code.text(),
            name=self.name.text().strip(),
            floors=self.floors.value() or None,
            notes=self.notes.text(),
        )
        if self.building is None:
            return lambda ctx: buildings.create_building(ctx, data)
        building_id = self.building.id
        return lambda ctx: buildings.update_building(ctx, building_id, data)
