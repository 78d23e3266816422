"""New or changed unit (房屋): where it is, its size, type and state."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from desk_app.domain.enums import UnitStatus, UnitType
from desk_app.forms.base import FormDialog, NotesEdit, OptionalDate, ServiceCall, local_errors
from desk_app.services.archive import buildings, units
from desk_app.services.archive.dto import BuildingNode, UnitCard
from desk_app.services.archive.units import UnitInput
from desk_app.services.archive.validation import area_to_x100, code_part, floor_from_room
from desk_app.ui.session import AppSession
from desk_app.ui.widgets import live_validate
from desk_app.views.labels import unit_status_choices, unit_type_choices


class UnitDialog(FormDialog):
    def __init__(
        self,
        session: AppSession,
        unit: UnitCard | None = None,
        building_id: str | None = None,
        entrance_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.unit = unit
        self.setWindowTitle(
            self.tr("New unit") if unit is None else self.tr("Edit unit {code}").format(code=unit.unit.code)
        )
        if unit is not None:
            building_id, entrance_id = unit.unit.building_id, unit.unit.entrance_id
        self._wanted = (building_id, entrance_id)
        self._tree: list[BuildingNode] = []

        self.building = QComboBox()
        self.entrance = QComboBox()
        self.room = QLineEdit()
        self.room.setMaxLength(10)
        self.room.setPlaceholderText(self.tr("e.g. 1102"))
        self.floor = QLineEdit()
        self.floor.setValidator(QIntValidator(-10, 200, self.floor))
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("m², e.g. 89.5"))
        self.unit_type = QComboBox()
        for value, label in unit_type_choices():
            self.unit_type.addItem(label, value)
        self.status = QComboBox()
        for value, label in unit_status_choices():
            self.status.addItem(label, value)
        self.move_in = OptionalDate(self.tr("Moved in"))
        self.fees_owed = QCheckBox(self.tr("Fees are owed"))
        self.move_out_pending = QCheckBox(self.tr("Moving out (goods-release slips warn)"))
        self.notes = NotesEdit()

        self.add_field("building_id", self.tr("Building"), self.building)
        self.add_field("entrance_id", self.tr("Entrance"), self.entrance)
        room_error = self.add_field("room", self.tr("Room"), self.room)
        self.add_field("floor", self.tr("Floor"), self.floor)
        area_error = self.add_field("area_m2", self.tr("Area"), self.area)
        self.add_field("unit_type", self.tr("Type"), self.unit_type)
        self.add_field("status", self.tr("Status"), self.status)
        self.add_field(
            "move_in_date",
            self.tr("Move-in date"),
            self.move_in,
            focus=[self.move_in.check, self.move_in.edit],
        )
        self.add_field("fees_owed", self.tr("Fees"), self.fees_owed)
        self.add_field("move_out_pending", self.tr("Move-out"), self.move_out_pending)
        self.add_field("notes", self.tr("Notes"), self.notes)
        live_validate(self.room, room_error, code_part)
        live_validate(self.area, area_error, area_to_x100)
        self.room.textChanged.connect(self._show_derived_floor)
        self.building.currentIndexChanged.connect(self._fill_entrances)

        if unit is None:
            self.status.setCurrentIndex(self.status.findData(UnitStatus.VACANT))  # the service's default too
        else:
            row = unit.unit
            self.room.setText(row.room)
            if row.floor is not None and row.floor != floor_from_room(row.room):
                self.floor.setText(str(row.floor))
            self.area.setText("" if row.area_m2 is None else str(row.area_m2))
            self.unit_type.setCurrentIndex(max(0, self.unit_type.findData(row.unit_type)))
            self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
            self.move_in.set_value(unit.move_in_date)
            self.fees_owed.setChecked(unit.fees_owed)
            self.move_out_pending.setChecked(unit.move_out_pending)
            self.notes.setText(unit.notes)
        self._show_derived_floor()
        self.setMinimumWidth(540)
        self.finish_layout()
        if unit is None and entrance_id is not None:
            self.room.setFocus()
        session.call(lambda ctx: buildings.tree(ctx), on_done=self._fill_buildings, parent=self)

    def _fill_buildings(self, tree: list[BuildingNode]) -> None:
        self._tree = tree
        wanted_building, _ = self._wanted
        self.building.blockSignals(True)
        self.building.clear()
        for node in tree:
            self.building.addItem(node.name, node.id)
        self.building.setCurrentIndex(max(0, self.building.findData(wanted_building)))
        self.building.blockSignals(False)
        self._fill_entrances()

    def _fill_entrances(self) -> None:
        building_id = self.building.currentData()
        _, wanted_entrance = self._wanted
        self.entrance.clear()
        for node in self._tree:
            if node.id == building_id:
                for e in node.entrances:
                    self.entrance.addItem(e.name, e.id)
        self.entrance.setCurrentIndex(max(0, self.entrance.findData(wanted_entrance)))

    def _show_derived_floor(self) -> None:
        room = self.room.text().strip().upper()
        derived = floor_from_room(room)
        self.floor.setPlaceholderText(
            self.tr("Blank: {floor} (from the room)").format(floor=derived)
            if derived is not None
            else self.tr("Blank: not set")
        )

    def build_call(self) -> ServiceCall:
        errors: dict[str, str] = {}
        entrance_id = self.entrance.currentData()
        if not entrance_id:
            errors["entrance_id"] = "field.required"
        floor_text = self.floor.text().strip()
        floor: int | None = None
        if floor_text:
            try:
                floor = int(floor_text)
            except ValueError:
                errors["floor"] = "unit.floor_invalid"
        local_errors(errors)
        data = UnitInput(
            entrance_id=str(entrance_id),
            room=self.room.text(),
            floor=floor,
            area_m2=self.area.text(),
            unit_type=UnitType(self.unit_type.currentData()),
            status=UnitStatus(self.status.currentData()),
            move_in_date=self.move_in.value(),
            fees_owed=self.fees_owed.isChecked(),
            move_out_pending=self.move_out_pending.isChecked(),
            notes=self.notes.text(),
        )
        if self.unit is None:
            return lambda ctx: units.create_unit(ctx, data)
        unit_id = self.unit.unit.id
        return lambda ctx: units.update_unit(ctx, unit_id, data)
